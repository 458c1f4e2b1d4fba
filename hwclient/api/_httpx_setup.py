"""Keep httpx from loading its command-line tool with the app.

httpx imports its command-line tool (click, rich, pygments) whenever those
happen to be installed, as they are next to the demo server: about 40 ms and a
few MiB at every start for a tool the app never runs. A None entry in
sys.modules makes that one import fail the way httpx expects when they are
absent; httpx itself is unchanged. Imported by hwclient.api before httpx.
"""

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
