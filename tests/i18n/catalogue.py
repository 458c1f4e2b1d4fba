"""Reading Qt Linguist `.ts` catalogues and running the Qt tools on them.

Shared by the catalogue, pseudo-locale and screenshot tests. The `.ts` files
are parsed with the standard library (they are plain XML), so a broken file
fails with the parser's line number instead of a silent fallback to English.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
TOOLS_DIR = ROOT / "tools"
BIN_DIR = Path(sys.executable).parent

#: %1..%9 (also %L1), %n (also %Ln) and Python str.format fields such as {name} or {n:d}.
_PLACEHOLDER = re.compile(r"%L?[1-9]|%L?n|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|\{\}")
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one string, or one per plural form
    numerus: bool
    state: str  # "" for finished, else unfinished / vanished / obsolete
    comment: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def ts_path(code: str) -> Path:
    return TS_DIR / f"hwclient_{code}.ts"


def read_ts(path: Path) -> list[Message]:
    """Every message of a catalogue, in file order (raises ParseError on bad XML)."""
    root = ET.parse(path).getroot()
    out: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append(_message(name, message))
    return out


def _message(context: str, message: ET.Element) -> Message:
    translation = message.find("translation")
    numerus = message.get("numerus") == "yes"
    if translation is None:
        texts: tuple[str, ...] = ()
        state = "unfinished"
    else:
        state = translation.get("type", "")
        if numerus:
            texts = tuple(form.text or "" for form in translation.iter("numerusform"))
        else:
            texts = (translation.text or "",)
    return Message(
        context=context,
        source=message.findtext("source") or "",
        translations=texts,
        numerus=numerus,
        state=state,
        comment=message.findtext("comment") or "",
    )


def ts_language(path: Path) -> str:
    return ET.parse(path).getroot().get("language", "")


def placeholders(text: str) -> Counter[str]:
    """The placeholders a translation must keep, counted (%L1 counts as %1)."""
    return Counter(token.replace("%L", "%") for token in _PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics (`&x`) a text has; `&&` and HTML entities are not ones."""
    cleaned = _ENTITY.sub("", text.replace("&&", ""))
    return sum(1 for i, ch in enumerate(cleaned) if ch == "&" and i + 1 < len(cleaned))


def lupdate_into(ts: Path, code: str, qt_locale: str) -> None:
    """Run the project's own lupdate command (tools/update_translations.py) into `ts`."""
    sys.path.insert(0, str(TOOLS_DIR))
    try:
        import update_translations as tool
    finally:
        sys.path.remove(str(TOOLS_DIR))
    command = tool.lupdate_command(code, qt_locale, tool.sources(), ts)
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> subprocess.CompletedProcess[str]:
    """Compile with the Qt tool itself; its output lists warnings such as ignored texts."""
    tool = BIN_DIR / "pyside6-lrelease"
    return subprocess.run(
        [str(tool), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
    )


def lrelease_warnings(result: subprocess.CompletedProcess[str]) -> list[str]:
    """Lines of lrelease output other than its normal 'Updating / Generated' summary."""
    normal = re.compile(r"^(Updating '.*'\.\.\.|Generated \d+ translation\(s\) .*)$")
    lines = (line.strip() for line in (result.stdout + result.stderr).splitlines())
    return [line for line in lines if line and not normal.match(line)]
