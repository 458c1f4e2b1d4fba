"""Run commands, read files and call blocking code without stalling the event loop.

Every helper turns failures into a RawOutput with `error` set, because a
missing tool or a slow PowerShell on one PC must never stop the other checks.
"""

from __future__ import annotations

import asyncio
import contextlib
import locale
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hwclient.checks.raw import RawOutput

MAX_OUTPUT_CHARS = 200_000


def _decode(data: bytes) -> str:
    """Windows tools print in the OEM/ANSI code page (cp932 on Japanese Windows)."""
    for encoding in ("utf-8", locale.getpreferredencoding(False), "cp932"):
        try:
            return data.decode(encoding)[:MAX_OUTPUT_CHARS]
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")[:MAX_OUTPUT_CHARS]


def _no_window_flags() -> dict[str, Any]:
    if sys.platform == "win32":
        return {"creationflags": 0x08000000}  # CREATE_NO_WINDOW: no console flashes in the GUI
    return {}


async def _kill(proc: asyncio.subprocess.Process) -> None:
    with contextlib.suppress(ProcessLookupError):
        proc.kill()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(proc.wait(), 1.0)


async def run_command(probe: str, argv: list[str], limit_s: float = 5.0) -> RawOutput:
    """Run argv; on timeout the process is killed so nothing lingers after the check."""
    start = time.perf_counter()
    if shutil.which(argv[0]) is None:
        return RawOutput(probe, "command", tuple(argv), error="not-found")
    # Keep the user's locale (Japanese netsh output is parsed on purpose), but make
    # macOS report its real version rather than the 10.16 compatibility one.
    env = dict(os.environ, SYSTEM_VERSION_COMPAT="0")
    try:
        proc = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=env,
            **_no_window_flags(),
        )
    except OSError as exc:
        return RawOutput(probe, "command", tuple(argv), error=f"error: {exc.strerror or exc}")
    try:
        out, err = await asyncio.wait_for(proc.communicate(), limit_s)
    except TimeoutError:
        await _kill(proc)
        return RawOutput(
            probe, "command", tuple(argv), error="timeout", duration_s=time.perf_counter() - start
        )
    except asyncio.CancelledError:
        await _kill(proc)
        raise
    return RawOutput(
        probe,
        "command",
        tuple(argv),
        returncode=proc.returncode,
        stdout=_decode(out),
        stderr=_decode(err)[:4000],
        duration_s=time.perf_counter() - start,
    )


def powershell_argv(script: str) -> list[str]:
    """Windows PowerShell 5.1 is on every supported Windows; pwsh is not."""
    return [
        "powershell.exe",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Bypass",
        "-Command",
        "[Console]::OutputEncoding=[Text.Encoding]::UTF8; " + script,
    ]


async def read_file(probe: str, path: str | Path, max_chars: int = 20_000) -> RawOutput:
    start = time.perf_counter()

    def read() -> str:
        return Path(path).read_text(encoding="utf-8", errors="replace")[:max_chars]

    try:
        text = await asyncio.to_thread(read)
    except FileNotFoundError:
        return RawOutput(probe, "file", (str(path),), error="not-found")
    except OSError as exc:
        return RawOutput(probe, "file", (str(path),), error=f"error: {exc.strerror or exc}")
    return RawOutput(
        probe, "file", (str(path),), stdout=text, duration_s=time.perf_counter() - start
    )


async def call_python(probe: str, fn: Callable[[], Any]) -> RawOutput:
    """Run a blocking collector (psutil, plistlib…) in a worker thread."""
    start = time.perf_counter()
    try:
        value = await asyncio.to_thread(fn)
    except Exception as exc:  # a collector's failure is a fact to report, not a crash
        return RawOutput(probe, "python", error=f"error: {type(exc).__name__}: {exc}")
    return RawOutput(probe, "python", value=value, duration_s=time.perf_counter() - start)
