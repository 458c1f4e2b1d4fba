"""How the client connects: URL safety, TLS, version gate, retries and failures."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import re
import ssl
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from hwclient.api import (
    ApiClient,
    CertificateError,
    ClientTooOld,
    InsecureServerURL,
    NetworkError,
    ProblemError,
    Registration,
    ServerUnavailable,
    UnexpectedResponse,
    UpdateRequired,
    normalize_server_url,
)
from hwclient.useragent import accept_language, user_agent
from tests.core.network_faults import FaultyNetwork, recording_sleep


@pytest.mark.parametrize(
    "url",
    [
        "http://hw.example.jp",
        "http://192.168.1.10:8000",
        "http://127.0.0.1.nip.io:8000",
        "http://localhost@evil.example.com",
        "ftp://hw.example.jp",
        "https://user:secret@hw.example.jp",
        "hw.example.jp",
        "https://hw.example.jp/?next=x",
    ],
)
def test_unsafe_server_addresses_are_refused(url: str) -> None:
    with pytest.raises(InsecureServerURL) as caught:
        ApiClient(url)
    assert "https://" in caught.value.user_message()


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://hw.example.jp/", "https://hw.example.jp"),
        (" https://hw.example.jp/base/ ", "https://hw.example.jp/base"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://127.8.9.10:8000", "http://127.8.9.10:8000"),
        ("http://localhost:1", "http://localhost:1"),
        ("http://[::1]:8000/", "http://[::1]:8000"),
    ],
)
def test_https_anywhere_and_http_only_on_this_pc(url: str, normal: str) -> None:
    assert normalize_server_url(url) == normal


def test_user_agent_and_accept_language_follow_the_contract() -> None:
    agent = user_agent("1.2.3")
    assert re.fullmatch(r"hwclient/1\.2\.3 \([A-Za-z]+ [^()]+\)", agent)
    assert accept_language("zh_TW") == "zh-TW, ja;q=0.8, en;q=0.5"
    assert accept_language("ja") == "ja, en;q=0.8"
    assert accept_language("ja_easy").startswith("ja-x-easy, ja;q=0.8")


async def test_too_old_app_gets_an_update_event(live_server: Any) -> None:
    old = ApiClient(live_server.url, client_version="0.0.1")
    events: list[UpdateRequired] = []
    old.events.update_required.connect(events.append)
    try:
        with pytest.raises(ClientTooOld) as caught:
            await old.offices()
        assert caught.value.status == 426
        assert caught.value.download_url
        assert caught.value.download_url.startswith("https://")
        assert events == [UpdateRequired(caught.value.download_url, caught.value.minimum_version)]
    finally:
        await old.aclose()
    current = ApiClient(live_server.url)
    try:
        assert await current.offices()  # the same call works for the current version
    finally:
        await current.aclose()


@pytest.fixture
async def waits() -> list[float]:
    return []


def flaky_client(server: Any, faults: list[str], waits: list[float]) -> ApiClient:
    return ApiClient(server.url, transport=FaultyNetwork(faults), sleep=recording_sleep(waits))


async def test_reads_are_retried_with_growing_waits(live_server: Any, waits: list[float]) -> None:
    client = flaky_client(live_server, ["connect", "drop-answer"], waits)
    try:
        assert await client.offices()
        assert len(waits) == 2
        assert 0 < waits[0] <= 0.5
        assert 0.5 <= waits[1] <= 1.0
    finally:
        await client.aclose()


async def test_busy_answers_are_retried_after_retry_after(
    live_server: Any, waits: list[float]
) -> None:
    client = flaky_client(live_server, ["busy"], waits)
    try:
        assert await client.client_policy()
        assert waits == [2.0]
    finally:
        await client.aclose()
    always_busy = flaky_client(live_server, ["busy"] * 5, waits)
    try:
        with pytest.raises(ServerUnavailable) as caught:
            await always_busy.client_policy()
        assert caught.value.status == 503
        assert "try again" in caught.value.user_message()
    finally:
        await always_busy.aclose()


async def test_unsafe_post_is_not_repeated_after_it_was_sent(
    live_server: Any, waits: list[float]
) -> None:
    client = flaky_client(live_server, ["drop-answer"], waits)
    registration = Registration(
        email="once@example.com",
        password="a long enough passphrase 9",
        name="Once",
        preferred_language="en",
    )
    try:
        with pytest.raises(NetworkError):
            await client.register(registration)
        transport = client._http._transport
        assert isinstance(transport, FaultyNetwork)
        assert transport.attempts == ["POST /v1/accounts"]
        assert waits == []
    finally:
        await client.aclose()


async def test_unreachable_server_is_a_network_error(live_server: Any, waits: list[float]) -> None:
    url = live_server.url
    live_server.stop()
    client = ApiClient(url, sleep=recording_sleep(waits))
    try:
        with pytest.raises(NetworkError) as caught:
            await client.offices()
        assert len(waits) == 2  # three attempts in all
        assert "connection" in caught.value.user_message()
        assert not await client.health()
    finally:
        await client.aclose()


def _self_signed(directory: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
async def untrusted_https(tmp_path: Path) -> AsyncIterator[str]:
    """An https server whose certificate no trust store knows (like an intercepting proxy)."""
    cert, key = _self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]")
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=context)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"https://127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()


async def test_untrusted_certificate_is_refused(untrusted_https: str, waits: list[float]) -> None:
    client = ApiClient(untrusted_https, sleep=recording_sleep(waits))
    try:
        with pytest.raises(CertificateError) as caught:
            await client.offices()
        assert waits == []  # retrying cannot fix a certificate
        assert "date and time" in caught.value.user_message()
    finally:
        await client.aclose()


class CaptivePortal(httpx.AsyncBaseTransport):
    """Hotel or station Wi-Fi that answers every request with its own login page."""

    def __init__(self, status: int) -> None:
        self.status = status

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "text/html"}
        if self.status == 302:
            headers["Location"] = "http://login.example-wifi.jp/"
        return httpx.Response(self.status, headers=headers, text="<html>Please log in</html>")


@pytest.mark.parametrize("status", [200, 302, 403])
async def test_captive_portal_page_is_an_unexpected_answer(status: int) -> None:
    client = ApiClient("https://hw.example.jp", transport=CaptivePortal(status))
    try:
        with pytest.raises(UnexpectedResponse) as caught:
            await client.offices()
        assert "server address" in caught.value.user_message()
    finally:
        await client.aclose()


class ProblemAnswers(httpx.AsyncBaseTransport):
    """Answers a newer (or broken) server could give that ours never does today."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.problem = problem

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            self.status,
            headers={"Content-Type": "application/problem+json"},
            content=json.dumps(self.problem).encode(),
        )


