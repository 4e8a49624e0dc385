"""Every scanner, every time: real scanners' rhythms decode whole; a typist's lines never scan.

Streams come from ``wedge_streams`` (seeded): a fast USB scanner, a slow one with USB
polling jitter, a Bluetooth one with radio pauses, and a fast typist with rollover.
"""

from __future__ import annotations

import random

import pytest

from scanners.wedge import Scanned, Typed, WedgeDecoder, WedgeEvent, WedgeSettings, looks_scanned
from scanners.wedge_calibration import CalibrationProblem, ScanSample, calibrate
from tests.unit.wedge_streams import SCANNERS, Key, scan_keys, scanner_stream, typist_stream


def decode(decoder: WedgeDecoder, keys: list[Key]) -> list[WedgeEvent]:
    """Feed timed keys, then let the line go quiet (the UI's timer)."""
    events: list[WedgeEvent] = []
    for char, at in keys:
        events += decoder.feed(char, at)
    return events + decoder.poll(keys[-1][1] + 10.0)


def broken_scans(profile: str, settings: WedgeSettings, scans: int = 2000, seed: int = 1) -> int:
    decoder = WedgeDecoder(settings)
    return sum(decode(decoder, keys) != [Scanned(code)] for code, keys in scanner_stream(profile, scans, seed))


def typed_lines_taken_for_scans(settings: WedgeSettings, lines: int, seed: int) -> int:
    decoder = WedgeDecoder(settings)
    taken = 0
    for line, keys in typist_stream(lines, seed):
        events = decode(decoder, keys)
        if any(isinstance(e, Scanned) for e in events):
            taken += 1
        else:
            assert "".join(e.text for e in events if isinstance(e, Typed)) == line + "\r"
    return taken


@pytest.mark.parametrize("profile", sorted(SCANNERS))
def test_2000_scans_of_each_scanner_all_decode_whole_with_the_defaults(profile: str) -> None:
    assert broken_scans(profile, WedgeSettings()) == 0


def test_a_typist_is_taken_for_a_scanner_at_most_once_in_10000_lines() -> None:
    assert typed_lines_taken_for_scans(WedgeSettings(), 10_000, seed=2) <= 1


def test_the_old_per_gap_rule_truncated_slow_and_bluetooth_scans() -> None:
    """Why #14 happened: one gap above 35 ms cut the scan; the whole burst decides now."""
    old = WedgeSettings(max_interval=0.035, key_interval=0.035)
    assert broken_scans("slow", old, 200) > 50
    assert broken_scans("bluetooth", old, 200) > 50


def test_one_bluetooth_pause_does_not_split_a_scan() -> None:
    decoder = WedgeDecoder()
    keys = [(c, 1.0 + i * 0.005) for i, c in enumerate("JJD00999")]
    keys += [(c, keys[-1][1] + 0.060 + i * 0.005) for i, c in enumerate("99999\r")]
    assert decode(decoder, keys) == [Scanned("JJD0099999999")]


def test_a_typists_rollover_then_enter_is_typing() -> None:
    decoder = WedgeDecoder()
    gaps = [0.045, 0.040, 0.070, 0.042]  # "the" rolled over, a normal key, Enter rolled
    keys = [("w", 1.0)]
    for c, gap in zip("ord\r", gaps, strict=False):
        keys.append((c, keys[-1][1] + gap))
    assert decode(decoder, keys) == [Typed("word\r")]


def test_the_rule_judges_the_burst_not_each_gap() -> None:
    s = WedgeSettings()
    assert looks_scanned([0.038, 0.022, 0.030, 0.035], s)  # slow but regular
    assert looks_scanned([0.005, 0.080, 0.004, 0.006, 0.070], s)  # fast with radio pauses
    assert not looks_scanned([0.045, 0.041, 0.070, 0.042], s)  # rollover
    assert not looks_scanned([], s)


# --- calibration ------------------------------------------------------------------


def samples(profile: str, seed: int, code: str = "RF770947603CN") -> list[ScanSample]:
    rng = random.Random(seed)
    out = []
    for _ in range(3):
        keys = scan_keys(code, 1.0, SCANNERS[profile], rng)
        out.append(ScanSample(code, tuple(b[1] - a[1] for a, b in zip(keys, keys[1:], strict=False))))
    return out


@pytest.mark.parametrize("profile", sorted(SCANNERS))
def test_calibrated_settings_decode_2000_scans_of_that_scanner(profile: str) -> None:
    for seed in range(5):
        result = calibrate(samples(profile, seed), WedgeSettings())
        assert result.problem is None and result.settings is not None
        assert broken_scans(profile, result.settings, 2000, seed=seed + 10) == 0, (seed, result)


def test_calibrating_a_fast_scanner_keeps_typing_out() -> None:
    result = calibrate(samples("fast", 3), WedgeSettings())
    assert result.settings is not None and not result.slow_scanner
    assert result.settings.key_interval <= WedgeSettings().key_interval
    assert typed_lines_taken_for_scans(result.settings, 10_000, seed=4) == 0


def test_calibrating_a_slow_scanner_asks_for_longer_codes() -> None:
    rng = random.Random(5)
    code = "P00000042"
    sluggish = [ScanSample(code, tuple(0.040 + rng.uniform(-0.005, 0.005) for _ in code)) for _ in range(3)]
    result = calibrate(sluggish, WedgeSettings(min_length=4))
    assert result.settings is not None and result.slow_scanner
    assert result.settings.min_length == 6
    assert result.settings.key_interval > 0.045
    assert typed_lines_taken_for_scans(result.settings, 2000, seed=6) <= 1


def test_calibration_refuses_what_it_cannot_measure() -> None:
    good = samples("fast", 1)
    assert calibrate(good[:2], WedgeSettings()).problem is CalibrationProblem.TOO_FEW_SCANS
    other = ScanSample("P00000042", good[2].gaps)
    assert calibrate(good[:2] + [other], WedgeSettings()).problem is CalibrationProblem.CODES_DIFFER
    short = [ScanSample("AB1", (0.005, 0.005, 0.005))] * 3
    assert calibrate(short, WedgeSettings()).problem is CalibrationProblem.CODE_TOO_SHORT
    typing = [ScanSample("hello", (0.15, 0.12, 0.2, 0.18, 0.13))] * 3
    assert calibrate(typing, WedgeSettings()).problem is CalibrationProblem.TOO_SLOW


def test_calibration_keeps_prefix_suffix_and_terminators() -> None:
    current = WedgeSettings(prefix="]", suffix="~", min_length=8)
    result = calibrate(samples("bluetooth", 2), current)
    assert result.settings is not None
    assert (result.settings.prefix, result.settings.suffix, result.settings.min_length) == ("]", "~", 8)
    assert result.settings.max_interval >= WedgeSettings().max_interval
