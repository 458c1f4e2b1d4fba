"""Device-check benchmark: total wall time against the slowest single probe.

    .venv/bin/python bench/check.py [--runs 5]

The probes run concurrently, so the whole check should take little more
than its slowest probe (target: total ≤ 1.3× the slowest, and ≤ 2 s here).
Each run is one real check (`hwclient.checks.timing.measure`, on a qasync
loop as in the app) against the real server in its own process; the
slowest probe of the same run is the baseline. Also reported: the longest
event-loop stall during the headless check (5 ms asyncio heartbeat) and the
wall time of the command people run, `hwclient check --json`, from process
start to exit.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench._client_common import (
    PYTHON,
    REPO,
    ServerProcess,
    child_env,
    machine_note,
    median,
    print_table,
    ratio,
    verdict,
)

RATIO_TARGET = 1.3
TOTAL_TARGET_S = 2.0


def in_process_runs(server_url: str, runs: int) -> list[dict[str, Any]]:
    """`runs` full checks on one qasync loop; each returns total, slowest probe, stall."""
    import qasync
    from PySide6.QtCore import QCoreApplication

    from hwclient.checks.timing import measure

    app = QCoreApplication.instance() or QCoreApplication(["hwclient-bench"])

    async def all_runs() -> list[dict[str, Any]]:
        return [await measure(server_url) for _ in range(runs)]

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        results = runner.run(all_runs())
    app.shutdown()  # destroy Qt before Python finalises (avoids a crash at exit)
    return results


def cli_wall_time(server_url: str, env: dict[str, str]) -> tuple[float, int, int]:
    """Seconds from starting `hwclient check --json` to its exit; exit code; checks reported."""
    started = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-m", "hwclient", "check", "--json", "--server", server_url],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    seconds = time.perf_counter() - started
    try:
        count = len(json.loads(done.stdout)["results"])
    except (ValueError, KeyError):
        count = 0
    return seconds, done.returncode, count


def main() -> int:
    parser = argparse.ArgumentParser(description="device check: total vs slowest probe")
    parser.add_argument("--runs", type=int, default=5, help="checks to run (medians)")
    args = parser.parse_args()
    with ServerProcess() as server:
        runs = in_process_runs(server.url, args.runs)
        cli = [cli_wall_time(server.url, child_env()) for _ in range(max(1, args.runs // 2))]
    report(runs, cli)
    return 0


def report(runs: list[dict[str, Any]], cli: list[tuple[float, int, int]]) -> None:
    total = median(r["total_s"] for r in runs)
    slowest = median(r["slowest_probe_s"] for r in runs)
    summed = median(r["sum_of_probes_s"] for r in runs)
    ratios = [ratio(r["total_s"], r["slowest_probe_s"]) for r in runs]
    check_ratio = median(ratios)
    slowest_names = sorted({r["slowest_probe"] for r in runs})
    print_table(
        f"Device check, median of {len(runs)} runs, {runs[0]['probes']} probes each "
        f"({machine_note()})",
        [
            ("total wall time", f"{total:.3f} s ({verdict(total, TOTAL_TARGET_S)} <= 2 s)"),
            ("slowest probe", f"{slowest:.3f} s ({', '.join(slowest_names)})"),
            (
                "total / slowest probe",
                f"{check_ratio:.2f}x (target <= {RATIO_TARGET}x: "
                f"{verdict(check_ratio, RATIO_TARGET)}); per run: "
                + " ".join(f"{x:.2f}" for x in ratios),
            ),
            ("sum of all probes", f"{summed:.3f} s (what running them one by one would take)"),
            (
                "longest loop stall (headless)",
                f"{max(r['max_loop_stall_ms'] for r in runs):.1f} ms "
                f"(median {median(r['max_loop_stall_ms'] for r in runs):.1f} ms)",
            ),
            (
                "`hwclient check --json` wall time",
                f"{median(c[0] for c in cli):.3f} s incl. start-up "
                f"(exit codes {sorted({c[1] for c in cli})}, {cli[0][2]} checks reported)",
            ),
        ],
    )


if __name__ == "__main__":
    code = main()
    # Skip interpreter finalisation: PySide6 with qasync can abort while tearing down Qt
    # objects at exit ("none_dealloc"), which would turn a finished run into a failure.
    sys.stdout.flush()
    os._exit(code)
