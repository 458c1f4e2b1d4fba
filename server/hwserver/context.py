"""Everything a request handler needs, built once per app (no module-level globals)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hwserver.clock import Clock
from hwserver.db import transaction
from hwserver.mail.delivery import Mailer, deliver
from hwserver.meetings import MeetingProvider
from hwserver.settings import Settings


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    mailer: Mailer
    meetings: MeetingProvider
    device_salt: str

    def now(self) -> datetime:
        return self.clock.now()

    @contextmanager
    def tx(self) -> Iterator[Session]:
        with transaction(self.sessions) as session:
            yield session

    def send(self, messages: list[EmailMessage]) -> None:
        deliver(self.mailer, messages)
