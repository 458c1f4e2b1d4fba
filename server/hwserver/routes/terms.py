"""Terms of use: the current version in a language, and recording consent to it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import JSONResponse

from hwserver import audit, idempotency
from hwserver.deps import Ctx, CurrentCaller
from hwserver.languages import from_accept_language, normalise_language
from hwserver.models import User
from hwserver.problems import Problem, problem_responses
from hwserver.schemas import ConsentIn, ConsentOut, TermsOut
from hwserver.terms_service import current_version, text_for
from hwserver.timeutil import jst_date
from hwserver.views import iso

router = APIRouter(tags=["terms"])


@router.get("/terms/current", response_model=TermsOut, responses=problem_responses("not-found"))
def current_terms(
    ctx: Ctx,
    lang: Annotated[str | None, Query(max_length=16)] = None,
    accept_language: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> dict[str, Any]:
    language = (
        (normalise_language(lang) if lang else None)
        or from_accept_language(accept_language)
        or "ja"
    )
    with ctx.tx() as session:
        version = current_version(session, jst_date(ctx.now()))
        text = text_for(session, version.version, language) if version else None
        if version is None or text is None:
            raise Problem("not-found", "No terms of use have been published yet.")
        return {
            "version": version.version,
            "effective_on": version.effective_on.isoformat(),
            "language": text.language,
            "title": text.title,
            "body": text.body,
            "changes_summary": text.changes_summary,
        }


@router.post(
    "/me/consents",
    status_code=201,
    response_model=ConsentOut,
    responses=problem_responses("unauthenticated", "terms-outdated", "idempotency-key-reused"),
)
def consent(
    body: ConsentIn,
    caller: CurrentCaller,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    def work(session: Any, _mails: list[Any]) -> tuple[int, Any]:
        now = ctx.now()
        version = current_version(session, jst_date(now))
        if version is None or version.version != body.terms_version:
            current = version.version if version else None
            raise Problem(
                "terms-outdated", "Please read the current terms first.", current_version=current
            )
        user = session.get(User, caller.user_id)
        user.consented_terms_version = version.version
        user.consented_at = now
        audit.record(
            session,
            now,
            "terms.consent",
            actor_id=user.id,
            target=version.version,
            device_hash=caller.device_hash,
        )
        return 201, {"terms_version": version.version, "consented_at": iso(now)}

    fingerprint = idempotency.fingerprint("POST", "/v1/me/consents", body.model_dump())
    return idempotency.run(ctx, caller.user_id, idempotency_key, fingerprint, work)
