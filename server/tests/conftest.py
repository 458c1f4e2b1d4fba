"""Fixtures for the server tests; the helpers live in hwserver_testkit.py beside this file."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hwserver_testkit import Server, SignedInUser, make_server
from pg_cluster import PgCluster, find_bin_dir


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    srv = make_server(tmp_path)
    with srv.client:
        yield srv
    srv.ctx.engine.dispose()


@pytest.fixture
def user(server: Server) -> SignedInUser:
    return server.add_user()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throw-away PostgreSQL for the session; skipped (or failed in CI) when not installed."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        message = "PostgreSQL server binaries not found (Debian: apt-get install postgresql)"
        if os.environ.get("HWTEST_REQUIRE_POSTGRES") == "1":
            pytest.fail(message + " but HWTEST_REQUIRE_POSTGRES=1")
        pytest.skip(message)
    cluster = PgCluster.start(bin_dir)
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(pg_cluster: PgCluster) -> str:
    """A fresh, empty PostgreSQL database for one test (SQLAlchemy URL)."""
    return pg_cluster.new_database()
