"""The async client for the backend contract in API.md (user side).

One `ApiClient` per server address. It owns the bearer token in memory (the
session layer persists it), retries only what is safe to repeat, and turns
every failure into an exception from `hwclient.api.errors`. Two events leave
it without Qt: `events.update_required` on 426 and `events.signed_out` when
the server stops accepting our token (the token is cleared first, so the UI
can sign the person in again and repeat what they were doing).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import date
from typing import Any, Literal
from urllib.parse import quote, urlsplit

import httpx

from hwclient import __version__
from hwclient.api.errors import (
    CertificateError,
    ClientTooOld,
    NetworkError,
    ProblemError,
    ServerUnavailable,
    SignedOut,
    UnexpectedResponse,
    problem_code,
)
from hwclient.api.events import ApiEvents
from hwclient.api.models import (
    Booking,
    BookingRequest,
    ClientPolicy,
    Consent,
    JoinInfo,
    Me,
    Office,
    Registration,
    SignedOutEvent,
    SignInResult,
    Slot,
    Terms,
    UpdateRequired,
    new_idempotency_key,
    parse,
    parse_list,
)
from hwclient.api.transport import (
    RETRY_STATUSES,
    RetryPolicy,
    Timeouts,
    is_certificate_error,
    is_loopback_host,
    normalize_server_url,
    request_never_sent,
    retry_after_seconds,
    tls_context,
)
from hwclient.i18n import BY_CODE, LANGUAGES, match_language
from hwclient.useragent import accept_language, user_agent

log = logging.getLogger(__name__)

Scope = Literal["upcoming", "past", "all"]
ME_FIELDS = frozenset(
    {"name", "phone", "address", "preferred_language", "home_office_id", "job_seeker_number"}
)
Sleep = Callable[[float], Awaitable[None]]


def language_code_for(value: str | None) -> str:
    """Accept our codes ("zh_TW") and BCP 47 tags ("zh-TW", "ja-x-easy") alike."""
    if not value:
        return "ja"
    if value in BY_CODE:
        return value
    for lang in LANGUAGES:
        if lang.bcp47.lower() == value.lower():
            return lang.code
    return match_language([value])


def _segment(value: str) -> str:
    """IDs are opaque strings: quote them so none can change the path."""
    return quote(str(value), safe="")


class ApiClient:
    def __init__(
        self,
        base_url: str,
        *,
        language: str | None = None,
        token: str | None = None,
        events: ApiEvents | None = None,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        client_version: str = __version__,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.base_url = normalize_server_url(base_url)
        self.events = events or ApiEvents()
        self.retry = retry or RetryPolicy()
        self._token = token
        self._sleep = sleep
        self._language_code = language_code_for(language)
        host = urlsplit(self.base_url).hostname or ""
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            verify=tls_context(),
            trust_env=not is_loopback_host(host),  # system proxies, but never for this PC
            timeout=(timeouts or Timeouts()).to_httpx(),
            transport=transport,
            follow_redirects=False,
            headers={
                "User-Agent": user_agent(client_version),
                "Accept-Language": accept_language(self._language_code),
                "Accept": "application/json, application/problem+json;q=0.9",
            },
        )

    # -- lifecycle and state -------------------------------------------------

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> ApiClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    @property
    def token(self) -> str | None:
        return self._token

    def set_token(self, token: str | None) -> None:
        self._token = token

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def set_language(self, code: str) -> None:
        """Later answers (terms, mails, problem titles) come in this language."""
        self._language_code = language_code_for(code)
        self._http.headers["Accept-Language"] = accept_language(self._language_code)

    # -- accounts and sessions -----------------------------------------------

    async def register(self, registration: Registration) -> str:
        """Ask for an account; the answer is the same whether or not it exists."""
        data = await self._object("POST", "/v1/accounts", json=registration.to_json(), auth=False)
        return str(data.get("status", ""))

    async def verify_email(self, token: str) -> str:
        body = {"token": token}
        data = await self._object("POST", "/v1/accounts/verify", json=body, auth=False)
        return str(data.get("status", ""))

    async def sign_in(self, email: str, password: str) -> SignInResult:
        body = {"email": email, "password": password}
        data = await self._json("POST", "/v1/sessions", json=body, auth=False)
        result = parse(SignInResult.from_json, data)
        self._token = result.token
        return result

    async def sign_out(self) -> None:
        """End the session on the server; the local token is dropped in any case."""
        if self._token is None:
            return
        try:
            await self._send("DELETE", "/v1/sessions/current")
        except SignedOut:
            pass  # already ended on the server: that is what we wanted
        finally:
            self._token = None

    async def me(self) -> Me:
        return parse(Me.from_json, await self._json("GET", "/v1/me"))

    async def update_me(self, **changes: Any) -> Me:
        """Change profile fields (name, phone, address, preferred_language,
        home_office_id, job_seeker_number); only the given ones are sent."""
        unknown = set(changes) - ME_FIELDS
        if unknown:
            raise ValueError(f"not profile fields: {sorted(unknown)}")
        return parse(Me.from_json, await self._json("PATCH", "/v1/me", json=changes))

    async def change_password(self, current_password: str, new_password: str) -> None:
        body = {"current_password": current_password, "new_password": new_password}
        await self._send("POST", "/v1/me/password", json=body)

    async def delete_account(self, password: str) -> None:
        await self._send("DELETE", "/v1/me", json={"password": password})
        self._token = None

    # -- terms ----------------------------------------------------------------

    async def current_terms(self, language_code: str | None = None) -> Terms:
        lang = language_code_for(language_code or self._language_code)
        data = await self._json("GET", "/v1/terms/current", params={"lang": lang}, auth=False)
        return parse(Terms.from_json, data)

    async def consent(self, terms_version: str) -> Consent:
        body = {"terms_version": terms_version}
        return parse(Consent.from_json, await self._json("POST", "/v1/me/consents", json=body))

    # -- offices and slots ------------------------------------------------------

    async def offices(
        self, *, prefecture: str | None = None, language_tag: str | None = None
    ) -> list[Office]:
        params = {k: v for k, v in (("prefecture", prefecture), ("language", language_tag)) if v}
        return parse_list(Office.from_json, await self._json("GET", "/v1/offices", params=params))

    async def office(self, office_id: str) -> Office:
        data = await self._json("GET", f"/v1/offices/{_segment(office_id)}")
        return parse(Office.from_json, data)

    async def slots(self, office_id: str, first_day: date, last_day: date) -> list[Slot]:
        params = {"from": first_day.isoformat(), "to": last_day.isoformat()}
        data = await self._json("GET", f"/v1/offices/{_segment(office_id)}/slots", params=params)
        return parse_list(Slot.from_json, data)

    # -- bookings -------------------------------------------------------------

    async def book(self, request: BookingRequest) -> Booking:
        """Book a slot. The request's idempotency key makes retries safe: keep the
        same `BookingRequest` when the person tries again after a network error."""
        data = await self._json(
            "POST", "/v1/bookings", json=request.to_json(), idempotency_key=request.idempotency_key
        )
        return parse(Booking.from_json, data)

    async def bookings(self, scope: Scope = "upcoming") -> list[Booking]:
        data = await self._json("GET", "/v1/bookings", params={"scope": scope})
        return parse_list(Booking.from_json, data)

    async def booking(self, booking_id: str) -> Booking:
        data = await self._json("GET", f"/v1/bookings/{_segment(booking_id)}")
        return parse(Booking.from_json, data)

    async def cancel_booking(self, booking_id: str, reason: str | None = None) -> Booking:
        body = {"reason": reason} if reason else {}
        data = await self._json(
            "POST",
            f"/v1/bookings/{_segment(booking_id)}/cancel",
            json=body,
            idempotency_key=new_idempotency_key(),
        )
        return parse(Booking.from_json, data)

    async def join(self, booking_id: str) -> JoinInfo:
        data = await self._json("GET", f"/v1/bookings/{_segment(booking_id)}/join")
        return parse(JoinInfo.from_json, data)

    async def booking_calendar(self, booking_id: str) -> bytes:
        """The server's own .ics for a booking (RFC 5545 bytes)."""
        response = await self._send("GET", f"/v1/bookings/{_segment(booking_id)}/calendar.ics")
        if "text/calendar" not in response.headers.get("content-type", ""):
            raise UnexpectedResponse("calendar answer is not text/calendar")
        return response.content

    # -- client policy and environment reports ----------------------------------

    async def client_policy(self) -> ClientPolicy:
        data = await self._json("GET", "/v1/client/policy", auth=False)
        return parse(ClientPolicy.from_json, data)

    async def send_environment_report(
        self, report: Mapping[str, Any], device_id: str | None = None
    ) -> str:
        """Store a device check result; returns the report's id.

        `device_id` should be `settings.device_id_hash(api.base_url)`: the raw id
        never leaves the PC, and each server sees a different pseudonym (which
        it hashes again with its own secret salt).
        """
        body: dict[str, Any] = {"report": dict(report)}
        if device_id:
            body["device_id"] = device_id
        data = await self._object(
            "POST",
            "/v1/environment-reports",
            json=body,
            idempotency_key=new_idempotency_key(),
        )
        if "id" not in data:
            raise UnexpectedResponse("environment report answer without an id")
        return str(data["id"])

    async def health(self) -> bool:
        """True when the server answers /healthz; never raises for transport trouble."""
        try:
            response = await self._send("GET", "/healthz", auth=False)
        except (NetworkError, ProblemError, UnexpectedResponse):
            return False
        return response.status_code == 200

    # -- plumbing ----------------------------------------------------------------

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self._send(method, path, **kwargs)
        try:
            return response.json()
        except ValueError as exc:
            raise UnexpectedResponse(f"{method} {path}: answer is not JSON") from exc

    async def _object(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        data = await self._json(method, path, **kwargs)
        if not isinstance(data, dict):
            raise UnexpectedResponse(f"{method} {path}: expected a JSON object")
        return data

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        auth: bool = True,
        idempotency_key: str | None = None,
    ) -> httpx.Response:
        headers: dict[str, str] = {}
        sent_token = self._token if auth else None
        if sent_token:
            headers["Authorization"] = f"Bearer {sent_token}"
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        request = self._http.build_request(method, path, json=json, params=params, headers=headers)
        safe = method in {"GET", "HEAD"} or idempotency_key is not None
        response = await self._send_with_retries(request, safe)
        if response.is_success:
            return response
        raise self._failure(response, sent_token)

    async def _send_with_retries(self, request: httpx.Request, safe: bool) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                if is_certificate_error(exc):
                    raise CertificateError(str(exc)) from exc
                if attempt >= self.retry.attempts or not (safe or request_never_sent(exc)):
                    raise NetworkError(f"{request.method} {request.url.path}: {exc!r}") from exc
                log.info("%s %s failed (%s); retrying", request.method, request.url.path, exc)
                await self._sleep(self.retry.delay(attempt))
                attempt += 1
                continue
            if response.status_code in RETRY_STATUSES and safe and attempt < self.retry.attempts:
                await response.aread()
                await self._sleep(self.retry.delay(attempt, retry_after_seconds(response)))
                attempt += 1
                continue
            await response.aread()
            return response

    def _failure(self, response: httpx.Response, sent_token: str | None) -> Exception:
        """Turn a non-2xx answer into the right exception, firing events first."""
        problem = self._problem(response)
        status = response.status_code
        error = ProblemError.from_problem(problem, status) if problem is not None else None
        if status >= 500 and (error is None or type(error) is ProblemError):
            return ServerUnavailable(status, retry_after_seconds(response))
        if problem is None or error is None:
            return UnexpectedResponse(f"{status} without a problem document")
        if status == 426 or isinstance(error, ClientTooOld):
            too_old = error if isinstance(error, ClientTooOld) else ClientTooOld(problem, status)
            self.events.update_required.emit(
                UpdateRequired(too_old.download_url, too_old.minimum_version)
            )
            return too_old
        if status == 401 and sent_token and problem_code(problem) != "invalid-credentials":
            if self._token == sent_token:
                self._token = None
            self.events.signed_out.emit(SignedOutEvent(problem_code(problem) or "unauthenticated"))
            return SignedOut(problem, status)
        return error

    @staticmethod
    def _problem(response: httpx.Response) -> dict[str, Any] | None:
        content_type = response.headers.get("content-type", "")
        if "json" not in content_type:
            return None
        try:
            data = response.json()
        except ValueError:
            return None
        return data if isinstance(data, dict) and "type" in data else None
