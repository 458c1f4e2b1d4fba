"""RFC 9457 problem documents: the one error format of the API.

Each code is stable (the client maps `type` to a translated message), so codes
are listed once here with their status and a plain English title. The title a
person reads comes from hwserver.texts ("problem.<code>") in the language the
request asked for (Accept-Language), else Japanese.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

from hwserver.languages import bcp47, negotiate
from hwserver.texts import resolve_language, text

log = logging.getLogger("hwserver")
PROBLEM_BASE = "https://hwclient.example.jp/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_SCHEMA_REF = "#/components/schemas/ProblemModel"

CATALOGUE: dict[str, tuple[int, str]] = {
    "validation-error": (422, "Some fields are not valid"),
    "weak-password": (422, "The password is too easy to guess"),
    "idempotency-key-reused": (422, "This Idempotency-Key was used for a different request"),
    "invalid-token": (400, "The link is not valid any more"),
    "invalid-credentials": (401, "The e-mail address or password is wrong"),
    "unauthenticated": (401, "Please sign in"),
    "email-not-verified": (403, "Please confirm your e-mail address first"),
    "account-locked": (423, "Too many failed sign-ins"),
    "terms-outdated": (409, "The terms of use have changed"),
    "consent-required": (403, "Please agree to the current terms of use"),
    "not-found": (404, "Not found"),
    "slot-unavailable": (409, "This time is no longer available"),
    "one-per-day": (409, "You already have a session on that day"),
    "booking-suspended": (403, "Booking is paused for this account"),
    "eligibility-hold": (403, "Please contact your Hello Work office"),
    "too-late-to-cancel": (409, "It is too late to cancel in the app"),
    "booking-not-active": (409, "This booking is not active"),
    "join-not-open": (409, "The meeting is not open yet"),
    "client-too-old": (426, "Please update the app"),
    "payload-too-large": (413, "The request is too large"),
    "method-not-allowed": (405, "Method not allowed"),
    "conflict": (409, "The request conflicts with the current state"),
    "server-error": (500, "Something went wrong on our side"),
}


class Problem(Exception):
    """Raise anywhere in a request to answer with a problem document."""

    def __init__(self, kind: str, detail: str | None = None, /, **extra: Any) -> None:
        status, title = CATALOGUE[kind]
        super().__init__(kind)
        self.code = kind
        self.status = status
        self.title = title
        self.detail = detail or title
        self.detail_given = detail is not None
        self.extra = extra

    def body(self, language: str | None = None) -> dict[str, Any]:
        """The document; with a language, title (and a default detail) in that language."""
        title = text(language, f"problem.{self.code}") if language else self.title
        doc: dict[str, Any] = {
            "type": PROBLEM_BASE + self.code,
            "title": title,
            "status": self.status,
            "detail": self.detail if self.detail_given else title,
        }
        doc.update({k: v for k, v in self.extra.items() if v is not None})
        return doc

    def response(self, language: str | None = None) -> JSONResponse:
        headers = {}
        if "retry_after" in self.extra:
            headers["Retry-After"] = str(self.extra["retry_after"])
        if language:
            headers["Content-Language"] = bcp47(resolve_language(language))
        return JSONResponse(
            self.body(language),
            status_code=self.status,
            media_type=PROBLEM_MEDIA_TYPE,
            headers=headers,
        )


class ProblemModel(BaseModel):
    """OpenAPI shape of a problem document; extra members depend on the code."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str


def problem_responses(*codes: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the problem codes a route can answer."""
    by_status: dict[int, list[str]] = {}
    for code in codes:
        by_status.setdefault(CATALOGUE[code][0], []).append(code)
    return {
        status: {
            "model": ProblemModel,
            "description": "Problem: " + ", ".join(names),
            "content": {
                PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemModel"}}
            },
        }
        for status, names in by_status.items()
    }


def request_language(request: Request) -> str:
    """The language a problem is told in: Accept-Language's best match, else Japanese."""
    return negotiate(request.headers.get("accept-language"))


async def problem_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    return exc.response(request_language(request))


async def validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [_field_error(err) for err in exc.errors()]
    problem = Problem("validation-error", "Please check the marked fields.", errors=errors)
    return problem.response(request_language(request))


async def http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return Problem("not-found").response(request_language(request))
    if exc.status_code == 405:
        return Problem("method-not-allowed").response(request_language(request))
    if exc.status_code == 400:  # a body that is not JSON at all (bad UTF-8, too deep, …)
        errors = [{"field": "body", "message": "Send a valid JSON document."}]
        return Problem(
            "validation-error", "The request body could not be read.", errors=errors
        ).response(request_language(request))
    status = exc.status_code
    doc = {
        "type": PROBLEM_BASE + "http-" + str(status),
        "title": str(exc.detail),
        "status": status,
        "detail": str(exc.detail),
    }
    return JSONResponse(doc, status_code=status, media_type=PROBLEM_MEDIA_TYPE)


async def unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return Problem("server-error", "Please try again later.").response(request_language(request))


def _field_error(err: dict[str, Any]) -> dict[str, str]:
    """One {field, message}; a body that is not JSON names "body", not the byte offset."""
    if err.get("type") == "json_invalid":
        return {"field": "body", "message": "Send a valid JSON document."}
    return {"field": _field_name(err.get("loc", ())), "message": str(err.get("msg", "invalid"))}


def _field_name(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"
