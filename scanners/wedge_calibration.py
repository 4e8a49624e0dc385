"""Calibrating a bench's keyboard-wedge scanner: scan one test code three times.

Scanners differ: a cheap USB one types 30 ms per key with polling jitter, a corded
imager 2 ms, a Bluetooth one pauses now and then while its radio catches up. The
decoder's thresholds (``scanners.wedge.WedgeSettings``) are therefore measured, not
guessed: three scans of the same code give the scanner's usual gap and its longest,
and the settings are set with margin around them.

Pure: the samples are (text, gaps in seconds) collected by the UI from the key events'
own timestamps, whether or not the current settings recognised them as scans.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, replace
from enum import Enum

from scanners.wedge import WedgeSettings

__all__ = ["SAMPLES", "CalibrationProblem", "Calibration", "ScanSample", "calibrate"]

SAMPLES = 3  # scans of the test code a calibration needs
_MIN_CODE = 4  # shorter test codes give too few gaps to measure
_FLOOR = 0.010  # no usual gap below 10 ms: event timestamps are whole milliseconds
_KEY_CEILING = 0.150
_MAX_CEILING = 0.500
# A scanner whose usual gap is above the default reaches into a typist's rollover
# (35-50 ms): codes must then be longer before a burst counts as a scan.
_SLOW_MIN_LENGTH = 6


class CalibrationProblem(Enum):
    """Why a calibration could not set the thresholds (the UI words it)."""

    TOO_FEW_SCANS = "too_few_scans"
    CODES_DIFFER = "codes_differ"
    CODE_TOO_SHORT = "code_too_short"
    TOO_SLOW = "too_slow"  # typing speed: no timing can tell it from a person


@dataclass(frozen=True)
class ScanSample:
    """One scan of the test code: its text and the gaps before each key after the first."""

    text: str
    gaps: tuple[float, ...]


@dataclass(frozen=True)
class Calibration:
    """The outcome: new settings, or the problem; the figures measured either way."""

    settings: WedgeSettings | None
    problem: CalibrationProblem | None
    median_gap: float = 0.0
    largest_gap: float = 0.0
    slow_scanner: bool = False  # its rhythm overlaps a typist's rollover: longer min length


def calibrate(samples: list[ScanSample], current: WedgeSettings) -> Calibration:
    """Thresholds with margin around what the scanner did in ``samples``.

    The usual gap is taken from the regular gaps only (those within twice the median),
    so a Bluetooth pause does not make every gap look allowed; pauses set the largest
    gap. Neither threshold goes below what the defaults accept for the largest gap: a
    radio pause that did not happen during three scans will happen later.
    """
    if len(samples) < SAMPLES:
        return Calibration(None, CalibrationProblem.TOO_FEW_SCANS)
    if len({s.text for s in samples}) != 1:
        return Calibration(None, CalibrationProblem.CODES_DIFFER)
    if len(samples[0].text) < _MIN_CODE:
        return Calibration(None, CalibrationProblem.CODE_TOO_SHORT)
    gaps = [g for s in samples for g in s.gaps]
    median = statistics.median(gaps)
    largest = max(gaps)
    regular = [g for g in gaps if g <= 2 * median]
    default = WedgeSettings()
    # Above the largest regular gap seen; for a fast scanner also wide enough that the
    # decoder's "machine-fast" branch (median within half of it) holds with room.
    key_interval = max(max(regular) * 1.1 + 0.002, min(4 * median, default.key_interval), _FLOOR)
    if key_interval > _KEY_CEILING:
        return Calibration(None, CalibrationProblem.TOO_SLOW, median, largest)
    max_interval = min(max(default.max_interval, largest * 1.25, 2 * key_interval), _MAX_CEILING)
    slow = key_interval > default.key_interval
    min_length = current.min_length
    if slow:
        min_length = max(min_length, min(_SLOW_MIN_LENGTH, len(samples[0].text)))
    settings = replace(
        current, max_interval=_whole_ms(max_interval), key_interval=_whole_ms(key_interval), min_length=min_length
    )
    return Calibration(settings, None, median, largest, slow)


def _whole_ms(seconds: float) -> float:
    """Up to the next whole millisecond: what timestamps resolve and settings store."""
    return math.ceil(round(seconds * 1000, 6)) / 1000
