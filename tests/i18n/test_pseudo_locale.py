"""In the pseudo-language every visible text is pseudo-translated and nothing clips.

The whole walk runs with the pseudo catalogue installed in place of Japanese
(Japanese dates and the server's Japanese data stay, so any Latin word on
screen outside ⟦ ⟧ is English the code put there itself). Failures name the
widget path and the text.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from hwclient import i18n
from hwclient.ui.pages.language import MULTILINGUAL_HEADING
from tests.i18n.pseudo import build_pseudo_qm, english_words, outside_pseudo, pseudo
from tests.i18n.tour import Tour
from tests.i18n.widgets import Shown, clipped, shown_texts

if TYPE_CHECKING:
    from tests.i18n.conftest import OpenedWindow

pytestmark = pytest.mark.gui

#: Shown as they are in every language: language names (each in its own script, on the
#: language page and for office and interpreter languages) and the multilingual heading.
NATIVE_NAMES = {lang.native_name for lang in i18n.LANGUAGES}
NOT_TRANSLATED = NATIVE_NAMES | {MULTILINGUAL_HEADING}
_DATA = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\d[\d:.,/-]*\b")


@pytest.fixture
def pseudo_japanese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Installing "ja" installs the pseudo catalogue instead (dates stay Japanese)."""
    qm = build_pseudo_qm(tmp_path)
    real = i18n.qm_file
    monkeypatch.setattr(i18n, "qm_file", lambda code: qm if code == "ja" else real(code))


def hard_coded(shown: Shown, user_data: set[str]) -> list[str]:
    """Latin words outside pseudo spans that are not the person's own data."""
    if shown.text in NOT_TRANSLATED:
        return []
    rest = outside_pseudo(shown.text)
    for value in sorted(user_data | NATIVE_NAMES, key=len, reverse=True):
        rest = rest.replace(value, " ")
    return english_words(_DATA.sub(" ", rest))


@pytest.mark.timeout(120)
async def test_pseudo_language_leaves_no_hard_coded_or_clipped_text(
    pseudo_japanese: None,
    open_window: Callable[[str], Awaitable[OpenedWindow]],
    signed_up_user: Any,
    wait_until: Any,
) -> None:
    opened = await open_window("ja")
    window = opened.window
    user_data = {signed_up_user.email, signed_up_user.me.name, "Zoom"}
    problems: dict[str, str] = {}

    async def visit(name: str) -> None:
        for shown in shown_texts(window):
            words = hard_coded(shown, user_data)
            if words:
                problems.setdefault(
                    shown.path, f"{name}: {shown.path}: not translated {shown.text!r}"
                )
        for problem in clipped(window):
            problems.setdefault(problem.split(":")[0], f"{name}: clipped {problem}")

    await Tour(window, opened.ctx, wait_until, visit).every_page(
        signed_up_user.email, signed_up_user.password, opened.booking
    )
    assert window.title_label.text().startswith("⟦"), "the pseudo catalogue was not installed"
    assert sorted(problems.values()) == [], "\n".join(sorted(problems.values()))


def test_pseudo_text_keeps_placeholders_and_mnemonics() -> None:
    text = pseudo("&Join at {time}, %n left (%1)")
    assert text.startswith("⟦&J")
    assert text.endswith("⟧")
    for kept in ("{time}", "%n", "%1"):
        assert kept in text
    assert len(text) >= len("&Join at {time}, %n left (%1)") * 1.4
    assert english_words(outside_pseudo(f"1. {text} / {pseudo('Back')}")) == []
