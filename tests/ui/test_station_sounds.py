"""The bench's sounds: short, plain WAV files, and silence (not a crash) without a sound card."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

from ui.sounds import SOUNDS_DIR, QtSoundPlayer, generate_sounds, sound_for


def test_generated_sounds_are_short_16_bit_wav(tmp_path: Path) -> None:
    written = generate_sounds(tmp_path)
    assert {p.name for p in written} == {"chime.wav", "double_beep.wav", "alarm.wav"}
    for path in written:
        with wave.open(str(path)) as w:
            assert (w.getsampwidth(), w.getframerate(), w.getnchannels()) == (2, 44_100, 1)
            assert 0.1 < w.getnframes() / w.getframerate() < 0.5
        assert (SOUNDS_DIR / path.name).read_bytes() == path.read_bytes()  # the committed files are current


def test_each_colour_has_a_distinct_sound() -> None:
    assert len({sound_for("green"), sound_for("amber"), sound_for("red")}) == 3
    assert sound_for("purple") == sound_for("red")


def test_without_an_audio_device_the_player_stays_silent(qtbot: Any) -> None:
    player = QtSoundPlayer()
    player.play("chime")  # this machine has no output device: nothing happens, nothing breaks
    player.play("alarm")
