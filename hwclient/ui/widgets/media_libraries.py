"""Load Qt Multimedia's native libraries in a worker thread, before Qt asks for them.

The first camera or device call makes Qt load its media back end (FFmpeg and
friends: tens of megabytes of shared libraries). Loading them is most of that
call's time, and it happened on the UI thread, freezing the device check page
as it appeared. Python's own import and `ctypes.CDLL` keep the interpreter
lock while a library loads, so here the OS loader is called as a plain C
function (ctypes lets go of the lock for those): the window keeps drawing
meanwhile. When Qt (or Python's import) asks for the same file afterwards,
the OS hands back the library already in memory.

Only a speed-up: a library that cannot be found or loaded here is simply
loaded by Qt later, as before.
"""

from __future__ import annotations

import ctypes
import importlib.util
import logging
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

log = logging.getLogger(__name__)

# PySide6's own extension modules the device check imports.
EXTENSIONS = ("PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets")
_SUFFIXES = (".so", ".dll", ".dylib", ".pyd")


def library_paths(plugins_dir: str | None = None) -> list[Path]:
    """PySide6's multimedia extension modules, then Qt's multimedia back-end plugins."""
    paths: list[Path] = []
    for name in EXTENSIONS:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin and Path(spec.origin).is_file():
            paths.append(Path(spec.origin))
    if plugins_dir is None:
        plugins_dir = _qt_plugins_dir()
    backends = Path(plugins_dir, "multimedia") if plugins_dir else None
    if backends is not None and backends.is_dir():
        paths += sorted(p for p in backends.iterdir() if p.suffix in _SUFFIXES)
    return paths


def _qt_plugins_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)


def load_libraries(paths: Iterable[Path]) -> int:
    """Blocking, for a worker thread: load each library; returns how many loaded."""
    opener = _opener()
    if opener is None:
        return 0
    loaded = 0
    for path in paths:
        try:
            loaded += bool(opener(str(path)))
        except (OSError, ValueError) as exc:  # a speed-up only: Qt loads it later anyway
            log.debug("could not preload %s: %s", path.name, exc)
    return loaded


def _opener() -> Callable[[str], int | None] | None:
    """The OS loader as a ctypes foreign function (called without the interpreter lock)."""
    try:
        if sys.platform == "win32":
            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
            load = kernel32.LoadLibraryExW
            load.restype = ctypes.c_void_p
            load.argtypes = (ctypes.c_wchar_p, ctypes.c_void_p, ctypes.c_uint32)
            # Search the library's own folder and the process's DLL folders (PySide6's).
            flags = 0x00000100 | 0x00001000  # ..._SEARCH_DLL_LOAD_DIR | ..._SEARCH_DEFAULT_DIRS
            return lambda path: load(path, None, flags)
        dlopen = ctypes.CDLL(None).dlopen
        dlopen.restype = ctypes.c_void_p
        dlopen.argtypes = (ctypes.c_char_p, ctypes.c_int)
        mode = os.RTLD_NOW | os.RTLD_LOCAL  # what Python's import and Qt's loader use
        return lambda path: dlopen(os.fsencode(path), mode)
    except (AttributeError, OSError) as exc:
        log.debug("no way to preload libraries here: %s", exc)
        return None
