"""Fit untrusted text into fixed label areas without measuring real glyphs.

A Zebra printer overprints the last line of a field block when text does not
fit, which makes an address unreadable. So text is wrapped and truncated here,
before it reaches the printer, using a slightly generous per-character width
estimate for the scalable font 0 (CG Triumvirate Bold Condensed).
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["ELLIPSIS", "clean_text", "fit_lines", "text_width", "wrap"]

ELLIPSIS = "..."  # font 0 has no glyph for U+2026

_NARROW = frozenset("iljIft.,:;'!|()[]{} `\"r")
_WIDE = frozenset("WMmw@%")
_SAFETY = 1.05  # overestimate a little: wrapping early is harmless, overflow is not


@functools.lru_cache(maxsize=8192)
def _char_em(ch: str) -> float:
    """Estimated advance of one character, in multiples of the font height."""
    if unicodedata.combining(ch):
        return 0.0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    if ch in _NARROW:
        return 0.3
    if ch in _WIDE:
        return 0.85
    if ch.isupper() or ch.isdigit():
        return 0.6 if ch.isupper() else 0.5
    return 0.48


def text_width(text: str, height: int) -> float:
    """Estimated printed width in dots of `text` in font 0 at `height` dots."""
    return sum(_char_em(ch) for ch in text) * height * _SAFETY


def clean_text(text: str) -> str:
    """Turn control characters and whitespace runs into single spaces.

    Control bytes in an address are data-entry noise (or an attack); printed
    they move the print head or are dropped by the firmware, never useful.
    """
    if text.isprintable():
        return " ".join(text.split())
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in text).split())


def _cut(text: str, width: float, height: int) -> int:
    """Number of leading characters of `text` that fit in `width`."""
    used = 0.0
    unit = height * _SAFETY
    for i, ch in enumerate(text):
        used += _char_em(ch) * unit
        if used > width:
            return i
    return len(text)


def _with_ellipsis(line: str, width: float, height: int) -> str:
    room = width - text_width(ELLIPSIS, height)
    return line[: _cut(line, room, height)].rstrip() + ELLIPSIS


def wrap(text: str, *, width: float, height: int, max_lines: int) -> list[str]:
    """Word-wrap `text` into at most `max_lines` lines; mark cut text with '...'."""
    text = clean_text(text)
    if not text or max_lines < 1:
        return []
    if text_width(text, height) <= width:
        return [text]
    lines: list[str] = []
    rest = text
    while rest:
        if len(lines) == max_lines - 1:
            if text_width(rest, height) <= width:
                lines.append(rest)
            else:
                lines.append(_with_ellipsis(rest, width, height))
            break
        n = _cut(rest, width, height)
        if n >= len(rest):
            lines.append(rest)
            break
        space = rest.rfind(" ", 0, n + 1)
        if space > 0:
            n = space
        n = max(n, 1)  # a line always makes progress, even in a tiny box
        lines.append(rest[:n].rstrip())
        rest = rest[n:].lstrip()
    return lines


def fit_lines(logical: list[str], *, width: float, height: int, max_lines: int, per_line: int = 2) -> list[str]:
    """Wrap several logical lines into one block of at most `max_lines` lines.

    Every logical line keeps at least one printed line (the caller merges or
    drops optional ones first), and none takes more than `per_line`, so a long
    street name cannot push the postcode or country off the label.
    """
    parts = [p for p in (clean_text(t) for t in logical) if p]
    out: list[str] = []
    for i, part in enumerate(parts):
        after = len(parts) - i - 1
        allowed = min(per_line, max_lines - len(out) - after)
        if allowed < 1:
            break
        out.extend(wrap(part, width=width, height=height, max_lines=allowed))
    return out
