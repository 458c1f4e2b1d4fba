"""Camera, microphone and speaker probes through QtMultimedia (QtCore level, no widgets).

Listing devices needs only a QCoreApplication. Opening the camera needs a
running Qt event loop (qasync), because frames arrive as Qt signals; without
one the probe says so and the rule reports the devices only.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from hwclient.checks.raw import RawOutput

FRAME_WAIT_S = 4.0
_BUSY_WORDS = ("busy", "in use", "being used", "ebusy", "used by another")
_PERMISSION_WORDS = ("permission", "denied", "not authorized", "access is denied", "authoriz")

MediaLister = Callable[[], dict[str, Any]]


def _device(dev: Any, default_id: bytes) -> dict[str, Any]:
    return {"description": dev.description(), "default": bytes(dev.id()) == default_id}


def qt_media_devices() -> dict[str, Any]:
    """What QMediaDevices lists; raises RuntimeError without a QCoreApplication."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QMediaDevices

    if QCoreApplication.instance() is None:
        raise RuntimeError("no QCoreApplication")
    video = bytes(QMediaDevices.defaultVideoInput().id())
    mic = bytes(QMediaDevices.defaultAudioInput().id())
    out = bytes(QMediaDevices.defaultAudioOutput().id())
    return {
        "video_inputs": [_device(d, video) for d in QMediaDevices.videoInputs()],
        "audio_inputs": [_device(d, mic) for d in QMediaDevices.audioInputs()],
        "audio_outputs": [_device(d, out) for d in QMediaDevices.audioOutputs()],
    }


async def list_devices(lister: MediaLister | None = None) -> RawOutput:
    """Runs on the loop thread: Qt multimedia objects belong to the main thread."""
    start = time.perf_counter()
    try:
        value = (lister or qt_media_devices)()
    except Exception as exc:  # no Qt, no backend: the rules say "could not check"
        return RawOutput("media.devices", "python", error=f"error: {type(exc).__name__}: {exc}")
    return RawOutput("media.devices", "python", value=value, duration_s=time.perf_counter() - start)


def classify_camera_error(text: str) -> str:
    """busy | permission | other, from a QCamera error string (wording differs per OS)."""
    lowered = text.lower()
    if any(w in lowered for w in _BUSY_WORDS):
        return "busy"
    if any(w in lowered for w in _PERMISSION_WORDS):
        return "permission"
    return "other"


def _qt_loop_running() -> bool:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False
    return type(loop).__module__.split(".")[0] == "qasync"


def _permission() -> str:
    from PySide6.QtCore import QCameraPermission, QCoreApplication, Qt

    app = QCoreApplication.instance()
    if app is None:
        return "n/a"
    status = app.checkPermission(QCameraPermission())
    return {
        Qt.PermissionStatus.Granted: "granted",
        Qt.PermissionStatus.Denied: "denied",
        Qt.PermissionStatus.Undetermined: "undetermined",
    }.get(status, "n/a")


async def open_default_camera(wait_s: float = FRAME_WAIT_S) -> RawOutput:
    """Start the default camera and count frames for up to `wait_s` seconds."""
    start = time.perf_counter()
    if not _qt_loop_running():
        value = {"tried": False, "reason": "no-qt-event-loop"}
        return RawOutput("camera.open", "python", value=value)
    from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

    if QMediaDevices.defaultVideoInput().isNull():
        return RawOutput("camera.open", "python", value={"tried": False, "reason": "no-camera"})
    permission = _permission()
    if permission == "denied":
        value = {
            "tried": True,
            "opened": False,
            "frames": 0,
            "error": "permission",
            "permission": permission,
        }
        return RawOutput(
            "camera.open", "python", value=value, duration_s=time.perf_counter() - start
        )
    value = await _count_frames(wait_s, QCamera, QMediaCaptureSession, QVideoSink)
    value["permission"] = permission
    return RawOutput("camera.open", "python", value=value, duration_s=time.perf_counter() - start)


async def _count_frames(
    wait_s: float, camera_cls: Any, session_cls: Any, sink_cls: Any
) -> dict[str, Any]:
    camera, session, sink = camera_cls(), session_cls(), sink_cls()
    session.setCamera(camera)
    session.setVideoSink(sink)
    frames = 0
    done: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()

    def on_frame(_frame: Any) -> None:
        nonlocal frames
        frames += 1
        if frames >= 3 and not done.done():
            done.set_result(None)

    def on_error(_error: Any, text: str) -> None:
        if not done.done():
            done.set_result(text or "error")

    sink.videoFrameChanged.connect(on_frame)
    camera.errorOccurred.connect(on_error)
    camera.start()
    try:
        error_text = await asyncio.wait_for(done, wait_s)
    except TimeoutError:
        error_text = None
    finally:
        camera.stop()
    error = classify_camera_error(error_text) if error_text else None
    return {
        "tried": True,
        "opened": camera.isActive() or frames > 0,
        "frames": frames,
        "error": error,
        "error_text": (error_text or "")[:200],
    }
