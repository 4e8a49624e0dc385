"""A `Label` as a TSPL job: the language of most low-cost 4x6 printers (TSC,
Xprinter, HPRT, iDPRT, ...).

TSPL strings are delimited by `"` with no reliable escape, and the built-in
fonts are ASCII only. So a text line goes out as `TEXT` only when it is plain
printable ASCII without `"`, `\\` or `!`; anything else (CJK, accents, quotes)
is drawn by the raster renderer and sent as a `BITMAP`, whose length is fixed
by its header, so no customer byte can end it early. Code128 uses `128M` with
the code sets spelled out (`!104`, `!105`, `!099`, `!100`) so the bars match the
preview; EAN-13, QR and DataMatrix are bitmaps from the same raster code.
"""

from __future__ import annotations

import functools

from PIL import Image, ImageChops

from printers.compose import PBars, PBox, PImage, Placed, PText, compose
from printers.layout import Label
from printers.render_png import bars_image, line_image, packed
from printers.symbols import CODE_B, CODE_C, START_B, START_C
from printers.typeset import derived_cache

__all__ = ["bitmap_command", "render_tspl"]

_SAFE = frozenset(map(chr, range(0x20, 0x7F))) - set('"\\!')
# Built-in bitmap fonts "1".."5": cell (width, height) in dots at 203 dpi.
_FONTS = {"1": (8, 12), "2": (12, 20), "3": (16, 24), "4": (24, 32), "5": (32, 48)}


def _mm(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def bitmap_command(x: int, y: int, image: Image.Image) -> bytes:
    """`BITMAP x,y,width_bytes,height,0,<data>` of a PIL "1" image.

    TSPL bitmaps use 0 for a printed dot, as PIL does for black, so the bytes
    go as they are; rows are padded with white to a whole byte.
    """
    return f"BITMAP {x},{y},{(image.width + 7) // 8},{image.height},0,".encode("ascii") + packed(image) + b"\r\n"


def _font(size_px: int, dpi: int, chars: int, room: int) -> tuple[str, int, int] | None:
    """Built-in font and multiplier closest to `size_px` tall whose line fits `room` dots.

    The built-in fonts are wider than the label font; None means no font is
    both close enough in size and narrow enough, and the line goes as a bitmap.
    """
    scale = dpi / 203
    best: tuple[float, str, int, int] | None = None
    for name, (w, h) in _FONTS.items():
        cw, ch = round(w * scale), round(h * scale)
        for mul in range(1, 11):
            if ch * mul > size_px * 1.15 or ch * mul < size_px * 0.7 or cw * mul * chars > room:
                continue
            score = abs(size_px - ch * mul)
            if best is None or score < best[0]:
                best = (score, name, mul, cw * mul)
    return best[1:] if best else None


@functools.lru_cache(maxsize=4096)
def _text(pt: PText, dpi: int, as_graphic: bool) -> tuple[bytes, ...]:
    out = []
    pitch = pt.block.pitch
    for i, line in enumerate(pt.block.lines):
        y = pt.y + i * pitch
        font = None if as_graphic or not set(line) <= _SAFE else _font(pt.block.size_px, dpi, len(line), pt.w)
        if font:
            name, mul, char_w = font
            x = pt.line_x(len(line) * char_w)
            out.append(f'TEXT {x},{y},"{name}",0,{mul},{mul},"{line}"\r\n'.encode("ascii"))
            continue
        band = line_image(pt, i)
        ink = ImageChops.invert(band.convert("L")).getbbox()
        if ink:
            out.append(bitmap_command(pt.x + ink[0], y + ink[1], band.crop(ink)))
    return tuple(out)


def _code128(pb: PBars) -> str:
    """128M data: `!104`/`!105` start, `!099`/`!100` switches, data as text."""
    out = []
    subset = "B"
    for code in pb.symbol.codes[:-1]:  # the printer adds the check digit
        if code in (START_B, START_C, CODE_B, CODE_C):
            out.append(f"!{code:03d}")
            subset = "C" if code in (START_C, CODE_C) else "B"
        else:
            out.append(f"{code:02d}" if subset == "C" else chr(code + 32))
    return "".join(out)


@functools.lru_cache(maxsize=2048)
def _bars(it: PBars) -> bytes:
    if it.symbol.kind == "code128" and set(it.symbol.data) <= _SAFE:
        m = it.module
        return f'BARCODE {it.x},{it.y},"128M",{it.bar_h},0,0,{m},{m},"{_code128(it)}"\r\n'.encode("ascii")
    return bitmap_command(it.x, it.y, bars_image(it))


def _item(it: Placed, dpi: int, as_graphic: bool) -> tuple[bytes, ...] | list[bytes]:
    """One placed item's commands; text and barcodes cached, as in the ZPL renderer."""
    if isinstance(it, PText):
        return _text(it, dpi, as_graphic)
    if isinstance(it, PBars):
        return [_bars(it)]
    if isinstance(it, PBox):
        if it.fill:
            return [f"BAR {it.x},{it.y},{it.w},{it.h}\r\n".encode("ascii")]
        return [f"BOX {it.x},{it.y},{it.x + it.w - 1},{it.y + it.h - 1},{it.thickness}\r\n".encode("ascii")]
    if isinstance(it, PImage):
        return [bitmap_command(it.x, it.y, it.image)]  # type: ignore[arg-type]
    raise TypeError(it)


def render_tspl(
    label: Label,
    *,
    gap_mm: float = 3.0,
    direction: int = 0,
    copies: int = 1,
    text_as_graphics: bool = False,
    setup: bytes | None = None,
) -> bytes:
    """One TSPL job printing `label` (`copies` times); exactly one PRINT command.

    `setup` is the printer profile's settings block (`printers.profiles.setup_commands`),
    the same header the test print has; without one the label sets its size, gap and
    direction (0, as the test print of an unrotated profile) at reference 0,0.
    """
    head = (
        setup
        if setup is not None
        else (
            f"SIZE {_mm(label.width_mm)} mm,{_mm(label.height_mm)} mm\r\n"
            f"GAP {_mm(gap_mm)} mm,0 mm\r\n"
            f"DIRECTION {1 if direction else 0}\r\n"
            "REFERENCE 0,0\r\n"
        ).encode("ascii")
    )
    head += b"CLS\r\n"
    body = [part for it in compose(label) for part in _item(it, label.dpi, text_as_graphics)]
    return head + b"".join(body) + f"PRINT 1,{max(1, int(copies))}\r\n".encode("ascii")


derived_cache(_text.cache_clear)
derived_cache(_bars.cache_clear)
