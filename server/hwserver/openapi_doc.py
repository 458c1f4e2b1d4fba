"""The OpenAPI document says what the server really sends: every error is problem+json."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from hwserver.deps import bearer_token
from hwserver.problems import PROBLEM_MEDIA_TYPE, PROBLEM_SCHEMA_REF, ProblemModel

VALIDATION = {"description": "Problem: validation-error (fields in `errors`)"}
BEARER = "bearerAuth"
BEARER_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": "The token from POST /v1/sessions: `Authorization: Bearer <token>`.",
}


def install(app: FastAPI) -> None:
    """Replace app.openapi with a builder that documents errors as RFC 9457 problems."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, summary=app.summary, routes=app.routes
            )
            app.openapi_schema = bearer_where_signed_in(problems_everywhere(schema), app)
        return app.openapi_schema

    app.openapi = build  # type: ignore[method-assign]


def problems_everywhere(schema: dict[str, Any]) -> dict[str, Any]:
    problem = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if "422" in responses and "validation" in str(responses["422"]).lower():
                responses["422"].update(VALIDATION)
            for status, response in responses.items():
                if status[0] in "45" and "text/html" not in response.get("content", {}):
                    response["content"] = problem
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault("ProblemModel", ProblemModel.model_json_schema())
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    return schema


def bearer_where_signed_in(schema: dict[str, Any], app: FastAPI) -> dict[str, Any]:
    """Mark every operation that resolves the signed-in caller as needing a Bearer token.

    The Authorization header is read by hand (so a missing token is our own 401
    problem, not FastAPI's 403), which hides it from the document; this puts it
    back as a security requirement so generators and fuzzers know to send it.
    """
    schema.setdefault("components", {}).setdefault("securitySchemes", {})[BEARER] = BEARER_SCHEME
    paths = schema.get("paths", {})
    for path, route in _api_routes(app):
        if _resolves_caller(route.dependant):
            for method in route.methods:
                operation = paths.get(path, {}).get(method.lower())
                if operation is not None:
                    operation["security"] = [{BEARER: []}]
    return schema


def _api_routes(app: FastAPI) -> Iterator[tuple[str, APIRoute]]:
    """(full path, route) of every API route, also inside included routers."""
    try:  # FastAPI >= 0.165 keeps included routers nested
        from fastapi.routing import iter_route_contexts
    except ImportError:
        yield from ((r.path_format, r) for r in app.routes if isinstance(r, APIRoute))
        return
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and context.path_format:
            yield context.path_format, route


def _resolves_caller(dependant: Dependant) -> bool:
    return dependant.call is bearer_token or any(
        _resolves_caller(sub) for sub in dependant.dependencies
    )
