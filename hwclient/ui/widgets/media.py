"""Which cameras, microphones and speakers this PC has, behind one small interface.

The device-check page asks a `DeviceLister`; the real one reads
QMediaDevices, tests hand in fixed lists (none, one, busy...), because Qt's
own fake media backend is C++-only and CI machines have no devices.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtMultimedia import QAudioDevice, QCameraDevice, QMediaDevices


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    is_default: bool = False
    handle: QCameraDevice | QAudioDevice | None = None  # the Qt device, when real


class DeviceLister(Protocol):
    def cameras(self) -> list[Device]: ...
    def microphones(self) -> list[Device]: ...
    def speakers(self) -> list[Device]: ...


def _id(raw: object) -> str:
    data = bytes(raw.data()) if hasattr(raw, "data") else bytes(raw)  # QByteArray
    return data.decode("utf-8", "replace")


class QtDevices:
    """The real lister: whatever Qt Multimedia sees right now."""

    def cameras(self) -> list[Device]:
        default = QMediaDevices.defaultVideoInput()
        return [
            Device(_id(d.id()), d.description(), d == default, d)
            for d in QMediaDevices.videoInputs()
        ]

    def microphones(self) -> list[Device]:
        default = QMediaDevices.defaultAudioInput()
        return [
            Device(_id(d.id()), d.description(), d == default, d)
            for d in QMediaDevices.audioInputs()
        ]

    def speakers(self) -> list[Device]:
        default = QMediaDevices.defaultAudioOutput()
        return [
            Device(_id(d.id()), d.description(), d == default, d)
            for d in QMediaDevices.audioOutputs()
        ]


@dataclass
class FixedDevices:
    """A lister with given devices: tests, and the diagnostics-bundle viewer."""

    camera_list: list[Device]
    microphone_list: list[Device]
    speaker_list: list[Device]

    def cameras(self) -> list[Device]:
        return list(self.camera_list)

    def microphones(self) -> list[Device]:
        return list(self.microphone_list)

    def speakers(self) -> list[Device]:
        return list(self.speaker_list)


def preferred(devices: list[Device]) -> Device | None:
    """The OS default device, else the first one."""
    return next((d for d in devices if d.is_default), devices[0] if devices else None)
