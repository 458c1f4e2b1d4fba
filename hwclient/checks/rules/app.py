"""This app's version against the policy: below the minimum the server refuses it (426)."""

from __future__ import annotations

from datetime import datetime

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.parse import versions
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import result
from hwclient.i18n import translate


def evaluate(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    have = bundle.app_version
    facts = {
        "version": have,
        "latest_version": policy.latest_version,
        "minimum_version": policy.minimum_version,
        "policy_source": policy.source,
    }
    if versions.at_least(have, policy.minimum_version) is False:
        return result(
            "app",
            Status.FAIL,
            translate("Checks", "This app (version %1) is too old to use the service.").replace(
                "%1", have
            ),
            translate("Checks", "Download and install the new version %1.").replace(
                "%1", policy.latest_version
            ),
            link=policy.download_url or None,
            data=facts,
        )
    if versions.at_least(have, policy.latest_version) is False:
        return result(
            "app",
            Status.WARN,
            translate("Checks", "A new version of this app is available: %1.").replace(
                "%1", policy.latest_version
            ),
            translate("Checks", "Download and install the new version %1.").replace(
                "%1", policy.latest_version
            ),
            link=policy.download_url or None,
            data=facts,
        )
    return result(
        "app",
        Status.PASS,
        translate("Checks", "This app is up to date (version %1).").replace("%1", have),
        data=facts,
    )
