"""Text measured with the bundled fonts, so every renderer breaks lines alike.

The label fonts live in resources/fonts and ship with the app, so a Polish,
Greek or Chinese address prints on a PC without any of those fonts. Each
character is set in the first bundled font that has it (`FONT_PATHS`, in
order): DejaVu Sans for Latin (with Latin Extended: Polish Ł, Czech ř,
Turkish ş ...), Greek, Cyrillic and punctuation, then Noto Sans CJK for
Chinese, Japanese and Korean. A character neither has falls to the last
font (its .notdef), as it always did. Widths are summed per character from
each font's own advances (no kerning), which is exactly what the raster
renderer draws: it draws a line as runs of one font each (`runs`), each run
starting where the summed widths put it. Font objects, each character's font
and advance, and each line's runs are cached, so the fallback costs nothing
per label.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import pathlib
import struct
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from printers.textfit import clean_text

if TYPE_CHECKING:
    from PIL import ImageFont

__all__ = [
    "CJK_FONT_PATH",
    "FONT_PATH",
    "FONT_PATHS",
    "LATIN_FONT_PATH",
    "TextBlock",
    "clear_caches",
    "complete_layout",
    "derived_cache",
    "face_of",
    "font",
    "layout_text",
    "line_pitch",
    "measure",
    "runs",
]

FONT_DIR = pathlib.Path(__file__).resolve().parent.parent / "resources" / "fonts"
LATIN_FONT_PATH = FONT_DIR / "DejaVuSans-Subset.ttf"  # tools/subset_font.py --font latin
CJK_FONT_PATH = FONT_DIR / "NotoSansCJKsc-Subset.otf"  # tools/subset_font.py --font cjk
FONT_PATH = CJK_FONT_PATH  # the last resort: characters no font has are its .notdef
FONT_PATHS = (LATIN_FONT_PATH, CJK_FONT_PATH)  # tried in this order for each character
ELLIPSIS = "..."
_REF = 1000  # reference em size for cached advances
PITCH = 1.2  # line pitch in ems
ASCENT = 0.92  # baseline below the top of a line, in ems


_DERIVED: list[Callable[[], None]] = []  # cache_clear of the caches built on these fonts


def derived_cache(clear: Callable[[], None]) -> None:
    """Register the `cache_clear` of a cache whose values depend on the fonts (glyphs, lines)."""
    _DERIVED.append(clear)


def clear_caches() -> None:
    """Forget every font, measurement and drawing worked out so far (the fonts changed)."""
    for cached in (font, _coverage, face_of, _advance, runs, _advances, _wrap, layout_text):
        cached.cache_clear()
    _ADVANCES.clear()
    _CLEANED.clear()
    for clear in _DERIVED:
        clear()


@functools.lru_cache(maxsize=128)
def font(size_px: int, face: int = 0) -> ImageFont.FreeTypeFont:
    """Bundled font number `face` (of `FONT_PATHS`) at `size_px` dots per em (no kerning)."""
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT_PATHS[face]), size_px, layout_engine=ImageFont.Layout.BASIC)


def _cmap_codepoints(data: bytes) -> frozenset[int]:
    """Code points the font file `data` maps to a real glyph (cmap format 12 or 4)."""
    (num_tables,) = struct.unpack_from(">H", data, 4)
    for i in range(num_tables):
        tag, _, table, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"cmap":
            break
    else:
        raise ValueError("font has no cmap table")
    (count,) = struct.unpack_from(">H", data, table + 2)
    subtables: dict[int, int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, table + 4 + 8 * i)
        if (platform, encoding) in ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3)):
            sub = table + offset
            subtables.setdefault(struct.unpack_from(">H", data, sub)[0], sub)
    out: set[int] = set()
    if 12 in subtables:
        sub = subtables[12]
        (groups,) = struct.unpack_from(">I", data, sub + 12)
        for g in range(groups):
            start, end, glyph = struct.unpack_from(">III", data, sub + 16 + 12 * g)
            out.update(range(start + (glyph == 0), end + 1))
        return frozenset(out)
    if 4 not in subtables:
        raise ValueError("font has no Unicode cmap (format 4 or 12)")
    sub = subtables[4]
    (seg2,) = struct.unpack_from(">H", data, sub + 6)
    n = seg2 // 2
    ends = struct.unpack_from(f">{n}H", data, sub + 14)
    starts = struct.unpack_from(f">{n}H", data, sub + 16 + seg2)
    deltas = struct.unpack_from(f">{n}h", data, sub + 16 + 2 * seg2)
    range_at = sub + 16 + 3 * seg2
    ranges = struct.unpack_from(f">{n}H", data, range_at)
    for k in range(n):
        start, end, delta, ro = starts[k], ends[k], deltas[k], ranges[k]
        for c in range(start, min(end, 0xFFFE) + 1):
            if ro == 0:
                glyph = (c + delta) & 0xFFFF
            else:
                (glyph,) = struct.unpack_from(">H", data, range_at + 2 * k + ro + 2 * (c - start))
                glyph = glyph and (glyph + delta) & 0xFFFF
            if glyph:
                out.add(c)
    return frozenset(out)


@functools.cache
def _coverage(face: int) -> frozenset[int]:
    return _cmap_codepoints(FONT_PATHS[face].read_bytes())


@functools.lru_cache(maxsize=16384)
def face_of(ch: str) -> int:
    """Index in `FONT_PATHS` of the font `ch` is drawn in: the first that has it, else the last."""
    cp = ord(ch)
    last = len(FONT_PATHS) - 1
    for face in range(last):
        if cp in _coverage(face):
            return face
    return last


@functools.lru_cache(maxsize=16384)
def _advance(ch: str) -> float:
    """Advance of one character in ems (combining marks take no room)."""
    if unicodedata.combining(ch):
        return 0.0
    return font(_REF, face_of(ch)).getlength(ch) / _REF


@functools.lru_cache(maxsize=8192)
def runs(line: str) -> tuple[tuple[int, float, str], ...]:
    """`line` as (font index, offset from the line start in ems, text) runs of one font each.

    A combining mark stays in its base letter's run when that font has it, so
    an accent is drawn by the font that drew its letter.
    """
    out: list[tuple[int, float, str]] = []
    start, offset, face = 0, 0.0, -1
    at = 0.0
    for i, ch in enumerate(line):
        f = face_of(ch)
        if f != face and unicodedata.combining(ch) and face >= 0 and ord(ch) in _coverage(face):
            f = face
        if f != face:
            if i > start:
                out.append((face, offset, line[start:i]))
            start, offset, face = i, at, f
        at += _advance(ch)
    if line:
        out.append((face, offset, line[start:]))
    return tuple(out)


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
    complete: bool = True  # False: some text was cut ('...') or left out for want of room

    @property
    def pitch(self) -> int:
        return line_pitch(self.size_px)


class _Advances(dict[str, float]):
    """`_advance` of each character met, looked up without a Python call: line breaking's hot loop."""

    def __missing__(self, ch: str) -> float:
        a = self[ch] = _advance(ch)
        return a


