"""`hwclient check --send` posts the report as the signed-in user, with only a device pseudonym."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from hwclient.api.client import ApiClient
from hwclient.checks.cli import run_check_command
from hwclient.cli import build_parser
from hwclient.session import Session
from hwclient.settings import Settings


def _reports(database_url: str) -> list[Any]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return list(
                conn.execute(text("SELECT user_id, device_hash, report FROM environment_reports"))
            )
    finally:
        engine.dispose()


async def _sign_in(url: str, settings: Settings, email: str, password: str) -> None:
    async with ApiClient(url, language="en") as api:
        await Session(api, settings).sign_in(email, password)


# Sync tests on purpose: the command runs its own (qasync) event loop on the main thread.
def test_send_stores_the_report_with_a_hashed_device_id(
    live_server: Any, signed_up_user: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings.load()
    asyncio.run(_sign_in(live_server.url, settings, signed_up_user.email, signed_up_user.password))

    args = build_parser().parse_args(
        ["check", "--only", "power", "--send", "--server", live_server.url, "--json"]
    )
    code = run_check_command(args)

    assert code == 0, capsys.readouterr().err
    rows = _reports(live_server.database_url)
    assert len(rows) == 1
    user_id, device_hash, _report = rows[0]
    assert user_id == signed_up_user.me.id
    assert device_hash
    # Neither the raw id nor the client's pseudonym is stored: the server hashes again.
    assert settings.device_id not in device_hash
    assert device_hash != settings.device_id_hash(live_server.url)


def test_send_without_sign_in_says_so_and_stores_nothing(
    live_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(
        ["check", "--only", "power", "--send", "--server", live_server.url, "--lang", "en"]
    )
    code = run_check_command(args)

    assert code == 2
    assert "Sign in with the app first" in capsys.readouterr().err
    assert _reports(live_server.database_url) == []
