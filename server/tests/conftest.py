"""Fixtures for the server tests; the helpers live in hwserver_testkit.py beside this file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hwserver_testkit import Server, SignedInUser, make_server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    srv = make_server(tmp_path)
    with srv.client:
        yield srv
    srv.ctx.engine.dispose()


@pytest.fixture
def user(server: Server) -> SignedInUser:
    return server.add_user()
