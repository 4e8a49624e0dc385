"""The label as the printer prints it: a 1-bit raster at the printer's dpi.

This is the preview, and the same drawing code makes every graphic the other
renderers send (CJK text as ZPL `^GFA`, TSPL `BITMAP`, whole ESC/POS labels),
so what the seller sees is what the print head burns. Text is drawn without
anti-aliasing because a thermal head has no grey, each run of characters in
the first bundled font that has them (`printers.typeset.runs`).
"""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageChops, ImageDraw

from printers.compose import PBars, PBox, PImage, Placed, PText, compose
from printers.glyphs import draw_run
from printers.layout import Label
from printers.typeset import ASCENT, derived_cache, font, measure, runs, stroke

__all__ = ["bars_image", "draw_placed", "line_image", "packed", "render_image", "render_png", "text_image"]

WHITE, BLACK = 1, 0
_INK = 0  # the ink Pillow draws BLACK with on a "1" image
_BAR_INK = bytes(255 - 255 * min(b, 1) for b in range(256))  # module True (1) -> black 0, False -> white 255


_DOT_BITS = bytes(ord("1") if b == 0 else ord("0") for b in range(256))  # an "L" byte -> "1" for black
_WHITE_BITS = bytes(ord("0") if b == 0 else ord("1") for b in range(256))  # -> "1" for white


def packed(image: Image.Image, *, black: int = 0) -> bytes:
    """The rows of a "1" image packed 8 dots a byte, each row padded with white to a byte: a
    bit is set for a black dot (`black=1`, ZPL, ESC/POS) or for a white one (`black=0`, as
    Pillow's own `tobytes()` packs them, TSPL). Through "L" and Python's base-2 parser: the
    same bits as `tobytes()` (black is a 0 byte in both), several times faster."""
    w, h = image.size
    if not w or not h:
        return b""
    grey = image.convert("L")
    wide = (w + 7) // 8 * 8
    if wide != w:
        padded = Image.new("L", (wide, h), 255)
        padded.paste(grey, (0, 0))
        grey = padded
    bits = grey.tobytes().translate(_DOT_BITS if black else _WHITE_BITS)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


@functools.lru_cache(maxsize=1024)  # Pillow keeps a byte a dot: ~25 kB a run at most
def _run_mask(face: int, size: int, stroke_width: int, text: str) -> tuple[object, int, int]:
    """The mask and offset Pillow draws one run of one font with (`ImageDraw.text` is this
    mask drawn at the offset). Cached per run: a line repeated on every label of a batch, or
    a name met before, is rasterised once."""
    mask, (dx, dy) = font(size, face).getmask2(
        text, "1", None, None, None, stroke_width, "ls", _INK, (0.0, 0.0), stroke_filled=True
    )
    return mask, dx, dy


def line_image(pt: PText, i: int) -> Image.Image:
    """Line `i` of a text block alone: box-wide, one line pitch tall (clipped to the box).

    Text blocks are assembled from these bands, so a renderer that sends one
    line as a graphic sends exactly the dots the preview shows.
    """
    size, pitch = pt.block.size_px, pt.block.pitch
    height = max(1, min(pitch, pt.h - i * pitch))
    img = Image.new("1", (max(1, pt.w), height), WHITE)
    line = pt.block.lines[i]
    draw = ImageDraw.Draw(img).draw
    sw = stroke(size) if pt.bold else 0
    x = pt.line_x(measure(line, size, pt.bold)) - pt.x + sw
    baseline = round(ASCENT * size)
    for face, offset, text in runs(line):  # each run in the first bundled font that has its letters
        at = x + round(offset * size)
        if not sw and draw_run(draw, at, baseline, face, size, text):  # from the glyph cache
            continue
        # exactly ImageDraw.text(..., anchor="ls", stroke_width=sw, stroke_fill=BLACK), its mask cached
        mask, dx, dy = _run_mask(face, size, sw, text)
        draw.draw_bitmap((at + dx, baseline + dy), mask, _INK)
    return img


def text_image(pt: PText) -> Image.Image:
    """The text block alone, box-sized (white background, black ink)."""
    return _text_image(pt).copy()


@functools.lru_cache(maxsize=64)  # a byte a dot, up to ~250 kB a block: what a batch shares fits
def _text_image(pt: PText) -> Image.Image:
    """`text_image`, cached for the renderers that only read it (never changed in place)."""
    img = Image.new("1", (max(1, pt.w), max(1, pt.h)), WHITE)
    for i in range(len(pt.block.lines)):
        if i * pt.block.pitch < pt.h:
            img.paste(line_image(pt, i), (0, i * pt.block.pitch))
    return img


def _runs(row: tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, length) of each run of bars in a module row."""
    out = []
    start = None
    for i, bar in enumerate((*row, False)):
        if bar and start is None:
            start = i
        elif not bar and start is not None:
            out.append((start, i - start))
            start = None
    return out


def bars_image(pb: PBars) -> Image.Image:
    """The barcode alone, exactly its modules (no quiet zone)."""
    # One pixel per module, scaled up without smoothing: the same dots, far fewer calls.
    m = pb.module
    rows = pb.symbol.rows[:1] if pb.symbol.linear else pb.symbol.rows
    cols = len(rows[0])
    modules = Image.frombytes("L", (cols, len(rows)), b"".join(map(bytes, rows)).translate(_BAR_INK))
    height = pb.bar_h if pb.symbol.linear else len(rows) * m
    bars = modules.resize((cols * m, height), Image.Resampling.NEAREST).convert("1", dither=Image.Dither.NONE)
    img = Image.new("1", (pb.w, pb.h), WHITE)
    img.paste(bars, (0, 0))
    return img


@functools.lru_cache(maxsize=64)
def _bars_image(pb: PBars) -> Image.Image:
    """`bars_image`, cached for the renderers that only read it."""
    return bars_image(pb)


def _stamp(canvas: Image.Image, part: Image.Image, x: int, y: int) -> None:
    """Black of `part` onto `canvas` at (x, y); clipped to the canvas."""
    box = (x, y, x + part.width, y + part.height)
    region = canvas.crop(box)
    canvas.paste(ImageChops.logical_and(region, part), box)


def draw_placed(canvas: Image.Image, items: list[Placed]) -> Image.Image:
    draw = ImageDraw.Draw(canvas)
    for it in items:
        if isinstance(it, PText):
            if it.block.lines:
                _stamp(canvas, _text_image(it), it.x, it.y)
        elif isinstance(it, PBars):
            _stamp(canvas, _bars_image(it), it.x, it.y)
        elif isinstance(it, PBox):
            if it.fill:
                draw.rectangle((it.x, it.y, it.x + it.w - 1, it.y + it.h - 1), fill=BLACK)
            else:
                draw.rectangle((it.x, it.y, it.x + it.w - 1, it.y + it.h - 1), outline=BLACK, width=it.thickness)
        elif isinstance(it, PImage):
            _stamp(canvas, it.image, it.x, it.y)  # type: ignore[arg-type]
    return canvas


def render_image(label: Label) -> Image.Image:
    """The printed label as a PIL "1" image, one pixel per printer dot."""
    canvas = Image.new("1", (label.width_dots, label.height_dots), WHITE)
    return draw_placed(canvas, compose(label))


def render_png(label: Label) -> bytes:
    """The preview as PNG bytes, tagged with the printer's dpi."""
    out = io.BytesIO()
    render_image(label).save(out, "PNG", dpi=(label.dpi, label.dpi), optimize=False)
    return out.getvalue()


derived_cache(_run_mask.cache_clear)
derived_cache(_text_image.cache_clear)
derived_cache(_bars_image.cache_clear)
