"""Probes that work the same on every OS: psutil facts and HTTPS reachability."""

from __future__ import annotations

import asyncio
import functools
import socket
import ssl
import time
from datetime import UTC, datetime
from typing import Any

import httpx
import psutil

from hwclient.checks.raw import RawOutput

ZOOM_URL = "https://zoom.us/"
_GRAB_WORDS = ("x11grab", "gdigrab", "ddagrab", "avfoundation", "kmsgrab")


def net_interfaces() -> list[dict[str, Any]]:
    """Names, up/down, speed and whether a routable address is assigned."""
    addrs = psutil.net_if_addrs()
    out = []
    for name, stats in psutil.net_if_stats().items():
        has_address = any(
            a.family in (socket.AF_INET, socket.AF_INET6)
            and not str(a.address).startswith(("127.", "::1", "fe80", "169.254."))
            for a in addrs.get(name, [])
        )
        out.append(
            {"name": name, "isup": stats.isup, "speed": stats.speed, "has_address": has_address}
        )
    return out


def battery() -> dict[str, Any]:
    sensors = getattr(psutil, "sensors_battery", None)
    info = sensors() if sensors else None
    if info is None:
        return {"present": False}
    return {"present": True, "percent": round(info.percent, 1), "plugged": info.power_plugged}


async def load(sample_s: float = 0.5) -> RawOutput:
    """CPU use over a short window, sampled without blocking the loop."""
    start = time.perf_counter()
    psutil.cpu_percent(None)
    await asyncio.sleep(sample_s)
    cpu = psutil.cpu_percent(None)
    mem = psutil.virtual_memory()
    value = {
        "cpu_percent": cpu,
        "memory_percent": mem.percent,
        "memory_available_mb": mem.available // (1024 * 1024),
    }
    return RawOutput("sys.load", "python", value=value, duration_s=time.perf_counter() - start)


def processes() -> list[dict[str, Any]]:
    """Process names only (no user names, no arguments); ffmpeg gets a screen-grab flag."""
    seen: dict[str, bool] = {}
    for proc in psutil.process_iter(["name", "cmdline"]):
        name = (proc.info.get("name") or "").lower()
        for suffix in (".exe", ".app"):
            name = name.removesuffix(suffix)
        if not name:
            continue
        grab = False
        if name == "ffmpeg":
            args = " ".join(proc.info.get("cmdline") or []).lower()
            grab = any(w in args for w in _GRAB_WORDS)
        seen[name] = seen.get(name, False) or grab
    return [{"name": n, "screen_grab": g} for n, g in sorted(seen.items())]


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """The OS trust store, so security software and corporate proxies with their own CA work."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception:  # truststore unsupported here: Python's default bundle still works
        return ssl.create_default_context()


def _client(limit_s: float) -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=limit_s, verify=_ssl_context())


async def http_probe(name: str, url: str, limit_s: float) -> RawOutput:
    """One HEAD request: status, latency and the server's Date header for the clock check."""
    start = time.perf_counter()
    value: dict[str, Any] = {"url": url, "status": None, "latency_ms": None}
    try:
        # Loading the OS trust store takes up to a second: never on the event loop.
        client = await asyncio.to_thread(_client, limit_s)
        async with client:
            response = await client.head(url, follow_redirects=False)
        value.update(
            status=response.status_code,
            latency_ms=round((time.perf_counter() - start) * 1000),
            date=response.headers.get("date"),
            local_time=datetime.now(UTC).isoformat(),
        )
    except httpx.HTTPError as exc:
        value["error"] = type(exc).__name__
    return RawOutput(name, "http", (url,), value=value, duration_s=time.perf_counter() - start)
