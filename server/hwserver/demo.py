"""Demo data for an empty database: fictional offices, terms, and ready-to-use accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from hwserver.context import AppContext
from hwserver.demo_terms import versions
from hwserver.models import Office, TermsText, TermsVersion, User
from hwserver.security import hash_password, new_id
from hwserver.timeutil import jst_date

DEMO_EMAIL = "demo@example.jp"
DEMO_PASSWORD = "demo-pass-1234"  # noqa: S105 - printed demo login, temporary DB
STAFF_EMAIL = "staff@example.jp"
STAFF_PASSWORD = "staff-pass-1234"  # noqa: S105 - printed demo login
ALWAYS_OPEN_OFFICE = "demo-anytime"

OFFICES: list[dict[str, Any]] = [
    {
        "id": "tokyo-midoridai",
        "name_ja": "ハローワーク みどり台（架空）",
        "name_en": "Hello Work Midoridai (fictional)",
        "prefecture": "JP-13",
        "phone": "03-0000-0000",
        "languages": ["ja", "en", "zh-CN", "vi", "ne"],
        "capacity": 2,
    },
    {
        "id": "tokyo-kawabata",
        "name_ja": "ハローワーク かわばた（架空）",
        "name_en": "Hello Work Kawabata (fictional)",
        "prefecture": "JP-13",
        "phone": "03-0000-0002",
        "languages": ["ja"],
        "capacity": 1,
    },
    {
        "id": "osaka-sakurabashi",
        "name_ja": "ハローワーク さくら橋（架空）",
        "name_en": "Hello Work Sakurabashi (fictional)",
        "prefecture": "JP-27",
        "phone": "06-0000-0000",
        "languages": ["ja", "en", "pt-BR", "es"],
        "capacity": 2,
    },
    {
        "id": "aichi-higashioka",
        "name_ja": "ハローワーク ひがし丘（架空）",
        "name_en": "Hello Work Higashioka (fictional)",
        "prefecture": "JP-23",
        "phone": "052-000-0000",
        "languages": ["ja", "pt-BR", "fil"],
        "capacity": 1,
    },
    {
        "id": "fukuoka-uminato",
        "name_ja": "ハローワーク うみなと（架空）",
        "name_en": "Hello Work Uminato (fictional)",
        "prefecture": "JP-40",
        "phone": "092-000-0000",
        "languages": ["ja", "ko"],
        "capacity": 1,
    },
    {
        "id": ALWAYS_OPEN_OFFICE,
        "name_ja": "デモ用窓口（24時間・練習用・架空）",
        "name_en": "Demo desk (open 24 hours, for practice, fictional)",
        "prefecture": "JP-13",
        "phone": "03-0000-0009",
        "languages": ["ja", "en"],
        "capacity": 3,
        "opens": "00:00",
        "closes": "24:00",
        "open_weekdays": [0, 1, 2, 3, 4, 5, 6],
        "closed_on_holidays": False,
        "min_notice_minutes": 0,
        "horizon_days": 14,
        "is_demo": True,
    },
]


@dataclass(frozen=True)
class DemoAccounts:
    email: str
    password: str
    staff_email: str
    staff_password: str


def seed_demo(ctx: AppContext) -> DemoAccounts | None:
    """Fill an empty database; a database that already has offices is left alone."""
    accounts = DemoAccounts(DEMO_EMAIL, DEMO_PASSWORD, STAFF_EMAIL, STAFF_PASSWORD)
    with ctx.tx() as session:
        if session.scalar(select(Office.id).limit(1)) is not None:
            return None
        now = ctx.now()
        defaults = {
            "opens": "08:30",
            "closes": "17:15",
            "min_notice_minutes": 60,
            "horizon_days": 28,
            "open_weekdays": [0, 1, 2, 3, 4],
            "closed_on_holidays": True,
            "is_demo": False,
        }
        for office in OFFICES:
            session.add(Office(**{**defaults, **office}))
        session.flush()
        for entry in versions():
            effective = jst_date(now) - timedelta(days=entry["days_before_now"])
            session.add(
                TermsVersion(
                    version=entry["version"],
                    effective_on=effective,
                    published_at=now - timedelta(days=entry["days_before_now"]),
                )
            )
            session.flush()  # texts refer to the version row
            for language, (title, body, changes) in entry["texts"].items():
                session.add(
                    TermsText(
                        version=entry["version"],
                        language=language,
                        title=title,
                        body=body,
                        changes_summary=changes,
                    )
                )
        session.flush()
        session.add(
            _user(
                DEMO_EMAIL,
                DEMO_PASSWORD,
                "user",
                now,
                name="デモ 太郎",
                name_kana="デモ タロウ",
                job_seeker_number="13010-12345678",
                home_office_id="tokyo-midoridai",
                consented_terms_version="1.0",
                consented_at=now - timedelta(days=30),
            )
        )
        session.add(_user(STAFF_EMAIL, STAFF_PASSWORD, "staff", now, name="デモ 職員"))
    return accounts


def _user(email: str, password: str, role: str, now: Any, **fields: Any) -> User:
    return User(
        id=new_id(),
        email=email,
        password_hash=hash_password(password),
        role=role,
        status="active",
        created_at=now,
        verified_at=now,
        password_changed_at=now,
        last_seen_at=now,
        preferred_language="ja",
        **fields,
    )
