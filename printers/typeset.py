"""Text measured with the bundled font, so every renderer breaks lines alike.

The label font is the Noto Sans CJK subset in resources/fonts (Latin, Greek,
Cyrillic, CJK, kana, Hangul), shipped with the app so a Chinese address prints
on a PC without any CJK font. Widths are summed per character from the font's
own advances (no kerning), which is exactly what the raster renderer draws and
fast enough for a thousand labels a second.
"""

from __future__ import annotations

import functools
import pathlib
import unicodedata
from dataclasses import dataclass

from printers.textfit import clean_text

__all__ = ["FONT_PATH", "TextBlock", "font", "layout_text", "line_pitch", "measure"]

FONT_PATH = pathlib.Path(__file__).resolve().parent.parent / "resources" / "fonts" / "NotoSansCJKsc-Subset.otf"
ELLIPSIS = "..."
_REF = 1000  # reference em size for cached advances
PITCH = 1.2  # line pitch in ems
ASCENT = 0.92  # baseline below the top of a line, in ems


@functools.lru_cache(maxsize=64)
def font(size_px: int):  # type: ignore[no-untyped-def]
    """The label font at `size_px` dots per em (basic layout: no kerning)."""
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT_PATH), size_px, layout_engine=ImageFont.Layout.BASIC)


@functools.lru_cache(maxsize=16384)
def _advance(ch: str) -> float:
    """Advance of one character in ems (combining marks take no room)."""
    if unicodedata.combining(ch):
        return 0.0
    return font(_REF).getlength(ch) / _REF


def measure(text: str, size_px: int, bold: bool = False) -> float:
    """Width in dots of `text` drawn at `size_px` (bold adds its stroke)."""
    width = sum(_advance(ch) for ch in text) * size_px
    return width + (2 * stroke(size_px) if bold and text else 0)


def stroke(size_px: int) -> int:
    """Stroke width that makes the regular face look bold."""
    return max(1, round(size_px / 28))


def line_pitch(size_px: int) -> int:
    return max(1, round(size_px * PITCH))


@dataclass(frozen=True)
class TextBlock:
    size_px: int
    lines: tuple[str, ...]

    @property
    def pitch(self) -> int:
        return line_pitch(self.size_px)


def _cut(text: str, width: float, size_px: int, bold: bool) -> int:
    used = 2 * stroke(size_px) if bold else 0
    for i, ch in enumerate(text):
        used += _advance(ch) * size_px
        if used > width:
            return i
    return len(text)


def _wrap(text: str, width: float, size_px: int, bold: bool, max_lines: int) -> tuple[list[str], bool]:
    """Lines of `text` and whether it all fitted (False: last line cut with '...')."""
    lines: list[str] = []
    rest = text
    while rest:
        n = _cut(rest, width, size_px, bold)
        if n >= len(rest):
            lines.append(rest)
            return lines, True
        if len(lines) == max_lines - 1:
            room = width - measure(ELLIPSIS, size_px)
            lines.append(rest[: _cut(rest, room, size_px, bold)].rstrip() + ELLIPSIS)
            return lines, False
        space = rest.rfind(" ", 0, n + 1)
        if space > 0:
            n = space  # no space: break mid-word (CJK has none) rather than overflow
        n = max(n, 1)
        lines.append(rest[:n].rstrip())
        rest = rest[n:].lstrip()
    return lines, True


def layout_text(
    text: str, *, width: int, height: int, size_px: int, min_px: int, max_lines: int, shrink: bool, bold: bool
) -> TextBlock:
    """Fit untrusted `text` into a box of `width` x `height` dots.

    A newline starts a new paragraph (templates use them; data never carries
    them, `bind` cleans it). Control characters and whitespace runs become
    single spaces (printed they would move the head or vanish). With `shrink` the size steps down until the
    text fits; whatever still does not fit is cut with '...', never overflows.
    """
    paragraphs = [p for p in (clean_text(part) for part in text.split("\n")) if p]
    if not paragraphs or width <= 0:
        return TextBlock(size_px, ())
    size = size_px
    while True:
        allowed = max(1, min(max_lines, height // line_pitch(size)))
        lines: list[str] = []
        fits = True
        for para in paragraphs:
            room = allowed - len(lines)
            if room < 1:
                fits = False
                if not lines[-1].endswith(ELLIPSIS):
                    last = lines[-1]
                    cut = _cut(last, width - measure(ELLIPSIS, size), size, bold)
                    lines[-1] = last[:cut].rstrip() + ELLIPSIS
                break
            part, ok = _wrap(para, width, size, bold, room)
            lines.extend(part)
            fits = fits and ok
        if fits or not shrink or size <= min_px:
            return TextBlock(size, tuple(lines))
        size = max(min_px, min(size - 1, int(size * 0.92)))
