"""The schema comes from Alembic migrations, and they match the ORM models exactly."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hwserver.db import make_engine
from hwserver.migrate import upgrade
from hwserver.models import Base
from sqlalchemy import inspect


def test_migrations_create_exactly_the_modelled_schema(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    upgrade(engine)
    upgrade(engine)  # running again is harmless
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        indexes = {i["name"] for i in inspect(conn).get_indexes("bookings")}
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    engine.dispose()
    assert diff == []
    assert "uq_bookings_user_day_active" in indexes
    assert journal == "wal"
