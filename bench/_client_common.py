"""Shared pieces of the client benchmarks: a real server process, a signed-in user, figures.

Every client benchmark compares against a baseline measured in the same run,
so a busy or slow machine moves both numbers and the ratio stays honest. The
server runs in its own process (as it would on a real PC, where it is far
away): its CPU work must not be counted as the client's event-loop stalls.
Its clock is fixed at a Japan weekday morning so slots and join windows are
the same on every run.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from zoneinfo import ZoneInfo

import httpx

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
PYTHON = sys.executable
JST = ZoneInfo("Asia/Tokyo")
#: Tuesday 1 December 2026, 09:00 Japan time: a working day, not a holiday.
SERVER_START = datetime(2026, 12, 1, 9, 0, tzinfo=JST)
PASSWORD = "bench harbour lantern 2026"
JOB_SEEKER_NUMBER = "12345-1234567"


# -- the server ------------------------------------------------------------------


class ServerProcess:
    """`bench/_server_proc.py` in a child process; `set_clock()` moves its time."""

    def __init__(self, start: datetime = SERVER_START) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="hwbench-server-")
        self.data_dir = Path(self._tmp.name)
        self._proc = subprocess.Popen(
            [PYTHON, str(BENCH_DIR / "_server_proc.py"), str(self.data_dir), start.isoformat()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError("the benchmark server did not start (see its output above)")
        info = json.loads(line)
        self.url: str = info["url"]
        self.outbox = Path(info["outbox"])

    def set_clock(self, when: datetime) -> None:
        self._command(f"set {when.isoformat()}")

    def _command(self, text: str) -> None:
        assert self._proc.stdin is not None
        assert self._proc.stdout is not None
        self._proc.stdin.write(text + "\n")
        self._proc.stdin.flush()
        answer = self._proc.stdout.readline().strip()
        if answer != "ok":
            raise RuntimeError(f"server did not accept {text!r}: {answer!r}")

    def stop(self) -> None:
        if self._proc.poll() is None:
            with contextlib.suppress(RuntimeError, OSError, AssertionError):
                self._command("quit")
            try:
                self._proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._tmp.cleanup()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


# -- a user, through the HTTP API only ----------------------------------------------


@dataclass
class BenchUser:
    email: str
    password: str
    token: str
    terms_version: str


def _verification_token(outbox: Path, email: str) -> str:
    from hwserver.mail import read_outbox

    for message in reversed(list(read_outbox(outbox))):
        if email in str(message["To"]):
            part = message.get_body(("plain",)) if message.is_multipart() else message
            assert part is not None
            match = re.search(r"/verify\?token=([\w\-.~%]+)", part.get_content())
            if match:
                return match.group(1)
    raise RuntimeError(f"no verification mail for {email}")


def signed_in_user(server: ServerProcess) -> BenchUser:
    """Register, verify by the mailed link, sign in and consent, as the app would."""
    email = f"bench-{secrets.token_hex(4)}@example.com"
    with httpx.Client(base_url=server.url, timeout=30) as http:
        http.post(
            "/v1/accounts",
            json={
                "email": email,
                "password": PASSWORD,
                "name": "Bench Hanako",
                "preferred_language": "en",
                "job_seeker_number": JOB_SEEKER_NUMBER,
            },
        ).raise_for_status()
        token = _verification_token(server.outbox, email)
        http.post("/v1/accounts/verify", json={"token": token}).raise_for_status()
        answer = http.post("/v1/sessions", json={"email": email, "password": PASSWORD})
        answer.raise_for_status()
        session = answer.json()["token"]
        auth = {"Authorization": f"Bearer {session}"}
        version = http.get("/v1/terms/current", params={"lang": "en"}).json()["version"]
        http.post("/v1/me/consents", json={"terms_version": version}, headers=auth)
    return BenchUser(email, PASSWORD, session, version)


# -- figures -------------------------------------------------------------------------


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def ratio(value: float, baseline: float) -> float:
    return value / baseline if baseline > 0 else float("inf")


def verdict(value: float, target: float) -> str:
    return "within target" if value <= target else "OVER TARGET"


def print_table(title: str, rows: Sequence[tuple[str, str]]) -> None:
    """Aligned `name  value` lines under a title: easy to read and to paste."""
    print(f"\n{title}")
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


def machine_note() -> str:
    """CPU count and load: ratios hold on a busy machine, absolute times do not."""
    try:
        load = f", load average {os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):  # Windows has no load average
        load = ""
    return f"{os.cpu_count()} CPUs{load}"


def child_env(**extra: str) -> dict[str, str]:
    """The environment for an app process under measurement: headless, no debug output.

    Byte-code caching stays on (some shells here set PYTHONDONTWRITEBYTECODE):
    an installed app has its .pyc files, and compiling every module at every
    start would be measured as start-up time it never has.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    env.pop("HWCLIENT_DEBUG", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env
