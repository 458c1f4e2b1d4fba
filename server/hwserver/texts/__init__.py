"""Words the server itself sends to people: e-mails, the verification page, calendar entries.

One JSON file per language (ja.json, en.json, …); adding a language means adding
a file. Missing languages or keys fall back to Japanese, the service's language.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from hwserver.timeutil import JST

FALLBACK = "ja"
_CLOSE_RELATIVES = {"ja_easy": "ja"}


@lru_cache(maxsize=32)
def _catalogue(language: str) -> dict[str, Any]:
    path = resources.files("hwserver.texts").joinpath(f"{language}.json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text("utf-8"))


def available_languages() -> list[str]:
    folder = resources.files("hwserver.texts")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def resolve_language(language: str | None) -> str:
    """The language whose catalogue will actually answer (for html lang= and Content-Language)."""
    for candidate in (language, _CLOSE_RELATIVES.get(language or ""), FALLBACK):
        if candidate and _catalogue(candidate):
            return candidate
    return FALLBACK


def text(language: str | None, key: str, **values: Any) -> str:
    for candidate in (language, _CLOSE_RELATIVES.get(language or ""), FALLBACK):
        if candidate and key in _catalogue(candidate):
            template = _catalogue(candidate)[key]
            return template.format(**values) if values else template
    raise KeyError(key)


def format_session_time(language: str | None, start: datetime, end: datetime) -> str:
    """A session's date and time in Japan time, written the way the reader expects."""
    local_start, local_end = start.astimezone(JST), end.astimezone(JST)
    weekdays = text(language, "weekdays").split(",")
    return text(
        language,
        "session_time",
        year=local_start.year,
        month=local_start.month,
        month_name=text(language, "months").split(",")[local_start.month - 1],
        day=local_start.day,
        weekday=weekdays[local_start.weekday()],
        start=local_start.strftime("%H:%M"),
        end=local_end.strftime("%H:%M"),
    )
