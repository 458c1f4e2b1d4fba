"""schemathesis over the whole OpenAPI document, signed in: no 5xx, nothing off the schema.

Each operation gets valid and invalid requests generated from its schema, sent
with the Bearer token of a signed-in user who agreed to the terms (staff for
/v1/staff/), a fresh token per request so a generated logout cannot blind the
rest of the run. Examples are bounded and derandomised: every run sends the
same cases, within the suite's time budget. Both back ends: PostgreSQL refuses
input (NUL characters, over-long values) that SQLite would quietly store.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hwserver_testkit import Server, make_server
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))

from security_kit import server_on

EXAMPLES_PER_OPERATION = 30
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
# Every operation of the document; a new route fails test_the_list_is_the_whole_document
# until it is added here, so nothing escapes the fuzzing unnoticed.
OPERATIONS = [
    "GET /v1/client/policy",
    "POST /v1/accounts",
    "POST /v1/accounts/verify",
    "POST /v1/sessions",
    "DELETE /v1/sessions/current",
    "GET /v1/me",
    "DELETE /v1/me",
    "PATCH /v1/me",
    "POST /v1/me/password",
    "GET /v1/terms/current",
    "POST /v1/me/consents",
    "GET /v1/offices",
    "GET /v1/offices/{office_id}",
    "GET /v1/offices/{office_id}/slots",
    "POST /v1/bookings",
    "GET /v1/bookings",
    "GET /v1/bookings/{booking_id}",
    "POST /v1/bookings/{booking_id}/cancel",
    "GET /v1/bookings/{booking_id}/join",
    "GET /v1/bookings/{booking_id}/calendar.ics",
    "POST /v1/environment-reports",
    "GET /v1/staff/offices",
    "PATCH /v1/staff/offices/{office_id}",
    "GET /v1/staff/offices/{office_id}/closed-days",
    "PUT /v1/staff/offices/{office_id}/closed-days/{day}",
    "DELETE /v1/staff/offices/{office_id}/closed-days/{day}",
    "PUT /v1/staff/slots/{slot_id}/capacity",
    "GET /v1/staff/offices/{office_id}/bookings",
    "POST /v1/staff/bookings/{booking_id}/attendance",
    "POST /v1/staff/bookings/{booking_id}/cancel",
    "GET /v1/staff/users",
    "POST /v1/staff/users/{user_id}/holds",
    "DELETE /v1/staff/users/{user_id}/holds/{code}",
    "POST /v1/staff/terms",
    "PUT /v1/staff/client-policy",
    "GET /v1/staff/statistics",
    "GET /verify",
    "GET /healthz",
]


@dataclass(frozen=True)
class FuzzTarget:
    server: Server
    operations: dict[str, Any]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FuzzTarget]:
    folder = tmp_path_factory.mktemp(f"fuzz-{request.param}")
    if request.param == "sqlite":
        server = make_server(folder)
    else:
        server = server_on(request.getfixturevalue("pg_cluster").new_database(), folder)
    with server.client:
        schema = schemathesis.openapi.from_asgi("/openapi.json", server.client.app)
        operations = {op.label: op for op in (r.ok() for r in schema.get_all_operations())}
        yield FuzzTarget(server, operations)
    server.ctx.engine.dispose()


def _strategy(operation: Any) -> st.SearchStrategy[schemathesis.Case]:
    """Valid and invalid requests (an operation with nothing to invalidate draws valid ones)."""
    return st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )


def test_the_list_is_the_whole_document(target: FuzzTarget) -> None:
    assert sorted(target.operations) == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_operation_answers_within_its_schema(target: FuzzTarget, label: str) -> None:
    operation = target.operations[label]
    role = "staff" if operation.path.startswith("/v1/staff/") else "user"

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=_strategy(operation))
    def fuzz(case: schemathesis.Case) -> None:
        who = target.server.add_user(role=role)
        case.call_and_validate(headers=who.headers, checks=CHECKS)

    fuzz()
