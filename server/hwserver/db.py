"""Engine and session set-up for SQLite (default) and PostgreSQL.

SQLite: WAL so readers never block the writer, a generous busy timeout, and
BEGIN IMMEDIATE so a transaction takes the write lock up front; otherwise two
transactions that both read and then write deadlock and one fails with
"database is locked" instead of waiting its turn. Transactions that only read
(`read_transaction`) use a plain deferred BEGIN and do not queue for that lock.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from hwserver.settings import Settings

READ_ONLY = "hwserver_read_only"  # connection option: this transaction only reads
WRITER_LOCK = "hwserver_writer_lock"  # Session.info key (SQLite only)
DEFAULT_POOL_SIZE = Settings.worker_threads  # connections kept open: one per worker thread


class UTCDateTime(TypeDecorator[datetime]):
    """Stores instants as naive UTC and hands back aware UTC datetimes on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def normalise_url(url: str) -> str:
    """Let operators write postgresql://… and still get the psycopg 3 driver."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, pool_size: int = DEFAULT_POOL_SIZE) -> Engine:
    """One pooled connection per request worker thread; the overflow serves the sweep and
    mail threads. Fewer connections than threads made a busy server queue for them, and
    connections beyond the pool were closed and reopened all the time (on SQLite each
    open ran the PRAGMAs; on PostgreSQL each forks a backend)."""
    url = normalise_url(url)
    if is_sqlite(url):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 60},
            pool_size=pool_size,
            max_overflow=10,
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=5, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Autocommit at the driver level so SQLAlchemy's BEGIN below is the only one.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        read_only = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """On SQLite, sessions of this process share one writer lock (see `transaction`)."""
    info = {WRITER_LOCK: threading.RLock()} if engine.dialect.name == "sqlite" else {}
    return sessionmaker(bind=engine, expire_on_commit=False, info=info)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any exception.

    SQLite has one writer at a time. Left to itself, a waiting BEGIN IMMEDIATE
    polls with growing sleeps (up to 100 ms), so under load some requests wait
    far longer than the queue ahead of them; this process's writers therefore
    queue on a lock that hands over at once. Other processes still wait through
    busy_timeout.
    """
    session = factory()
    with session.info.get(WRITER_LOCK) or contextlib.nullcontext():
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


@contextmanager
def read_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Queries only, ended by a rollback. On SQLite this is a deferred BEGIN: readers share
    the database instead of queueing one by one for the write lock that BEGIN IMMEDIATE takes.
    On PostgreSQL it runs in autocommit: no BEGIN and ROLLBACK round trips around a lookup
    (use it for single queries, or several that need no common snapshot)."""
    session = factory()
    options: dict[str, Any] = {READ_ONLY: True}
    if session.get_bind().dialect.name == "postgresql":
        options["isolation_level"] = "AUTOCOMMIT"
    try:
        session.connection(execution_options=options)
        yield session
    finally:
        session.close()
