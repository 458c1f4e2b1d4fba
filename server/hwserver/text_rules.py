"""What text people may send: no NUL, no invisible control or direction-override characters.

PostgreSQL refuses NUL outright (a 500 if it slips through) and SQLite stores it;
bell or right-to-left override characters in a name would be shown to staff.
"""

from __future__ import annotations

import unicodedata
from typing import Any

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\n\r\t")
MAX_DEPTH = 20


def text_problem(value: str, *, multiline: bool, password: bool = False) -> str | None:
    """Why this text is refused (a short English sentence), or None when it is fine."""
    if "\x00" in value:
        return "Remove the invisible NUL character."
    if password:
        return None
    for char in value:
        if char in LINE_BREAKS:
            if not multiline:
                return "Use a single line."
            continue
        if char in BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            return "Remove invisible control characters."
    return None


def json_problem(value: Any, depth: int = 0) -> str | None:
    """The same check for free-form JSON (environment reports), keys and values."""
    if depth > MAX_DEPTH:
        return "The data is nested too deeply."
    if isinstance(value, str):
        return "Remove the invisible NUL character." if "\x00" in value else None
    if isinstance(value, dict):
        items: list[Any] = [*value.keys(), *value.values()]
    elif isinstance(value, list):
        items = value
    else:
        return None
    for item in items:
        problem = json_problem(item, depth + 1)
        if problem:
            return problem
    return None
