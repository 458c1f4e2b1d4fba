"""Mail through a real SMTP server (aiosmtpd), and the `hwserver` command line."""

from __future__ import annotations

import socket
import subprocess
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient
from hwserver import __version__
from hwserver.app import create_app
from hwserver.cli import main
from hwserver.settings import Settings, settings_from_env


class Collect:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.messages.append(envelope.content)  # type: ignore[attr-defined]
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp() -> tuple[Collect, int]:
    handler = Collect()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


def test_verification_mail_goes_out_over_smtp(smtp: tuple[Collect, int], tmp_path: Path) -> None:
    handler, port = smtp
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        smtp_url=f"smtp://127.0.0.1:{port}",
        public_url="https://hw.example.jp",
        sweep_interval=0,
    )
    with TestClient(create_app(settings)) as client:
        response = client.post(
            "/v1/accounts",
            json={
                "email": "smtp@example.jp",
                "password": "sakura-michi-2026",
                "name": "Mail Test",
                "preferred_language": "en",
            },
        )
    assert response.status_code == 202
    [raw] = handler.messages
    message = message_from_bytes(raw, policy=default)
    assert message["To"] == "smtp@example.jp"
    assert "https://hw.example.jp/verify?token=" in message.get_content()


def test_version_flag() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hwserver", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"hwserver {__version__}"


def test_create_staff_then_sign_in_as_staff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert (
        main(
            [
                "create-staff",
                "--database-url",
                url,
                "--email",
                "clerk@example.jp",
                "--password",
                "counter-window-7",
            ]
        )
        == 0
    )
    assert "Staff account ready" in capsys.readouterr().out
    assert (
        main(
            [
                "create-staff",
                "--database-url",
                url,
                "--email",
                "weak@example.jp",
                "--password",
                "password",
            ]
        )
        == 2
    )
    monkeypatch.setenv("HWSERVER_DATABASE_URL", url)
    with TestClient(create_app(settings_from_env().with_overrides(sweep_interval=0))) as client:
        token = client.post(
            "/v1/sessions", json={"email": "clerk@example.jp", "password": "counter-window-7"}
        ).json()["token"]
        offices = client.get("/v1/staff/offices", headers={"Authorization": f"Bearer {token}"})
    assert offices.status_code == 200


def test_settings_come_from_hwserver_variables_and_flags_win() -> None:
    env = {
        "HWSERVER_PORT": "9000",
        "HWSERVER_DEMO": "yes",
        "HWSERVER_MAIL_OUTBOX": "/tmp/out",
        "HWSERVER_PUBLIC_URL": "https://counsel.example.jp",
    }
    settings = settings_from_env(env)
    assert (settings.port, settings.demo, str(settings.mail_outbox)) == (9000, True, "/tmp/out")
    assert settings.with_overrides(port=8123, public_url=None).port == 8123
    assert settings.with_overrides(port=8123, public_url=None).public_url == (
        "https://counsel.example.jp"
    )


def test_sweep_command_reports_what_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sweep", "--database-url", f"sqlite:///{tmp_path / 'db.sqlite3'}"]) == 0
    assert "no-shows: 0" in capsys.readouterr().out
