"""What happens around signing in, shared by the sign-in, terms and account pages.

Kept out of the pages so the order is written once: a person who agreed to
the terms before signing in (first launch shows the terms first) has that
consent recorded as soon as a session exists, and is asked again only when
the server's current version differs from what they agreed to.
"""

from __future__ import annotations

import logging

from hwclient.api.errors import ApiError, TermsOutdated
from hwclient.api.models import Me
from hwclient.ui.context import AppContext
from hwclient.ui.pages.base import Page

log = logging.getLogger(__name__)


def is_signed_in(ctx: AppContext) -> bool:
    return bool(ctx.api.signed_in)


def remembered_terms_version(ctx: AppContext) -> str | None:
    """The terms version agreed to on this PC (before or after signing in)."""
    return ctx.settings.terms_version_agreed or None


def remember_agreed_terms(ctx: AppContext, version: str) -> None:
    ctx.settings.terms_version_agreed = version
    ctx.settings.save_quietly()


async def sign_in(ctx: AppContext, email: str, password: str) -> Me:
    """Sign in through the session, which keeps the token (never the password)."""
    return await ctx.session.sign_in(email, password)


async def _record_pending_consent(ctx: AppContext, me: Me) -> bool:
    """Send the consent given before signing in, if it is for the current version."""
    agreed = remembered_terms_version(ctx)
    if not agreed:
        return False
    try:
        terms = await ctx.api.current_terms(ctx.language)
        if terms.version != agreed:
            return False
        await ctx.api.consent(agreed)
    except TermsOutdated:
        return False
    except ApiError:
        log.warning("recording the earlier consent failed", exc_info=True)
        return False
    return True


async def after_sign_in(page: Page, me: Me) -> None:
    """Route a freshly signed-in person: terms first if needed, else where they were going.

    The terms page is shown before `signedIn` is emitted, so the shell does not
    jump to the home page over it.
    """
    ctx = page.ctx
    if me.terms_consent_required and not await _record_pending_consent(ctx, me):
        page.navigate.emit("terms", {"next": "home"})
    elif me.password_change_due:
        page.navigate.emit("account", {"reminder": True})
    ctx.signedIn.emit()
