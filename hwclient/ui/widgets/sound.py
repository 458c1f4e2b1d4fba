"""The "play test sound" chime, played on the chosen speakers.

QSoundEffect plays the bundled WAV (resources/sounds/test-chime.wav, made by
tools/make_test_sound.py) without blocking; `played` records that the person
has tried it, so the page can ask "did you hear it?".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioDevice, QSoundEffect

from hwclient.paths import resource
from hwclient.ui.widgets.media import Device

SOUND_FILE = ("sounds", "test-chime.wav")


class TestSound(QObject):
    finished = Signal()

    __test__ = False  # not a pytest test class, despite the name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played = False
        self.device: Device | None = None
        self._effect = QSoundEffect(self)
        self._effect.setVolume(0.8)
        self._effect.playingChanged.connect(self._playing_changed)

    def set_device(self, device: Device | None) -> None:
        self.device = device
        if device is not None and isinstance(device.handle, QAudioDevice):
            self._effect.setAudioDevice(device.handle)
            if self._effect.source().isEmpty():  # loading without any speaker only warns
                self._effect.setSource(QUrl.fromLocalFile(str(resource(*SOUND_FILE))))

    def play(self) -> None:
        self.played = True
        if self.device is not None:
            self._effect.play()
        self.finished.emit()

    def _playing_changed(self) -> None:
        if not self._effect.isPlaying():
            self.finished.emit()
