"""The policy comes from the real server, with the bundled dated copy as fallback."""

from __future__ import annotations

from typing import Any

from hwclient.checks.policy import fetch_policy, httpx_getter, load_bundled


async def test_policy_from_the_real_server_keeps_bundled_program_lists(live_server: Any) -> None:
    policy = await fetch_policy(httpx_getter(live_server.url))
    assert policy.source == "server"
    assert policy.minimum_version
    assert any(o.os == "windows" and o.version == "11" for o in policy.os_support)
    assert policy.screen_recorders == load_bundled().screen_recorders  # server sends none yet


async def test_policy_through_the_api_client_model(api: Any) -> None:
    policy = await fetch_policy(api.client_policy)
    assert policy.source == "server"
    assert all(o.supported_until for o in policy.os_support)


async def test_unreachable_server_falls_back_to_the_bundled_copy() -> None:
    policy = await fetch_policy(httpx_getter("http://127.0.0.1:9", timeout=1.0))
    assert policy.source == "bundled"
    assert policy.updated_at == "2026-11-26"


async def test_a_server_answer_of_the_wrong_shape_falls_back() -> None:
    async def odd() -> Any:
        return ["not", "a", "policy"]

    assert (await fetch_policy(odd)).source == "bundled"


def test_bundled_policy_is_dated_and_complete() -> None:
    policy = load_bundled()
    assert policy.updated_at
    editions = {(o.version, o.edition) for o in policy.os_support if o.os == "windows"}
    assert {
        ("10", "consumer"),
        ("11", "consumer"),
        ("11", "enterprise"),
        ("11", "ltsc"),
    } <= editions
    assert {o.version for o in policy.os_support if o.os == "macos"} >= {"14", "15", "26"}
    assert policy.zoom_minimum("Windows") == "5.17.5"
    assert policy.zoom_minimum("Darwin") == "6.0.2"
