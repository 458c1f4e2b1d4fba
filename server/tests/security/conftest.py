"""Fixtures for the security tests: a second signed-in user, staff, the OpenAPI operations."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hwserver_testkit import Server, SignedInUser

sys.path.insert(0, str(Path(__file__).parent))


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
