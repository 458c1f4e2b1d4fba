"""Settings survive crashes and bad files without losing the person's choices."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hwclient.settings import DEFAULT_SERVER_URL, Settings, SettingsSaveError


def test_round_trip_in_the_configured_folder(tmp_path: Path) -> None:
    settings = Settings.load()
    settings.language = "vi"
    settings.server_url = "https://hw.example.jp"
    settings.last_office_id = "office-7"
    settings.notify_day_before = False
    settings.terms_version_agreed = "2026-10"
    settings.save()
    assert settings.path == tmp_path / "config" / "settings.json"  # HWCLIENT_CONFIG_DIR
    again = Settings.load()
    assert again == settings
    assert not list(settings.path.parent.glob("*.tmp"))


def test_device_id_is_random_per_install_and_stable(tmp_path: Path) -> None:
    first = Settings.load(tmp_path / "a")
    assert Settings.load(tmp_path / "a").device_id == first.device_id  # kept on first load
    assert Settings.load(tmp_path / "b").device_id != first.device_id
    assert len(first.device_id) == 32


def test_only_a_salted_hash_of_the_device_id_leaves_the_pc(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path)
    one, two = settings.device_id_hash("salt-1"), settings.device_id_hash("salt-2")
    assert one != two
    assert len(one) == 64
    assert settings.device_id not in one
    assert one == Settings.load(tmp_path).device_id_hash("salt-1")


def test_crash_during_replace_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings.load(tmp_path)
    settings.language = "ko"
    settings.save()
    before = settings.path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    settings.language = "th"
    with pytest.raises(SettingsSaveError) as caught:
        settings.save()
    assert settings.path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # temp file cleaned up
    assert "saved" in caught.value.user_message()


def test_killed_mid_write_keeps_the_old_file(tmp_path: Path) -> None:
    """A real process killed (SIGKILL-like os._exit) after writing the temp file."""
    settings = Settings.load(tmp_path)
    settings.language = "ne"
    settings.save()
    before = settings.path.read_bytes()
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from hwclient.settings import Settings
        s = Settings.load(Path({str(tmp_path)!r}))
        s.language = "my"
        real_fsync = os.fsync
        def die(fd):
            real_fsync(fd)
            os._exit(9)  # the power goes out before the rename
        os.fsync = die
        s.save()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    assert done.returncode == 9
    assert settings.path.read_bytes() == before
    assert Settings.load(tmp_path).language == "ne"


def test_corrupt_file_is_moved_aside_and_defaults_used(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "en", "server_url": ', encoding="utf-8")  # cut short
    with caplog.at_level(logging.WARNING):
        settings = Settings.load(tmp_path)
    assert settings.language is None
    assert settings.server_url == DEFAULT_SERVER_URL
    aside = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_text(encoding="utf-8") == '{"language": "en", "server_url": '
    assert "corrupt" in caplog.text
    assert json.loads(path.read_text(encoding="utf-8"))["device_id"] == settings.device_id


@pytest.mark.parametrize("content", [b"[1, 2]", b"\xff\xfe\x00garbage", b"null"])
def test_other_broken_files_are_moved_aside(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "settings.json").write_bytes(content)
    assert Settings.load(tmp_path).language is None
    assert len(list(tmp_path.glob("settings.json.corrupt-*"))) == 1


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    good_id = "0123456789abcdef0123456789abcdef"
    raw = {
        "language": "klingon",
        "server_url": "http://hw.example.jp",  # plain http to a remote host: refused
        "notify_day_before": "yes",
        "run_in_tray": False,
        "last_office_id": "office-3",
        "device_id": good_id,
        "unknown_future_key": 1,
    }
    (tmp_path / "settings.json").write_text(json.dumps(raw), encoding="utf-8")
    settings = Settings.load(tmp_path)
    assert settings.language is None
    assert settings.server_url == DEFAULT_SERVER_URL
    assert settings.notify_day_before is True
    assert settings.run_in_tray is False
    assert settings.last_office_id == "office-3"
    assert settings.device_id == good_id
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_settings_file_holds_no_secret_or_token(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path)
    settings.last_account_email = "taro@example.com"
    settings.save()
    stored = json.loads(settings.path.read_text(encoding="utf-8"))
    assert not {k for k in stored if "token" in k or "password" in k}
