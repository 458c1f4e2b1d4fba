"""Staff API: users get 404 everywhere under /v1/staff/; staff run the office."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hwserver.timeutil import JST
from hwserver_testkit import Server, SignedInUser, problem_code, slot_id

ELEVEN = datetime(2026, 12, 7, 11, 0, tzinfo=JST)
OFFICE = "tokyo-midoridai"
STAFF_ROUTES = [
    ("GET", "/v1/staff/offices"),
    ("PATCH", f"/v1/staff/offices/{OFFICE}"),
    ("GET", f"/v1/staff/offices/{OFFICE}/closed-days"),
    ("PUT", f"/v1/staff/offices/{OFFICE}/closed-days/2026-12-09"),
    ("DELETE", f"/v1/staff/offices/{OFFICE}/closed-days/2026-12-09"),
    ("PUT", f"/v1/staff/slots/{OFFICE}.202612071100/capacity"),
    ("GET", f"/v1/staff/offices/{OFFICE}/bookings"),
    ("POST", "/v1/staff/bookings/abc/attendance"),
    ("POST", "/v1/staff/bookings/abc/cancel"),
    ("GET", "/v1/staff/users?job_seeker_number=13010-1234567"),
    ("POST", "/v1/staff/users/abc/holds"),
    ("DELETE", "/v1/staff/users/abc/holds/x"),
    ("POST", "/v1/staff/terms"),
    ("PUT", "/v1/staff/client-policy"),
    ("GET", "/v1/staff/statistics"),
]


@pytest.fixture
def staff(server: Server) -> SignedInUser:
    return server.add_user(role="staff")


def book(server: Server, user: SignedInUser, start: datetime = ELEVEN) -> dict[str, object]:
    response = server.client.post(
        "/v1/bookings", json={"slot_id": slot_id(OFFICE, start)}, headers=user.headers
    )
    assert response.status_code == 201, response.text
    return response.json()


@pytest.mark.parametrize(("method", "path"), STAFF_ROUTES)
def test_users_get_404_on_every_staff_route(
    server: Server, user: SignedInUser, method: str, path: str
) -> None:
    response = server.client.request(method, path, headers=user.headers, json={})
    assert response.status_code == 404
    assert response.json() == server.client.get("/v1/no-such-thing").json()
    assert problem_code(server.client.request(method, path, json={})) == "unauthenticated"


def test_day_bookings_show_identity_companions_and_latest_report(
    server: Server, staff: SignedInUser
) -> None:
    user = server.add_user()
    server.client.post(
        "/v1/environment-reports",
        headers=user.headers,
        json={"report": {"overall": "pass", "hostname": "TARO-PC"}, "device_id": "device-123"},
    )
    book(server, user)
    day = server.client.get(
        f"/v1/staff/offices/{OFFICE}/bookings?date=2026-12-07", headers=staff.headers
    ).json()
    assert len(day) == 1
    assert day[0]["user"]["job_seeker_number"] == "13010-1234567"
    assert day[0]["latest_environment_report"]["report"] == {"overall": "pass"}


def test_attendance_and_cancel_by_office_mail_the_user(server: Server, staff: SignedInUser) -> None:
    user = server.add_user(language="en")
    first = book(server, user)
    second = book(server, user, ELEVEN + timedelta(days=1))
    server.clock.set(ELEVEN + timedelta(minutes=5))
    marked = server.client.post(
        f"/v1/staff/bookings/{first['id']}/attendance",
        json={"status": "attended"},
        headers=staff.headers,
    )
    assert marked.json()["status"] == "attended"
    cancelled = server.client.post(
        f"/v1/staff/bookings/{second['id']}/cancel",
        json={"reason": "Counsellor is ill"},
        headers=staff.headers,
    )
    assert cancelled.json()["status"] == "cancelled_by_office"
    mail = server.mails()[-1]
    assert mail["To"] == user.email
    assert "Hello Work had to cancel" in mail["Subject"]
    assert "Counsellor is ill" in mail.get_content()
    again = server.client.post(
        f"/v1/staff/bookings/{second['id']}/cancel", json={"reason": "x"}, headers=staff.headers
    )
    assert problem_code(again) == "booking-not-active"


def test_closed_days_and_capacity_change_what_users_can_book(
    server: Server, staff: SignedInUser
) -> None:
    closed = server.client.put(
        f"/v1/staff/offices/{OFFICE}/closed-days/2026-12-08",
        json={"reason": "Training"},
        headers=staff.headers,
    )
    assert closed.json() == {"date": "2026-12-08", "reason": "Training"}
    slots = server.client.get(f"/v1/offices/{OFFICE}/slots?from=2026-12-08&to=2026-12-08").json()
    assert slots == []
    full = server.client.put(
        f"/v1/staff/slots/{slot_id(OFFICE, ELEVEN)}/capacity",
        json={"capacity": 0},
        headers=staff.headers,
    )
    assert full.json()["capacity"] == 0
    refused = server.client.post(
        "/v1/bookings", json={"slot_id": slot_id(OFFICE, ELEVEN)}, headers=server.add_user().headers
    )
    assert problem_code(refused) == "slot-unavailable"
    server.client.put(
        f"/v1/staff/slots/{slot_id(OFFICE, ELEVEN)}/capacity",
        json={"capacity": 1},
        headers=staff.headers,
    )
    book(server, server.add_user())
    too_small = server.client.put(
        f"/v1/staff/slots/{slot_id(OFFICE, ELEVEN)}/capacity",
        json={"capacity": 0},
        headers=staff.headers,
    )
    assert problem_code(too_small) == "conflict"


def test_office_settings_are_validated_and_applied(server: Server, staff: SignedInUser) -> None:
    bad = server.client.patch(
        f"/v1/staff/offices/{OFFICE}",
        headers=staff.headers,
        json={"opens": "18:00", "closes": "09:00"},
    )
    assert problem_code(bad) == "validation-error"
    ok = server.client.patch(
        f"/v1/staff/offices/{OFFICE}",
        headers=staff.headers,
        json={"opens": "09:00", "closes": "12:00", "min_notice_minutes": 0},
    )
    assert ok.json()["settings"]["opens"] == "09:00"
    slots = server.client.get(f"/v1/offices/{OFFICE}/slots?from=2026-12-07&to=2026-12-07").json()
    assert [s["start"][11:16] for s in slots] == ["10:00", "10:30", "11:00", "11:30"]


def test_publishing_terms_asks_everyone_to_agree_again_from_the_effective_date(
    server: Server, staff: SignedInUser, user: SignedInUser
) -> None:
    body = {
        "version": "2.0",
        "effective_on": "2026-12-10",
        "texts": {
            "ja": {"title": "規約", "body": "本文", "changes_summary": "全面改訂"},
            "en": {"title": "Terms", "body": "Text"},
        },
    }
    published = server.client.post("/v1/staff/terms", json=body, headers=staff.headers)
    assert published.status_code == 201
    assert (
        problem_code(server.client.post("/v1/staff/terms", json=body, headers=staff.headers))
        == "conflict"
    )
    assert server.client.get("/v1/terms/current").json()["version"] == "1.1"
    server.clock.set(datetime(2026, 12, 10, 0, 0, tzinfo=JST))
    current = server.client.get("/v1/terms/current?lang=vi").json()
    assert (current["version"], current["language"], current["changes_summary"]) == (
        "2.0",
        "ja",
        "全面改訂",
    )
    assert (
        server.client.get("/v1/me", headers=user.headers).json()["terms_consent_required"] is True
    )


def test_client_policy_update_and_version_gate(server: Server, staff: SignedInUser) -> None:
    policy = server.client.get("/v1/client/policy").json()
    assert policy["minimum_version"] == "0.1.0"
    assert {e["os"] for e in policy["os_support"]} == {"windows", "macos"}
    win11_24h2 = {
        (e["edition"], e["supported_until"])
        for e in policy["os_support"]
        if e["os"] == "windows" and e["build"] == 26100 and e["release"] == "24H2"
    }
    assert win11_24h2 == {("consumer", "2026-10-13"), ("enterprise", "2027-10-12")}
    updated = server.client.put(
        "/v1/staff/client-policy",
        headers=staff.headers,
        json={
            **{k: v for k, v in policy.items() if k != "updated_at"},
            "latest_version": "0.3.0",
            "minimum_version": "0.2.0",
            "thresholds": {"av_signature_max_age_days": 7},
        },
    )
    assert updated.status_code == 200
    assert updated.json()["thresholds"] == {"av_signature_max_age_days": 7}
    old = {"User-Agent": "hwclient/0.1.5 (Windows 11 24H2)"}
    too_old = server.client.get("/v1/offices", headers=old)
    assert too_old.status_code == 426
    assert problem_code(too_old) == "client-too-old"
    assert too_old.json()["download_url"] == policy["download_url"]
    assert server.client.get("/v1/client/policy", headers=old).json()["minimum_version"] == "0.2.0"
    fresh = {"User-Agent": "hwclient/0.2.0 (macOS 15.5)"}
    assert server.client.get("/v1/offices", headers=fresh).status_code == 200
    assert server.client.get("/v1/offices", headers={"User-Agent": "curl/8"}).status_code == 200


def test_statistics_are_counts_with_small_groups_suppressed(
    server: Server, staff: SignedInUser
) -> None:
    for i in range(5):
        book(server, server.add_user(), ELEVEN + timedelta(minutes=30 * i))
    leaver = server.add_user()
    booking = book(server, leaver, ELEVEN + timedelta(days=1))
    server.client.post(f"/v1/bookings/{booking['id']}/cancel", headers=leaver.headers)
    stats = server.client.get(
        "/v1/staff/statistics?from=2026-12-01&to=2026-12-31", headers=staff.headers
    ).json()
    rows = {r["status"]: r for r in stats["bookings"] if r["office_id"] == OFFICE}
    assert rows["booked"] == {
        "office_id": OFFICE,
        "status": "booked",
        "count": 5,
        "suppressed": False,
    }
    assert rows["cancelled"] == {
        "office_id": OFFICE,
        "status": "cancelled",
        "count": None,
        "suppressed": True,
    }
    assert stats["minimum_group_size"] == 5


def test_holds_can_be_found_by_job_seeker_number(server: Server, staff: SignedInUser) -> None:
    user = server.add_user()
    found = server.client.get(
        "/v1/staff/users?job_seeker_number=１３０１０-１２３４５６７", headers=staff.headers
    ).json()
    assert user.id in {u["id"] for u in found}
    held = server.client.post(
        f"/v1/staff/users/{user.id}/holds",
        headers=staff.headers,
        json={"code": "residence-status", "note": "card expired"},
    )
    assert held.status_code == 201
    assert held.json()["holds"][0]["code"] == "residence-status"


def test_no_shows_marked_by_staff_count_towards_suspension(
    server: Server, staff: SignedInUser
) -> None:
    user = server.add_user()
    for day in (0, 1):
        booking = book(server, user, ELEVEN + timedelta(days=day))
        early = server.client.post(
            f"/v1/staff/bookings/{booking['id']}/attendance",
            json={"status": "no_show"},
            headers=staff.headers,
        )
        assert problem_code(early) == "conflict"
        server.clock.set(ELEVEN + timedelta(days=day, minutes=15))
        marked = server.client.post(
            f"/v1/staff/bookings/{booking['id']}/attendance",
            json={"status": "no_show"},
            headers=staff.headers,
        )
        assert marked.json()["status"] == "no_show"
    holds = server.client.get("/v1/me", headers=user.headers).json()["holds"]
    assert [h["code"] for h in holds] == ["no-show-suspension"]
