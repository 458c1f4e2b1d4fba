"""The smoke test must fail when the built app misbehaves (packaging/smoke_app.py).

The real bundle is exercised by packaging/linux/smoke.sh in .ci/run; here a
small stand-in executable plays each kind of broken build, so we know the
smoke test would notice.
"""

from __future__ import annotations

import stat
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the stand-in app is a script with a #! line"
)

FAKE_APP = """\
#!{python}
import json, os, sys, time
mode = os.environ.get("FAKE_MODE", "good")
args = sys.argv[1:]
if args == ["--version"]:
    print("hwclient 1.2.3")
    sys.exit(0)
if args[:1] == ["check"]:
    if mode == "bad-json":
        print("Checking your PC...")
        sys.exit(1)
    report = {{"overall": "fail", "results": [
        {{"id": "camera", "status": "fail"}}, {{"id": "os", "status": "pass"}}]}}
    print(json.dumps(report))
    sys.exit(1)  # a failed check (no camera) is a valid outcome
if mode == "crash":
    sys.exit(3)
if mode != "no-server":
    print('INFO hwserver.access: {{"route":"/healthz","status":200}}', flush=True)
if mode == "no-catalogue":
    print("WARNING hwclient.i18n: no catalogue for ja", flush=True)
if mode == "traceback":
    print("Traceback (most recent call last):", flush=True)
time.sleep(120)
"""


@pytest.fixture(scope="module")
def smoke(load_script):
    return load_script("packaging/smoke_app.py")


@pytest.fixture
def fake_app(tmp_path: Path) -> Path:
    exe = tmp_path / "hwclient"
    exe.write_text(textwrap.dedent(FAKE_APP.format(python=sys.executable)))
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def run(smoke, app: Path, *extra: str) -> int:
    return smoke.main([str(app), "--gui-seconds", "0.5", *extra])


def test_a_healthy_app_passes(smoke, fake_app, capsys):
    assert run(smoke, fake_app, "--expect-version", "1.2.3") == 0
    out = capsys.readouterr().out
    assert "check --json: 2 results (camera, os), overall fail" in out
    assert "GUI ran" in out


def test_a_wrong_version_fails(smoke, fake_app, capsys):
    assert run(smoke, fake_app, "--expect-version", "9.9.9") == 1
    assert "expected hwclient 9.9.9" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("bad-json", "printed no report"),
        ("crash", "quit by itself (exit 3)"),
        ("traceback", "logged errors in demo mode"),
    ],
)
def test_a_broken_app_fails(smoke, fake_app, monkeypatch, capsys, mode, reason):
    monkeypatch.setenv("FAKE_MODE", mode)
    assert run(smoke, fake_app) == 1
    assert reason in capsys.readouterr().err


def test_an_app_whose_demo_server_never_answers_fails(smoke, fake_app, monkeypatch, capsys):
    monkeypatch.setenv("FAKE_MODE", "no-server")
    monkeypatch.setattr(smoke, "STARTUP_SECONDS", 1)
    assert run(smoke, fake_app) == 1
    assert "did not answer" in capsys.readouterr().err


def test_a_missing_catalogue_fails_only_when_translations_are_expected(
    smoke, fake_app, monkeypatch, capsys
):
    monkeypatch.setenv("FAKE_MODE", "no-catalogue")
    assert run(smoke, fake_app) == 0  # a build made before any .ts existed
    assert run(smoke, fake_app, "--expect-translations") == 1
    assert "'ja' translation did not load" in capsys.readouterr().err
