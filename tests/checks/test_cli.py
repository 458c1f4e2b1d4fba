"""`hwclient check` as people and scripts use it: a real subprocess on this machine."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from hwclient.checks import bundle
from hwclient.checks.model import CHECK_IDS
from hwclient.checks.redact import Redactor

_spec = importlib.util.spec_from_file_location(
    "checks_conftest", Path(__file__).with_name("conftest.py")
)
assert _spec
assert _spec.loader
conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(conf)

RESULT_KEYS = {
    "id",
    "status",
    "title",
    "detail",
    "remedy",
    "link",
    "settings_uri",
    "data",
    "duration_s",
}


def hwclient(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-m", "hwclient", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def saved_scenario(name: str, policy: Any, path: Path) -> Path:
    redactor = Redactor()
    raw = conf.read_scenario(name)
    raw = redactor.finish(
        replace(raw, outputs={k: redactor.redact(v) for k, v in raw.outputs.items()})
    )
    raw = replace(raw, check_durations={c: 0.1 for c in conf.expected(name)})
    bundle.save(path, raw, policy)
    return path


def test_json_schema_and_exit_code_for_cheap_checks() -> None:
    proc = hwclient("check", "--json", "--lang", "en", "--only", "app,power,resources,processes")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert {
        "format_version",
        "app_version",
        "platform",
        "started_at",
        "finished_at",
        "overall",
        "results",
    } <= set(report)
    assert [r["id"] for r in report["results"]] == ["app", "processes", "power", "resources"]
    for result in report["results"]:
        assert set(result) == RESULT_KEYS
        assert result["status"] in ("pass", "warn", "fail", "unknown")
    assert report["overall"] in ("pass", "warn", "unknown")


def test_full_run_on_this_machine_and_its_bundle_re_evaluates_the_same(tmp_path: Path) -> None:
    out = tmp_path / "diag.zip"
    proc = hwclient(
        "check", "--json", "--lang", "en", "--server", "http://127.0.0.1:9", "--bundle", str(out)
    )
    assert proc.returncode in (0, 1), proc.stderr
    live = json.loads(proc.stdout)
    assert [r["id"] for r in live["results"]] == list(CHECK_IDS)
    assert proc.returncode == (1 if live["overall"] == "fail" else 0)
    service = next(r for r in live["results"] if r["id"] == "connectivity")
    assert service["status"] == "fail"  # nothing listens on port 9
    again = hwclient("check", "--json", "--lang", "en", "--from-bundle", str(out))
    assert again.returncode == proc.returncode
    replay = json.loads(again.stdout)
    assert [(r["id"], r["status"], r["detail"]) for r in replay["results"]] == [
        (r["id"], r["status"], r["detail"]) for r in live["results"]
    ]


def test_from_bundle_of_a_japanese_windows_pc_prints_a_table(policy, tmp_path: Path) -> None:
    path = saved_scenario("win11_25h2_pro_ja", policy, tmp_path / "ja.zip")
    proc = hwclient("check", "--lang", "en", "--from-bundle", str(path))
    assert proc.returncode == 1
    assert "Windows" in proc.stdout
    assert "Problem" in proc.stdout
    assert "→ " in proc.stdout  # remedies under failing rows
    assert "\x1b[" not in proc.stdout  # no colour when not on a terminal
    as_json = json.loads(hwclient("check", "--json", "--from-bundle", str(path)).stdout)
    statuses = {r["id"]: r["status"] for r in as_json["results"]}
    assert statuses == conf.expected("win11_25h2_pro_ja")


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"hello", "not a diagnostics bundle"), (None, "could not be opened")],
)
def test_bad_bundles_exit_2_with_a_sentence(
    tmp_path: Path, content: bytes | None, words: str
) -> None:
    path = tmp_path / "thing.zip"
    if content is not None:
        path.write_bytes(content)
    proc = hwclient("check", "--lang", "en", "--from-bundle", str(path))
    assert proc.returncode == 2
    assert words in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_check_id_exits_2_and_lists_the_known_ones() -> None:
    proc = hwclient("check", "--lang", "en", "--only", "camera,webcam")
    assert proc.returncode == 2
    assert "webcam" in proc.stderr
    assert "microphone" in proc.stderr


def test_connectivity_against_the_real_server(live_server: Any) -> None:
    proc = hwclient(
        "check", "--json", "--lang", "en", "--server", live_server.url, "--only", "connectivity,app"
    )
    report = json.loads(proc.stdout)
    connectivity = next(r for r in report["results"] if r["id"] == "connectivity")
    assert connectivity["data"]["service"]["reachable"] is True
    assert isinstance(connectivity["data"]["service"]["latency_ms"], int)
