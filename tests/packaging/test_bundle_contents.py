"""What the PyInstaller bundle keeps and leaves out (packaging/bundle_contents.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UNWANTED = ("QtWebEngineCore", "QtWebEngineWidgets", "Qt3DCore", "QtQml", "QtQuick", "QtPdf")
UNWANTED += ("QtCharts", "QtDataVisualization", "QtBluetooth", "QtDesigner", "QtSql")


@pytest.fixture(scope="module")
def contents(load_script):
    return load_script("packaging/bundle_contents.py")


def pyside_modules_imported(root: Path) -> set[str]:
    """Every PySide6.QtXxx module the app's code imports."""
    found: set[str] = set()
    for path in (root / "hwclient").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                found.update(a.name for a in node.names if a.name.startswith("Qt"))
            elif isinstance(node, ast.Import):
                found.update(
                    a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")
                )
    return found


def test_every_qt_module_the_app_imports_is_kept(contents, root):
    missing = pyside_modules_imported(root) - contents.QT_MODULES_USED
    assert not missing, (
        f"hwclient imports {sorted(missing)}, which the installers would leave out: "
        "add them to QT_MODULES_USED in packaging/bundle_contents.py"
    )


def test_heavy_qt_modules_are_excluded(contents):
    available = contents.available_qt_modules()
    assert "QtCore" in available  # the listing really sees the installed PySide6
    excluded = set(contents.qt_excludes(available))
    for name in UNWANTED:
        if name in available:
            assert f"PySide6.{name}" in excluded
    for name in contents.QT_MODULES_USED & set(available):
        assert f"PySide6.{name}" not in excluded


def test_unused_qt_plugins_are_dropped_but_camera_dependencies_stay(contents):
    drop = [
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6\\Qt6VirtualKeyboard.dll",
        "PySide6/Qt/lib/QtVirtualKeyboard.framework/QtVirtualKeyboard",
    ]
    keep = [
        "PySide6/Qt/lib/libQt6Quick.so.6",  # the FFmpeg camera plugin links against it
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
    ]
    assert [d for d in drop if contents.keep_binary(d)] == []
    assert [k for k in keep if not contents.keep_binary(k)] == []


def test_platform_keyring_backends_are_hidden_imports(contents):
    assert "secretstorage" in contents.PLATFORM_HIDDEN_IMPORTS[contents.platform_key("linux")]
    assert "win32ctypes.core" in contents.PLATFORM_HIDDEN_IMPORTS["win32"]
    assert "keyring.backends" in contents.HIDDEN_IMPORT_PACKAGES
    assert "keyring" in contents.METADATA  # backends are found through entry points


def test_test_modules_are_not_collected(contents):
    assert not contents._not_a_test("hwserver.tests.test_x")
    assert not contents._not_a_test("hwclient.conftest")
    assert contents._not_a_test("hwserver.routes.bookings")


def test_qt_catalogues_only_for_the_app_languages(contents):
    locales = contents.app_locales()
    assert {"ja", "zh_CN", "zh_TW", "pt_BR", "ko"} <= locales
    qt = "PySide6/Qt/translations/"
    assert contents.keep_data(qt + "qtbase_ja.qm", locales)
    assert contents.keep_data(qt + "qtbase_zh_TW.qm", locales)
    assert contents.keep_data(qt + "qtmultimedia_pt_BR.qm", locales)
    assert not contents.keep_data(qt + "qtbase_de.qm", locales)
    assert not contents.keep_data(qt + "qt_help_ru.qm", locales)
    assert contents.keep_data("hwclient/translations/hwclient_de.qm", locales)  # ours: all
    assert contents.keep_data("resources/icons/app.svg", locales)


def test_every_module_of_our_packages_is_bundled(contents, root):
    modules = set(contents.own_modules())
    # Pages are imported by name, under a folder without __init__.py: both easy to miss.
    pages = {p.stem for p in (root / "hwclient/ui/pages").glob("*.py") if p.stem != "__init__"}
    assert {f"hwclient.ui.pages.{p}" for p in pages} <= modules
    assert {"hwclient.ui.app", "hwclient.ui.shell", "hwclient.ui.splash"} <= modules
    assert "hwserver.app" in modules
    assert not [m for m in modules if ".tests" in m or "conftest" in m]
    assert not [m for m in modules if m.startswith("hwserver.migrations")]  # shipped as files
