"""Keyboard-wedge scanner decoding: tell a scanner apart from a human by key timing.

A wedge scanner pretends to be a keyboard, so its codes arrive as key presses into
whatever widget has focus. The decoder holds keys back while they may be the start of a
scan and judges the whole burst when its terminator (Enter/Tab) arrives:

- a burst ends without a verdict when a gap exceeds ``max_interval`` (the largest gap a
  scanner ever leaves: USB polling jitter, a Bluetooth radio pause); its keys were a
  person typing and go back to the UI;
- at the terminator the burst is a scan when its code is long enough, its *median* gap
  is at most ``key_interval`` and no more than a few gaps exceed ``key_interval``. A
  person's gaps are long and irregular (60-250 ms, rollover bursts of 2-3 keys at
  35-50 ms); a scanner's are short and regular, and only a clearly machine-fast burst
  (median under half of ``key_interval``) may carry the odd longer radio pause.

Judging the burst, not each gap, is what lets a 30 ms +/- 8 ms scanner or a Bluetooth
scanner's 60 ms pause through whole: one slow gap no longer cuts a scan in two.

The decoder is pure: times are parameters (``now`` in seconds, from the key events'
own timestamps), and the UI drives it with a timer (``deadline()`` / ``poll()``), so
tests never sleep. The one promise it keeps above all: every character fed comes out
exactly once, inside either a ``Scanned`` or a ``Typed`` event, in the order it was
fed. Terminators that end a scan, and the configured prefix/suffix, are consumed by the
``Scanned`` event.
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Scanned", "Typed", "WedgeEvent", "WedgeSettings", "WedgeDecoder", "looks_scanned"]

log = logging.getLogger(__name__)

_TYPED_RUN = 4  # slow gaps in a row that mark keys before a scan as a person's


@dataclass(frozen=True)
class Scanned:
    """A complete scan; terminator, prefix and suffix already stripped."""

    code: str


@dataclass(frozen=True)
class Typed:
    """Keys a person typed; the UI must replay them so no keystroke is swallowed."""

    text: str


WedgeEvent = Scanned | Typed


@dataclass(frozen=True)
class WedgeSettings:
    """How this bench's scanner is told apart from typing (a calibration measures it).

    ``max_interval`` is the longest gap between two keys of one scan; a gap of exactly
    ``max_interval`` already counts as quiet, so a timer firing at ``deadline()`` always
    flushes. ``key_interval`` is the scanner's usual gap: a scan's median gap must not
    exceed it. The defaults take a 30 ms/char scanner with +/- 8 ms of USB polling
    jitter and a Bluetooth scanner pausing up to 80 ms. ``min_length`` applies to the
    code after prefix/suffix are stripped, so a person pressing Enter quickly after a
    few keys is never mistaken for a scan.
    """

    max_interval: float = 0.090
    key_interval: float = 0.040
    min_length: int = 4
    terminators: frozenset[str] = frozenset({"\r", "\n", "\t"})
    prefix: str = ""
    suffix: str = ""

    def __post_init__(self) -> None:
        if not self.max_interval > 0:
            raise ValueError(f"max_interval must be positive, got {self.max_interval!r}")
        if not 0 < self.key_interval <= self.max_interval:
            raise ValueError(
                f"key_interval must be positive and at most max_interval ({self.max_interval!r}),"
                f" got {self.key_interval!r}"
            )
        if self.min_length < 1:
            raise ValueError(f"min_length must be at least 1, got {self.min_length!r}")
        if not self.terminators or any(len(t) != 1 for t in self.terminators):
            raise ValueError("terminators must be a non-empty set of single characters")
        for name, affix in (("prefix", self.prefix), ("suffix", self.suffix)):
            if any(c in self.terminators for c in affix):
                # A terminator inside an affix would end the scan before the affix completes.
                raise ValueError(f"{name} {affix!r} must not contain a terminator")


def looks_scanned(gaps: Sequence[float], settings: WedgeSettings) -> bool:
    """Whether a burst's gaps (seconds, the terminator's included) have a scanner's rhythm.

    Every gap is already below ``max_interval`` (a longer one ends the burst). Either
    every gap is within ``key_interval`` (a regular scanner, however slow), or the
    median is within half of it: machine-fast, which no person sustains, so the odd
    longer gap is a Bluetooth radio pausing. A person's rollover (two or three keys
    35-50 ms apart, then 60 ms or more) never makes a whole code's worth of keys that
    regular.
    """
    if not gaps:
        return False
    if max(gaps) <= settings.key_interval:
        return True
    return statistics.median(gaps) <= settings.key_interval / 2


def typed_lead(gaps: Sequence[float], settings: WedgeSettings) -> int:
    """How many keys at the start of a burst a person typed before the scanner took over.

    A run of ``_TYPED_RUN`` or more slow gaps at the start is a person's rhythm; a
    shorter run is left to the scan, because a Bluetooth scanner may pause right after
    its first key (and, rarely, again).
    """
    run = 0
    for gap in gaps:
        if gap <= settings.key_interval:
            break
        run += 1
    return run if run >= _TYPED_RUN else 0


class WedgeDecoder:
    """Turns timed key presses into ``Scanned`` codes and ``Typed`` text.

    While ``buffering`` is True the UI swallows keys; it must call ``poll(now)`` at
    ``deadline()`` (a single-shot precise timer) so a person's last keys are not held
    until their next key. ``poll`` called early is harmless: it returns nothing and
    ``deadline()`` still names the same moment.
    """

    def __init__(self, settings: WedgeSettings = WedgeSettings()) -> None:
        self._settings = settings
        self._buffer = ""
        self._gaps: list[float] = []  # between consecutive held keys
        self._last_key_at = 0.0

    @property
    def settings(self) -> WedgeSettings:
        return self._settings

    @property
    def buffering(self) -> bool:
        """True while keys are held back because they may be the start of a scan."""
        return bool(self._buffer)

    def deadline(self) -> float | None:
        """When the held keys turn into ``Typed`` if no further key arrives."""
        if not self._buffer:
            return None
        return self._last_key_at + self._settings.max_interval

    def feed(self, char: str, now: float) -> list[WedgeEvent]:
        """Take one key's text (may be several characters or empty) pressed at ``now``."""
        events: list[WedgeEvent] = []
        for c in char:
            self._feed_one(c, now, events)
        return events

    def poll(self, now: float) -> list[WedgeEvent]:
        """Release held keys as ``Typed`` once the line has been quiet long enough."""
        events: list[WedgeEvent] = []
        self._flush_if_quiet(now, events)
        return events

    def _feed_one(self, c: str, now: float, events: list[WedgeEvent]) -> None:
        self._flush_if_quiet(now, events)
        gap = now - self._last_key_at if self._buffer else None
        if c in self._settings.terminators:
            gaps = self._gaps + ([gap] if gap is not None else [])
            held = self._take()
            lead = min(typed_lead(gaps, self._settings), len(held))
            code = self._scan_code(held[lead:])
            if code is None or not looks_scanned(gaps[lead:], self._settings):
                events.append(Typed(held + c))
                return
            if lead:
                events.append(Typed(held[:lead]))
            log.debug("scan of %d characters decoded", len(code))
            events.append(Scanned(code))
            return
        if gap is not None:
            self._gaps.append(gap)
        self._buffer += c
        self._last_key_at = now
        self._release_what_cannot_be_a_scan(events)

    def _flush_if_quiet(self, now: float, events: list[WedgeEvent]) -> None:
        deadline = self.deadline()
        if deadline is not None and now >= deadline:
            events.append(Typed(self._take()))

    def _release_what_cannot_be_a_scan(self, events: list[WedgeEvent]) -> None:
        """With a configured prefix, keys that cannot start a scan need not wait.

        Only the leading keys are released, so a scan starting right after a fast
        keystroke (held "x", then "<prefix>...") still decodes.
        """
        prefix = self._settings.prefix
        if not prefix:
            return
        cut = 0
        while not _may_start_with(self._buffer[cut:], prefix):
            cut += 1
        if cut:
            events.append(Typed(self._buffer[:cut]))
            self._buffer = self._buffer[cut:]
            del self._gaps[:cut]  # the gaps that led into the released keys

    def _scan_code(self, held: str) -> str | None:
        """The code inside ``held`` if it qualifies as a scan, else None."""
        s = self._settings
        if len(held) < len(s.prefix) + len(s.suffix):
            return None
        if not (held.startswith(s.prefix) and held.endswith(s.suffix)):
            return None
        code = held[len(s.prefix) : len(held) - len(s.suffix)]
        return code if len(code) >= s.min_length else None

    def _take(self) -> str:
        held, self._buffer = self._buffer, ""
        self._gaps = []
        return held


def _may_start_with(held: str, prefix: str) -> bool:
    """True if ``held`` already starts with ``prefix`` or is still on its way to it."""
    return held.startswith(prefix) or prefix.startswith(held)
