"""Run commands, read files and call blocking code without stalling the event loop.

Every helper turns failures into a RawOutput with `error` set, because a
missing tool or a slow PowerShell on one PC must never stop the other checks.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import locale
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
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


# Commands wait on other programs (PowerShell takes about a second each on Windows), so
# they get their own threads: all of one check's commands run at once, and none of them
# holds up the shared pool that file reads and Python collectors use.
_COMMANDS = ThreadPoolExecutor(max_workers=16, thread_name_prefix="check-command")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        proc.kill()


def _no_window_flags() -> dict[str, Any]:
    if sys.platform == "win32":
        return {"creationflags": 0x08000000}  # CREATE_NO_WINDOW: no console flashes in the GUI
    return {}


async def run_command(probe: str, argv: list[str], limit_s: float = 5.0) -> RawOutput:
    """Run argv; on timeout or cancellation the process is killed so nothing lingers.

    Started and read in a worker thread: starting a process from the event loop
    (fork/exec, plus asyncio's watcher thread) froze the window for a moment
    per command, several times in one check.
    """
    start = time.perf_counter()
    started: list[subprocess.Popen[bytes]] = []
    stop = threading.Event()
    loop = asyncio.get_running_loop()
    run = functools.partial(_run_blocking, argv, limit_s, started, stop)
    try:
        code, out, err = await loop.run_in_executor(_COMMANDS, run)
    except asyncio.CancelledError:
        stop.set()  # a process started from now on is killed by the thread itself
        for proc in started:  # the thread returns as soon as the process is gone
            _kill(proc)
        raise
    except FileNotFoundError:
        return RawOutput(probe, "command", tuple(argv), error="not-found")
    except subprocess.TimeoutExpired:
        return RawOutput(
            probe, "command", tuple(argv), error="timeout", duration_s=time.perf_counter() - start
        )
    except OSError as exc:
        return RawOutput(probe, "command", tuple(argv), error=f"error: {exc.strerror or exc}")
    return RawOutput(
        probe,
        "command",
        tuple(argv),
        returncode=code,
        stdout=_decode(out),
        stderr=_decode(err)[:4000],
        duration_s=time.perf_counter() - start,
    )


def _run_blocking(
    argv: list[str],
    limit_s: float,
    started: list[subprocess.Popen[bytes]],
    stop: threading.Event,
) -> tuple[int, bytes, bytes]:
    """Worker thread: run argv to the end or the time limit (then kill it and raise)."""
    if shutil.which(argv[0]) is None:
        raise FileNotFoundError(argv[0])
    # Keep the user's locale (Japanese netsh output is parsed on purpose), but make
    # macOS report its real version rather than the 10.16 compatibility one.
    env = dict(os.environ, SYSTEM_VERSION_COMPAT="0")
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        **_no_window_flags(),
    )
    started.append(proc)
    if stop.is_set():  # cancelled while it was starting
        _kill(proc)
    try:
        out, err = proc.communicate(timeout=limit_s)
    except subprocess.TimeoutExpired:
        _kill(proc)
        with contextlib.suppress(subprocess.TimeoutExpired):  # a child may hold the pipes
            proc.communicate(timeout=1.0)
        raise
    return proc.returncode, out, err


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
