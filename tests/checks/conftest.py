"""Fixtures for the check engine tests: recorded probe outputs → RawBundle.

Each folder under tests/data/checks/ is one recorded machine: `platform.json`,
`expected.json` (status per check on NOW) and one file per probe output:
`<probe>.stdout.txt`, `<probe>.stderr.txt`, `<probe>.json` (in-process value).
A probe with only a stderr file failed (return code 1). See the README there
for where each output comes from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from hwclient.checks.policy import Policy, load_bundled
from hwclient.checks.raw import RawBundle, RawOutput

DATA = Path(__file__).resolve().parent.parent / "data" / "checks"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
SCENARIOS = sorted(p.name for p in DATA.iterdir() if (p / "platform.json").is_file())


def read_scenario(name: str) -> RawBundle:
    folder = DATA / name
    texts: dict[str, dict[str, object]] = {}
    for path in sorted(folder.iterdir()):
        if path.name in ("platform.json", "expected.json", "README.md"):
            continue
        for suffix, key in (
            (".stdout.txt", "stdout"),
            (".stderr.txt", "stderr"),
            (".json", "value"),
        ):
            if path.name.endswith(suffix):
                probe = path.name.removesuffix(suffix)
                text = path.read_text(encoding="utf-8")
                texts.setdefault(probe, {})[key] = json.loads(text) if key == "value" else text
    outputs = {}
    for probe, parts in texts.items():
        failed = "stderr" in parts and "stdout" not in parts and "value" not in parts
        kind = "python" if "value" in parts else "command"
        outputs[probe] = RawOutput(
            probe=probe,
            kind=kind,
            returncode=(1 if failed else 0) if kind == "command" else None,
            stdout=str(parts.get("stdout", "")),
            stderr=str(parts.get("stderr", "")),
            value=parts.get("value"),
        )
    platform = json.loads((folder / "platform.json").read_text(encoding="utf-8"))
    return RawBundle(collected_at=NOW, platform=platform, app_version="0.1.0", outputs=outputs)


def expected(name: str) -> dict[str, str]:
    return json.loads((DATA / name / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session", autouse=True)
def qt_core(qapp: QCoreApplication) -> QCoreApplication:
    """Rules translate through QCoreApplication; English is the source language.

    pytest-qt's session `qapp` (a QApplication) is used because Qt allows one
    application object per process and the UI tests in the same run need widgets.
    """
    return qapp


@pytest.fixture
def policy() -> Policy:
    return load_bundled()


@pytest.fixture
def scenario() -> Callable[[str], RawBundle]:
    return read_scenario
