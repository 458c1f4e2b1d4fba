"""Ask the OS for camera and microphone access through Qt's permission API.

macOS (and sandboxed Linux/Windows builds) only let an app use the camera
after the person agrees; asking at the moment the preview starts, with our
own explanation on screen, makes the OS prompt understandable.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCameraPermission, QMicrophonePermission, QObject, Qt
from PySide6.QtWidgets import QApplication

Permission = QCameraPermission | QMicrophonePermission


def _permission(kind: str) -> Permission:
    return QCameraPermission() if kind == "camera" else QMicrophonePermission()


def status(kind: str) -> Qt.PermissionStatus:
    app = QApplication.instance()
    if app is None:
        return Qt.PermissionStatus.Undetermined
    return app.checkPermission(_permission(kind))


async def ensure(kind: str, context: QObject) -> bool:
    """True when `kind` ("camera" or "microphone") may be used; asks the OS if undecided."""
    current = status(kind)
    if current != Qt.PermissionStatus.Undetermined:
        return current == Qt.PermissionStatus.Granted
    app = QApplication.instance()
    assert app is not None
    future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def answered(permission: object) -> None:
        if not future.done():
            future.set_result(status(kind) == Qt.PermissionStatus.Granted)

    app.requestPermission(_permission(kind), context, answered)
    return await future
