"""A tiny observer so the service layer can tell the UI things without Qt.

The API client fires `update_required` (426) and `signed_out` (401 on a call
that carried our token). The UI connects a callback that shows a page or
emits its own Qt signal; the session connects one that forgets the token.
A failing observer is logged, never allowed to break the call that fired it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from hwclient.api.models import SignedOutEvent, UpdateRequired

log = logging.getLogger(__name__)
T = TypeVar("T")


class Event(Generic[T]):
    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: list[Callable[[T], object]] = []

    def connect(self, callback: Callable[[T], object]) -> Callable[[], None]:
        """Register `callback`; returns a function that disconnects it again."""
        self._callbacks.append(callback)
        return lambda: self.disconnect(callback)

    def disconnect(self, callback: Callable[[T], object]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        for callback in list(self._callbacks):
            try:
                callback(value)
            except Exception:
                log.exception("observer of %s failed", self.name)


class ApiEvents:
    def __init__(self) -> None:
        self.update_required: Event[UpdateRequired] = Event("update_required")
        self.signed_out: Event[SignedOutEvent] = Event("signed_out")
