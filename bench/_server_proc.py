"""The real hwserver in its own process for the client benchmarks.

Usage: `python bench/_server_proc.py DATA_DIR START_ISO`. Prints one JSON
line {url, outbox} once /healthz answers, then obeys stdin lines:
`set <ISO time>` moves the server clock, `quit` stops. Each answer is `ok`.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path


def main(argv: list[str]) -> int:
    from hwserver.clock import MutableClock
    from hwserver.embedded import start_embedded

    data_dir, start = Path(argv[0]), datetime.fromisoformat(argv[1])
    clock = MutableClock(start)
    server = start_embedded(demo=True, clock=clock, data_dir=data_dir)
    print(json.dumps({"url": server.url, "outbox": str(server.mail_outbox)}), flush=True)
    try:
        for line in sys.stdin:
            command, _, arg = line.strip().partition(" ")
            if command == "set":
                clock.set(datetime.fromisoformat(arg))
            elif command == "quit":
                print("ok", flush=True)
                break
            else:
                print(f"unknown command {command!r}", flush=True)
                continue
            print("ok", flush=True)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
