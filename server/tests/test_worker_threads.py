"""How many request handlers run at once is a setting; the database pool follows it."""

from __future__ import annotations

from pathlib import Path

from anyio import to_thread
from hwserver.settings import Settings, settings_from_env
from hwserver_testkit import make_server


def test_worker_threads_come_from_the_environment_with_a_modest_default() -> None:
    assert settings_from_env({"HWSERVER_WORKER_THREADS": "5"}).worker_threads == 5
    assert 4 <= Settings().worker_threads <= 40


def test_the_server_runs_that_many_handlers_at_once_with_a_connection_each(
    tmp_path: Path,
) -> None:
    server = make_server(tmp_path, worker_threads=3)
    with server.client as client:
        assert client.portal is not None
        tokens = client.portal.call(_total_tokens)
        assert client.get("/v1/offices").status_code == 200
    assert tokens == 3
    assert server.ctx.engine.pool.size() == 3  # type: ignore[attr-defined]
    server.ctx.engine.dispose()


async def _total_tokens() -> float:
    return to_thread.current_default_thread_limiter().total_tokens
