"""The engine runs probes concurrently, each bounded by its timeout, and reports progress."""

from __future__ import annotations

import asyncio
import gc
import warnings
from datetime import UTC, datetime

import pytest

from hwclient.checks.engine import run_checks
from hwclient.checks.model import CHECK_IDS, Status
from hwclient.checks.policy import Policy
from hwclient.checks.probes import Probe
from hwclient.checks.raw import RawOutput

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
DEVICES = {
    "video_inputs": [{"description": "Integrated Camera", "default": True}],
    "audio_inputs": [{"description": "Microphone Array (Realtek(R) Audio)", "default": True}],
    "audio_outputs": [],
}


def value_probe(name: str, checks: set[str], value: object) -> Probe:
    async def run() -> RawOutput:
        return RawOutput(name, "python", value=value)

    return Probe(name, run, frozenset(checks))


async def test_a_hanging_probe_times_out_and_the_others_finish_first(policy) -> None:
    release = asyncio.Event()  # never set: the probe hangs until its timeout

    async def hang() -> RawOutput:
        await release.wait()
        return RawOutput("sys.battery", "python", value={"present": False})

    probes = [
        Probe("sys.battery", hang, frozenset({"power"}), timeout=0.2),
        value_probe("media.devices", {"microphone", "speaker"}, DEVICES),
    ]
    order: list[str] = []
    report, bundle = await run_checks(
        policy,
        only={"power", "microphone", "speaker"},
        probes=probes,
        now=NOW,
        progress=lambda r: order.append(r.id),
    )
    power = report.result("power")
    assert power is not None
    assert power.status == Status.UNKNOWN
    assert "timed out" in power.detail
    assert bundle.outputs["sys.battery"].error == "timeout"
    assert order.index("microphone") < order.index("power")  # not held up by the hang
    assert report.result("speaker").status == Status.FAIL


async def test_probes_run_concurrently(policy) -> None:
    """Each probe waits for the other: only concurrent running lets both finish."""
    first, second = asyncio.Event(), asyncio.Event()

    async def a() -> RawOutput:
        first.set()
        await second.wait()
        return RawOutput("sys.battery", "python", value={"present": False})

    async def b() -> RawOutput:
        second.set()
        await first.wait()
        return RawOutput("sys.load", "python", value={"cpu_percent": 5, "memory_percent": 40})

    probes = [
        Probe("sys.battery", a, frozenset({"power"}), timeout=5),
        Probe("sys.load", b, frozenset({"resources"}), timeout=5),
    ]
    report, _ = await run_checks(policy, only={"power", "resources"}, probes=probes, now=NOW)
    assert [r.status for r in report.results] == [Status.PASS, Status.PASS]


async def test_a_crashing_probe_is_reported_not_raised(policy) -> None:
    async def boom() -> RawOutput:
        raise OSError("device vanished")

    probes = [Probe("proc.list", boom, frozenset({"processes"}))]
    report, bundle = await run_checks(policy, only={"processes"}, probes=probes, now=NOW)
    assert report.results[0].status == Status.UNKNOWN
    assert "device vanished" in (bundle.outputs["proc.list"].error or "")


async def test_only_runs_the_probes_those_checks_need(policy) -> None:
    ran: list[str] = []

    def tracked(name: str, checks: set[str], value: object) -> Probe:
        async def run() -> RawOutput:
            ran.append(name)
            return RawOutput(name, "python", value=value)

        return Probe(name, run, frozenset(checks))

    probes = [
        tracked("sys.battery", {"power"}, {"present": True, "percent": 12, "plugged": False}),
        tracked("proc.list", {"processes"}, [{"name": "obs64", "screen_grab": False}]),
    ]
    progress: list[str] = []
    report, _ = await run_checks(
        policy, only={"power"}, probes=probes, now=NOW, progress=lambda r: progress.append(r.id)
    )
    assert ran == ["sys.battery"]
    assert progress == ["power"]
    assert report.results[0].status == Status.WARN
    assert "12" in report.results[0].detail


