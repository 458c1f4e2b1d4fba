"""Fire many HTTP requests at once (threads released together by a barrier)."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class Attempt:
    base_url: str
    token: str
    body: dict[str, object]
    headers: dict[str, str] | None = None


def fire(attempts: list[Attempt]) -> list[httpx.Response]:
    barrier = threading.Barrier(len(attempts))
    limits = httpx.Limits(max_connections=len(attempts), max_keepalive_connections=0)
    with httpx.Client(timeout=120, limits=limits) as client:

        def one(attempt: Attempt) -> httpx.Response:
            headers = {"Authorization": f"Bearer {attempt.token}", **(attempt.headers or {})}
            barrier.wait()
            return client.post(
                attempt.base_url + "/v1/bookings", json=attempt.body, headers=headers
            )

        with ThreadPoolExecutor(max_workers=len(attempts)) as pool:
            return list(pool.map(one, attempts))


def outcome(responses: list[httpx.Response]) -> Counter[str]:
    """201 → "booked"; problems → their code; anything else → "http-<status>"."""
    counts: Counter[str] = Counter()
    for response in responses:
        if response.status_code == 201:
            counts["booked"] += 1
        elif response.headers.get("content-type", "").startswith("application/problem+json"):
            counts[response.json()["type"].rsplit("/", 1)[-1]] += 1
        else:
            counts[f"http-{response.status_code}"] += 1
    return counts
