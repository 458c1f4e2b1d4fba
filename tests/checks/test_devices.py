"""Camera, microphone and speakers: busy, permission denied and no picture are told apart."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from hwclient.checks.engine import evaluate_bundle
from hwclient.checks.model import Status
from hwclient.checks.probes.media import classify_camera_error
from hwclient.checks.raw import RawBundle, RawOutput

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
ONE_CAMERA = {
    "video_inputs": [{"description": "HD Pro Webcam C920", "default": True}],
    "audio_inputs": [{"description": "Headset Microphone", "default": True}],
    "audio_outputs": [{"description": "Speakers (Realtek(R) Audio)", "default": True}],
}


def bundle(system: str, devices: Any, opened: Any = None) -> RawBundle:
    outputs = {"media.devices": RawOutput("media.devices", "python", value=devices)}
    if opened is not None:
        outputs["camera.open"] = RawOutput("camera.open", "python", value=opened)
    return RawBundle(
        collected_at=NOW, platform={"system": system}, app_version="0.1.0", outputs=outputs
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Camera is in use by another application", "busy"),
        ("Device or resource busy", "busy"),
        ("Could not open camera: EBUSY", "busy"),
        ("Camera access permission denied", "permission"),
        ("The application is not authorized to use the camera", "permission"),
        ("Access is denied.", "permission"),
        ("Failed to start the camera", "other"),
    ],
)
def test_camera_error_texts(text: str, want: str) -> None:
    assert classify_camera_error(text) == want


@pytest.mark.parametrize(
    ("system", "opened", "status", "words", "uri"),
    [
        ("Windows", {"tried": True, "opened": True, "frames": 12}, Status.PASS, "works", None),
        (
            "Windows",
            {"tried": True, "opened": False, "frames": 0, "error": "busy"},
            Status.FAIL,
            "Another app",
            None,
        ),
        (
            "Windows",
            {"tried": True, "opened": False, "frames": 0, "error": "permission"},
            Status.FAIL,
            "does not allow",
            "ms-settings:privacy-webcam",
        ),
        (
            "Darwin",
            {"tried": True, "opened": False, "frames": 0, "permission": "denied"},
            Status.FAIL,
            "does not allow",
            "x-apple.systempreferences:com.apple.preference.security?Privacy_Camera",
        ),
        (
            "Linux",
            {"tried": True, "opened": True, "frames": 0},
            Status.FAIL,
            "did not send a picture",
            None,
        ),
        (
            "Linux",
            {"tried": False, "reason": "no-qt-event-loop"},
            Status.PASS,
            "HD Pro Webcam C920",
            None,
        ),
    ],
)
def test_camera_outcomes(
    system: str, opened: dict, status: Status, words: str, uri: str | None, policy
) -> None:
    result = evaluate_bundle(bundle(system, ONE_CAMERA, opened), policy, only=["camera"]).results[0]
    assert result.status == status
    assert words in result.detail
    assert result.settings_uri == uri
    if status == Status.FAIL:
        assert result.remedy


def test_no_devices_fail_each_with_a_next_step(policy) -> None:
    empty = {"video_inputs": [], "audio_inputs": [], "audio_outputs": []}
    report = evaluate_bundle(
        bundle("Windows", empty), policy, only=["camera", "microphone", "speaker"]
    )
    assert [r.status for r in report.results] == [Status.FAIL] * 3
    assert report.result("microphone").settings_uri == "ms-settings:privacy-microphone"
    assert all(r.remedy for r in report.results)


def test_devices_that_could_not_be_listed_are_unknown(policy) -> None:
    broken = RawBundle(
        collected_at=NOW,
        platform={"system": "Linux"},
        app_version="0.1.0",
        outputs={
            "media.devices": RawOutput(
                "media.devices", "python", error="error: no QCoreApplication"
            )
        },
    )
    report = evaluate_bundle(broken, policy, only=["camera", "speaker"])
    assert [r.status for r in report.results] == [Status.UNKNOWN, Status.UNKNOWN]
