"""A `Label` as one ZPL II format (`^XA ... ^XZ`) for Zebra printers and clones.

Latin-1 text prints in the printer's font 0 inside `^FH_` fields escaped by
`escape_field`, so no customer byte can become a command. Text the printer's
font cannot show (anything outside Latin-1: CJK, Cyrillic, Greek, emoji) is
drawn by the raster renderer and sent as a `^GFA` graphic, so a Chinese
address prints on a printer without a CJK font. Code128 is a native
barcode with the code sets spelled out, so they match the preview bar for
bar; EAN-13 (whose guard bars printers draw differently), QR and DataMatrix
go as graphics from the same raster code.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib

from PIL import Image, ImageChops

from printers.compose import PBars, PBox, PImage, Placed, PText, compose
from printers.layout import Label
from printers.render_png import line_image, packed
from printers.symbols import CODE_B, CODE_C, START_B, START_C
from printers.typeset import derived_cache
from printers.zpl import escape_field

__all__ = ["graphic_field", "render_zpl", "render_zpl_batch"]

_ZPL_SAFE_BARCODE = frozenset(map(chr, range(0x20, 0x7F))) - set("^~>\\_")


def graphic_field(image: Image.Image) -> str:
    """`^GFA` with the compressed (`:Z64:`) bitmap of a PIL "1" image (black prints)."""
    return _field(packed(image, black=1), (image.width + 7) // 8)  # ZPL: 1 = dot


def _field(raw: bytes, row_bytes: int) -> str:
    """`^GFA` of a bitmap's rows, `row_bytes` bytes each, a 1 bit a printed dot."""
    b64 = base64.b64encode(zlib.compress(raw, 1))
    crc = binascii.crc_hqx(b64, 0)
    return f"^GFA,{len(raw)},{len(raw)},{row_bytes},:Z64:{b64.decode('ascii')}:{crc:04X}"


_MODULE_BITS = bytes(ord("1") if b else ord("0") for b in range(256))  # a module (True = 1) as "1"/"0"


def _bars_field(pb: PBars) -> str:
    """`graphic_field(bars_image(pb))` worked out from the modules, without drawing an image:
    each module `module` dots wide (and tall, for a 2D code), rows padded with white to a byte."""
    m = pb.module
    sym = pb.symbol
    rows = sym.rows[:1] if sym.linear else sym.rows
    width = len(rows[0]) * m
    row_bytes = (width + 7) // 8
    pad = b"0" * (row_bytes * 8 - width)
    bar, space = b"1" * m, b"0" * m
    # each row as "0"/"1" digits, every module m of them (the "1"s widened first, then the "0"s)
    bits = [bytes(row).translate(_MODULE_BITS).replace(b"1", bar).replace(b"0", space) + pad for row in rows]
    if sym.linear:
        raw = int(bits[0], 2).to_bytes(row_bytes, "big") * pb.bar_h
    else:  # every row m dots tall, all rows read as one number
        raw = int(b"".join([row * m for row in bits]), 2).to_bytes(row_bytes * m * len(bits), "big")
    return _field(raw, row_bytes)


_NOT_LATIN1 = re.compile("[^\x20-\x7e\xa0-\xff]")


def _latin1_printable(line: str) -> bool:
    return _NOT_LATIN1.search(line) is None


def _text(pt: PText, as_graphic: bool) -> str:
    """One field per line: native font 0 for Latin-1 lines, a graphic otherwise.

    A graphic line is cut from the same raster as the preview, trimmed to its
    ink, so CJK text lands exactly where the preview shows it.
    """
    lines = pt.block.lines
    if not lines:
        return ""
    size, pitch = pt.block.size_px, pt.block.pitch
    justify = {"left": "L", "center": "C", "right": "R"}[pt.align]
    out = []
    for i, line in enumerate(lines):
        y = pt.y + i * pitch
        if not as_graphic and _latin1_printable(line):
            # a field block reads "\&" as a line break even after ^FH decoding: double user backslashes
            body = escape_field(line.replace("\\", "\\\\"))
            out.append(f"^FO{pt.x},{y}^A0N,{size},{size}^FB{pt.w},1,0,{justify},0^FH_^FD{body}^FS")
            continue
        ink_dots = ImageChops.invert(line_image(pt, i).convert("L"))  # ink 255, paper 0
        ink = ink_dots.getbbox()
        if ink:
            x0, y0, x1, y1 = ink
            # back to 1 bit: a set bit prints, each row padded with paper (`graphic_field`'s bits)
            bits = ink_dots.crop(ink).convert("1", dither=Image.Dither.NONE)
            out.append(f"^FO{pt.x + x0},{y + y0}{_field(bits.tobytes(), (x1 - x0 + 7) // 8)}^FS")
    return "".join(out)


