"""A bare HTTP/1.1 keep-alive client for load generation on loopback.

httpx spends several milliseconds of CPU per request on a busy 2-core machine,
which is more than the server needs for /healthz: with it, the benchmark would
measure its own client. This one writes the request bytes and reads back the
status line, the headers and a Content-Length body, nothing else, so nearly all
the CPU goes to the server under test.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass
from urllib.parse import urlsplit


class ProtocolError(Exception):
    """The answer was not a plain HTTP/1.1 response with a Content-Length body."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes


class Connection:
    """One persistent connection; requests go one after another, as a real client's would."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, headers: dict[str, str] | None, body: object
    ) -> Answer:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        assert self._reader is not None
        payload = b"" if body is None else json.dumps(body).encode()
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        if body is not None:
            lines += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
        self._writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        return await self._read_answer(self._reader)

    @staticmethod
    async def _read_answer(reader: asyncio.StreamReader) -> Answer:
        head = await reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in header_lines if line)
        }
        if "content-length" not in headers:
            raise ProtocolError(f"no Content-Length in answer: {status_line}")
        body = await reader.readexactly(int(headers["content-length"]))
        return Answer(int(status_line.split(" ", 2)[1]), body)

    async def close(self) -> None:
        writer, self._writer, self._reader = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
