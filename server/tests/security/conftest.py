"""Fixtures for the security tests: a second signed-in user, staff, the OpenAPI operations."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hwserver_testkit import Server, SignedInUser, make_server

sys.path.insert(0, str(Path(__file__).parent))

from security_kit import server_on


@pytest.fixture
def owner(server: Server) -> SignedInUser:
    return server.add_user()


@pytest.fixture
def intruder(server: Server) -> SignedInUser:
    return server.add_user()


@pytest.fixture
def staff(server: Server) -> SignedInUser:
    return server.add_user(role="staff")


@pytest.fixture
def operations(server: Server) -> list[tuple[str, str]]:
    """Every (METHOD, path template) the running server's OpenAPI document lists."""
    doc = server.client.get("/openapi.json").json()
    return sorted((method.upper(), path) for path, ops in doc["paths"].items() for method in ops)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def any_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """One test server per module on each back end (PostgreSQL refuses text SQLite stores).

    Shared by the module's tests to keep them quick, so each test uses its own
    users and e-mail addresses and compares counts, never absolute contents.
    """
    folder = tmp_path_factory.mktemp(f"any-server-{request.param}")
    if request.param == "sqlite":
        server = make_server(folder)
    else:
        server = server_on(request.getfixturevalue("pg_cluster").new_database(), folder)
    with server.client:
        yield server
    server.ctx.engine.dispose()