_SWITCH = {START_B: (">:", "B"), START_C: (">;", "C"), CODE_C: (">5", "C"), CODE_B: (">6", "B")}
_SUBSET_TEXT = {"B": tuple(chr(c + 32) for c in range(96)), "C": tuple(f"{c:02d}" for c in range(100))}


def _code128_field(pb: PBars) -> str:
    """^BC data in mode N with explicit start/switch codes (>: >; >5 >6)."""
    out = []
    text = _SUBSET_TEXT["B"]
    for code in pb.symbol.codes[:-1]:  # the printer adds the check digit
        switch = _SWITCH.get(code)
        if switch is not None:
            out.append(switch[0])
            text = _SUBSET_TEXT[switch[1]]
        else:
            out.append(text[code])
    return "".join(out)


def _bars(pb: PBars) -> str:
    sym = pb.symbol
    if sym.kind == "code128" and set(sym.data) <= _ZPL_SAFE_BARCODE:
        return f"^FO{pb.x},{pb.y}^BY{pb.module},3,{pb.bar_h}^BCN,{pb.bar_h},N,N,N,N^FD{_code128_field(pb)}^FS"
    return f"^FO{pb.x},{pb.y}{_bars_field(pb)}^FS"


_BY_ID: dict[tuple[int, bool], tuple[Placed, str]] = {}  # (id, as graphics) -> (item, its fields)


def _item(it: Placed, text_as_graphics: bool) -> str:
    """One placed item's fields. Cached: what every label of a batch shares (headings, the
    sender, rules, a logo: the very items `compose` hands out again) is turned into ZPL once.
    By identity only: an item made for one label alone (its tracking barcode) is not hashed."""
    held = _BY_ID.get((id(it), text_as_graphics))
    if held is not None and held[0] is it:
        return held[1]
    if isinstance(it, PText):
        out = _text(it, text_as_graphics)
    elif isinstance(it, PBars):
        out = _bars(it)
    elif isinstance(it, PBox):
        t = min(it.w, it.h) if it.fill else it.thickness
        out = f"^FO{it.x},{it.y}^GB{it.w},{it.h},{t},B,0^FS"
    elif isinstance(it, PImage):
        out = f"^FO{it.x},{it.y}{graphic_field(it.image)}^FS"  # type: ignore[arg-type]
    else:
        raise TypeError(it)
    if len(_BY_ID) >= 4096:
        _BY_ID.clear()
    _BY_ID[(id(it), text_as_graphics)] = (it, out)  # the item is held, so its id is not reused meanwhile
    return out


def render_zpl(label: Label, *, text_as_graphics: bool = False, copies: int = 1, setup: bytes | None = None) -> bytes:
    """One ZPL format printing `label` (`copies` times via ^PQ, never more formats).

    `text_as_graphics` sends all text as graphics: slower, but the printout then
    matches the preview dot for dot even on printers with odd fonts. `setup` is the
    printer profile's settings block (`printers.profiles.setup_commands`), opening the
    format as it opens the test print; without one the label sets its own size at origin 0,0.
    """
    if setup is not None:
        parts = ["^XA" + setup.decode("ascii") + "^CI28"]
    else:
        parts = [f"^XA^CI28^PW{label.width_dots}^LL{label.height_dots}^LH0,0^PON"]
    parts.extend(_item(it, text_as_graphics) for it in compose(label))
    if copies > 1:
        parts.append(f"^PQ{int(copies)},0,0,N")
    parts.append("^XZ\n")
    return "".join(parts).encode("ascii")


def render_zpl_batch(labels: list[Label], *, text_as_graphics: bool = False, copies: int = 1) -> bytes:
    """Several labels as consecutive formats, one per label."""
    return b"".join(render_zpl(label, text_as_graphics=text_as_graphics, copies=copies) for label in labels)


derived_cache(_BY_ID.clear)
