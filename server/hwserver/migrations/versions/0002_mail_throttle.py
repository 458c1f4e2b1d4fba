"""mail throttle

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 08:37:49.886137
"""

from __future__ import annotations

import hwserver.db
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "mail_throttle",
        sa.Column("email_hash", sa.String(length=64), nullable=False),
        sa.Column("window_start", hwserver.db.UTCDateTime(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("email_hash", name=op.f("pk_mail_throttle")),
    )


def downgrade() -> None:

    op.drop_table("mail_throttle")