_ADVANCES = _Advances()


@functools.lru_cache(maxsize=8192)
def _advances(text: str) -> tuple[float, ...]:
    return tuple(map(_ADVANCES.__getitem__, text))


def _cut_at(advances: tuple[float, ...], start: int, width: float, size_px: int, bold: bool) -> int:
    """How many characters from `start` fit in `width`: the running sum of their widths, added
    one by one from the line's start as the printer's line is set, first over `width`."""
    used: float = 2 * stroke(size_px) if bold else 0
    sums = list(
        itertools.accumulate(
            map(operator.mul, advances[start:] if start else advances, itertools.repeat(size_px)), initial=used
        )
    )
    return bisect.bisect_right(sums, width, 1) - 1


def _cut(text: str, width: float, size_px: int, bold: bool) -> int:
    return _cut_at(_advances(text), 0, width, size_px, bold)


@functools.lru_cache(maxsize=8192)
def _wrap(text: str, width: float, size_px: int, bold: bool, max_lines: int) -> tuple[tuple[str, ...], bool]:
    """Lines of `text` and whether it all fitted (False: last line cut with '...').

    Cached per paragraph: the lines labels share (a sender, a country) are broken once."""
    lines: list[str] = []
    advances = _advances(text)
    at = 0  # where the rest of the paragraph starts
    end = len(text)
    while at < end:
        rest = text[at:]
        n = _cut_at(advances, at, width, size_px, bold)
        if n >= len(rest):
            lines.append(rest)
            return tuple(lines), True
        if len(lines) == max_lines - 1:
            room = width - measure(ELLIPSIS, size_px)
            lines.append(rest[: _cut_at(advances, at, room, size_px, bold)].rstrip() + ELLIPSIS)
            return tuple(lines), False
        space = rest.rfind(" ", 0, n + 1)
        if space > 0:
            n = space  # no space: break mid-word (CJK has none) rather than overflow
        n = max(n, 1)
        lines.append(rest[:n].rstrip())
        after = rest[n:]
        at += n + len(after) - len(after.lstrip())
    return tuple(lines), True


