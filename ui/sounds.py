"""The bench's sounds: a chime for green, a double beep for amber, a harsh alarm for red.

A packer hears the verdict before looking up, so each colour has its own sound. The
WAV files are generated here (``python -m ui.sounds resources/sounds``) with nothing but
``wave`` and ``math``, and played with ``QSoundEffect``, which reads plain 16-bit PCM WAV
on every desktop without extra system packages. A PC without an audio device stays
silent: the player finds no output and never touches QtMultimedia again.
"""

from __future__ import annotations

import logging
import math
import struct
import sys
import wave
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

RATE = 44_100
SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"
# verdict colour → file name (without .wav)
SOUND_FOR_COLOUR = {"green": "chime", "amber": "double_beep", "red": "alarm"}


class SoundPlayer(Protocol):
    def play(self, name: str) -> None: ...


def sound_for(colour: str) -> str:
    """The sound a verdict of this colour makes; anything unknown is treated as red."""
    return SOUND_FOR_COLOUR.get(colour, "alarm")


# --- generating the files -------------------------------------------------------------


def _tone(
    freq: float, seconds: float, volume: float, *, harmonics: tuple[float, ...] = (), square: bool = False
) -> list[float]:
    n = int(RATE * seconds)
    attack, release = int(RATE * 0.005), int(RATE * 0.03)
    out = []
    for i in range(n):
        t = i / RATE
        if square:
            s = 1.0 if math.sin(2 * math.pi * freq * t) >= 0 else -1.0
            s = 0.6 * s + 0.4 * math.sin(2 * math.pi * freq * 0.5 * t)  # a rough low growl under it
        else:
            s = math.sin(2 * math.pi * freq * t)
            for k, h in enumerate(harmonics, start=2):
                s += h * math.sin(2 * math.pi * freq * k * t)
            s /= 1 + sum(harmonics)
        envelope = min(1.0, i / attack if attack else 1.0, (n - i) / release if release else 1.0)
        out.append(volume * envelope * s)
    return out


def _silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def _chime() -> list[float]:
    """Two rising bell-like tones (E6 → A6), soft decay: pleasant, heard hundreds of times a day."""
    first = _tone(1318.5, 0.16, 0.45, harmonics=(0.3, 0.1))
    second = _tone(1760.0, 0.26, 0.45, harmonics=(0.3, 0.1))
    decay = [s * math.exp(-3.5 * i / len(second)) for i, s in enumerate(second)]
    return first + decay


def _double_beep() -> list[float]:
    beep = _tone(880.0, 0.1, 0.5)
    return beep + _silence(0.07) + beep


def _alarm() -> list[float]:
    """Low, square and alternating: impossible to mistake for the chime."""
    return (
        _tone(220.0, 0.15, 0.7, square=True)
        + _tone(185.0, 0.15, 0.7, square=True)
        + _tone(220.0, 0.15, 0.7, square=True)
    )


SYNTHS = {"chime": _chime, "double_beep": _double_beep, "alarm": _alarm}


def write_wav(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def generate_sounds(folder: Path | str) -> list[Path]:
    """Write chime.wav, double_beep.wav and alarm.wav (16-bit PCM mono, 44.1 kHz, < 0.5 s)."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, synth in SYNTHS.items():
        path = target / f"{name}.wav"
        write_wav(path, synth())
        written.append(path)
    return written


# --- playing --------------------------------------------------------------------------


class SilentPlayer:
    """No audio device (or sound switched off): every verdict is silent, nothing breaks."""

    def play(self, name: str) -> None:
        log.debug("sound %s not played (silent)", name)


class QtSoundPlayer:
    """Plays the WAV files with ``QSoundEffect``; QtMultimedia is loaded on the first sound.

    Loading QtMultimedia probes the audio back ends (and logs about the missing ones), so
    it waits until a verdict actually wants a sound; without an output device it stays
    silent for the rest of the session.
    """

    def __init__(self, folder: Path = SOUNDS_DIR) -> None:
        self._folder = folder
        self._effects: dict[str, object] | None = None

    @property
    def available(self) -> bool:
        return bool(self._load())

    def _load(self) -> dict[str, object]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            log.info("QtMultimedia is not available: the station is silent")
            return self._effects
        if not QMediaDevices.audioOutputs():
            log.info("no audio output device: the station is silent")
            return self._effects
        for name in SYNTHS:
            path = self._folder / f"{name}.wav"
            if not path.exists():
                log.warning("sound %s is missing; run python -m ui.sounds %s", path, self._folder)
                continue
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.9)
            self._effects[name] = effect
        return self._effects

    def play(self, name: str) -> None:
        effect = self._load().get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]


if __name__ == "__main__":
    for written in generate_sounds(sys.argv[1] if len(sys.argv) > 1 else SOUNDS_DIR):
        print(written)
