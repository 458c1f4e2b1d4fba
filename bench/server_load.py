"""Server under load: slot listing and booking vs /healthz, 50 clients, SQLite and PostgreSQL.

A real `hwserver serve` process on loopback; the load comes from this process
(asyncio, one keep-alive connection per simulated client, each sending its
next request as soon as the last one is answered; see _raw_http.py for why
not httpx). /healthz on the same server in
the same run is the baseline: it measures the HTTP stack, the event loop and
the machine, so the ratio isolates what the API's own work costs. Rounds of
the three kinds alternate, so background noise hits all of them alike.

Both back ends get the same server: one `hwserver serve` process (one uvicorn
worker) with its default request threads (HWSERVER_WORKER_THREADS, 12) and a
database pool of as many connections (PostgreSQL: +5 overflow), fewer than the
50 clients: the rest wait their turn inside the server, as on a real one.

Usage (from the repository root):
    .venv/bin/python bench/server_load.py [--backend sqlite|postgres|both]
        [--clients 50] [--requests 600] [--rounds 3] [--max-seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "server" / "tests"), str(ROOT / "server" / "tests" / "reliability")]

from hwserver.settings import settings_from_env  # noqa: E402
from live_server import (  # noqa: E402
    Account,
    LiveServer,
    add_accounts,
    booking_day,
    prepare_database,
    set_office_capacity,
    slot_ids,
)
from pg_cluster import PgCluster, find_bin_dir  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _raw_http import Connection, ProtocolError  # noqa: E402

TARGET_RATIO = 5.0
LISTING_OFFICE = "tokyo-midoridai"  # an ordinary office: weekdays 08:30–17:15
BOOKING_SLOTS = 20  # bookings spread over this many practice-desk slots of one day
Request = tuple[str, str, dict[str, str] | None, dict[str, object] | None]


@dataclass
class Samples:
    """Latencies of one kind of request, and how long the rounds of it took in total."""

    latencies: list[float] = field(default_factory=list)
    wall: float = 0.0
    failures: int = 0

    def p(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.wall if self.wall else 0.0


async def _run_round(
    base: str, requests: list[Request], clients: int, deadline: float, ok: int
) -> tuple[list[float], float, int]:
    """`clients` workers drain the list; each waits for its answer before sending again."""
    queue = iter(requests)
    latencies: list[float] = []
    failures = 0

    async def worker() -> None:
        nonlocal failures
        connection = Connection(base)
        try:
            for method, path, headers, body in queue:
                if time.monotonic() > deadline:
                    return
                started = time.perf_counter()
                try:
                    answer = await connection.request(method, path, headers, body)
                except (OSError, asyncio.IncompleteReadError, ProtocolError):
                    failures += 1  # counted, and the next request opens a new connection
                    await connection.close()
                    continue
                latencies.append(time.perf_counter() - started)
                failures += answer.status != ok
        finally:
            await connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, time.perf_counter() - started, failures


def _workload(accounts: list[Account], requests: int) -> dict[str, list[Request]]:
    day = booking_day()
    first, last = day.isoformat(), (day + timedelta(days=6)).isoformat()
    listing = f"/v1/offices/{LISTING_OFFICE}/slots?from={first}&to={last}"
    slots = slot_ids(day, BOOKING_SLOTS)
    bookings: list[Request] = [
        ("POST", "/v1/bookings", a.headers, {"slot_id": slots[i % len(slots)], "companions": []})
        for i, a in enumerate(accounts)
    ]
    return {
        "healthz": [("GET", "/healthz", None, None)] * requests,
        "slots": [("GET", listing, None, None)] * requests,
        "booking": bookings,
    }


async def measure(
    base: str, accounts: list[Account], args: argparse.Namespace
) -> dict[str, Samples]:
    work = _workload(accounts, args.requests)
    expected = {"healthz": 200, "slots": 200, "booking": 201}
    results = {kind: Samples() for kind in work}
    deadline = time.monotonic() + args.max_seconds
    await _run_round(base, work["healthz"][: args.clients * 2], args.clients, deadline, 200)
    for r in range(args.rounds):
        for kind, requests in work.items():
            share = requests[r :: args.rounds]
            lat, wall, failed = await _run_round(
                base, share, args.clients, deadline, expected[kind]
            )
            results[kind].latencies += lat
            results[kind].wall += wall
            results[kind].failures += failed
    return results


@contextmanager
def database(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'bench.sqlite3'}"
        return
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit(
            "PostgreSQL server binaries not found (Debian: apt-get install postgresql)"
        )
    cluster = PgCluster.start(bin_dir)
    try:
        yield cluster.new_database()
    finally:
        cluster.stop()


def run_backend(backend: str, args: argparse.Namespace) -> dict[str, Samples]:
    with (
        tempfile.TemporaryDirectory(prefix="hw-bench-") as tmp,
        database(backend, Path(tmp)) as url,
    ):
        prepare_database(url)
        set_office_capacity(url, math.ceil(args.requests / BOOKING_SLOTS) + 1)
        accounts = add_accounts(url, args.requests)
        server = LiveServer(url, Path(tmp) / "server")
        server.start()
        try:
            return asyncio.run(measure(server.url, accounts, args))
        finally:
            server.stop()


def report(backend: str, results: dict[str, Samples], out: Callable[[str], None] = print) -> bool:
    base = results["healthz"]
    out(
        f"\n{backend}: {len(base.latencies)} x healthz, "
        f"{len(results['slots'].latencies)} x slots, {len(results['booking'].latencies)} x booking"
    )
    header = ("request", "p50 ms", "p99 ms", "req/s", "p99/healthz", "failed")
    out("{:<10} {:>8} {:>8} {:>7} {:>12} {:>7}".format(*header))
    within = True
    for kind, samples in results.items():
        if not samples.latencies:
            out(f"{kind:<10} no requests finished in time")
            within = False
            continue
        ratio = samples.p(0.99) / base.p(0.99)
        if kind != "healthz":
            within &= ratio <= TARGET_RATIO and samples.failures == 0
        out(
            f"{kind:<10} {samples.p(0.5) * 1000:8.1f} {samples.p(0.99) * 1000:8.1f} "
            f"{samples.rate:7.0f} {ratio:11.2f}x {samples.failures:7d}"
        )
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=600, help="per kind of request")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=60, help="per back end")
    args = parser.parse_args()
    threads = settings_from_env().worker_threads
    print(
        f"CPUs: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}, clients: {args.clients}"
        f", server: 1 process, {threads} request threads"
    )
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    all_within = True
    for backend in backends:
        all_within &= report(backend, run_backend(backend, args))
    print(
        f"\ntarget: p99 <= {TARGET_RATIO:.0f}x healthz, no failed request: "
        + ("met" if all_within else "NOT met")
    )
    return 0 if all_within else 1


if __name__ == "__main__":
    sys.exit(main())
