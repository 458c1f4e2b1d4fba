"""Windows PowerShell 5.1 `ConvertTo-Json` quirks.

One item piped to ConvertTo-Json comes out as an object, not a list
(PowerShell/PowerShell#18203), and DateTime values come out as
"\\/Date(1700000000000)\\/" (PowerShell/PowerShell#11126).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

_MS_DATE = re.compile(r"^/Date\((-?\d+)([+-]\d{4})?\)/$")
_CIM_DATE = re.compile(r"^(\d{14})\.\d+([+-]\d{3})$")


def load(text: str) -> Any:
    """Parse PowerShell JSON output; None when it is not JSON."""
    text = (text or "").strip().lstrip("\ufeff")
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def as_list(value: Any) -> list[dict[str, Any]]:
    """Undo single-item unwrapping; drop anything that is not an object."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [i for i in items if isinstance(i, dict)]


def parse_date(value: Any) -> datetime | None:
    """Read the date shapes PowerShell emits: /Date(ms)/, ISO 8601, WMI CIM_DATETIME.

    A `{"value": "/Date(..)/", "DateTime": "..."}` wrapper (Get-HotFix's
    InstalledOn under 5.1) is unwrapped too.
    """
    if isinstance(value, dict):
        value = value.get("value", value.get("DateTime"))
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _MS_DATE.match(text)
    if match:
        try:
            return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=int(match[1]))
        except OverflowError:
            return None
    match = _CIM_DATE.match(text)
    if match:
        try:
            base = datetime.strptime(match[1], "%Y%m%d%H%M%S")
        except ValueError:
            return None
        return (base - timedelta(minutes=int(match[2]))).replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
