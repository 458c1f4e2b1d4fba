"""What goes into the PyInstaller bundle, and what stays out.

Kept apart from the spec file so the choices can be read, reviewed and tested
without running PyInstaller. PyInstaller finds most imports by itself; this
module lists what it cannot see (plugins loaded by name, data files read from
disk, package metadata read at run time) and what it would pull in needlessly
(the PySide6 wheels carry ~60 Qt modules; the app uses a handful).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# PySide6 Python modules the app imports. QtSvg renders the SVG icons;
# QtNetwork gives the single-instance lock (QLocalServer); QtMultimedia(Widgets)
# the camera preview and microphone meter. Everything else is left out.
QT_MODULES_USED = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtNetwork",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtSvg",
        "QtSvgWidgets",
    }
)

# Never useful in the app, but reachable through optional imports of
# libraries (test runners, notebooks, numeric stacks, Tk).
OTHER_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "numpy",
    "PIL",
    "matplotlib",
    "pytestqt",
    "keyrings.alt",
    # The embedded demo server uses SQLite; PostgreSQL drivers only matter to
    # a real server deployment, which runs from `pip install` or the container.
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    "psycopg2",
    "MySQLdb",
    "pysqlite2",
    "yaml",  # uvicorn's optional YAML log config
)

# Qt plugins that PyInstaller's hook collects but this app never loads, with the
# libraries only they pull in: the on-screen keyboard for touch kiosks and the
# PDF image-format plugin. (Qt Quick and QML must stay: the FFmpeg multimedia
# plugin that drives the camera links against them.)
UNUSED_QT_BINARIES = (
    "plugins/platforminputcontexts/libqtvirtualkeyboardplugin",
    "plugins/platforminputcontexts/qtvirtualkeyboardplugin",
    "plugins/imageformats/libqpdf",
    "plugins/imageformats/qpdf",
    "Qt6VirtualKeyboard",
    "Qt6Pdf",
    "QtVirtualKeyboard",  # macOS framework names
    "QtPdf.framework",
)

# Our own packages, bundled whole: pages and probes are imported by name, and
# parts of the tree are namespace packages that PyInstaller's collect_submodules
# silently skips, so their modules are listed from the source files instead.
OWN_PACKAGES = {"hwclient": ROOT / "hwclient", "hwserver": ROOT / "server" / "hwserver"}
# Libraries that load parts of themselves by name at run time.
HIDDEN_IMPORT_PACKAGES = (
    "keyring.backends",  # keyring picks the OS backend through entry points
    "uvicorn",  # loops, protocols and lifespan are chosen by string
)
HIDDEN_IMPORTS = (
    "tzdata",  # zoneinfo's data on Windows (no system tz database there)
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.script",
    "sqlalchemy.dialects.sqlite",
    "holidays.countries.japan",
)
PLATFORM_HIDDEN_IMPORTS = {
    "linux": ("secretstorage", "jeepney"),  # Secret Service over D-Bus
    "win32": ("win32ctypes.core",),  # Windows Credential Manager
    "darwin": (),  # keyring.backends.macOS talks to the Keychain via ctypes
}
# Distributions whose metadata is read at run time (entry points, versions).
METADATA = ("keyring", "hwserver", "email-validator", "fastapi", "uvicorn", "pydantic")


def available_qt_modules(pyside_dir: Path | None = None) -> list[str]:
    """Names of the Qt modules this PySide6 installation provides."""
    if pyside_dir is None:
        import PySide6

        pyside_dir = Path(PySide6.__file__).parent
    names = {p.name.split(".")[0] for p in pyside_dir.iterdir() if p.suffix in {".so", ".pyd"}}
    return sorted(n for n in names if n.startswith("Qt"))


def qt_excludes(available: Iterable[str]) -> list[str]:
    """Every PySide6 module the app does not use, as PyInstaller excludes."""
    return [f"PySide6.{name}" for name in sorted(available) if name not in QT_MODULES_USED]


def excludes() -> list[str]:
    return [*qt_excludes(available_qt_modules()), *OTHER_EXCLUDES]


def platform_key(platform: str = sys.platform) -> str:
    return "linux" if platform.startswith("linux") else platform


def hidden_imports(platform: str = sys.platform) -> list[str]:
    """Modules PyInstaller cannot find by reading the code."""
    from PyInstaller.utils.hooks import collect_submodules

    found = own_modules()
    for package in HIDDEN_IMPORT_PACKAGES:
        found += collect_submodules(package, filter=_not_a_test)
    found += collect_submodules("alembic", filter=lambda name: "testing" not in name)
    found += HIDDEN_IMPORTS
    found += PLATFORM_HIDDEN_IMPORTS.get(platform_key(platform), ())
    return sorted(set(found))


def own_modules() -> list[str]:
    """Every module of hwclient and hwserver, from the .py files on disk."""
    names = []
    for package, folder in OWN_PACKAGES.items():
        for path in sorted(folder.rglob("*.py")):
            parts = [package, *path.relative_to(folder).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            name = ".".join(parts)
            if _not_a_test(name) and "migrations" not in parts:  # migrations ship as files
                names.append(name)
    return names


def _not_a_test(name: str) -> bool:
    parts = name.split(".")
    return not any(p in {"tests", "test", "conftest"} for p in parts)


def data_files() -> list[tuple[str, str]]:
    """(source, destination folder) pairs: resources, translations, server data."""
    from PyInstaller.utils.hooks import collect_data_files, copy_metadata

    datas: list[tuple[str, str]] = [(str(ROOT / "resources"), "resources")]
    # The .ts sources only (not translators' notes): hwclient.paths finds the folder.
    datas += [(str(ts), "translations") for ts in sorted((ROOT / "translations").glob("*.ts"))]
    datas += [(str(qm), "hwclient/translations") for qm in compiled_translations()]
    # Alembic runs env.py and versions/*.py from disk, so they ship as source.
    datas += collect_data_files("hwserver", include_py_files=True, subdir="migrations")
    datas += collect_data_files("hwserver", excludes=["**/__pycache__", "**/*.pyc"])
    datas += collect_data_files("tzdata")
    for dist in METADATA:
        try:
            datas += copy_metadata(dist)
        except Exception:  # noqa: S112 - metadata is optional for a source checkout
            continue
    return datas


def compiled_translations() -> list[Path]:
    """The .qm files `python -m hwclient.i18n build` wrote into the package."""
    return sorted((ROOT / "hwclient" / "translations").glob("*.qm"))


def missing_translations() -> list[str]:
    """Catalogues with a .ts source but no compiled .qm: the build must stop."""
    built = {p.stem for p in compiled_translations()}
    return sorted(ts.stem for ts in (ROOT / "translations").glob("*.ts") if ts.stem not in built)


def keep_binary(dest: str) -> bool:
    """False for a collected library or plugin listed in UNUSED_QT_BINARIES."""
    path = dest.replace("\\", "/")
    return not any(part in path for part in UNUSED_QT_BINARIES)


def app_locales() -> frozenset[str]:
    """Locale names of the app's languages, in every form Qt's catalogues use."""
    from hwclient.i18n import LANGUAGES

    names: set[str] = set()
    for lang in LANGUAGES:
        names |= {lang.code, lang.qt_locale, lang.qt_locale.split("_")[0]}
    return frozenset(names)


def keep_data(dest: str, locales: frozenset[str]) -> bool:
    """Drop Qt's own catalogues (qtbase_de.qm, ...) for languages the app does not offer."""
    path = dest.replace("\\", "/")
    if not keep_binary(path):
        return False
    if "/Qt/translations/" not in path:
        return True
    name = path.rsplit("/", 1)[-1]
    if not name.endswith(".qm") or "_" not in name:
        return True
    return name.removesuffix(".qm").split("_", 1)[1] in locales
