"""Two `hwserver serve` processes on one PostgreSQL database, hammered at the same time."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from hwserver.app import build_context
from hwserver.demo import ALWAYS_OPEN_OFFICE, seed_demo
from hwserver.models import ACTIVE_STATUSES, Booking, Slot
from hwserver.office_calendar import slot_public_id
from hwserver.settings import Settings
from hwserver.timeutil import JST
from hwserver_concurrency import Attempt, fire, outcome
from hwserver_testkit import insert_users
from sqlalchemy import func, select

pytestmark = pytest.mark.postgres


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(database_url: str, outbox: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _port()
    env = {**os.environ, "HWSERVER_SWEEP_INTERVAL": "0"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hwserver",
            "serve",
            "--port",
            str(port),
            "--database-url",
            database_url,
            "--mail-outbox",
            str(outbox),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode() if process.stderr else "exited")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("hwserver serve did not start")


@pytest.fixture
def two_servers(postgres_url: str, tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    ctx = build_context(Settings(database_url=postgres_url))
    seed_demo(ctx)  # before the processes start, so they do not race to seed
    ctx.engine.dispose()
    servers = [_serve(postgres_url, tmp_path / f"outbox-{n}") for n in ("a", "b")]
    yield postgres_url, [url for _, url in servers]
    for process, _ in servers:
        process.terminate()
        process.wait(timeout=20)


def test_two_processes_share_the_capacity_and_one_per_day_rules(
    two_servers: tuple[str, list[str]],
) -> None:
    database_url, urls = two_servers
    ctx = build_context(Settings(database_url=database_url))
    tokens = insert_users(ctx, 100)
    tomorrow = (ctx.now().astimezone(JST) + timedelta(days=1)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    contested = slot_public_id(ALWAYS_OPEN_OFFICE, tomorrow)  # capacity 3
    attempts = [
        Attempt(urls[i % 2], token, {"slot_id": contested}) for i, token in enumerate(tokens)
    ]
    assert outcome(fire(attempts)) == {"booked": 3, "slot-unavailable": 97}

    day_slots = [
        slot_public_id(ALWAYS_OPEN_OFFICE, tomorrow + timedelta(minutes=30 * i))
        for i in range(2, 26)
    ]
    [one_user] = insert_users(ctx, 1)
    attempts = [
        Attempt(urls[i % 2], one_user, {"slot_id": day_slots[i % len(day_slots)]})
        for i in range(100)
    ]
    assert outcome(fire(attempts))["booked"] == 1
    with ctx.tx() as session:
        per_user_day = session.execute(
            select(Booking.user_id, Booking.jst_date, func.count())
            .where(Booking.status.in_(ACTIVE_STATUSES))
            .group_by(Booking.user_id, Booking.jst_date)
        ).all()
        overfull = session.scalar(select(func.count()).select_from(Slot).where(Slot.booked > 3))
        contested_count = session.scalar(
            select(func.count()).select_from(Booking).where(Booking.start == tomorrow)
        )
    assert all(count == 1 for _, _, count in per_user_day)
    assert overfull == 0
    assert contested_count == 3
    assert len(per_user_day) == 4  # three winners of the contested slot, and the one user
    ctx.engine.dispose()
