"""Startup benchmark: time to the first window and memory idle on the home page.

    .venv/bin/python bench/startup.py [--runs 5] [--idle 3] [--importtime] [--floor]

Each run starts a fresh process: the app (`hwclient --server URL --lang en`,
signed in from an earlier session through the keyring, with a booking, so
it lands on a full home page) or the baseline (a bare PySide6 QWidget).
They alternate, so both see the same machine load. Reported: medians of the
time from process start to the first paint, the app's time until the home
page has finished loading, and the resident memory after idling there,
with the ratios against the baseline (targets: ≤ 1.5× time, ≤ 1.6× memory).
`--importtime` adds the slowest imports at start (`python -X importtime`);
`--floor` adds the memory of a window with only the libraries the app needs
(asyncio under qasync, httpx, keyring), bare and with a little text in
ordinary widgets, to show how much is the app's own.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._client_common import (
    BENCH_DIR,
    PYTHON,
    REPO,
    BenchUser,
    ServerProcess,
    child_env,
    machine_note,
    median,
    print_table,
    ratio,
    signed_in_user,
    verdict,
)

TIME_TARGET = 1.5
MEMORY_TARGET = 1.6
EVENT_TIMEOUT_S = 60.0
CHILD = BENCH_DIR / "_startup_child.py"


@dataclass
class Run:
    events: dict[str, float] = field(default_factory=dict)  # event → seconds since spawn
    rss_mb: float = 0.0


def prepare_profile(server: ServerProcess, user: BenchUser, home: Path) -> dict[str, str]:
    """A person who used the app before: language chosen, token in the (file) keyring."""
    config, logs, data = home / "config", home / "logs", home / "data"
    for folder in (config, logs, data):
        folder.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(
        json.dumps(
            {
                "language": "en",
                "server_url": server.url,
                "last_account_email": user.email,
                "terms_version_agreed": user.terms_version,
            }
        ),
        encoding="utf-8",
    )
    env = child_env(
        HWCLIENT_CONFIG_DIR=str(config),
        HWCLIENT_LOG_DIR=str(logs),
        XDG_DATA_HOME=str(data),
        PYTHON_KEYRING_BACKEND="_bench_keyring.BenchKeyring",  # see bench/_bench_keyring.py
        PYTHONPATH=os.pathsep.join([str(REPO), str(BENCH_DIR)]),
        USER=f"hwbench-{secrets.token_hex(4)}",  # own single-instance socket
    )
    _store_token(env, server.url, user)
    return env


def _store_token(env: dict[str, str], url: str, user: BenchUser) -> None:
    """Write the token with the app's own TokenStore in the child's keyring set-up."""
    code = (
        "import sys, keyring; from hwclient.secrets import TokenStore; "
        "ok = TokenStore(keyring.get_keyring()).set(sys.argv[1], sys.argv[2], sys.argv[3]); "
        "sys.exit(0 if ok else 1)"
    )
    subprocess.run([PYTHON, "-c", code, url, user.email, user.token], env=env, check=True)


def book_a_session(server: ServerProcess, user: BenchUser) -> None:
    """Home shows its fullest state: an upcoming booking with a countdown."""
    auth = {"Authorization": f"Bearer {user.token}"}
    with httpx.Client(base_url=server.url, timeout=30, headers=auth) as http:
        slots = http.get(
            "/v1/offices/tokyo-midoridai/slots", params={"from": "2026-12-02", "to": "2026-12-02"}
        ).json()
        http.post("/v1/bookings", json={"slot_id": slots[0]["id"]}).raise_for_status()


def measure(argv: list[str], env: dict[str, str], last_event: str, idle_s: float) -> Run:
    """Start one process, time its events, read its memory after idling, end it."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    lines: queue.Queue[tuple[str, float]] = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put((line.strip(), time.perf_counter() - started))

    threading.Thread(target=read, daemon=True).start()
    run = Run()
    try:
        while last_event not in run.events:
            try:
                event, at = lines.get(timeout=EVENT_TIMEOUT_S)
            except queue.Empty as exc:
                raise RuntimeError(f"no {last_event!r} from {argv[2:]} in time") from exc
            run.events[event] = at
        time.sleep(idle_s)
        run.rss_mb = psutil.Process(proc.pid).memory_info().rss / 2**20
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return run


