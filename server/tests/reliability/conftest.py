"""Fixtures for the reliability tests: databases on both back ends, and live server processes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from live_server import LiveServer

StartServer = Callable[..., LiveServer]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'reliability.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> str:
    """An empty database on each back end (PostgreSQL from the shared throw-away cluster)."""
    if backend == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[StartServer]:
    """Start `hwserver serve` processes; every one still running is stopped after the test."""
    started: list[LiveServer] = []

    def start(database_url: str, name: str = "a", port: int | None = None) -> LiveServer:
        server = LiveServer(database_url, tmp_path / f"server-{name}")
        if port is not None:
            server.port = port
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
