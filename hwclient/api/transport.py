"""How we connect: which URLs are allowed, TLS, proxies, and retry timing.

Kept apart from the endpoint methods so the security rules are in one short
place: https with the OS trust store for every remote server (corporate and
security-software CAs are in the OS store, not in certifi), plain http only
to this PC (the demo and test server), and retries only where repeating a
request cannot do anything twice.
"""

from __future__ import annotations

import functools
import ipaddress
import random
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import truststore

from hwclient.api.errors import InsecureServerURL

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
RETRY_STATUSES = frozenset({502, 503, 504})


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower().rstrip(".")
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_server_url(url: str) -> str:
    """Check a server address and return it without a trailing slash.

    Raises `InsecureServerURL` for http:// to anything but loopback, for
    other schemes, and for addresses with a user name or password in them.
    """
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in {"https", "http"} or not parts.hostname:
        raise InsecureServerURL(f"not an http(s) URL: {text!r}")
    if parts.username or parts.password:
        raise InsecureServerURL("credentials in the server URL")
    if scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureServerURL(f"plain http to a remote host: {parts.hostname}")
    if parts.query or parts.fragment:
        raise InsecureServerURL("query or fragment in the server URL")
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}"


@functools.cache
def tls_context() -> ssl.SSLContext:
    """Verify certificates against the OS trust store, never turning checks off.

    Built once per process: loading the trust store costs tens of milliseconds,
    which the UI thread would otherwise pay for every client and policy fetch.
    """
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


@dataclass(frozen=True)
class Timeouts:
    connect: float = 10.0
    read: float = 20.0
    write: float = 20.0
    pool: float = 10.0

    def to_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, capped, honouring Retry-After."""

    attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number `attempt` (1-based)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not security


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def request_never_sent(exc: httpx.TransportError) -> bool:
    """True when the server cannot have seen the request, so any method may retry."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def is_certificate_error(exc: BaseException) -> bool:
    """Find a TLS verification failure anywhere in the exception chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False
