"""A throw-away PostgreSQL cluster for the test session (initdb + pg_ctl, trust auth, loopback).

Run as root (CI, this container), the server binaries must run as the `postgres`
user, so the data directory is created under /tmp and handed to that user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg


def find_bin_dir() -> Path | None:
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name)
    )
    if candidates:
        return Path(candidates[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgCluster:
    bin_dir: Path
    data_dir: Path
    port: int

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if _is_root():
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    @classmethod
    def start(cls, bin_dir: Path) -> PgCluster:
        root = Path(tempfile.mkdtemp(prefix="hwtest-pg-"))
        if _is_root():
            shutil.chown(root, "postgres", "postgres")
        cluster = cls(bin_dir, root / "data", _free_port())
        cluster._run(
            "initdb", "-D", str(cluster.data_dir), "-A", "trust", "-U", "postgres", "--no-sync"
        )
        options = (
            f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=300"
        )
        cluster._run(
            "pg_ctl",
            "-D",
            str(cluster.data_dir),
            "-o",
            options,
            "-w",
            "-l",
            str(root / "server.log"),
            "start",
        )
        return cluster

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.data_dir.parent, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """An empty database of its own for one test; returns its SQLAlchemy URL."""
        name = "t_" + uuid.uuid4().hex[:12]
        conninfo = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
