"""Screen recorders (warn: the session must not be recorded) and P2P file sharing (fail).

P2P programs such as Winny and Share caused many data leaks in Japan, so the
service treats them as a hard stop; a recorder may be open for other reasons.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.policy import Policy, Program
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import result, unknown
from hwclient.i18n import translate


def running(programs: tuple[Program, ...], procs: list[dict[str, Any]]) -> list[str]:
    """Display names of the policy programs that have a matching process."""
    names = {str(p.get("name", "")).lower() for p in procs}
    grabbing = {str(p.get("name", "")).lower() for p in procs if p.get("screen_grab")}
    found = []
    for program in programs:
        for pattern in program.processes:
            stem, _, flag = pattern.partition(":")
            if (stem in grabbing) if flag == "screen" else (stem in names):
                found.append(program.name)
                break
    return found


def evaluate(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    raw = bundle.get("proc.list")
    value = raw.json_value() if raw and raw.error is None else None
    if not isinstance(value, list):
        return unknown("processes", raw)
    procs = [p for p in value if isinstance(p, dict)]
    recorders = running(policy.screen_recorders, procs)
    p2p = running(policy.p2p_programs, procs)
    facts = {"screen_recorders": recorders, "p2p_programs": p2p, "process_count": len(procs)}
    if p2p:
        return result(
            "processes",
            Status.FAIL,
            translate("Checks", "A file-sharing (P2P) program is running: %1.").replace(
                "%1", ", ".join(p2p)
            ),
            translate("Checks", "Quit it and, if you can, uninstall it. Then check again."),
            data=facts,
        )
    if recorders:
        return result(
            "processes",
            Status.WARN,
            translate("Checks", "A screen recording program is running: %1.").replace(
                "%1", ", ".join(recorders)
            ),
            translate(
                "Checks",
                "Recording the counselling is not allowed. Quit the program before the session.",
            ),
            data=facts,
        )
    return result(
        "processes",
        Status.PASS,
        translate("Checks", "No recording or file-sharing programs are running."),
        data=facts,
    )
