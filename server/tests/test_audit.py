"""Access log and audit records: who, what, when, device hash; never secrets or addresses."""

from __future__ import annotations

import logging

import pytest
from hwserver.models import AuditEvent
from hwserver_testkit import PASSWORD, Server
from sqlalchemy import select


def test_access_log_and_audit_hold_no_tokens_passwords_or_emails(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    user = server.add_user("private.person@example.jp")
    device = {"X-Device-Id": "serial-XYZ-42"}
    with caplog.at_level(logging.INFO, logger="hwserver.access"):
        login = server.client.post(
            "/v1/sessions", headers=device, json={"email": user.email, "password": PASSWORD}
        )
        token = login.json()["token"]
        headers = {"Authorization": f"Bearer {token}", **device}
        server.client.post("/v1/me/consents", json={"terms_version": "1.1"}, headers=headers)
        server.client.get("/verify?token=secret-link-token")
    lines = [r.getMessage() for r in caplog.records if r.name == "hwserver.access"]
    assert any('"route":"/v1/me/consents"' in line and user.id in line for line in lines)
    joined = "\n".join(lines)
    for secret in (token, PASSWORD, user.email, "secret-link-token", "serial-XYZ-42"):
        assert secret not in joined
    with server.ctx.tx() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    actions = [e.action for e in events]
    assert "session.start" in actions
    consent = next(e for e in events if e.action == "terms.consent")
    assert consent.actor_id == user.id
    assert consent.device_hash
    assert len(consent.device_hash) == 64
    stored = " ".join(f"{e.actor_id} {e.target} {e.detail} {e.device_hash}" for e in events)
    for secret in (token, PASSWORD, user.email, "serial-XYZ-42"):
        assert secret not in stored