async def test_progress_reports_every_check_once_in_a_full_run(policy) -> None:
    seen: list[str] = []
    report, bundle = await run_checks(
        policy,
        now=NOW,
        progress=lambda r: seen.append(r.id),
        media_devices=lambda: DEVICES,
        server_url=None,
    )
    assert sorted(seen) == sorted(CHECK_IDS)
    assert [r.id for r in report.results] == list(CHECK_IDS)
    assert bundle.platform["system"]
    assert report.result("camera").status == Status.PASS  # listed; opening needs the Qt loop


async def test_screen_recorders_warn_and_p2p_fails(policy) -> None:
    procs = [
        {"name": "obs64", "screen_grab": False},
        {"name": "ffmpeg", "screen_grab": True},
        {"name": "explorer", "screen_grab": False},
    ]
    probes = [value_probe("proc.list", {"processes"}, procs)]
    report, _ = await run_checks(policy, only={"processes"}, probes=probes, now=NOW)
    result = report.results[0]
    assert result.status == Status.WARN
    assert result.data["screen_recorders"] == ["OBS Studio", "ffmpeg (screen capture)"]
    probes = [value_probe("proc.list", {"processes"}, [*procs, {"name": "winny"}])]
    report, _ = await run_checks(policy, only={"processes"}, probes=probes, now=NOW)
    assert report.results[0].status == Status.FAIL
    assert "Winny" in report.results[0].detail


async def test_ffmpeg_converting_a_file_is_not_a_recorder(policy) -> None:
    probes = [value_probe("proc.list", {"processes"}, [{"name": "ffmpeg", "screen_grab": False}])]
    report, _ = await run_checks(policy, only={"processes"}, probes=probes, now=NOW)
    assert report.results[0].status == Status.PASS


async def test_the_policy_is_fetched_while_the_probes_run(policy) -> None:
    probe_started = asyncio.Event()

    async def battery() -> RawOutput:
        probe_started.set()
        return RawOutput("sys.battery", "python", value={"present": False})

    async def slow_policy():
        await probe_started.wait()  # would never return if probes waited for the policy
        return policy

    probes = [Probe("sys.battery", battery, frozenset({"power"}))]
    report, _ = await run_checks(slow_policy(), only={"power"}, probes=probes, now=NOW)
    assert report.results[0].status == Status.PASS


async def test_cancelling_the_check_stops_every_probe(policy) -> None:
    """Closing the page or quitting mid-check must not leave probes running behind it."""
    started, stopped = asyncio.Event(), asyncio.Event()

    async def slow() -> RawOutput:
        started.set()
        try:
            await asyncio.sleep(60)
        finally:
            stopped.set()
        return RawOutput("sys.battery", "python", value={"present": False})

    probes = [Probe("sys.battery", slow, frozenset({"power"}), timeout=60)]
    check = asyncio.create_task(run_checks(policy, only={"power"}, probes=probes, now=NOW))
    await asyncio.wait_for(started.wait(), 5)
    check.cancel()
    await asyncio.gather(check, return_exceptions=True)
    assert check.cancelled()
    assert stopped.is_set()


def test_a_check_stepped_without_a_running_loop_leaves_no_coroutine_behind(policy) -> None:
    """A stray Qt event can step a check's task after its loop stopped (seen at the end
    of UI test runs): the check must fail before creating probe coroutines, and close
    the policy coroutine it was handed, so none is left "never awaited"."""

    async def fetch() -> Policy:
        return policy

    async def battery() -> RawOutput:
        return RawOutput("sys.battery", "python", value={"present": False})

    probes = [Probe("sys.battery", battery, frozenset({"power"}))]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        check = run_checks(fetch(), only={"power"}, probes=probes, now=NOW)
        with pytest.raises(RuntimeError, match="no running event loop") as failed:
            check.send(None)  # what a task step does, here with no loop running
        del check, failed  # the traceback's frames would keep coroutines alive
        gc.collect()
    unawaited = [str(w.message) for w in caught if "never awaited" in str(w.message)]
    assert unawaited == []
