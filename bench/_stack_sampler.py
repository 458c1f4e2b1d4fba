"""Why did the loop stall? Sample the main thread's Python stack from a helper thread.

A stall number alone does not say what to fix. While a benchmark runs, this
thread records the main thread's stack every 2 ms; afterwards each long gap
seen by the ticker is matched with the samples taken inside it, and the
most frequent project frame (else library frame) names the culprit. Samples
are Python frames only: time spent in C (Qt layout, TLS) shows up as the
Python line that called it, which is what one would change anyway.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

REPO = str(Path(__file__).resolve().parent.parent)
INTERVAL_S = 0.002


class StackSampler(threading.Thread):
    """Records (time, stack) of one thread until stopped."""

    def __init__(self, target: int | None = None) -> None:
        super().__init__(name="stack-sampler", daemon=True)
        self.target = target if target is not None else threading.get_ident()
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            frame = sys._current_frames().get(self.target)
            if frame is not None:
                self.samples.append((time.perf_counter(), _describe(frame)))
            time.sleep(INTERVAL_S)

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=2)

    def culprits(self, start: float, end: float, top: int = 2) -> list[tuple[str, float]]:
        """The most frequent frames sampled between start and end, with their share."""
        inside = [stack for at, stack in self.samples if start <= at <= end]
        if not inside:
            return []
        counts = Counter(_blame(stack) for stack in inside)
        return [(where, n / len(inside)) for where, n in counts.most_common(top)]


def _describe(frame: object) -> tuple[str, ...]:
    """Innermost first: 'path:line function' for up to 60 frames."""
    out: list[str] = []
    current = frame
    while current is not None and len(out) < 60:
        code = current.f_code  # type: ignore[attr-defined]
        path = code.co_filename.replace(REPO + "/", "")
        out.append(f"{path}:{current.f_lineno} {code.co_name}")  # type: ignore[attr-defined]
        current = current.f_back  # type: ignore[attr-defined]
    return tuple(out)


def _blame(stack: Iterable[str]) -> str:
    """The innermost frame of our own code (hwclient/), else the innermost frame of all."""
    frames = list(stack)
    ours = [f for f in frames if f.startswith("hwclient/")]
    inner = frames[0] if frames else "?"
    if not ours:
        return inner
    if ours[0] == inner:
        return inner
    return f"{ours[0]}  (in {inner.rsplit('/', 1)[-1]})"
