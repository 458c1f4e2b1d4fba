"""Run the real server (uvicorn) in a daemon thread on loopback: `hwclient --demo` and tests."""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn

from hwserver.app import create_app
from hwserver.clock import Clock
from hwserver.demo import DEMO_EMAIL, DEMO_PASSWORD
from hwserver.settings import Settings

STARTUP_TIMEOUT = 30.0


@dataclass
class EmbeddedServer:
    url: str
    mail_outbox: Path
    demo_email: str | None
    demo_password: str | None
    database_url: str = ""
    _server: uvicorn.Server | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)
    _tempdir: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)

    def stop(self) -> None:
        """Ask uvicorn to finish, wait for the thread, then remove a temporary data dir."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
        if self._tempdir is not None:
            self._tempdir.cleanup()
            self._tempdir = None


def start_embedded(
    *,
    database_url: str | None = None,
    demo: bool = False,
    clock: Clock | None = None,
    mail_outbox: Path | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    data_dir: Path | None = None,
) -> EmbeddedServer:
    """Migrate (and seed when `demo`), start serving, and return once /healthz answers."""
    tempdir = None
    if data_dir is None:
        tempdir = tempfile.TemporaryDirectory(prefix="hwserver-", ignore_cleanup_errors=True)
        data_dir = Path(tempdir.name)
    data_dir.mkdir(parents=True, exist_ok=True)
    database_url = database_url or f"sqlite:///{data_dir / 'hwserver.sqlite3'}"
    mail_outbox = mail_outbox or data_dir / "outbox"
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    url = f"http://{host}:{sock.getsockname()[1]}"
    settings = Settings(
        database_url=database_url,
        public_url=url,
        host=host,
        port=sock.getsockname()[1],
        mail_outbox=mail_outbox,
        demo=demo,
    )
    app = create_app(settings, clock=clock)
    # log_config=None: leave the host application's logging set-up alone.
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="on", log_config=None
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="hwserver-embedded", daemon=True
    )
    thread.start()
    embedded = EmbeddedServer(
        url=url,
        mail_outbox=mail_outbox,
        demo_email=DEMO_EMAIL if demo else None,
        demo_password=DEMO_PASSWORD if demo else None,
        database_url=database_url,
        _server=server,
        _thread=thread,
        _tempdir=tempdir,
    )
    _wait_healthy(embedded, thread)
    return embedded


def _wait_healthy(embedded: EmbeddedServer, thread: threading.Thread) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if not thread.is_alive():
            embedded.stop()
            raise RuntimeError("the embedded hwserver stopped while starting")
        try:
            if httpx.get(embedded.url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    embedded.stop()
    raise RuntimeError("the embedded hwserver did not start in time")
