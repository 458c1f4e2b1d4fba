"""Run a built hwclient executable the way a user would, on any of the three systems.

The per-OS smoke scripts (linux/smoke.sh, windows/smoke.ps1, macos/build.sh)
first put the app where a user would have it, then call this:

    python packaging/smoke_app.py EXECUTABLE [--cli CONSOLE_EXE] [--expect-version V]

Checks, in order; the first failure stops with exit code 1:
1. `--version` prints `hwclient <version>` (the expected one, if given);
2. `check --json` exits 0 or 1 (1: a check failed, e.g. no camera on a CI
   runner) and prints a report whose results all have an id and a status;
3. the GUI in demo mode starts its embedded server, stays up for
   --gui-seconds, and neither its output nor its log holds a Traceback or an
   ERROR line. QT_QPA_PLATFORM=offscreen is used unless a display is set.
Only the standard library is used: the host needs nothing but Python 3.9+.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

STATUSES = {"pass", "warn", "fail", "unknown"}
STARTUP_SECONDS = 90  # first start on a busy 2-core runner, migrations included
BAD_LINE = re.compile(r"Traceback|\bERROR\b|\bCRITICAL\b")


class SmokeFailure(Exception):
    """A check the bundle did not pass; the message says which and why."""


def smoke_env(scratch: Path) -> dict[str, str]:
    """A private log folder and, without a display, the offscreen Qt platform."""
    env = dict(os.environ)
    env["HWCLIENT_LOG_DIR"] = str(scratch / "logs")
    env["HWCLIENT_DEBUG"] = "1"  # log lines on stderr too, so they are captured
    has_display = env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # CI runners: no interactive session
    return env


def check_version(cli: Path, env: dict[str, str], expected: str | None) -> str:
    out = subprocess.run(
        [str(cli), "--version"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    text = out.stdout.strip()
    if out.returncode != 0 or not re.fullmatch(r"hwclient \d+\.\d+\S*", text):
        raise SmokeFailure(f"--version exited {out.returncode}: {text!r} {out.stderr[-2000:]}")
    if expected and text != f"hwclient {expected}":
        raise SmokeFailure(f"--version says {text!r}, expected hwclient {expected}")
    return text


def check_report(cli: Path, env: dict[str, str]) -> str:
    out = subprocess.run(
        [str(cli), "check", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )
    if out.returncode not in (0, 1) or "Traceback" in out.stderr:
        raise SmokeFailure(f"check --json exited {out.returncode}: {out.stderr[-3000:]}")
    try:
        report = json.loads(out.stdout)
        results = report["results"]
    except (ValueError, KeyError, TypeError) as exc:
        raise SmokeFailure(f"check --json printed no report ({exc}): {out.stdout[:500]!r}") from exc
    ids = [r.get("id") for r in results]
    if not ids or not all(isinstance(i, str) and i for i in ids) or len(set(ids)) != len(ids):
        raise SmokeFailure(f"report results need unique ids: {ids}")
    bad = [r for r in results if r.get("status") not in STATUSES]
    if bad:
        raise SmokeFailure(f"results with an unknown status: {bad}")
    return f"{len(ids)} results ({', '.join(ids)}), overall {report.get('overall')}"


def check_gui(
    app: Path, env: dict[str, str], seconds: float, scratch: Path, lang: str = "ja"
) -> str:
    """Start the demo, wait until its embedded server answers, keep it up `seconds` more.

    Start-up time depends on the machine (a loaded CI runner takes much longer
    than a desk PC), so readiness is detected from the log instead of guessed.
    """
    out_path = scratch / "gui.out"
    with out_path.open("wb") as out:
        proc = subprocess.Popen(
            [str(app), "--demo", "--lang", lang], stdout=out, stderr=subprocess.STDOUT, env=env
        )
        try:
            ready = _wait_until(proc, lambda: "healthz" in _collected(scratch), STARTUP_SECONDS)
            if ready:
                _wait_until(proc, lambda: False, seconds)  # stays up, or exits early
            exited = proc.poll()  # None: still running, as it should be
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    text = _collected(scratch)
    if exited is not None:
        raise SmokeFailure(f"the app quit by itself (exit {exited}):\n{text}")
    if not ready:
        limit = STARTUP_SECONDS
        raise SmokeFailure(f"the embedded demo server did not answer in {limit}s:\n{text}")
    bad = [line for line in text.splitlines() if BAD_LINE.search(line)]
    if bad:
        raise SmokeFailure("the app logged errors in demo mode:\n" + "\n".join(bad[:40]))
    platform = env.get("QT_QPA_PLATFORM")
    return f"GUI ran {seconds:g}s in demo mode in {lang!r} (QT_QPA_PLATFORM={platform})"


def check_translations(scratch: Path, lang: str) -> None:
    """With compiled catalogues in the bundle, the chosen language must load from it."""
    missing = [line for line in _collected(scratch).splitlines() if "no catalogue for" in line]
    if missing:
        raise SmokeFailure(f"the {lang!r} translation did not load from the bundle: {missing}")


def _collected(scratch: Path) -> str:
    """Everything the app wrote so far: its output and its log files."""
    parts = [(scratch / "gui.out").read_text("utf-8", errors="replace")]
    parts += [
        p.read_text("utf-8", errors="replace") for p in sorted((scratch / "logs").glob("*.log*"))
    ]
    return "\n".join(parts)


def _wait_until(proc: subprocess.Popen[bytes], done: Callable[[], bool], seconds: float) -> bool:
    """True once `done()` holds; False when the process exits or time runs out first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if done():
            return True
        time.sleep(0.25)
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="the executable people start")
    parser.add_argument("--cli", type=Path, help="console twin for text output (Windows)")
    parser.add_argument("--expect-version")
    parser.add_argument("--gui-seconds", type=float, default=8.0)
    parser.add_argument("--lang", default="ja", help="interface language for the GUI run")
    parser.add_argument(
        "--expect-translations",
        action="store_true",
        help="fail if the language's catalogue is missing",
    )
    args = parser.parse_args(argv)
    cli = args.cli or args.app
    with tempfile.TemporaryDirectory(prefix="hwclient-smoke-") as tmp:
        scratch = Path(tmp)
        env = smoke_env(scratch)
        try:
            print("ok    --version:", check_version(cli, env, args.expect_version), flush=True)
            print("ok    check --json:", check_report(cli, env), flush=True)
            gui = check_gui(args.app, env, args.gui_seconds, scratch, args.lang)
            if args.expect_translations:
                check_translations(scratch, args.lang)
            print("ok   ", gui, flush=True)
        except (SmokeFailure, OSError, subprocess.TimeoutExpired) as exc:
            print(f"FAIL  {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
