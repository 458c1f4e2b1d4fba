"""200 % scaling: the main pages in a Qt process started with QT_SCALE_FACTOR=2.

Windows laptops often run at 150-200 %, and older users pick larger scaling
on purpose. The checks themselves live in scaled_pages.py; this test starts
them in a fresh process (Qt reads the scale factor only at start-up) on a
simulated 2560x1440 screen, and reports their failures as its own. With
HWCLIENT_SHOTS_DIR set, pictures go to `<dir>/scale200/<lang>/<page>.png`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from tests.ui.conftest import _qapp
from tests.ui.text_room import cut_off

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCREEN_2560x1440 = {
    "screens": [
        {
            "name": "Screen200",
            "x": 0,
            "y": 0,
            "width": 2560,
            "height": 1440,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ]
}


@pytest.mark.timeout(300)
def test_main_pages_at_200_percent_scaling(tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN_2560x1440))
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_SCALE_FACTOR="2",
        HWCLIENT_SCALED="2",
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/ui/scaled_pages.py",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "3 passed" in run.stdout, run.stdout[-2000:]


def test_the_check_sees_a_button_or_label_too_small_for_its_text() -> None:
    """The 200 % run trusts `cut_off`; it must catch squeezed texts and pass roomy ones."""
    _qapp()
    window = QWidget()
    layout = QVBoxLayout(window)
    roomy, squeezed = QPushButton("Book a session"), QPushButton("Book a session")
    wrapped = QLabel("Your last device check found problems. Please fix them and check again.")
    wrapped.setWordWrap(True)
    for widget in (roomy, squeezed, wrapped):
        layout.addWidget(widget)
    window.resize(400, 300)
    window.show()
    QApplication.processEvents()
    assert cut_off(window) == []
    squeezed.setFixedWidth(squeezed.fontMetrics().horizontalAdvance("Book a session"))
    wrapped.setFixedSize(120, wrapped.fontMetrics().height())
    QApplication.processEvents()
    problems = cut_off(window)
    window.close()
    window.deleteLater()
    assert len(problems) == 2, problems
    assert "text needs" in problems[0]
    assert "wrapped text needs" in problems[1]
