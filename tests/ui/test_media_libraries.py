"""Qt Multimedia's libraries load in a worker thread before the device check needs them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hwclient.ui.widgets.media_libraries import library_paths, load_libraries

ROOT = Path(__file__).resolve().parents[2]


def test_the_multimedia_modules_and_back_end_are_found() -> None:
    names = [p.name for p in library_paths()]
    assert any(n.startswith("QtMultimedia.") for n in names)
    assert any(n.startswith("QtMultimediaWidgets.") for n in names)
    assert any("mediaplugin" in n for n in names)  # Qt's back end (FFmpeg here)


def test_a_library_that_cannot_load_is_skipped(tmp_path: Path) -> None:
    broken = tmp_path / "libbroken.so"
    broken.write_bytes(b"not a library")
    real = [p for p in library_paths() if p.name.startswith("QtMultimedia.")]
    assert load_libraries([tmp_path / "missing.so", broken, *real]) == 1


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads Linux's /proc")
def test_the_back_end_is_in_memory_before_qt_asks_for_it() -> None:
    script = textwrap.dedent(
        """
        import threading
        from hwclient.ui.widgets.media_libraries import library_paths, load_libraries

        def mapped():
            return open("/proc/self/maps").read()

        before = "libavcodec" in mapped()
        worker = threading.Thread(target=lambda: load_libraries(library_paths()))
        worker.start()
        worker.join()
        print(before, "libavcodec" in mapped())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "True"]
