"""Keep PySide6's per-module import hook cheap.

After PySide6 is loaded, every later import passes through its `__feature__`
hook (PYSIDE-2029), which asks `inspect.getsource(module)` whether the module
mentions "PySide6". That reads each module's source through `linecache` and
keeps it there: at start-up about 370 modules, 6 MB of source held as line
strings for the whole run (about 13 MiB of memory) and 60–70 ms of the time
to the first window (`bench/startup.py`). The answer only needs a substring
test on the file, so the check here reads the file once and keeps nothing.
Same answer, so PySide's `from __feature__ import ...` switching still works
for any module that uses it. Installed before any Qt module is imported;
if a future PySide6 renames the hook, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARKER = b"PySide6"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """True when the module's source file mentions PySide6 (what PySide's hook checks)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return MARKER in source.read()
    except OSError:
        return fallback(module)


def install() -> bool:
    """Replace the hook's source lookup; False when this PySide6 has no such hook."""
    import shiboken6  # noqa: F401  (loads shibokensupport.feature)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__module__", None) == __name__:
        return True
    fallback: Callable[[ModuleType], bool] = original

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, fallback)

    feature._mod_uses_pyside = check  # type: ignore[attr-defined]
    return True
