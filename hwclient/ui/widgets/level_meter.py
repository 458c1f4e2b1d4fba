"""Microphone level: a bar that moves when the person speaks, plus the words for it.

`MicrophoneMonitor` reads raw 16-bit samples from the chosen input with
QAudioSource (no recording is kept: each block is reduced to its peak and
dropped). `LevelMeter` draws the level as a bar with tick marks and a text
percentage, and remembers whether any voice-level sound was heard, which
the page reports in words ("We can hear you").
"""

from __future__ import annotations

import logging
from array import array

from PySide6.QtCore import QIODevice, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtMultimedia import QAudio, QAudioDevice, QAudioFormat, QAudioSource
from PySide6.QtWidgets import QSizePolicy, QWidget

from hwclient.ui.widgets.media import Device

log = logging.getLogger(__name__)

HEARD_THRESHOLD = 0.12  # a normal speaking voice near a laptop microphone
FULL_SCALE = 32768.0


def peak_level(pcm: bytes) -> float:
    """Peak of little-endian signed 16-bit samples, 0.0 … 1.0."""
    usable = len(pcm) - len(pcm) % 2
    if usable <= 0:
        return 0.0
    samples = array("h")
    samples.frombytes(pcm[:usable])
    peak = max(max(samples), -min(samples))
    return min(1.0, peak / FULL_SCALE)


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


class LevelMeter(QWidget):
    """A horizontal bar with ten ticks; the level is also the accessible value."""

    heard = Signal()  # first time the level passed the speaking threshold

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self.was_heard = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(240, max(24, self.fontMetrics().height() + 8))

    def reset(self) -> None:
        self.level = 0.0
        self.was_heard = False
        self.update()

    def set_level(self, level: float) -> None:
        # Fast attack, slow release: speech looks steady instead of flickering.
        level = max(0.0, min(1.0, level))
        self.level = level if level > self.level else self.level * 0.8 + level * 0.2
        self.setAccessibleDescription(f"{round(self.level * 100)} %")
        if level >= HEARD_THRESHOLD and not self.was_heard:
            self.was_heard = True
            self.heard.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        filled = QRectF(rect.x(), rect.y(), rect.width() * self.level, rect.height())
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        for tick in range(1, 10):
            x = rect.x() + rect.width() * tick / 10
            painter.drawLine(int(x), int(rect.bottom() - 5), int(x), int(rect.bottom()))
        painter.end()
