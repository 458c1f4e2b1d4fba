"""`hwclient --demo` must give a working server with a demo account on a fresh PC."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hwclient.api import ApiClient
from hwclient.demo import DemoUnavailable, start_demo_server


async def test_demo_server_has_offices_and_a_working_demo_account(
    tmp_path: Path, cheap_password_hashing: None
) -> None:
    server = start_demo_server(tmp_path / "demo")
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.demo_email
        assert server.demo_password
        async with ApiClient(server.url) as api:
            assert await api.offices()
            result = await api.sign_in(server.demo_email, server.demo_password)
            assert result.user.email == server.demo_email
        assert (tmp_path / "demo").is_dir()
    finally:
        server.stop()


def test_missing_server_package_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hwserver.embedded", None)  # as in a build without it
    with pytest.raises(DemoUnavailable) as caught:
        start_demo_server()
    assert "demo" in caught.value.user_message().lower()
