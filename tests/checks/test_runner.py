"""Commands run by the check: output, missing tools, and nothing left running.

Real processes (this Python), not fakes: what matters is what happens to
them when a command is slow or the check is cancelled.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import psutil

from hwclient.checks.probes.runner import run_command

SLEEPER = "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(60)"


def _read_pid(path: Path) -> int | None:
    text = path.read_text() if path.exists() else ""
    return int(text) if text else None


async def _pid_from(path: Path) -> int:
    for _ in range(500):
        pid = _read_pid(path)
        if pid is not None:
            return pid
        await asyncio.sleep(0.01)
    raise AssertionError("the command never started")


def _gone(pid: int) -> bool:
    """Waits (up to 10 s) for the process to be killed and reaped."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not psutil.pid_exists(pid):
            return True
        time.sleep(0.02)
    return False


async def test_output_error_text_and_exit_code_are_kept() -> None:
    script = "import sys; print('hello'); sys.stderr.write('oops'); sys.exit(3)"
    raw = await run_command("t.cmd", [sys.executable, "-c", script])
    assert raw.error is None
    assert raw.stdout.strip() == "hello"
    assert raw.stderr == "oops"
    assert raw.returncode == 3


async def test_a_missing_tool_is_reported_not_raised() -> None:
    raw = await run_command("t.cmd", ["hwclient-no-such-tool", "--version"])
    assert raw.error == "not-found"


async def test_a_command_over_its_time_is_killed(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    task = asyncio.ensure_future(
        run_command("t.cmd", [sys.executable, "-c", SLEEPER, str(pid_file)], limit_s=1.0)
    )
    pid = await _pid_from(pid_file)
    raw = await task
    assert raw.error == "timeout"
    assert _gone(pid)


async def test_cancelling_the_check_kills_the_command(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    task = asyncio.ensure_future(
        run_command("t.cmd", [sys.executable, "-c", SLEEPER, str(pid_file)], limit_s=60)
    )
    pid = await _pid_from(pid_file)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert task.cancelled()
    assert _gone(pid)
