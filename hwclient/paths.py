"""Where bundled files live, in each way the app can be installed.

The repository keeps `resources/` and `translations/` at the top level (as the
layout in DESIGN.md says). A source checkout or editable install reads them
from there; a wheel installs them under `<prefix>/share/hwclient/`; a
PyInstaller bundle unpacks them next to the executable (`sys._MEIPASS`).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    out = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        out.append(Path(frozen) / name)
    out.append(PACKAGE_DIR.parent / name)
    out.append(Path(sys.prefix) / "share" / "hwclient" / name)
    return out


@cache
def data_dir(name: str) -> Path:
    """Return the first existing directory called `name` ("resources" or "translations")."""
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    return _candidates(name)[-1]


def resource(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)
