"""Every character of every translation has a glyph in an installed font.

A missing font does not fail loudly: the person just sees empty boxes
("tofu") where Burmese or Thai should be. docs/fonts.md names the fonts each
installer relies on; on Linux CI they are Debian's fonts-noto-core and
fonts-noto-cjk (.ci/run installs them).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont
from PySide6.QtWidgets import QApplication

from hwclient.i18n import LANGUAGES, SOURCE_LANGUAGE
from tests.i18n.catalogue import read_ts, ts_path

WS = QFontDatabase.WritingSystem
SCRIPT = {
    "ja": WS.Japanese,
    "ja_easy": WS.Japanese,
    "zh_CN": WS.SimplifiedChinese,
    "zh_TW": WS.TraditionalChinese,
    "ko": WS.Korean,
    "th": WS.Thai,
    "my": WS.Myanmar,
    "ne": WS.Devanagari,
    "vi": WS.Vietnamese,
}


@pytest.fixture(scope="module")
def gui_app() -> QGuiApplication:
    """A full QApplication: the window tests after this one need widgets."""
    app = QApplication.instance() or QApplication(["hwclient-font-tests"])
    assert isinstance(app, QApplication)
    return app


def characters(code: str) -> set[str]:
    chars: set[str] = set()
    for message in read_ts(ts_path(code)):
        for text in message.translations:
            chars.update(ch for ch in text if ch.isprintable() and not ch.isspace())
    return chars


def without_glyph(chars: set[str], families: list[str]) -> set[str]:
    """Checked per font file (QRawFont): QFontMetrics would count Qt's own fallback fonts."""
    fonts = [QRawFont.fromFont(QFont(family)) for family in families]
    return {ch for ch in chars if not any(f.supportsCharacter(ord(ch)) for f in fonts)}


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES if lang.code != SOURCE_LANGUAGE])
def test_every_translated_character_has_an_installed_glyph(
    code: str, gui_app: QGuiApplication
) -> None:
    script = SCRIPT.get(code, WS.Latin)
    families = QFontDatabase.families(script)
    assert families, (
        f"no installed font writes {script.name} ({code}): install the fonts named in "
        "docs/fonts.md (Debian/Ubuntu: fonts-noto-core fonts-noto-cjk)"
    )
    missing = without_glyph(characters(code), families + QFontDatabase.families(WS.Latin))
    shown = " ".join(f"U+{ord(ch):04X} {ch}" for ch in sorted(missing))
    assert not missing, f"{code}: no installed font has a glyph for {shown}"


def test_a_font_without_the_script_counts_as_missing(gui_app: QGuiApplication) -> None:
    """Qt's own fallback must not hide a gap: Japanese fonts have no Burmese letters."""
    assert without_glyph({"မ"}, QFontDatabase.families(WS.Japanese)) == {"မ"}
