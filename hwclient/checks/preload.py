"""Import the check engine in a worker thread before the first check runs.

The engine pulls in about thirty modules (rules, parsers, psutil, the OS's
probe module). Imported on the UI thread they froze the window for a
noticeable moment at the start of the first check (`bench/loop_stall.py`).
Imported in a worker thread, the interpreter hands the UI thread its turn
every few milliseconds, so the window keeps moving while they load. Importing
an already loaded module is only a dictionary look-up, so calling this before
every check costs nothing after the first.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterable

# What a check run imports, in an order that loads each dependency once.
ENGINE_MODULES: tuple[str, ...] = (
    "psutil",
    "hwclient.checks.rules",
    "hwclient.checks.probes.common",
    "hwclient.checks.probes.catalog",
    "hwclient.checks.engine",
)


def platform_probe_module(platform: str = sys.platform) -> str:
    """The probe module `catalog` picks for this OS (imported there on first use)."""
    if platform == "win32":
        return "hwclient.checks.probes.windows"
    if platform == "darwin":
        return "hwclient.checks.probes.macos"
    return "hwclient.checks.probes.linux"


def import_all(names: Iterable[str]) -> None:
    """Blocking: import the modules in order (safe to call from any thread)."""
    for name in names:
        importlib.import_module(name)


async def import_off_loop(names: Iterable[str]) -> None:
    """Import modules in a worker thread; returns at once when they are all loaded."""
    wanted = tuple(names)
    if any(name not in sys.modules for name in wanted):
        await asyncio.to_thread(import_all, wanted)


async def preload_engine() -> None:
    """Everything a check run imports, off the event loop."""
    await import_off_loop((*ENGINE_MODULES, platform_probe_module()))
