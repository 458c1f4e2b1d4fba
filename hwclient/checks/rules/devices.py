"""Camera, microphone and speakers: present, and for the camera, really delivering frames."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import on, result, unknown
from hwclient.i18n import translate

DEVICES = "media.devices"
CAMERA_OPEN = "camera.open"

CAMERA_PRIVACY = (
    "ms-settings:privacy-webcam",
    "x-apple.systempreferences:com.apple.preference.security?Privacy_Camera",
)
MIC_PRIVACY = (
    "ms-settings:privacy-microphone",
    "x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone",
)
SOUND = ("ms-settings:sound", "x-apple.systempreferences:com.apple.preference.sound")


def _names(bundle: RawBundle, key: str) -> list[str] | None:
    raw = bundle.get(DEVICES)
    value = raw.json_value() if raw and raw.error is None else None
    if not isinstance(value, dict) or not isinstance(value.get(key), list):
        return None
    return [str(d.get("description", "?")) for d in value[key] if isinstance(d, dict)]


def camera(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    names = _names(bundle, "video_inputs")
    if names is None:
        return unknown("camera", bundle.get(DEVICES))
    facts: dict[str, Any] = {"devices": names}
    if not names:
        return result(
            "camera",
            Status.FAIL,
            translate("Checks", "No camera was found."),
            translate(
                "Checks",
                "Connect a webcam, or check that the built-in camera is switched on "
                "(some laptops have a switch or a key for it). Then check again.",
            ),
            data=facts,
        )
    opened = bundle.get(CAMERA_OPEN)
    value = opened.json_value() if opened and opened.error is None else None
    if not isinstance(value, dict) or not value.get("tried"):
        return result(
            "camera",
            Status.PASS,
            translate(
                "Checks", "A camera was found: %1. The picture is tested in the app."
            ).replace("%1", ", ".join(names)),
            data={**facts, "opened": None},
        )
    return _camera_opened(bundle.system, value, facts)


def _camera_opened(system: str, value: dict[str, Any], facts: dict[str, Any]) -> CheckResult:
    facts = {**facts, **{k: value.get(k) for k in ("opened", "frames", "error", "permission")}}
    error = value.get("error")
    if value.get("permission") == "denied" or error == "permission":
        return result(
            "camera",
            Status.FAIL,
            translate("Checks", "This computer does not allow apps to use the camera."),
            translate(
                "Checks",
                "Open the camera privacy setting, allow apps (and this app) to use the "
                "camera, then check again.",
            ),
            settings_uri=on(system, *CAMERA_PRIVACY),
            data=facts,
        )
    if error == "busy":
        return result(
            "camera",
            Status.FAIL,
            translate("Checks", "Another app is using the camera."),
            translate(
                "Checks",
                "Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a "
                "browser tab), then check again.",
            ),
            data=facts,
        )
    if int(value.get("frames") or 0) > 0:
        return result("camera", Status.PASS, translate("Checks", "The camera works."), data=facts)
    return result(
        "camera",
        Status.FAIL,
        translate("Checks", "The camera did not send a picture."),
        translate(
            "Checks",
            "Check that the lens is not covered, unplug the camera and plug it in again, "
            "or restart the computer. Then check again.",
        ),
        data=facts,
    )


def _audio(check: str, key: str, bundle: RawBundle) -> CheckResult:
    names = _names(bundle, key)
    if names is None:
        return unknown(check, bundle.get(DEVICES))
    if names:
        found = translate("Checks", "Found: %1.").replace("%1", ", ".join(names))
        return result(check, Status.PASS, found, data={"devices": names})
    if check == "microphone":
        detail = translate("Checks", "No microphone was found.")
        remedy = translate(
            "Checks",
            "Connect a headset or microphone, or allow microphone use in the privacy "
            "settings. Then check again.",
        )
        uri = on(bundle.system, *MIC_PRIVACY)
    else:
        detail = translate("Checks", "No speakers or headphones were found.")
        remedy = translate(
            "Checks", "Connect headphones or speakers, or turn the sound on. Then check again."
        )
        uri = on(bundle.system, *SOUND)
    return result(check, Status.FAIL, detail, remedy, settings_uri=uri, data={"devices": []})


def microphone(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    return _audio("microphone", "audio_inputs", bundle)


def speaker(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    return _audio("speaker", "audio_outputs", bundle)
