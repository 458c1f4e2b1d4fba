"""Which terms-of-use version is in force, and whether a user has agreed to it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hwserver.models import TermsText, TermsVersion


def current_version(session: Session, today: date) -> TermsVersion | None:
    """The newest version already in effect (a future version waits for its date)."""
    return session.scalars(
        select(TermsVersion)
        .where(TermsVersion.effective_on <= today)
        .order_by(TermsVersion.effective_on.desc(), TermsVersion.published_at.desc())
        .limit(1)
    ).first()


def text_for(session: Session, version: str, language: str) -> TermsText | None:
    """The text in the asked language, else Japanese, else any language there is."""
    texts = {
        t.language: t
        for t in session.scalars(select(TermsText).where(TermsText.version == version))
    }
    fallback_order = [language, "ja_easy" if language == "ja_easy" else "", "ja", "en"]
    for code in fallback_order:
        if code and code in texts:
            return texts[code]
    return next(iter(texts.values()), None)
