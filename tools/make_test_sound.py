"""Generate resources/sounds/test-chime.wav: the device check's "play test sound".

A soft two-note chime (440 Hz then 660 Hz, 1 s, 16-bit mono, 44.1 kHz) with
fade-in/out envelopes so it does not click. Written by this script, so the
app carries no third-party audio. Run: python tools/make_test_sound.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
NOTES = ((440.0, 0.45), (660.0, 0.55))  # (frequency Hz, seconds)
VOLUME = 0.45
FADE_S = 0.03
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "test-chime.wav"


def envelope(i: int, total: int) -> float:
    """Quick attack, exponential-ish decay: a bell rather than a beep."""
    fade = int(FADE_S * RATE)
    attack = min(1.0, i / fade) if fade else 1.0
    release = min(1.0, (total - i) / fade) if fade else 1.0
    decay = math.exp(-2.5 * i / total)
    return attack * release * decay


def note_samples(freq: float, seconds: float) -> list[int]:
    total = int(seconds * RATE)
    out = []
    for i in range(total):
        t = i / RATE
        tone = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
        out.append(int(32767 * VOLUME * envelope(i, total) * tone / 1.3))
    return out


def main() -> None:
    samples: list[int] = []
    for freq, seconds in NOTES:
        samples.extend(note_samples(freq, seconds))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    print(OUT)


if __name__ == "__main__":
    main()
