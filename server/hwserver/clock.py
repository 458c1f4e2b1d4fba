"""Injectable time source.

Every rule of the service (office hours, minimum notice, join window, no-show,
token expiry) depends on "now"; tests and demos need to move it at will, so
nothing in the server calls datetime.now() directly.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class MutableClock:
    """A clock that only moves when told to; safe to share between threads."""

    def __init__(self, start: datetime) -> None:
        self._lock = threading.Lock()
        self._now = _as_utc(start)

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = _as_utc(when)

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._now = self._now + delta

    def now(self) -> datetime:
        with self._lock:
            return self._now


def _as_utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("MutableClock needs an aware datetime")
    return when.astimezone(UTC)