def import_profile(argv: list[str], env: dict[str, str], top: int = 15) -> list[tuple[str, str]]:
    """Import time up to the home page, summed per package (self times, so they add up)."""
    proc = subprocess.Popen(
        [PYTHON, "-X", "importtime", *argv[1:]],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "home":
            break
    proc.terminate()
    _out, err = proc.communicate(timeout=20)
    per_package: dict[str, int] = {}
    for line in err.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if (
            not line.startswith("import time:")
            or len(fields) != 3
            or not fields[0].strip().isdigit()
        ):
            continue
        per_package[package_of(fields[2].strip())] = per_package.get(
            package_of(fields[2].strip()), 0
        ) + int(fields[0])
    total = sum(per_package.values())
    rows = sorted(per_package.items(), key=lambda item: -item[1])[:top]
    return [("all imports", f"{total / 1000:.0f} ms")] + [
        (name, f"{us / 1000:.0f} ms") for name, us in rows
    ]


def package_of(module: str) -> str:
    """hwclient by sub-package (ui.pages, api...), everything else by top-level name."""
    parts = module.split(".")
    if parts[0] == "hwclient":
        return ".".join(parts[:3] if parts[1:2] == ["ui"] else parts[:2])
    return parts[0]


def main() -> int:
    parser = argparse.ArgumentParser(description="hwclient startup time and memory")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each (median)")
    parser.add_argument("--idle", type=float, default=3.0, help="seconds idle before reading RSS")
    parser.add_argument("--importtime", action="store_true", help="also list the slowest imports")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also measure the memory floor: a bare window plus asyncio/qasync, httpx, keyring",
    )
    args = parser.parse_args()

    with ServerProcess() as server, tempfile.TemporaryDirectory(prefix="hwbench-") as tmp:
        user = signed_in_user(server)
        book_a_session(server, user)
        env = prepare_profile(server, user, Path(tmp))
        app_argv = [PYTHON, str(CHILD), "app", "--server", server.url, "--lang", "en"]
        bare_argv = [PYTHON, str(CHILD), "bare"]
        measure(bare_argv, env, "painted", 0)  # warm the file cache and .pyc files
        measure(app_argv, env, "home", 0)
        deps_argv = [PYTHON, str(CHILD), "deps", server.url]
        text_argv = [PYTHON, str(CHILD), "deps-text", server.url]
        bare: list[Run] = []
        app: list[Run] = []
        deps: list[Run] = []
        text: list[Run] = []
        for _ in range(args.runs):
            bare.append(measure(bare_argv, env, "painted", args.idle))
            app.append(measure(app_argv, env, "home", args.idle))
            if args.floor:
                deps.append(measure(deps_argv, env, "home", args.idle))
                text.append(measure(text_argv, env, "home", args.idle))
        report(bare, app, args.runs)
        if deps:
            report_floor(bare, app, deps, text)
        if args.importtime:
            print_table(
                "Import time up to the home page, per package (self times)",
                import_profile(app_argv, env),
            )
    return 0


def report(bare: list[Run], app: list[Run], runs: int) -> None:
    bare_paint = median(r.events["painted"] for r in bare)
    app_paint = median(r.events["painted"] for r in app)
    app_window = median(r.events["window"] for r in app)
    app_home = median(r.events["home"] for r in app)
    bare_rss = median(r.rss_mb for r in bare)
    app_rss = median(r.rss_mb for r in app)
    time_ratio = ratio(app_paint, bare_paint)
    memory_ratio = ratio(app_rss, bare_rss)
    print_table(
        f"Startup, median of {runs} runs each ({machine_note()})",
        [
            ("bare PySide6 window: first paint", f"{bare_paint * 1000:.0f} ms"),
            ("hwclient: first paint (splash)", f"{app_paint * 1000:.0f} ms"),
            ("hwclient: main window painted", f"{app_window * 1000:.0f} ms"),
            ("hwclient: home page loaded", f"{app_home * 1000:.0f} ms"),
            (
                "time ratio (first window)",
                f"{time_ratio:.2f}x (target <= {TIME_TARGET}x: {verdict(time_ratio, TIME_TARGET)})",
            ),
            ("time ratio (main window)", f"{ratio(app_window, bare_paint):.2f}x"),
            ("bare PySide6 window: RSS idle", f"{bare_rss:.1f} MiB"),
            ("hwclient on home: RSS idle", f"{app_rss:.1f} MiB"),
            (
                "memory ratio",
                f"{memory_ratio:.2f}x (target <= {MEMORY_TARGET}x: "
                f"{verdict(memory_ratio, MEMORY_TARGET)})",
            ),
            (
                "all first paints (ms), bare",
                " ".join(f"{r.events['painted'] * 1000:.0f}" for r in bare),
            ),
            (
                "all first paints (ms), app",
                " ".join(f"{r.events['painted'] * 1000:.0f}" for r in app),
            ),
        ],
    )


def report_floor(bare: list[Run], app: list[Run], deps: list[Run], text: list[Run]) -> None:
    """How much of the app's memory its libraries alone take (no page, no hwclient code)."""
    bare_rss = median(r.rss_mb for r in bare)
    deps_rss = median(r.rss_mb for r in deps)
    text_rss = median(r.rss_mb for r in text)
    app_rss = median(r.rss_mb for r in app)
    print_table(
        "Memory floor: a window + asyncio/qasync + one httpx request + keyring",
        [
            ("floor, bare window", f"{deps_rss:.1f} MiB ({ratio(deps_rss, bare_rss):.2f}x bare)"),
            (
                "floor, window with some text",
                f"{text_rss:.1f} MiB ({ratio(text_rss, bare_rss):.2f}x bare)",
            ),
            ("hwclient above the text floor", f"{app_rss - text_rss:.1f} MiB"),
        ],
    )


if __name__ == "__main__":
    sys.exit(main())
