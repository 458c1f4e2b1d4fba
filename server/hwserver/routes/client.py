"""Client policy (public, never version-gated) and environment reports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from hwserver import audit, idempotency
from hwserver.deps import USER_AGENT_RE, Ctx, CurrentCaller
from hwserver.models import ClientPolicy, EnvironmentReport
from hwserver.problems import problem_responses
from hwserver.report_scrub import scrub
from hwserver.schemas import EnvironmentReportIn, IdOut, PolicyOut
from hwserver.security import keyed_hash, new_id
from hwserver.views import iso

policy_router = APIRouter(tags=["client"])
router = APIRouter(tags=["client"])


def policy_out(policy: ClientPolicy) -> dict[str, Any]:
    return {**policy.data, "updated_at": iso(policy.updated_at)}


@policy_router.get("/client/policy", response_model=PolicyOut)
def get_policy(ctx: Ctx) -> dict[str, Any]:
    with ctx.tx() as session:
        policy = session.get(ClientPolicy, 1)
        assert policy is not None, "seeded at start-up"
        return policy_out(policy)


@router.post(
    "/environment-reports",
    status_code=201,
    response_model=IdOut,
    responses=problem_responses("unauthenticated", "validation-error", "idempotency-key-reused"),
)
def post_report(
    body: EnvironmentReportIn,
    caller: CurrentCaller,
    ctx: Ctx,
    request: Request,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    device = body.device_id or request.headers.get("x-device-id")
    match = USER_AGENT_RE.search(request.headers.get("user-agent", ""))

    def work(session: Session, _mails: list[Any]) -> tuple[int, Any]:
        now = ctx.now()
        report_id = new_id()
        device_hash = keyed_hash(ctx.device_salt, device) if device else None
        session.add(
            EnvironmentReport(
                id=report_id,
                user_id=caller.user_id,
                created_at=now,
                device_hash=device_hash,
                client_version=match.group(1) if match else None,
                report=scrub(body.report),
            )
        )
        audit.record(
            session,
            now,
            "environment.report",
            actor_id=caller.user_id,
            target=report_id,
            device_hash=device_hash,
        )
        return 201, {"id": report_id}

    fingerprint = idempotency.fingerprint("POST", "/v1/environment-reports", body.model_dump())
    return idempotency.run(ctx, caller.user_id, idempotency_key, fingerprint, work)
