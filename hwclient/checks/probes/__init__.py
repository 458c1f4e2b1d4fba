"""Probes: small async functions that only collect raw outputs.

A probe never judges; it returns a RawOutput. `Probe.checks` says which
checks need it so `--only camera` runs nothing else.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from hwclient.checks.raw import RawOutput

ProbeFn = Callable[[], Awaitable[RawOutput]]


@dataclass(frozen=True)
class Probe:
    name: str
    run: ProbeFn
    checks: frozenset[str]
    timeout: float = 5.0


ProbeSet = list[Probe]
