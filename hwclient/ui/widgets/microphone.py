"""Streams the level of one microphone, for the device check's level bar.

Reads raw 16-bit samples from the chosen input with QAudioSource; no
recording is kept: each block is reduced to its peak and dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudio, QAudioDevice, QAudioFormat, QAudioSource

from hwclient.ui.widgets.level_meter import peak_level
from hwclient.ui.widgets.media import Device

log = logging.getLogger(__name__)


class MicrophoneMonitor(QObject):
    """Streams the level of one microphone; `levelChanged(0..1)` per block."""

    levelChanged = Signal(float)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None

    @property
    def running(self) -> bool:
        return self._source is not None

    def start(self, device: Device) -> bool:
        self.stop()
        if not isinstance(device.handle, QAudioDevice):
            return False
        fmt = QAudioFormat()
        fmt.setSampleRate(16_000)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.handle.isFormatSupported(fmt):
            fmt = device.handle.preferredFormat()
            fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        source = QAudioSource(device.handle, fmt, self)
        source.stateChanged.connect(self._on_state)
        self._io = source.start()
        if self._io is None:
            self.failed.emit("start")
            source.deleteLater()
            return False
        self._io.readyRead.connect(self._read)
        self._source = source
        return True

    def stop(self) -> None:
        if self._source is not None:
            self._source.stop()
            self._source.deleteLater()
        self._source = None
        self._io = None

    def _read(self) -> None:
        if self._io is not None:
            self.levelChanged.emit(peak_level(bytes(self._io.readAll().data())))

    def _on_state(self, state: QAudio.State) -> None:
        if self._source is not None and self._source.error() != QAudio.Error.NoError:
            log.info("microphone error: %s", self._source.error())
            self.failed.emit(str(self._source.error()))
