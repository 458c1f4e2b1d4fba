"""Countdown words ("Starts in 2 days 3 hours", "Starts in 04:59") and how often to refresh.

Far from the start, minutes are precise enough and a refresh twice a minute
is plenty; in the last ten minutes the person is watching, so the text shows
minutes:seconds and refreshes every second.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hwclient.booking import countdown

SECONDS_MODE_S = 10 * 60
FAST_MS = 1000
SLOW_MS = 20_000


def countdown_text(target: datetime, now: datetime) -> str:
    """How long until `target`, in the largest two units that matter."""
    seconds = (target - now).total_seconds()
    if seconds <= 0:
        return QCoreApplication.translate("Countdown", "Starting now")
    if seconds < SECONDS_MODE_S:
        whole = int(seconds)
        clock = f"{whole // 60:02d}:{whole % 60:02d}"
        return QCoreApplication.translate("Countdown", "Starts in {time}").format(time=clock)
    return QCoreApplication.translate("Countdown", "Starts in {time}").format(
        time=duration_text(target, now)
    )


def duration_text(target: datetime, now: datetime) -> str:
    """'2 days and 3 hours', '5 hours', '25 minutes' (minutes rounded up)."""
    left = countdown(target, now)
    units = [
        QCoreApplication.translate("Countdown", "%n day(s)", None, left.days) if left.days else "",
        QCoreApplication.translate("Countdown", "%n hour(s)", None, left.hours)
        if left.hours
        else "",
        QCoreApplication.translate("Countdown", "%n minute(s)", None, left.minutes)
        if left.minutes and not left.days
        else "",
    ]
    parts = [u for u in units if u][:2]
    if len(parts) == 2:
        return QCoreApplication.translate("Countdown", "{larger} and {smaller}").format(
            larger=parts[0], smaller=parts[1]
        )
    return parts[0] if parts else QCoreApplication.translate("Countdown", "%n minute(s)", None, 0)


def refresh_interval_ms(moments: list[datetime], now: datetime) -> int:
    """Every second when any moment (start, join opening) is within ten minutes."""
    soon = any(0 < (m - now).total_seconds() <= SECONDS_MODE_S + 60 for m in moments)
    return FAST_MS if soon else SLOW_MS
