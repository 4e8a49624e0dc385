"""Key streams as real devices and people make them: (character, timestamp) pairs, seeded.

Each profile models what reaches the PC, timestamps included (QKeyEvent.timestamp()):

- a fast USB scanner: 2-15 ms per key;
- a slow USB scanner: 30 ms per key with +/- 8 ms of USB polling jitter;
- a Bluetooth scanner: fast, but the radio now and then pauses 40-80 ms mid-code;
- a fast typist: 60-250 ms between keys (lognormal, most near 120 ms), rollover bursts
  of 2-3 keys at 35-50 ms (which may follow each other), words of typical length,
  Enter at the end of each line, a think pause between lines.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator

Key = tuple[str, float]

CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
WORD_LETTERS = "etaoinshrdlcumwfgypbvkjxqz"
WORD_WEIGHTS = [
    12.7,
    9.1,
    8.2,
    7.5,
    7.0,
    6.7,
    6.3,
    6.1,
    6.0,
    4.3,
    4.0,
    2.8,
    2.8,
    2.4,
    2.4,
    2.2,
    2.0,
    2.0,
    1.9,
    1.5,
    1.0,
    0.8,
    0.2,
    0.2,
    0.1,
    0.1,
]
# English word lengths 1..12, roughly as in running text.
WORD_LENGTHS = list(range(1, 13))
LENGTH_WEIGHTS = [3, 17, 20, 16, 11, 9, 8, 6, 4, 3, 2, 1]


def random_code(rng: random.Random) -> str:
    """A barcode's text: EAN-8 up to a long tracking number."""
    return "".join(rng.choices(CODE_ALPHABET, k=rng.randint(8, 30)))


def fast_gap(rng: random.Random) -> float:
    return rng.uniform(0.002, 0.015)


def slow_gap(rng: random.Random) -> float:
    return 0.030 + rng.uniform(-0.008, 0.008)


def bluetooth_gap(rng: random.Random) -> float:
    if rng.random() < 0.06:
        return rng.uniform(0.040, 0.080)
    return rng.uniform(0.002, 0.015)


SCANNERS: dict[str, Callable[[random.Random], float]] = {
    "fast": fast_gap,
    "slow": slow_gap,
    "bluetooth": bluetooth_gap,
}


def scan_keys(code: str, start: float, gap: Callable[[random.Random], float], rng: random.Random) -> list[Key]:
    """One scan: the code's keys then Enter, each after the scanner's gap."""
    keys = [(code[0], start)]
    now = start
    for c in code[1:] + "\r":
        now += gap(rng)
        keys.append((c, now))
    return keys


def human_gap(rng: random.Random) -> float:
    """A typist's ordinary gap: lognormal around 120 ms, kept to 60-250 ms."""
    return min(0.250, max(0.060, rng.lognormvariate(math.log(0.120), 0.35)))


def typed_line(rng: random.Random) -> str:
    words = [
        "".join(rng.choices(WORD_LETTERS, weights=WORD_WEIGHTS, k=rng.choices(WORD_LENGTHS, LENGTH_WEIGHTS)[0]))
        for _ in range(rng.randint(1, 10))
    ]
    return " ".join(words)


def typed_keys(line: str, start: float, rng: random.Random) -> list[Key]:
    """A person typing ``line`` then Enter; rollover bursts may come back to back."""
    keys = [(line[0], start)]
    now = start
    burst_left = 0
    for c in line[1:] + "\r":
        if burst_left == 0 and rng.random() < 0.15:
            burst_left = rng.choice((1, 2))  # a burst of 2 or 3 keys: 1 or 2 fast gaps
        if burst_left:
            burst_left -= 1
            now += rng.uniform(0.035, 0.050)
        else:
            now += human_gap(rng)
        keys.append((c, now))
    return keys


def scanner_stream(profile: str, scans: int, seed: int) -> Iterator[tuple[str, list[Key]]]:
    """``scans`` codes from one scanner profile, a packer's 0.3-3 s apart."""
    rng = random.Random(seed)
    gap = SCANNERS[profile]
    now = 10.0
    for _ in range(scans):
        code = random_code(rng)
        keys = scan_keys(code, now, gap, rng)
        yield code, keys
        now = keys[-1][1] + rng.uniform(0.3, 3.0)


def typist_stream(lines: int, seed: int) -> Iterator[tuple[str, list[Key]]]:
    """``lines`` typed lines, with a 0.3-2 s think pause before each."""
    rng = random.Random(seed)
    now = 10.0
    for _ in range(lines):
        line = typed_line(rng)
        keys = typed_keys(line, now, rng)
        yield line, keys
        now = keys[-1][1] + rng.uniform(0.3, 2.0)
