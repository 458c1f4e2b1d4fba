"""Live camera preview, so the person sees themselves before the counsellor does.

Shows either the picture or a plain-words state with an icon: no camera,
access not allowed, camera busy or broken, starting. The state is also
exposed as a value (`state`) for tests and for the page's summary.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaCaptureSession, QVideoFrame
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from hwclient.ui.widgets.icons import icon
from hwclient.ui.widgets.media import Device

log = logging.getLogger(__name__)


class CameraState(StrEnum):
    OFF = "off"
    STARTING = "starting"
    LIVE = "live"
    NO_CAMERA = "no-camera"
    DENIED = "denied"
    UNAVAILABLE = "unavailable"  # busy in another app, or broken


class CameraPreview(QWidget):
    stateChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 240)
        self.state = CameraState.OFF
        self.frames = 0  # frames seen since start(): the check engine's proof the camera works
        self.error_text = ""
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self.video = QVideoWidget()
        self.video.setAccessibleName(self.tr("Camera picture"))
        self._session.setVideoOutput(self.video)
        self.video.videoSink().videoFrameChanged.connect(self._on_frame)
        self.message_icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setObjectName("camera_message")
        message_box = QWidget()
        box = QVBoxLayout(message_box)
        box.addStretch(1)
        box.addWidget(self.message_icon)
        box.addWidget(self.message)
        box.addStretch(1)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(message_box)
        self.stack.addWidget(self.video)
        self._show_state(CameraState.OFF)

    def start(self, device: Device | None, allowed: bool = True) -> None:
        """Open `device`; without a device or permission, say so instead."""
        self.stop()
        self.frames = 0
        self.error_text = ""
        if device is None:
            self._show_state(CameraState.NO_CAMERA)
            return
        if not allowed:
            self._show_state(CameraState.DENIED)
            return
        if not isinstance(device.handle, QCameraDevice):
            # A listed device Qt cannot open (e.g. only seen by the OS probe).
            self._show_state(CameraState.UNAVAILABLE)
            return
        camera = QCamera(device.handle, self)
        camera.errorOccurred.connect(self._on_error)
        self._session.setCamera(camera)
        self._camera = camera
        self._show_state(CameraState.STARTING)
        camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._camera = None
        if self.state in (CameraState.LIVE, CameraState.STARTING):
            self._show_state(CameraState.OFF)

    def retranslate(self) -> None:
        self.video.setAccessibleName(self.tr("Camera picture"))
        self._show_state(self.state)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        self.frames += 1
        if self.state == CameraState.STARTING:
            self._show_state(CameraState.LIVE)

    def _on_error(self, error: QCamera.Error, text: str) -> None:
        log.info("camera error %s: %s", error, text)
        self.error_text = text or str(error)
        self._show_state(CameraState.UNAVAILABLE)

    def _show_state(self, state: CameraState) -> None:
        changed = state != self.state
        self.state = state
        if state == CameraState.LIVE:
            self.stack.setCurrentWidget(self.video)
        else:
            self.stack.setCurrentIndex(0)
        text = self._texts().get(state, "")
        self.message.setText(text)
        self.setAccessibleDescription(text)
        name = "camera" if state in (CameraState.OFF, CameraState.STARTING) else "camera-off"
        self.message_icon.setPixmap(icon(name).pixmap(64, 64))
        if changed:
            self.stateChanged.emit(state.value)

    def _texts(self) -> dict[CameraState, str]:
        return {
            CameraState.OFF: self.tr("The camera picture will appear here."),
            CameraState.STARTING: self.tr("Starting the camera…"),
            CameraState.LIVE: "",
            CameraState.NO_CAMERA: self.tr(
                "No camera found. Connect a webcam, or use a PC with a built-in camera, "
                "then press Check again."
            ),
            CameraState.DENIED: self.tr(
                "This app is not allowed to use the camera. Allow it in your PC's privacy "
                "settings, then press Check again."
            ),
            CameraState.UNAVAILABLE: self.tr(
                "The camera could not be started. It may be in use by another app "
                "(for example Zoom or Teams). Close that app, then press Check again."
            ),
        }
