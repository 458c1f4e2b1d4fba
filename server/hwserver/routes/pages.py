"""Non-API pages: the verification link opened from the mail, and the health check."""

from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, Header, Query
from fastapi.responses import HTMLResponse
from sqlalchemy import text as sql

from hwserver import accounts_service as accounts
from hwserver.deps import Ctx
from hwserver.languages import bcp47, from_accept_language
from hwserver.problems import Problem
from hwserver.texts import resolve_language, text

router = APIRouter()

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;
font-size:1.2rem;line-height:1.7;color:#1a1a1a}}h1{{font-size:1.6rem}}</style></head>
<body><main><p>{title}</p><h1>{heading}</h1><p>{body}</p></main></body></html>
"""


@router.get(
    "/verify",
    response_class=HTMLResponse,
    tags=["accounts"],
    responses={
        400: {
            "description": "The same page, saying the link is not valid",
            "content": {"text/html": {}},
        }
    },
)
def verify_page(
    ctx: Ctx,
    token: Annotated[str, Query(max_length=200)] = "",
    accept_language: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> HTMLResponse:
    """The link in the verification mail: finishes registration, answers in the user's language."""
    language = from_accept_language(accept_language)
    key, status = "page.missing", 400  # a mail program cut the link before its token
    if token.strip():
        try:
            with ctx.tx() as session:
                user = accounts.verify(session, token.strip(), ctx.now())
                language = user.preferred_language
            key, status = "page.verified", 200
        except Problem:
            key = "page.invalid"
    lang = resolve_language(language)
    html = PAGE.format(
        lang=bcp47(lang),
        title=escape(text(lang, "page.title")),
        heading=escape(text(lang, f"{key}.heading")),
        body=escape(text(lang, f"{key}.body")),
    )
    headers = {
        "Content-Language": bcp47(lang),
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
        "Referrer-Policy": "no-referrer",  # the token is in this page's URL
    }
    return HTMLResponse(html, status_code=status, headers=headers)


@router.get("/healthz", tags=["operations"])
def healthz(ctx: Ctx) -> dict[str, str]:
    with ctx.engine.connect() as conn:
        conn.execute(sql("SELECT 1"))
    return {"status": "ok"}
