"""`python -m hwclient.checks.timing`: how concurrent the check is, and how smooth the loop stays.

Prints the total wall time of one real check against the slowest single
probe and the sum of all probes (the gap is what concurrency saves), and the
longest event-loop stall seen by a 5 ms heartbeat while the check runs (what
the window would feel like). Runs under qasync, as the app does. bench/ can
wrap this; it is a measuring tool, not part of the check.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from typing import Any

HEARTBEAT_S = 0.005


async def measure(server_url: str | None) -> dict[str, Any]:
    from hwclient.checks.engine import run_checks
    from hwclient.checks.policy import load_bundled

    gaps: list[float] = []
    done = asyncio.Event()

    async def heartbeat() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(HEARTBEAT_S)
            now = time.perf_counter()
            gaps.append(now - last - HEARTBEAT_S)
            last = now

    beat = asyncio.create_task(heartbeat())
    start = time.perf_counter()
    _report, raw = await run_checks(load_bundled(), server_url=server_url)
    total = time.perf_counter() - start
    done.set()
    await beat
    slowest = max(raw.outputs.values(), key=lambda r: r.duration_s)
    return {
        "probes": len(raw.outputs),
        "total_s": round(total, 3),
        "slowest_probe": slowest.probe,
        "slowest_probe_s": round(slowest.duration_s, 3),
        "sum_of_probes_s": round(sum(r.duration_s for r in raw.outputs.values()), 3),
        "max_loop_stall_ms": round(max(gaps, default=0.0) * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="http://127.0.0.1:9", help="backend URL to probe")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from hwclient.checks.cli import _run_async

    _app = QCoreApplication.instance() or QCoreApplication([])
    print(json.dumps(_run_async(measure(args.server))))


if __name__ == "__main__":
    main()
