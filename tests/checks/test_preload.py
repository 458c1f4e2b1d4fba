"""The first check imports nothing on the event loop: the preload brought it all in.

Run in a fresh interpreter, because this test process has long imported
everything; any module of ours (or psutil) a check run still imports after
`preload_engine()` would be imported on the UI thread and freeze the window.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from hwclient.checks.preload import platform_probe_module

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from hwclient.checks.preload import preload_engine

    async def main():
        await preload_engine()
        before = set(sys.modules)
        from hwclient.checks.engine import run_checks
        from hwclient.checks.policy import load_bundled

        await run_checks(load_bundled(), only={"power", "resources", "processes", "network", "os"})
        late = sorted(
            m for m in set(sys.modules) - before if m.startswith(("hwclient", "psutil"))
        )
        print(",".join(late))

    asyncio.run(main())
    """
)


def test_a_check_after_the_preload_imports_nothing_more() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "", f"imported during the check: {done.stdout.strip()}"


def test_each_os_preloads_its_own_probe_module() -> None:
    assert platform_probe_module("win32") == "hwclient.checks.probes.windows"
    assert platform_probe_module("darwin") == "hwclient.checks.probes.macos"
    assert platform_probe_module("linux") == "hwclient.checks.probes.linux"
    for name in ("windows", "macos", "linux"):
        assert (ROOT / "hwclient" / "checks" / "probes" / f"{name}.py").is_file()
