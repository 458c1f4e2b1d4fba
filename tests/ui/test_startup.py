"""Start-up: something is on screen at once, and the heavy part waits for it.

The splash must be painted before the network stack, keyring and pages are
imported (people on a slow PC otherwise see nothing and click again), close
as soon as the main window has painted, and never outlive a window that
does not paint. The import hooks that keep start-up cheap must give the
same answers as the code they shortcut. Timings are in bench/startup.py.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hwclient.ui import qt_imports, splash
from hwclient.ui.widgets.icons import app_icon

REPO = Path(__file__).resolve().parents[2]
#: Imported only after the splash is painted (hwclient.ui.shell and what it uses).
HEAVY = ("asyncio", "qasync", "httpx", "keyring", "hwclient.api", "hwclient.ui.main_window")


def run_python(code: str) -> dict[str, object]:
    """Run `code` in a fresh interpreter (a fresh import state) and return its JSON output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def gone(widget: QWidget) -> bool:
    """Closed (and maybe already deleted, as the splash deletes itself)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


@pytest.fixture
def app() -> QApplication:
    instance = QApplication.instance() or QApplication(["hwclient-tests"])
    assert isinstance(instance, QApplication)
    return instance


def test_the_splash_is_painted_before_anything_heavy_is_imported() -> None:
    code = """
import json, sys
from hwclient.ui import app as entry, splash
application = entry.make_application()
shown = splash.show_splash(application, entry.app_icon())
print(json.dumps({"visible": shown.isVisible(), "modules": sorted(sys.modules)}))
"""
    result = run_python(code)
    assert result["visible"] is True
    modules = set(result["modules"])  # type: ignore[arg-type]
    assert not [name for name in HEAVY if name in modules]


def test_wait_until_painted_returns_after_the_first_paint(app: QApplication) -> None:
    label = QLabel("x")
    try:
        assert splash.wait_until_painted(label) is True
        assert label.isVisible()
    finally:
        label.close()


def test_the_splash_shows_the_app_icon_on_the_window_colour(app: QApplication) -> None:
    picture = splash.splash_pixmap(app_icon(), app.palette()).toImage()
    background = app.palette().window().color()
    assert picture.pixelColor(5, 5) == background
    middle = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert middle != background  # the icon is drawn in the middle
    assert middle != QColor(0, 0, 0, 0)


def test_the_splash_closes_once_the_main_window_has_painted(app: QApplication, qtbot) -> None:
    shown = splash.show_splash(app, app_icon())
    window = QWidget()
    qtbot.addWidget(window)
    splash.close_splash(shown, window)
    assert shown.isVisible()  # not before the window is on screen
    window.show()
    qtbot.waitUntil(lambda: gone(shown), timeout=2000)


def test_the_splash_does_not_outlive_a_window_that_never_paints(
    app: QApplication, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(splash, "CLOSE_FALLBACK_MS", 50)
    shown = splash.show_splash(app, app_icon())
    hidden = QWidget()  # e.g. started to the tray
    qtbot.addWidget(hidden)
    splash.close_splash(shown, hidden)
    qtbot.waitUntil(lambda: gone(shown), timeout=2000)


def test_the_splash_closes_at_once_before_an_error_message(app: QApplication) -> None:
    shown = splash.show_splash(app, app_icon())
    splash.close_splash(shown)
    assert gone(shown)


@pytest.mark.parametrize(
    "module_name",
    ["hwclient.ui.splash", "hwclient.ui.main_window", "json", "hwclient.api.models", "sys"],
)
def test_the_pyside_import_check_answers_as_pysides_own(module_name: str) -> None:
    module = sys.modules.get(module_name) or __import__(module_name, fromlist=["_"])
    try:
        expected = "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        expected = False  # what PySide's hook answers for modules without source
    assert qt_imports.uses_pyside(module, lambda _m: False) is expected


def test_imports_after_qt_do_not_keep_their_sources_in_memory() -> None:
    code = """
import json, linecache, sys
import hwclient.ui
import PySide6.QtWidgets
import email.parser, http.client, decimal
held = [name for name in linecache.cache if "email" in name or "http" in name]
print(json.dumps({"held": held, "hooked": hwclient.ui.qt_imports.install()}))
"""
    result = run_python(code)
    assert result["hooked"] is True
    assert result["held"] == []


def test_the_api_does_not_load_httpx_command_line_tool() -> None:
    code = """
import json, sys
import hwclient.api, httpx
client = httpx.AsyncClient()
print(json.dumps({"loaded": [m for m in ("rich", "click", "pygments") if m in sys.modules]}))
"""
    assert run_python(code) == {"loaded": []}
