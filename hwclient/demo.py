"""`hwclient --demo`: the whole flow on a fresh PC, with no server to set up.

Starts the reference server (`hwserver`) inside this process on 127.0.0.1
with a throw-away SQLite database, sample offices and slots, and a verified
demo account. Installs built without the server package get a clear,
translated error instead of an ImportError traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hwclient.i18n import translate

if TYPE_CHECKING:
    from hwserver.embedded import EmbeddedServer

__all__ = ["DemoUnavailable", "EmbeddedServer", "start_demo_server"]


class DemoUnavailable(RuntimeError):
    def user_message(self) -> str:
        return translate(
            "Demo",
            "The demo is not included in this version of the app. Please use the server "
            "address from your Hello Work office instead.",
        )


def start_demo_server(data_dir: Path | None = None) -> EmbeddedServer:
    """Start the embedded demo server (blocking; call it from a worker thread).

    `data_dir` holds the demo database and mail outbox; None lets the server
    use a temporary folder removed again by `stop()`.
    """
    try:
        from hwserver.embedded import start_embedded
    except ImportError as exc:
        raise DemoUnavailable("hwserver is not installed") from exc
    return start_embedded(demo=True, data_dir=data_dir)
