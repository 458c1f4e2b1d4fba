"""The embedded server other engineers use: real uvicorn on loopback, demo data, outbox."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import httpx
from hwserver.clock import MutableClock
from hwserver.embedded import start_embedded
from hwserver.mail import read_outbox
from hwserver.timeutil import JST


def test_demo_account_signs_in_and_books_the_always_open_desk_at_night(tmp_path: Path) -> None:
    clock = MutableClock(datetime(2026, 12, 5, 23, 47, tzinfo=JST))  # a Saturday, late
    server = start_embedded(demo=True, clock=clock, data_dir=tmp_path)
    try:
        assert server.url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=server.url, timeout=10) as http:
            assert http.get("/healthz").status_code == 200
            login = http.post(
                "/v1/sessions", json={"email": server.demo_email, "password": server.demo_password}
            )
            assert login.status_code == 201
            headers = {"Authorization": "Bearer " + login.json()["token"]}
            assert login.json()["user"]["terms_consent_required"] is True  # agreed to 1.0 only
            http.post("/v1/me/consents", json={"terms_version": "1.1"}, headers=headers)
            slots = http.get("/v1/offices/demo-anytime/slots").json()
            first = slots[0]
            assert first["start"] == "2026-12-06T00:00:00+09:00"
            booked = http.post("/v1/bookings", json={"slot_id": first["id"]}, headers=headers)
            assert booked.status_code == 201, booked.text
            clock.advance(timedelta(minutes=5))  # 23:52, 8 minutes before the start
            joined = http.get(f"/v1/bookings/{booked.json()['id']}/join", headers=headers)
            assert joined.status_code == 200
            assert joined.json()["join_url"].startswith("https://zoom.us/j/")
        subjects = [m["Subject"] for m in read_outbox(server.mail_outbox)]
        assert any("予約を受け付けました" in s for s in subjects)
    finally:
        server.stop()
    assert (tmp_path / "hwserver.sqlite3").exists()  # a caller's data_dir is left in place


def test_stop_releases_the_port_and_temporary_files() -> None:
    server = start_embedded()
    data = Path(server.database_url.removeprefix("sqlite:///")).parent
    assert server.demo_email is None
    server.stop()
    assert not data.exists()
    try:
        httpx.get(server.url + "/healthz", timeout=1)
        reachable = True
    except httpx.TransportError:
        reachable = False
    assert not reachable
