"""The OpenAPI document says what the server really sends: every error is problem+json."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from hwserver.problems import PROBLEM_MEDIA_TYPE, PROBLEM_SCHEMA_REF, ProblemModel

VALIDATION = {"description": "Problem: validation-error (fields in `errors`)"}


def install(app: FastAPI) -> None:
    """Replace app.openapi with a builder that documents errors as RFC 9457 problems."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, summary=app.summary, routes=app.routes
            )
            app.openapi_schema = problems_everywhere(schema)
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
