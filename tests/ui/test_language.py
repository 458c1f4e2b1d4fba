"""Language: first launch offers the OS language; a choice switches every text live."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from hwclient.i18n import Translators, match_language
from hwclient.ui.main_window import MainWindow
from hwclient.ui.pages.language import MULTILINGUAL_HEADING
from hwclient.ui.shell import initial_language

MARK = "⟦"


class PseudoTranslator(QTranslator):
    """Stands in for a catalogue: every string of ours comes back marked."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or context.startswith("Q"):  # leave Qt's own dialogs alone
            return ""
        return f"{MARK}{source}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_japanese(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switching to ja installs the marking translator instead of a .qm file."""

    real_load = Translators._load

    def load(self: Translators, app: QCoreApplication, path: object) -> bool:
        if self.code != "ja":
            return real_load(self, app, path)
        translator = PseudoTranslator()
        app.installTranslator(translator)
        self._installed.append(translator)
        return True

    monkeypatch.setattr(Translators, "_load", load)


def visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            texts.append(widget.text())
    sidebar = window.sidebar
    texts += [sidebar.item(i).text() for i in range(sidebar.count())]
    return texts


@pytest.mark.parametrize(
    ("os_languages", "expected"),
    [(["pt-BR", "en-US"], "pt_BR"), (["zh-Hant-TW"], "zh_TW"), (["vi"], "vi"), (["de-DE"], "ja")],
)
async def test_first_launch_shows_languages_with_the_os_language_chosen(
    make_ctx, close_widgets, os_languages, expected
) -> None:
    code = initial_language(None, None, match_language(os_languages))
    ctx = make_ctx(language=code)
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.show()
    await window.start(first_run=True)

    assert window.current_key == "language"
    page = window.pages["language"]
    assert page.buttons[expected].isChecked()
    assert sum(b.isChecked() for b in page.buttons.values()) == 1
    # each language is offered in its own script
    assert page.buttons["ja"].text() == "日本語"
    assert page.buttons["th"].text() == "ไทย"


def test_a_saved_choice_and_the_command_line_beat_the_os_language() -> None:
    assert initial_language(None, "ko", "vi") == "ko"
    assert initial_language("en", "ko", "vi") == "en"
    assert initial_language(None, None, "vi") == "vi"
    assert initial_language("xx", None, "vi") == "ja"  # unknown code → Japanese


async def test_choosing_japanese_switches_every_visible_text_live(
    make_ctx, close_widgets, wait_until, pseudo_japanese, save_shot
) -> None:
    ctx = make_ctx(language="en")
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.show()
    await window.start(first_run=True)
    before = visible_texts(window)
    assert not any(MARK in t for t in before)

    window.pages["language"].buttons["ja"].click()

    def all_marked() -> bool:
        own = [t for t in visible_texts(window) if t not in NOT_TRANSLATED]
        return bool(own) and all(MARK in t for t in own)

    await wait_until(all_marked)
    assert ctx.language == "ja"
    assert QLocale().name() == "ja_JP"  # dates and times follow
    saved = json.loads(ctx.settings.path.read_text(encoding="utf-8"))
    assert saved["language"] == "ja"
    # and back, still without a restart
    window.pages["language"].buttons["en"].click()
    await wait_until(lambda: not any(MARK in t for t in visible_texts(window)))
    assert window.pages["language"].intro.text().startswith("Choose the language")


async def test_continue_goes_on_to_the_device_check(make_ctx, close_widgets, wait_until) -> None:
    ctx = make_ctx(language="en")
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.show()
    await window.start(first_run=True)
    window.page("check").only = {"speaker"}  # keep the real check short here
    page = window.pages["language"]
    page.buttons["vi"].click()
    page.continue_button.click()
    await wait_until(lambda: window.current_key == "check")
    await wait_until(lambda: window.pages["check"].report is not None)
    assert ctx.settings.language == "vi"
    window.go_back()
    assert window.current_key == "language"


#: Texts that are deliberately the same in every language (language names).
NOT_TRANSLATED = {MULTILINGUAL_HEADING} | {
    lang.native_name for lang in __import__("hwclient.i18n").i18n.LANGUAGES
}

assert QApplication  # imported for type context in fixtures
