"""Run the probes concurrently, then judge the raw outputs.

The live run and `--from-bundle` share `evaluate_bundle`, and the live run
judges the *redacted* outputs, so a saved bundle re-evaluated anywhere gives
the very same report.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta

from hwclient import __version__
from hwclient.checks.model import CHECK_IDS, CheckResult, Report
from hwclient.checks.policy import Policy
from hwclient.checks.probes import Probe, ProbeFn, ProbeSet
from hwclient.checks.probes.catalog import MediaLister, default_probes, platform_info
from hwclient.checks.raw import RawBundle, RawOutput
from hwclient.checks.redact import Redactor
from hwclient.checks.rules import evaluate_one

ProgressFn = Callable[[CheckResult], None]


def _wanted(only: set[str] | None) -> list[str]:
    return [c for c in CHECK_IDS if only is None or c in only]


async def _run_probe(probe: Probe) -> RawOutput:
    """A probe that hangs or raises becomes a RawOutput, never an exception."""
    start = time.perf_counter()
    try:
        raw = await asyncio.wait_for(probe.run(), probe.timeout)
    except TimeoutError:
        return RawOutput(probe.name, error="timeout", duration_s=time.perf_counter() - start)
    except Exception as exc:  # a broken probe must not take the other checks down
        return RawOutput(probe.name, error=f"error: {type(exc).__name__}: {exc}")
    if raw.probe != probe.name:
        raw = RawOutput.from_json({**raw.to_json(), "probe": probe.name})
    if raw.duration_s == 0.0:
        raw = RawOutput.from_json({**raw.to_json(), "duration_s": time.perf_counter() - start})
    return raw


def evaluate_bundle(
    bundle: RawBundle,
    policy: Policy,
    *,
    now: datetime | None = None,
    only: Iterable[str] | None = None,
    language: str = "en",
) -> Report:
    """Pure: the same bundle, policy, time and language always give the same report."""
    when = now or bundle.collected_at
    if only is not None:
        checks = _wanted(set(only))
    else:  # a bundle made with --only holds outputs for those checks alone
        checks = [c for c in CHECK_IDS if c in bundle.check_durations] or list(CHECK_IDS)
    results = [evaluate_one(check, bundle, policy, when) for check in checks]
    total = max(bundle.check_durations.values(), default=0.0)
    return Report(
        results=results,
        started_at=bundle.collected_at,
        finished_at=bundle.collected_at + timedelta(seconds=total),
        app_version=bundle.app_version,
        platform=bundle.platform,
        language=language,
    )


async def run_checks(
    policy: Policy | Awaitable[Policy],
    *,
    only: set[str] | None = None,
    progress: ProgressFn | None = None,
    probes: ProbeSet | None = None,
    now: datetime | None = None,
    server_url: str | None = None,
    camera_probe: ProbeFn | None = None,
    media_devices: MediaLister | None = None,
    language: str = "en",
) -> tuple[Report, RawBundle]:
    """Collect everything concurrently and judge it; `progress` gets each result as it lands.

    `camera_probe` and `media_devices` let the GUI use its running Qt loop
    and let tests and the headless CLI supply device lists. `policy` may be
    an awaitable (e.g. `fetch_policy(...)`): it is then fetched while the
    probes already run, so a slow server does not add to the wait.
    """
    collected_at = now or datetime.now(UTC)
    checks = _wanted(only)
    probe_set = (
        probes
        if probes is not None
        else default_probes(
            server_url=server_url, camera_probe=camera_probe, media_devices=media_devices
        )
    )
    chosen = [p for p in probe_set if p.checks & set(checks)]
    redactor = Redactor()
    outputs: dict[str, RawOutput] = {}
    durations: dict[str, float] = {}
    started = time.perf_counter()
    pending_by_check = {c: {p.name for p in chosen if c in p.checks} for c in checks}

    def bundle() -> RawBundle:
        return RawBundle(
            collected_at=collected_at,
            platform=platform_info(),
            app_version=__version__,
            locale=_locale_name(),
            outputs=dict(outputs),
            check_durations=dict(durations),
        )

    try:
        # Asked first: without a running loop this fails before any probe coroutine
        # exists (a coroutine made but never scheduled warns "never awaited" at exit).
        loop = asyncio.get_running_loop()
    except RuntimeError:
        _close_unstarted(policy)
        raise
    tasks = {loop.create_task(_run_probe(p)): p for p in chosen}
    try:
        if not isinstance(policy, Policy):
            policy = await policy
        for check in [c for c, names in pending_by_check.items() if not names]:
            durations[check] = 0.0
            _emit(progress, check, bundle(), policy, collected_at)
        for finished in asyncio.as_completed(tasks):
            raw = redactor.redact(await finished)
            outputs[raw.probe] = raw
            for check, names in pending_by_check.items():
                if raw.probe in names:
                    names.discard(raw.probe)
                    if not names:
                        durations[check] = time.perf_counter() - started
                        _emit(progress, check, bundle(), policy, collected_at)
                        if progress is not None:
                            # Results that land together would otherwise be shown in
                            # one go: let the window draw (and stay responsive) between.
                            await asyncio.sleep(0)
    finally:
        # A cancelled check (page closed, app quitting) must not leave probes
        # running or never-started coroutines behind for the loop's shutdown.
        _close_unstarted(policy)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    final = redactor.finish(bundle())
    report = evaluate_bundle(final, policy, now=collected_at, only=checks, language=language)
    return report, final


def _close_unstarted(policy: object) -> None:
    """The caller's policy coroutine is ours to run: if it never started, close it."""
    if inspect.iscoroutine(policy) and inspect.getcoroutinestate(policy) == "CORO_CREATED":
        policy.close()


def _emit(
    progress: ProgressFn | None, check: str, bundle: RawBundle, policy: Policy, now: datetime
) -> None:
    if progress is not None:
        progress(evaluate_one(check, bundle, policy, now))


def _locale_name() -> str:
    import locale

    name = locale.getlocale()[0]
    return name or ""
