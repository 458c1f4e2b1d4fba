"""Translators see only comments meant for them.

pyside6-lupdate reads a Python comment starting with `#:` as a note for the
translator of the next translatable string, wherever that string is. Code
comments written that way (the Sphinx habit for documenting constants)
ended up in every catalogue as notes like "where to go when a page is not
available (yet)" above the window title. The app has no translator notes, so
no `#:` comment may stand in its sources, and no catalogue may carry one.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATOR_NOTE = re.compile(r"^\s*#:", re.MULTILINE)


def test_no_code_comment_is_read_as_a_translator_note() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "hwclient").rglob("*.py"))
        if TRANSLATOR_NOTE.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_catalogues_carry_no_stray_translator_notes() -> None:
    noted = [
        path.name
        for path in sorted((ROOT / "translations").glob("*.ts"))
        if "<extracomment>" in path.read_text(encoding="utf-8")
    ]
    assert noted == []
