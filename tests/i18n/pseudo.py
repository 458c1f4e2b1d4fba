"""A pseudo-language: every translation is the English source, accented, 40 % longer, in ⟦ ⟧.

Anything on screen outside ⟦ ⟧ did not come from the catalogue, so it is
either data (names, dates, numbers) or a hard-coded text; and the extra
length shows which labels clip instead of wrapping before a real, wordy
language (Filipino, Portuguese, Burmese) does.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.i18n.catalogue import lrelease, lrelease_warnings, ts_path

OPEN, CLOSE = "⟦", "⟧"
GROWTH = 0.4
_ACCENTS = str.maketrans("aceinouyAEIOUCNsSzZ", "àçéîñöüýÀÉÎÖÜÇÑšŠžŽ")
#: kept exactly: placeholders, HTML tags and entities, mnemonics (&x) and escaped &&
_KEEP = re.compile(r"(%L?[1-9n]|\{[^{}]*\}|<[^>]+>|&[A-Za-z]+;|&#\d+;|&&|&.)", re.DOTALL)
_PSEUDO_SPAN = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def pseudo(source: str) -> str:
    parts = _KEEP.split(source)
    body = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    extra = max(2, round(len(source) * GROWTH))
    padding = ("ĺöñğ " * (extra // 5 + 1))[:extra].rstrip()
    return f"{OPEN}{body} {padding}{CLOSE}"


def write_pseudo_ts(dest: Path, template: str = "ja") -> Path:
    """The template language's catalogue (it has every message) with pseudo translations."""
    tree = ET.parse(ts_path(template))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = pseudo(source)
        if not forms:
            translation.text = pseudo(source)
    tree.write(dest, encoding="utf-8", xml_declaration=True)
    return dest


def build_pseudo_qm(folder: Path) -> Path:
    ts = write_pseudo_ts(folder / "hwclient_pseudo.ts")
    qm = folder / "hwclient_pseudo.qm"
    result = lrelease(ts, qm)
    assert result.returncode == 0, result.stdout + result.stderr
    assert lrelease_warnings(result) == [], result.stdout
    return qm


def outside_pseudo(text: str) -> str:
    """What is left of a shown text once every pseudo-translated span is removed."""
    previous = None
    while previous != text:
        previous, text = text, _PSEUDO_SPAN.sub(" ", text)
    return text


def english_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", text)
