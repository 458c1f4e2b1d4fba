"""The person's choices, kept in one small JSON file that survives crashes.

Saving writes a temporary file beside the real one, flushes it to disk and
then renames it over the old one, so a crash or power cut mid-save leaves
either the old settings or the new ones, never half a file. Loading checks
every value: a file that is not valid JSON is moved aside (kept for the help
desk) and defaults are used; a single bad value falls back to its default.
Nothing secret lives here (the session token is in the OS keyring).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import tempfile
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from hwclient import APP_AUTHOR, APP_NAME
from hwclient.i18n import BY_CODE, translate

log = logging.getLogger(__name__)

CONFIG_DIR_ENV = "HWCLIENT_CONFIG_DIR"  # portable installs and tests point this elsewhere
FILE_NAME = "settings.json"
SCHEMA = 1
DEFAULT_SERVER_URL = "http://127.0.0.1:8000"  # `hwserver serve` on this PC; installers set theirs
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(user_config_dir(APP_NAME, APP_AUTHOR))


def new_device_id() -> str:
    return secrets.token_hex(16)


class SettingsSaveError(OSError):
    """The settings could not be written; the old file is untouched."""

    def user_message(self) -> str:
        return translate(
            "Settings",
            "Your settings could not be saved. Check that the disk is not full, then try again.",
        )


@dataclass
class Settings:
    language: str | None = None  # None until the person picks one (first run)
    server_url: str = DEFAULT_SERVER_URL
    last_office_id: str | None = None
    last_account_email: str | None = None  # to find the token in the keyring on start
    notify_day_before: bool = True
    notify_30_min_before: bool = True
    notify_join_open: bool = True
    run_in_tray: bool = True
    terms_version_agreed: str | None = None
    device_id: str = field(default_factory=new_device_id)
    path: Path | None = field(default=None, repr=False, compare=False)

    # -- loading ---------------------------------------------------------------

    @classmethod
    def load(cls, base_dir: Path | None = None) -> Settings:
        """Read the settings file; never raises for a missing, unreadable or bad file."""
        path = (base_dir or config_dir()) / FILE_NAME
        raw = _read_json(path)
        settings = cls(path=path)
        if raw is not None:
            settings._apply(raw)
        if (raw is None and not path.exists()) or (
            raw and raw.get("device_id") != settings.device_id
        ):
            settings.save_quietly()  # the device id must stay the same from now on
        return settings

    def _apply(self, raw: dict[str, Any]) -> None:
        for f in fields(self):
            if f.name == "path" or f.name not in raw:
                continue
            value = raw[f.name]
            if _valid(f.name, value, getattr(self, f.name)):
                setattr(self, f.name, value)
            else:
                log.warning("settings: ignoring a bad value for %s", f.name)

    # -- saving ----------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("path")
        return {"schema": SCHEMA, **data}

    def save(self) -> None:
        """Write atomically; raises SettingsSaveError (an OSError) and keeps the old file."""
        path = self.path or config_dir() / FILE_NAME
        self.path = path
        payload = json.dumps(self.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
        try:
            atomic_write(path, payload)
        except OSError as exc:
            raise SettingsSaveError(exc.errno, f"could not save settings: {exc}") from exc

    def save_quietly(self) -> None:
        """For saves that must not interrupt the person (the failure is logged)."""
        try:
            self.save()
        except SettingsSaveError:
            log.warning("settings could not be saved", exc_info=True)

    # -- device id -------------------------------------------------------------

    def device_id_hash(self, salt: str) -> str:
        """The only form of the device id that leaves this PC (HMAC-SHA256, keyed by salt)."""
        return hmac.new(salt.encode(), self.device_id.encode(), hashlib.sha256).hexdigest()


def _valid(name: str, value: Any, default: Any) -> bool:
    if name == "language":
        return value is None or value in BY_CODE
    if name == "device_id":
        return isinstance(value, str) and bool(_DEVICE_ID.fullmatch(value))
    if name == "server_url":
        from hwclient.api.transport import normalize_server_url

        try:
            return isinstance(value, str) and normalize_server_url(value) == value
        except ValueError:
            return False
    if isinstance(default, bool):
        return isinstance(value, bool)
    return value is None or (isinstance(value, str) and len(value) < 1000)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("settings file unreadable (%s); using defaults", exc.__class__.__name__)
        if isinstance(exc, UnicodeDecodeError):
            _move_aside(path)
        return None
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        log.warning("settings file is corrupt; moved aside, using defaults")
        _move_aside(path)
        return None
    return data


def _move_aside(path: Path) -> Path | None:
    """Keep a corrupt file for the help desk instead of deleting it."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    try:
        os.replace(path, target)
    except OSError:
        log.warning("could not move the corrupt settings file aside", exc_info=True)
        return None
    return target


def atomic_write(path: Path, data: bytes) -> None:
    """Temp file in the same folder → fsync → rename over the target → fsync the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
