"""Text drawn glyph by glyph from a cache, dot for dot what Pillow draws for the whole run.

Pillow draws a run of text (`ImageDraw.text`, 1-bit, no stroke) by rendering every glyph of
the run again, each time. A batch of labels with a different Chinese name on each would pay
that for every name, though the names share their characters. Here each glyph is rendered
once per font and size (`glyph`), and a run is put together from the cached glyphs
(`draw_run`), exactly where Pillow puts them:

Pillow places a run's glyphs in a mask sized by the glyphs' outline boxes, rounded outwards,
but sets each glyph's bitmap by its own origin, rounded to the nearest dot; the mask's corner
follows the run's extremes, so one glyph can move another by a dot. `draw_run` repeats that
sum. What Pillow does not tell (whether a glyph's bitmap top and left are a dot inside its
outline box: `u`, `v`) is measured when the glyph enters the cache, by drawing it beside a
reference glyph both ways and keeping the one reading that gives Pillow's dots in every
probe. A glyph no reading explains (none has been seen) is left to Pillow: its runs are drawn
whole, as before. `tests/unit/test_glyphs.py` compares the two on random runs of both fonts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw

from printers.typeset import derived_cache, font

__all__ = ["Glyph", "draw_run", "glyph", "pillow_run"]

_INK = 0  # the ink Pillow draws BLACK with on a "1" image
_REFERENCE = ("|", "国")  # per font (`typeset.FONT_PATHS`): the glyph others are measured beside


@dataclass(frozen=True, slots=True)
class Glyph:
    mask: Any  # Pillow's mask of the glyph drawn alone (None: no ink, a space)
    ox: int  # where that mask goes from the pen, as Pillow says (its outline box, rounded out)
    oy: int
    advance: int  # whole dots: hinted 1-bit advances are
    u: int  # bitmap top minus outline top, relative to the reference glyph's (0, -1 or 1)
    v: int  # 1 when the bitmap's left edge is a dot inside a box that starts left of the pen


def _mask(face: int, size: int, text: str) -> tuple[Any, int, int]:
    mask, (ox, oy) = font(size, face).getmask2(
        text, "1", None, None, None, 0, "ls", _INK, (0.0, 0.0), stroke_filled=True
    )
    return mask, ox, oy


def pillow_run(draw: Any, x: int, y: int, face: int, size: int, text: str) -> None:
    """Exactly `ImageDraw.text((x, y), text, font=font(size, face), fill=0, anchor="ls")` on a "1" image."""
    mask, ox, oy = _mask(face, size, text)
    draw.draw_bitmap((x + ox, y + oy), mask, _INK)


@functools.lru_cache(maxsize=16384)  # a few thousand glyphs in use; ~2 kB each at 42 dots
def _alone(face: int, size: int, ch: str) -> Glyph | None:
    """The glyph as Pillow draws it alone (u, v still 0); None when its advance is not whole dots."""
    advance = font(size, face).getlength(ch, "1")
    if advance != int(advance):
        return None
    mask, ox, oy = _mask(face, size, ch)
    return Glyph(mask if mask.getbbox() is not None else None, ox, oy, int(advance), 0, 0)


def _place(draw: Any, x: int, y: int, glyphs: list[Glyph]) -> None:
    """Draw `glyphs` as one run with its pen at (x, y), where Pillow's run mask puts each."""
    pen = x_box = x_bitmap = y_box = y_bitmap = 0
    for g in glyphs:
        left = pen + g.ox
        if left < x_box:
            x_box = left
        if left + g.v < x_bitmap:
            x_bitmap = left + g.v
        if -g.oy > y_box:
            y_box = -g.oy
        if -g.oy + g.u > y_bitmap:
            y_bitmap = -g.oy + g.u
        pen += g.advance
    dx, dy = x + x_box - x_bitmap, y + y_bitmap - y_box
    pen = 0
    for g in glyphs:
        if g.mask is not None:
            draw.draw_bitmap((dx + pen + g.ox + g.v, dy + g.oy - g.u), g.mask, _INK)
        pen += g.advance


def _probe(face: int, size: int, text: str, glyphs: list[Glyph] | None) -> bytes:
    img = Image.new("1", (8 * size + 40, 4 * size + 10), 1)
    draw = ImageDraw.Draw(img).draw
    if glyphs is None:
        pillow_run(draw, 20, 2 * size, face, size, text)
    else:
        _place(draw, 20, 2 * size, glyphs)
    return img.tobytes()


@functools.lru_cache(maxsize=16384)
def glyph(face: int, size: int, ch: str) -> Glyph | None:
    """`ch` in font `face` at `size` dots, measured; None: draw its runs with Pillow."""
    alone = _alone(face, size, ch)
    if alone is None or alone.mask is None:
        return alone
    ref_ch = _REFERENCE[face] if face < len(_REFERENCE) else _REFERENCE[0]
    ref = _alone(face, size, ref_ch)
    space = _alone(face, size, " ")
    if ch == ref_ch:
        return alone
    if ref is None or ref.mask is None or space is None:
        return None
    probes = (ref_ch + ch, ch + ref_ch, ref_ch + " " + ch + ch)
    truths = [_probe(face, size, p, None) for p in probes]
    found = []
    for u in (0, -1, 1):
        for v in (0, 1) if alone.ox < 0 else (0,):
            g = Glyph(alone.mask, alone.ox, alone.oy, alone.advance, u, v)
            placed = ([ref, g], [g, ref], [ref, space, g, g])
            if all(_probe(face, size, "", p) == t for p, t in zip(placed, truths, strict=True)):
                found.append(g)
    return found[0] if len(found) == 1 else None


def draw_run(draw: Any, x: int, y: int, face: int, size: int, text: str) -> bool:
    """Draw `text` (one font's run, no stroke) with its pen at (x, y) from cached glyphs, as
    `pillow_run` would; False (nothing drawn) when a glyph must be left to Pillow."""
    glyphs = []
    blank = False
    top = 0
    for ch in text:
        g = glyph(face, size, ch)
        if g is None:
            return False
        glyphs.append(g)
        if g.mask is None:
            blank = True
        elif -g.oy + g.u > top:
            top = -g.oy + g.u
    if blank and top < 3:
        # A blank glyph's bitmap is a dot above the baseline; it moves the run only when no
        # glyph with ink reaches higher (all below the baseline, "ˎ "): such runs go to Pillow.
        return False
    _place(draw, x, y, glyphs)
    return True


derived_cache(_alone.cache_clear)
derived_cache(glyph.cache_clear)
