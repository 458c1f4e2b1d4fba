"""The readable report `hwclient check` prints: one row per check, remedies underneath.

Widths count East Asian wide characters as two columns, so Japanese and
Chinese titles line up in a terminal.
"""

from __future__ import annotations

import textwrap
import unicodedata

from hwclient.checks.model import Report, Status
from hwclient.i18n import translate

_COLOURS = {
    Status.PASS: "\x1b[32m",
    Status.WARN: "\x1b[33m",
    Status.FAIL: "\x1b[31m",
    Status.UNKNOWN: "\x1b[90m",
}
_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"


def status_word(status: Status) -> str:
    return {
        Status.PASS: translate("Checks", "OK"),
        Status.WARN: translate("Checks", "Warning"),
        Status.FAIL: translate("Checks", "Problem"),
        Status.UNKNOWN: translate("Checks", "Unknown"),
    }[status]


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def _paint(text: str, status: Status, colour: bool) -> str:
    return f"{_COLOURS[status]}{text}{_RESET}" if colour else text


def render(report: Report, *, colour: bool = False, columns: int = 100) -> str:
    words = {s: status_word(s) for s in Status}
    status_w = max(width(w) for w in words.values())
    title_w = max((width(r.title) for r in report.results), default=10)
    indent = " " * (status_w + title_w + 6)
    wrap_at = max(40, columns - len(indent))
    lines = [
        translate("Checks", "Device check, %1 (hwclient %2, %3)")
        .replace("%1", report.started_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        .replace("%2", report.app_version)
        .replace("%3", str(report.platform.get("system", "?"))),
        "",
    ]
    for r in report.results:
        word = _paint(pad(words[r.status], status_w), r.status, colour)
        body = textwrap.wrap(r.detail, wrap_at) or [""]
        lines.append(f"  {word}  {pad(r.title, title_w)}{'  '}{body[0]}".rstrip())
        lines += [f"{indent}{line}" for line in body[1:]]
        if r.status in (Status.FAIL, Status.WARN):
            remedy = textwrap.wrap(r.remedy, wrap_at - 2) if r.remedy else []
            lines += [f"{indent}{'→' if i == 0 else ' '} {line}" for i, line in enumerate(remedy)]
            if r.link:
                lines.append(f"{indent}  {r.link}")
    overall = _paint(words[report.overall], report.overall, colour)
    summary = translate("Checks", "Result: %1").replace("%1", overall)
    lines += ["", f"{_BOLD}{summary}{_RESET}" if colour else summary]
    return "\n".join(lines) + "\n"
