"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 08:02:42.332574
"""

from __future__ import annotations

import hwserver.db
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("actor_id", sa.String(length=32), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("target", sa.String(length=80), nullable=True),
        sa.Column("device_hash", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)

    op.create_table(
        "client_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_policy")),
    )
    op.create_table(
        "login_throttle",
        sa.Column("email_hash", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", hwserver.db.UTCDateTime(), nullable=True),
        sa.Column("updated_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("email_hash", name=op.f("pk_login_throttle")),
    )
    op.create_table(
        "offices",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name_ja", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("prefecture", sa.String(length=8), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("opens", sa.String(length=5), nullable=False),
        sa.Column("closes", sa.String(length=5), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("min_notice_minutes", sa.Integer(), nullable=False),
        sa.Column("horizon_days", sa.Integer(), nullable=False),
        sa.Column("open_weekdays", sa.JSON(), nullable=False),
        sa.Column("closed_on_holidays", sa.Boolean(), nullable=False),
        sa.Column("no_show_limit", sa.Integer(), nullable=False),
        sa.Column("no_show_window_days", sa.Integer(), nullable=False),
        sa.Column("suspension_days", sa.Integer(), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
    )
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offices_prefecture"), ["prefecture"], unique=False)

    op.create_table(
        "server_secrets",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_secrets")),
    )
    op.create_table(
        "terms_versions",
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("published_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_terms_versions")),
    )
    with op.batch_alter_table("terms_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_terms_versions_effective_on"), ["effective_on"], unique=False
        )

    op.create_table(
        "closed_days",
        sa.Column("office_id", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
            name=op.f("fk_closed_days_office_id_offices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("office_id", "day", name=op.f("pk_closed_days")),
    )
    op.create_table(
        "slots",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("office_id", sa.String(length=40), nullable=False),
        sa.Column("start", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("end", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("booked", sa.Integer(), nullable=False),
        sa.CheckConstraint("booked >= 0", name=op.f("ck_slots_booked_not_negative")),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
            name=op.f("fk_slots_office_id_offices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slots")),
        sa.UniqueConstraint("office_id", "start", name=op.f("uq_slots_office_id")),
    )
    op.create_table(
        "terms_texts",
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("changes_summary", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["version"],
            ["terms_versions.version"],
            name=op.f("fk_terms_texts_version_terms_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version", "language", name=op.f("pk_terms_texts")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_kana", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("job_seeker_number", sa.String(length=20), nullable=True),
        sa.Column("preferred_language", sa.String(length=16), nullable=False),
        sa.Column("home_office_id", sa.String(length=40), nullable=True),
        sa.Column("consented_terms_version", sa.String(length=40), nullable=True),
        sa.Column("consented_at", hwserver.db.UTCDateTime(), nullable=True),
        sa.Column("created_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("verified_at", hwserver.db.UTCDateTime(), nullable=True),
        sa.Column("password_changed_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_office_id"],
            ["offices.id"],
            name=op.f("fk_users_home_office_id_offices"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_table(
        "auth_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("last_used_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("expires_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_auth_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_auth_tokens")),
    )
    with op.batch_alter_table("auth_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_tokens_expires_at"), ["expires_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_auth_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "bookings",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=True),
        sa.Column("office_id", sa.String(length=40), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("start", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("end", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("jst_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("companions", sa.JSON(), nullable=False),
        sa.Column("interpreter_language", sa.String(length=35), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("created_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("cancelled_at", hwserver.db.UTCDateTime(), nullable=True),
        sa.Column("cancel_reason", sa.String(length=500), nullable=True),
        sa.Column("joined_at", hwserver.db.UTCDateTime(), nullable=True),
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("passcode", sa.String(length=32), nullable=False),
        sa.Column("join_url", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
            name=op.f("fk_bookings_office_id_offices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name=op.f("fk_bookings_slot_id_slots"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_bookings_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.create_index("ix_bookings_office_start", ["office_id", "start"], unique=False)
        batch_op.create_index("ix_bookings_status_start", ["status", "start"], unique=False)
        batch_op.create_index(batch_op.f("ix_bookings_user_id"), ["user_id"], unique=False)
        batch_op.create_index(
            "uq_bookings_user_day_active",
            ["user_id", "jst_date"],
            unique=True,
            sqlite_where=sa.text("status IN ('booked', 'attended')"),
            postgresql_where=sa.text("status IN ('booked', 'attended')"),
        )

    op.create_table(
        "environment_reports",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("device_hash", sa.String(length=64), nullable=True),
        sa.Column("client_version", sa.String(length=40), nullable=True),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_environment_reports_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_environment_reports")),
    )
    with op.batch_alter_table("environment_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_environment_reports_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "holds",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("since", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("until", hwserver.db.UTCDateTime(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_holds_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holds")),
        sa.UniqueConstraint("user_id", "code", name=op.f("uq_holds_user_id")),
    )
    with op.batch_alter_table("holds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_holds_user_id"), ["user_id"], unique=False)

    op.create_table(
        "idempotency_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response_body", sa.Text(), nullable=True),
        sa.Column("created_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_idempotency_keys_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_keys")),
        sa.UniqueConstraint("user_id", "key", name=op.f("uq_idempotency_keys_user_id")),
    )
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_idempotency_keys_created_at"), ["created_at"], unique=False
        )

    op.create_table(
        "verification_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("used_at", hwserver.db.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_verification_tokens_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_verification_tokens")),
    )
    with op.batch_alter_table("verification_tokens", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verification_tokens_user_id"), ["user_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("verification_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verification_tokens_user_id"))

    op.drop_table("verification_tokens")
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_keys_created_at"))

    op.drop_table("idempotency_keys")
    with op.batch_alter_table("holds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holds_user_id"))

    op.drop_table("holds")
    with op.batch_alter_table("environment_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_environment_reports_user_id"))

    op.drop_table("environment_reports")
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_bookings_user_day_active",
            sqlite_where=sa.text("status IN ('booked', 'attended')"),
            postgresql_where=sa.text("status IN ('booked', 'attended')"),
        )
        batch_op.drop_index(batch_op.f("ix_bookings_user_id"))
        batch_op.drop_index("ix_bookings_status_start")
        batch_op.drop_index("ix_bookings_office_start")

    op.drop_table("bookings")
    with op.batch_alter_table("auth_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_tokens_user_id"))
        batch_op.drop_index(batch_op.f("ix_auth_tokens_expires_at"))

    op.drop_table("auth_tokens")
    op.drop_table("users")
    op.drop_table("terms_texts")
    op.drop_table("slots")
    op.drop_table("closed_days")
    with op.batch_alter_table("terms_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_terms_versions_effective_on"))

    op.drop_table("terms_versions")
    op.drop_table("server_secrets")
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offices_prefecture"))

    op.drop_table("offices")
    op.drop_table("login_throttle")
    op.drop_table("client_policy")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
        batch_op.drop_index(batch_op.f("ix_audit_events_actor_id"))

    op.drop_table("audit_events")
