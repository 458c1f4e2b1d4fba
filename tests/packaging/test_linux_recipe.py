"""The Linux bundle's menu entry and per-user installer (packaging/linux/)."""

from __future__ import annotations

import configparser
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hwclient import APP_NAME


@pytest.fixture(scope="module")
def desktop(root) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[ja], not name[ja]
    parser.read(root / "packaging/linux/hwclient.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_menu_entry_matches_the_app(desktop):
    # Qt's setDesktopFileName(APP_NAME) must name this file, or docks show no icon.
    assert APP_NAME == "hwclient"
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "hwclient"
    assert desktop["Icon"] == "hwclient"
    assert desktop["StartupWMClass"] == "hwclient"
    assert desktop["Terminal"] == "false"
    assert desktop["Name[ja]"]


def test_menu_entry_passes_desktop_file_validate(root, find_tool):
    tool = find_tool("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        [tool, str(root / "packaging/linux/hwclient.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "script", ["linux/build.sh", "linux/smoke.sh", "linux/install.sh", "macos/build.sh"]
)
def test_shell_scripts_pass_shellcheck(root, script, find_tool):
    tool = find_tool("shellcheck")
    if tool is None:
        pytest.skip("shellcheck not installed")
    result = subprocess.run(
        [tool, str(root / "packaging" / script)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def fake_unpacked_bundle(root: Path, where: Path) -> Path:
    """The tarball's layout, with a tiny stand-in for the PyInstaller app folder."""
    bundle = where / "hwclient-9.9.9-linux-x86_64"
    (bundle / "hwclient" / "_internal").mkdir(parents=True)
    exe = bundle / "hwclient" / "hwclient"
    exe.write_text("#!/bin/sh\necho hwclient 9.9.9\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    (bundle / "icons").mkdir()
    for size in (48, 256):
        (bundle / "icons" / f"hwclient-{size}.png").write_bytes(b"png")
    (bundle / "icons" / "hwclient.svg").write_text("<svg/>")
    for name in ("hwclient.desktop", "install.sh"):
        (bundle / name).write_bytes((root / "packaging/linux" / name).read_bytes())
    return bundle


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the Linux installer runs on Linux"
)


@linux_only
def test_install_and_uninstall_for_one_user(root, tmp_path):
    bundle = fake_unpacked_bundle(root, tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)

    data = home / ".local/share"
    launcher = home / ".local/bin/hwclient"
    out = subprocess.run([str(launcher)], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "hwclient 9.9.9"
    entry = (data / "applications/hwclient.desktop").read_text("utf-8")
    assert f'Exec="{data}/hwclient/app/hwclient"' in entry.splitlines()
    assert (data / "icons/hicolor/256x256/apps/hwclient.png").is_file()
    assert (data / "icons/hicolor/scalable/apps/hwclient.svg").is_file()

    subprocess.run(
        ["sh", str(bundle / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not launcher.exists()
    assert not (data / "applications/hwclient.desktop").exists()
    assert not (data / "hwclient/app").exists()
    assert not (data / "icons/hicolor/256x256/apps/hwclient.png").exists()


@linux_only
def test_install_refuses_unknown_options(root, tmp_path):
    bundle = fake_unpacked_bundle(root, tmp_path)
    env = {"HOME": str(tmp_path), "PATH": os.environ["PATH"]}
    result = subprocess.run(
        ["sh", str(bundle / "install.sh"), "--everything"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "usage" in result.stderr
    assert not (tmp_path / ".local/bin/hwclient").exists()