async def test_unknown_problem_codes_keep_their_code_and_members() -> None:
    problem = {"type": "https://hw.example.jp/problems/new-rule", "title": "New", "limit": 3}
    client = ApiClient("https://hw.example.jp", transport=ProblemAnswers(409, problem))
    try:
        with pytest.raises(ProblemError) as caught:
            await client.offices()
        assert type(caught.value) is ProblemError
        assert caught.value.code == "new-rule"
        assert caught.value.status == 409
        assert caught.value.extras == {"limit": 3}
    finally:
        await client.aclose()


async def test_server_errors_are_server_unavailable_even_as_problems() -> None:
    problem = {"type": "https://hw.example.jp/problems/internal-error", "title": "Oops"}
    client = ApiClient(
        "https://hw.example.jp",
        transport=ProblemAnswers(500, problem),
        sleep=lambda _s: asyncio.sleep(0),
    )
    try:
        with pytest.raises(ServerUnavailable) as caught:
            await client.offices()
        assert caught.value.status == 500
    finally:
        await client.aclose()


@pytest.fixture
async def recording_proxy() -> AsyncIterator[tuple[str, list[bytes]]]:
    """A loopback HTTP proxy that records what it is asked and refuses to connect."""
    seen: list[bytes] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            seen.append((await reader.readuntil(b"\r\n\r\n")).split(b"\r\n")[0])
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", seen
    finally:
        server.close()
        await server.wait_closed()


async def test_proxy_settings_are_honoured_for_remote_servers(
    recording_proxy: tuple[str, list[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy_url, seen = recording_proxy
    monkeypatch.setenv("HTTPS_PROXY", proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = ApiClient("https://hw.example.jp", sleep=lambda _s: asyncio.sleep(0))
    try:
        with pytest.raises(NetworkError):
            await client.offices()
    finally:
        await client.aclose()
    assert seen
    assert seen[0] == b"CONNECT hw.example.jp:443 HTTP/1.1"


async def test_proxy_is_never_used_for_this_pc(
    live_server: Any, recording_proxy: tuple[str, list[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy_url, seen = recording_proxy
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with ApiClient(live_server.url) as client:
        assert await client.offices()
    assert seen == []
