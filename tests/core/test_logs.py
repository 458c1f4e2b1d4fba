"""No secret or personal detail may survive into a log or the help-desk text."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from hwclient import __version__
from hwclient.logs import (
    diagnostic_info,
    recent_problems,
    redact,
    setup_logging,
    shutdown_logging,
)

BEARER = "Zx81QpLmN0vB7tYw3KdR5sHjFgE2aCu9"
PASSWORD = "hunter2-secret-Pass"
EMAIL = "yamada.taro+hw@example.co.jp"
FULLWIDTH_EMAIL = "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"
JOB_NUMBER = "12345-1234567"
FULLWIDTH_JOB_NUMBER = "１２３４５－１２３４５６７"
IME_JOB_NUMBER = "54321ー7654321"
PASSCODE = "493021"
ZOOM_PWD = "Yk9SeXlQbWpxc1RqZ3hVQT09"
ZOOM_URL = f"https://us02web.zoom.us/j/85746352411?pwd={ZOOM_PWD}"
EXC_TOKEN = "f3c1e5b7a9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9"
LOOSE_TOKEN = "kP3vX9qLm2Rt7YbW4nZs8HdJ"

SECRETS = [
    BEARER,
    PASSWORD,
    EMAIL,
    FULLWIDTH_EMAIL,
    JOB_NUMBER,
    FULLWIDTH_JOB_NUMBER,
    IME_JOB_NUMBER,
    PASSCODE,
    ZOOM_PWD,
    "85746352411",
    EXC_TOKEN,
    LOOSE_TOKEN,
    "Taro Yamada",
]


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(directory=tmp_path / "logs")
    assert path is not None
    yield path
    shutdown_logging()


def write_every_secret_kind() -> None:
    log = logging.getLogger("hwclient.test.redaction")
    log.info("request headers: Authorization: Bearer %s", BEARER)
    log.info("form post password=%s&remember=1", PASSWORD)
    log.info('json body {"email": "x", "password": "%s"}', PASSWORD)
    log.info("user %s signed in; also %s", EMAIL, FULLWIDTH_EMAIL)  # e-mail in args
    log.warning("job-seeker numbers %s / %s / %s", JOB_NUMBER, FULLWIDTH_JOB_NUMBER, IME_JOB_NUMBER)
    log.info("join answer %s", {"join_url": ZOOM_URL, "passcode": PASSCODE})
    log.info(
        "deep link zoommtg://zoom.us/join?confno=85746352411&pwd=%s&uname=Taro Yamada", PASSCODE
    )
    log.info("loose token %s in text", LOOSE_TOKEN)
    try:
        raise RuntimeError(f"server refused token={EXC_TOKEN} for {EMAIL}")
    except RuntimeError:
        log.exception("sign-in failed")


def test_log_file_keeps_no_secret_of_any_kind(log_file: Path) -> None:
    write_every_secret_kind()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "sign-in failed" in text
    assert "RuntimeError" in text
    assert "Traceback" in text
    leaks = [secret for secret in SECRETS if secret in text]
    assert leaks == []
    assert "[email]" in text
    assert "[job-seeker-number]" in text
    assert "[redacted]" in text


def test_other_handlers_see_the_redacted_record_too(log_file: Path) -> None:
    seen: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(self.format(record))

    capture = Capture()
    root = logging.getLogger()
    root.addHandler(capture)  # added after ours, as a UI log view would be
    try:
        write_every_secret_kind()
    finally:
        root.removeHandler(capture)
    joined = "\n".join(seen)
    assert "sign-in failed" in joined
    assert [secret for secret in SECRETS if secret in joined] == []


def test_recent_problems_and_diagnostic_info_are_clean(log_file: Path) -> None:
    write_every_secret_kind()
    problems = recent_problems()
    assert any("sign-in failed" in line for line in problems)
    assert any("[job-seeker-number]" in line for line in problems)
    info = diagnostic_info({"Language": "vi"})
    assert f"hwclient {__version__}" in info
    assert "Python" in info
    assert "Qt" in info
    assert "OS:" in info
    assert "Language: vi" in info
    assert [secret for secret in SECRETS if secret in info] == []
    home = os.path.expanduser("~")
    assert home not in info


def test_redact_keeps_ordinary_text() -> None:
    text = "GET /v1/bookings?scope=upcoming 200 in 35 ms on 2026-12-01 09:30 (phone 03-1234-5678)"
    assert redact(text) == text


def test_log_folder_failure_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    try:
        assert setup_logging(directory=blocker / "logs") is None
        logging.getLogger("hwclient.test").warning("still works")
        assert any("still works" in line for line in recent_problems())
    finally:
        shutdown_logging()