class _Cleaned(dict[str, str]):
    """`clean_text` of each paragraph met (a batch repeats most of an address block's lines)."""

    def __missing__(self, text: str) -> str:
        if len(self) >= 16384:
            self.clear()
        cleaned = self[text] = clean_text(text)
        return cleaned


_CLEANED = _Cleaned()
_clean = _CLEANED.__getitem__


@functools.lru_cache(maxsize=4096)
def layout_text(
    text: str, *, width: int, height: int, size_px: int, min_px: int, max_lines: int, shrink: bool, bold: bool
) -> TextBlock:
    """Fit untrusted `text` into a box of `width` x `height` dots.

    A newline starts a new paragraph (templates use them; data never carries
    them, `bind` cleans it). Control characters and whitespace runs become
    single spaces (printed they would move the head or vanish). With `shrink` the size steps down until the
    text fits; whatever still does not fit is cut with '...', never overflows (`complete` says so).
    Cached: an address checked for fit (`printers.fitting`) is laid out once.
    """
    paragraphs = [p for p in map(_clean, text.split("\n")) if p]
    if not paragraphs or width <= 0:
        return TextBlock(size_px, ())
    size = size_px
    while True:
        allowed = max(1, min(max_lines, height // line_pitch(size)))
        if shrink and size > min_px and len(paragraphs) > allowed:
            # a line a paragraph at least: this size cannot fit, the next is tried (as below)
            size = max(min_px, min(size - 1, int(size * 0.92)))
            continue
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
            return TextBlock(size, tuple(lines), fits)
        size = max(min_px, min(size - 1, int(size * 0.92)))


def complete_layout(
    text: str, *, width: int, height: int, size_px: int, min_px: int, max_lines: int, shrink: bool, bold: bool
) -> bool:
    """`layout_text(...).complete`, without laying out a text with more paragraphs than the box
    holds lines at the smallest size tried (each paragraph takes a line at least): an address
    block too long for its label is told so at once, however many sizes it would try."""
    smallest = min(size_px, min_px) if shrink else size_px
    most = max(1, min(max_lines, height // line_pitch(smallest)))
    if width > 0 and sum(1 for p in map(_clean, text.split("\n")) if p) > most:
        return False
    return layout_text(
        text,
        width=width,
        height=height,
        size_px=size_px,
        min_px=min_px,
        max_lines=max_lines,
        shrink=shrink,
        bold=bold,
    ).complete
