"""Long pages scroll instead of clipping: every part of the form stays reachable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from hwclient.ui.context import AppContext
from hwclient.ui.pages.account import AccountPage
from hwclient.ui.pages.forgot import ForgotPage
from hwclient.ui.pages.register import RegisterPage
from hwclient.ui.widgets.scroll_column import ScrollColumn


def _small(page: QWidget, close_widgets: list[QWidget]) -> ScrollColumn:
    """Show the page smaller than its content, as on a small laptop with a large font."""
    close_widgets.append(page)
    page.resize(520, 300)
    page.show()
    scroll = page.findChild(ScrollColumn)
    assert scroll is not None
    return scroll


async def test_a_long_form_scrolls_down_to_its_last_button(
    make_ctx: Callable[..., AppContext], close_widgets: list[QWidget], wait_until
) -> None:
    page = RegisterPage(make_ctx())
    scroll = _small(page, close_widgets)
    await wait_until(lambda: scroll.verticalScrollBar().maximum() > 0)
    assert not page.signin_button.visibleRegion().boundingRect().isValid()
    scroll.ensureWidgetVisible(page.signin_button)
    await wait_until(lambda: page.signin_button.visibleRegion().boundingRect().isValid())
    assert scroll.verticalScrollBar().value() > 0


async def test_text_uses_the_full_width_and_never_scrolls_sideways(
    make_ctx: Callable[..., AppContext], close_widgets: list[QWidget], wait_until
) -> None:
    for page in (RegisterPage(make_ctx()), ForgotPage(make_ctx()), AccountPage(make_ctx())):
        scroll = _small(page, close_widgets)
        await wait_until(lambda s=scroll: s.widget().width() > 0)
        name = type(page).__name__
        assert scroll.horizontalScrollBar().maximum() == 0, name
        assert scroll.widget().width() == scroll.viewport().width(), name
