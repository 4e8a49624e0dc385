"""Keyboard-wedge scanner decoding: tell a scanner apart from a human by key timing.

A wedge scanner pretends to be a keyboard, so its codes arrive as key presses into
whatever widget has focus. Scanners type at 1-10 ms per key and end with Enter (or Tab);
people type at 60 ms per key or slower. The decoder therefore holds every key back for
one short interval: if the next key follows fast, the two may belong to one scan; if the
line goes quiet, the held keys were a person typing and are handed back to the UI to
replay into the focused widget.

The decoder is pure: the clock is a parameter (``now`` in seconds, monotonic), and the
UI drives it with a timer (``deadline()`` / ``poll()``), so tests never sleep. The one
promise it keeps above all: every character fed comes out exactly once, inside either a
``Scanned`` or a ``Typed`` event, in the order it was fed. Terminators that end a scan,
and the configured prefix/suffix, are consumed by the ``Scanned`` event.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

__all__ = ["Scanned", "Typed", "WedgeEvent", "WedgeSettings", "WedgeDecoder"]

log = logging.getLogger(__name__)


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
    """How this bench's scanner is configured.

    ``max_interval`` is the longest gap between two keys of one scan: far above a
    scanner's 1-10 ms, well below a person's 60+ ms. A gap of exactly ``max_interval``
    already counts as quiet, so a timer firing at ``deadline()`` always flushes.
    ``min_length`` applies to the code after prefix/suffix are stripped, so a person
    pressing Enter quickly after two keys is never mistaken for a scan.
    """

    max_interval: float = 0.035
    min_length: int = 4
    terminators: frozenset[str] = frozenset({"\r", "\n", "\t"})
    prefix: str = ""
    suffix: str = ""

    def __post_init__(self) -> None:
        if not self.max_interval > 0:
            raise ValueError(f"max_interval must be positive, got {self.max_interval!r}")
        if self.min_length < 1:
            raise ValueError(f"min_length must be at least 1, got {self.min_length!r}")
        if not self.terminators or any(len(t) != 1 for t in self.terminators):
            raise ValueError("terminators must be a non-empty set of single characters")
        for name, affix in (("prefix", self.prefix), ("suffix", self.suffix)):
            if any(c in self.terminators for c in affix):
                # A terminator inside an affix would end the scan before the affix completes.
                raise ValueError(f"{name} {affix!r} must not contain a terminator")


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
        if c in self._settings.terminators:
            held = self._take()
            code = self._scan_code(held)
            if code is None:
                events.append(Typed(held + c))
            else:
                log.debug("scan of %d characters decoded", len(code))
                events.append(Scanned(code))
            return
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
        return held


def _may_start_with(held: str, prefix: str) -> bool:
    """True if ``held`` already starts with ``prefix`` or is still on its way to it."""
    return held.startswith(prefix) or prefix.startswith(held)
