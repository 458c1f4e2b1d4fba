"""Helpers shared by the security tests: the office, a bookable time, booking as someone."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from hwserver.app import create_app
from hwserver.clock import MutableClock
from hwserver.settings import Settings
from hwserver_testkit import MONDAY_MORNING, Server, SignedInUser, slot_id

OFFICE = "tokyo-midoridai"
# The day after the test clock's Monday, 10:00 Japan time: bookable, join window not open.
TUESDAY_TEN = MONDAY_MORNING + timedelta(days=1)


def book(server: Server, who: SignedInUser, start: datetime = TUESDAY_TEN) -> dict[str, Any]:
    response = server.client.post(
        "/v1/bookings",
        json={"slot_id": slot_id(OFFICE, start), "companions": []},
        headers=who.headers,
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def server_on(database_url: str, folder: Path) -> Server:
    """The test kit's server, with the same demo data and clock, on any database (PostgreSQL)."""
    clock = MutableClock(MONDAY_MORNING)
    config = Settings(
        database_url=database_url,
        mail_outbox=folder / "outbox",
        public_url="https://hw.example.jp",
        demo=True,
        sweep_interval=0,
    )
    app = create_app(config, clock=clock)
    client = TestClient(app, raise_server_exceptions=False)
    return Server(client, app.state.ctx, clock, folder / "outbox")
