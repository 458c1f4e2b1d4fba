"""Logging that is safe to send to a help desk.

Logs end up attached to e-mails and support tickets, so nothing personal or
secret may reach them: every record passes a redaction filter installed on
each handler (filters on loggers would miss records from child loggers).
The filter cleans the formatted message, its arguments and the exception
text. A small ring of recent warnings feeds "copy diagnostic info".
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
from collections import deque
from pathlib import Path

from platformdirs import user_log_dir

from hwclient import APP_AUTHOR, APP_NAME, __version__

LOG_DIR_ENV = "HWCLIENT_LOG_DIR"
LOG_FILE = "hwclient.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
RECENT_LIMIT = 50

_DIGIT = "[0-9０-９]"
_DASH = "[-‐‑‒–—―−ー－﹣ｰ]"
# Names of secrets (not secrets themselves).
_SECRET_KEYS = "|".join(
    (
        r"[\w-]*(?:password|passwd|passcode|token|secret)[\w-]*",
        "pwd|tk|zak|uname|authorization|cookie|api[_-]?key|confno",
    )
)
_QUOTED = r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'"

# Order matters: whole URLs and headers first, then key=value pairs, then loose patterns.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"zoommtg://[^\s\"'<>]*", re.I), "zoommtg://[redacted]"),
    (
        re.compile(r"(https?://(?:[\w-]+\.)*zoom(?:gov)?\.(?:us|com))(?:/[^\s\"'<>]*)?", re.I),
        r"\1/[redacted]",
    ),
    (re.compile(r"(?i)\b(bearer|basic)\s+[\w\-.~+/]+=*"), r"\1 [redacted]"),
    (
        re.compile(
            rf"(?i)([\"']?\b(?:{_SECRET_KEYS})\b[\"']?\s*[:=]\s*)({_QUOTED}|[^\s&,;)}}\]]+)"
        ),
        r"\1[redacted]",
    ),
    (re.compile(r"[\w.%+\-．]+[@＠][\w\-]+(?:[.．][\w\-]+)+"), "[email]"),
    (
        re.compile(rf"(?<![0-9０-９]){_DIGIT}{{5}}\s*{_DASH}\s*{_DIGIT}{{1,8}}(?![0-9０-９])"),
        "[job-seeker-number]",
    ),
    (re.compile(r"\b[0-9a-fA-F]{32,}\b"), "[redacted]"),
    (
        re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[a-z])(?=[\w-]*[A-Z])[\w-]{20,}(?![\w-])"),
        "[redacted]",
    ),
)


def redact(text: str) -> str:
    """Remove tokens, passwords, e-mail addresses, job-seeker numbers and meeting secrets."""
    home = os.path.expanduser("~")
    if len(home) > 1:
        text = text.replace(home, "~")  # the user name is in the home path
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record in place, so every later handler sees the clean text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_hw_redacted", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.exc_info = None  # the redacted exc_text is what gets printed
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._hw_redacted = True
        return True


class RecentProblems(logging.Handler):
    """A bounded ring of recent WARNING+ lines for the diagnostic text."""

    def __init__(self, capacity: int = RECENT_LIMIT) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: deque[str] = deque(maxlen=capacity)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record).splitlines()[0])
        except Exception:
            self.handleError(record)


_RECENT = RecentProblems()
_REDACTOR = RedactingFilter()
_RECENT.addFilter(_REDACTOR)


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else Path(user_log_dir(APP_NAME, APP_AUTHOR))


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path | None:
    """Install the rotating file, the recent-problems ring and stderr for debugging.

    Returns the log file path, or None when the log folder cannot be created
    (the app still runs; only stderr and the ring are used then).
    """
    root = logging.getLogger()
    root.setLevel(level)
    shutdown_logging()
    handlers: list[logging.Handler] = [_RECENT]
    path: Path | None = (directory or log_dir()) / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(FORMAT))
        handlers.append(file_handler)
    except OSError:
        path = None
    if os.environ.get("HWCLIENT_DEBUG"):
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(FORMAT))
        handlers.append(stream)
    for handler in handlers:
        handler.addFilter(_REDACTOR)
        handler._hw_owned = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path


def shutdown_logging() -> None:
    """Remove and close the handlers `setup_logging` installed (app exit, tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hw_owned", False):
            root.removeHandler(handler)
            if handler is not _RECENT:
                handler.close()


def recent_problems() -> list[str]:
    return list(_RECENT.lines)


def _qt_version() -> str:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
    except ImportError:
        return "not available"
    return f"Qt {qVersion()}, PySide6 {pyside_version}"


def diagnostic_info(extra: dict[str, str] | None = None) -> str:
    """Versions, OS and recent problems for the help desk; nothing personal."""
    lines = [
        f"hwclient {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        _qt_version(),
        f"OS: {platform.platform()}",
        f"Machine: {platform.machine()}",
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
    ]
    lines += [f"{key}: {value}" for key, value in (extra or {}).items()]
    problems = recent_problems()
    lines.append("Recent problems:" if problems else "Recent problems: none")
    lines += [f"  {line}" for line in problems[-20:]]
    return redact("\n".join(lines))
