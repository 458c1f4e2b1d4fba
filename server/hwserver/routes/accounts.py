"""Accounts and sessions: register, verify, sign in and out, the signed-in user (Me)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.exc import IntegrityError

from hwserver import accounts_service as accounts
from hwserver import audit
from hwserver.deps import Ctx, CurrentCaller
from hwserver.models import AuthToken, Office, User
from hwserver.problems import Problem, problem_responses
from hwserver.schemas import (
    DeleteMeIn,
    LoginIn,
    MeOut,
    MePatch,
    PasswordChangeIn,
    RegistrationIn,
    SessionOut,
    StatusOut,
    VerifyIn,
)
from hwserver.security import hash_password, password_problem, verify_password
from hwserver.views import iso, me_out

router = APIRouter(tags=["accounts"])


def mail_settings(ctx: Ctx) -> accounts.MailSettings:
    return accounts.MailSettings(ctx.settings.mail_from, ctx.settings.public_base)


@router.post(
    "/accounts",
    status_code=202,
    response_model=StatusOut,
    responses=problem_responses("validation-error", "weak-password"),
)
def register(body: RegistrationIn, ctx: Ctx) -> dict[str, str]:
    reason = password_problem(body.password, str(body.email))
    if reason:
        raise Problem("weak-password", reason)
    password_hash = hash_password(body.password)  # always, so both paths take as long
    try:
        with ctx.tx() as session:
            message = accounts.register(session, body, password_hash, ctx.now(), mail_settings(ctx))
    except IntegrityError:  # the same address registered concurrently: answer the same
        return {"status": "verification-sent"}
    if message is not None:
        ctx.send([message])
    return {"status": "verification-sent"}


@router.post(
    "/accounts/verify", response_model=StatusOut, responses=problem_responses("invalid-token")
)
def verify(body: VerifyIn, ctx: Ctx) -> dict[str, str]:
    with ctx.tx() as session:
        accounts.verify(session, body.token, ctx.now())
    return {"status": "active"}


@router.post(
    "/sessions",
    status_code=201,
    response_model=SessionOut,
    responses=problem_responses("invalid-credentials", "email-not-verified", "account-locked"),
)
def sign_in(body: LoginIn, ctx: Ctx, request: Request) -> dict[str, Any]:
    with ctx.tx() as session:
        candidate = accounts.login_candidate(session, body.email, ctx.now())
    ok = accounts.check_password(candidate, body.password)
    now = ctx.now()
    if not ok:
        with ctx.tx() as session:
            locked_for = accounts.record_failure(session, candidate.throttle_key, now)
            audit.record(session, now, "session.failed", actor_id=candidate.user_id)
        if locked_for:
            raise Problem("account-locked", "Please wait, then try again.", retry_after=locked_for)
        raise Problem("invalid-credentials")
    with ctx.tx() as session:
        user = session.get(User, candidate.user_id)
        if user is None:
            raise Problem("invalid-credentials")
        if user.status != "active":
            raise Problem("email-not-verified", "Open the link in the e-mail we sent you first.")
        token, expires = accounts.start_session(session, user, candidate.throttle_key, now)
        audit.record(session, now, "session.start", actor_id=user.id)
        me = me_out(session, user, now)
    request.state.user_id = me["id"]
    return {"token": token, "expires_at": iso(expires), "user": me}


@router.delete("/sessions/current", status_code=204, responses=problem_responses("unauthenticated"))
def sign_out(caller: CurrentCaller, ctx: Ctx) -> Response:
    with ctx.tx() as session:
        row = session.get(AuthToken, caller.token_hash)
        if row is not None:
            session.delete(row)
        audit.record(session, ctx.now(), "session.end", actor_id=caller.user_id)
    return Response(status_code=204)


@router.get("/me", response_model=MeOut, responses=problem_responses("unauthenticated"))
def get_me(caller: CurrentCaller, ctx: Ctx) -> dict[str, Any]:
    with ctx.tx() as session:
        user = session.get(User, caller.user_id)
        assert user is not None
        return me_out(session, user, ctx.now())


@router.patch(
    "/me", response_model=MeOut, responses=problem_responses("unauthenticated", "validation-error")
)
def patch_me(body: MePatch, caller: CurrentCaller, ctx: Ctx) -> dict[str, Any]:
    changes = body.model_dump(exclude_unset=True)
    for required in ("name", "preferred_language"):
        if required in changes and changes[required] is None:
            raise _field_error(required, "This field cannot be empty.")
    with ctx.tx() as session:
        office_id = changes.get("home_office_id")
        if office_id is not None and session.get(Office, office_id) is None:
            raise _field_error("home_office_id", "There is no office with this id.")
        user = session.get(User, caller.user_id)
        assert user is not None
        for name, value in changes.items():
            setattr(user, name, value)
        audit.record(session, ctx.now(), "me.update", actor_id=user.id, fields=sorted(changes))
        return me_out(session, user, ctx.now())


@router.post(
    "/me/password",
    status_code=204,
    responses=problem_responses("unauthenticated", "invalid-credentials", "weak-password"),
)
def change_password(body: PasswordChangeIn, caller: CurrentCaller, ctx: Ctx) -> Response:
    with ctx.tx() as session:
        user = session.get(User, caller.user_id)
        assert user is not None
        current_hash, email = user.password_hash, user.email
    if not verify_password(current_hash, body.current_password):
        raise Problem("invalid-credentials", "The current password is wrong.")
    reason = password_problem(body.new_password, email)
    if reason:
        raise Problem("weak-password", reason)
    new_hash = hash_password(body.new_password)
    with ctx.tx() as session:
        user = session.get(User, caller.user_id)
        assert user is not None
        user.password_hash = new_hash
        user.password_changed_at = ctx.now()
        accounts.revoke_other_sessions(session, user.id, caller.token_hash)
        audit.record(session, ctx.now(), "me.password", actor_id=user.id)
    return Response(status_code=204)


@router.delete(
    "/me", status_code=204, responses=problem_responses("unauthenticated", "invalid-credentials")
)
def delete_me(body: DeleteMeIn, caller: CurrentCaller, ctx: Ctx) -> Response:
    with ctx.tx() as session:
        user = session.get(User, caller.user_id)
        assert user is not None
        password_hash = user.password_hash
    if not verify_password(password_hash, body.password):
        raise Problem("invalid-credentials", "The password is wrong.")
    with ctx.tx() as session:
        user = session.get(User, caller.user_id)
        if user is not None:
            accounts.delete_account(session, user, ctx.now(), "user request")
    return Response(status_code=204)


def _field_error(field: str, message: str) -> Problem:
    return Problem("validation-error", errors=[{"field": field, "message": message}])
