"""Refresh translations/*.ts from the source code with pyside6-lupdate.

Run after changing user-visible strings:

    .venv/bin/python tools/update_translations.py

Every language in hwclient.i18n.LANGUAGES gets a full catalogue, except the
source language English, which only keeps plural forms (Qt needs those to
say "1 minute" / "2 minutes"). Locations are not stored, so a moved line
does not churn every file; obsolete entries are dropped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hwclient.i18n import CATALOG, LANGUAGES, SOURCE_LANGUAGE  # noqa: E402


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "hwclient").rglob("*.py"))


def lupdate_command(code: str, qt_locale: str, files: list[str], ts: Path) -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(exe), *files, "-ts", str(ts), "-locations", "none", "-no-obsolete", "-silent"]
    cmd += ["-source-language", "en_US", "-target-language", qt_locale]
    if code == SOURCE_LANGUAGE:
        cmd.append("-pluralonly")
    return cmd


def main() -> int:
    files = sources()
    out_dir = ROOT / "translations"
    out_dir.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = out_dir / f"{CATALOG}_{lang.code}.ts"
        subprocess.run(lupdate_command(lang.code, lang.qt_locale, files, ts), cwd=ROOT, check=True)
        print(ts.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
