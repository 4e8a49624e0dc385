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
from printers.render_png import bars_image, line_image
from printers.symbols import CODE_B, CODE_C, START_B, START_C
from printers.zpl import escape_field

__all__ = ["graphic_field", "render_zpl", "render_zpl_batch"]

_INVERT = bytes(255 - b for b in range(256))
_ZPL_SAFE_BARCODE = frozenset(map(chr, range(0x20, 0x7F))) - set("^~>\\_")


def graphic_field(image: Image.Image) -> str:
    """`^GFA` with the compressed (`:Z64:`) bitmap of a PIL "1" image (black prints)."""
    w = (image.width + 7) // 8 * 8
    if w != image.width:
        padded = Image.new("1", (w, image.height), 1)
        padded.paste(image, (0, 0))
        image = padded
    raw = image.tobytes().translate(_INVERT)  # PIL: 1 = white; ZPL: 1 = dot
    b64 = base64.b64encode(zlib.compress(raw, 1))
    crc = binascii.crc_hqx(b64, 0)
    return f"^GFA,{len(raw)},{len(raw)},{w // 8},:Z64:{b64.decode('ascii')}:{crc:04X}"


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
        band = line_image(pt, i)
        ink = ImageChops.invert(band.convert("L")).getbbox()
        if ink:
            x0, y0, x1, y1 = ink
            out.append(f"^FO{pt.x + x0},{y + y0}{graphic_field(band.crop(ink))}^FS")
    return "".join(out)


def _code128_field(pb: PBars) -> str:
    """^BC data in mode N with explicit start/switch codes (>: >; >5 >6)."""
    out = []
    for code in pb.symbol.codes[:-1]:  # the printer adds the check digit
        if code == START_B:
            out.append(">:")
            subset = "B"
        elif code == START_C:
            out.append(">;")
            subset = "C"
        elif code == CODE_C:
            out.append(">5")
            subset = "C"
        elif code == CODE_B:
            out.append(">6")
            subset = "B"
        else:
            out.append(f"{code:02d}" if subset == "C" else chr(code + 32))
    return "".join(out)


def _bars(pb: PBars) -> str:
    sym = pb.symbol
    if sym.kind == "code128" and set(sym.data) <= _ZPL_SAFE_BARCODE:
        return f"^FO{pb.x},{pb.y}^BY{pb.module},3,{pb.bar_h}^BCN,{pb.bar_h},N,N,N,N^FD{_code128_field(pb)}^FS"
    return f"^FO{pb.x},{pb.y}{graphic_field(bars_image(pb))}^FS"


def _item(it: Placed, text_as_graphics: bool) -> str:
    if isinstance(it, PText):
        return _text(it, text_as_graphics)
    if isinstance(it, PBars):
        return _bars(it)
    if isinstance(it, PBox):
        t = min(it.w, it.h) if it.fill else it.thickness
        return f"^FO{it.x},{it.y}^GB{it.w},{it.h},{t},B,0^FS"
    if isinstance(it, PImage):
        return f"^FO{it.x},{it.y}{graphic_field(it.image)}^FS"  # type: ignore[arg-type]
    raise TypeError(it)


def render_zpl(label: Label, *, text_as_graphics: bool = False, copies: int = 1) -> bytes:
    """One ZPL format printing `label` (`copies` times via ^PQ, never more formats).

    `text_as_graphics` sends all text as graphics: slower, but the printout then
    matches the preview dot for dot even on printers with odd fonts.
    """
    parts = [f"^XA^CI28^PW{label.width_dots}^LL{label.height_dots}^LH0,0^PON"]
    parts.extend(_item(it, text_as_graphics) for it in compose(label))
    if copies > 1:
        parts.append(f"^PQ{int(copies)},0,0,N")
    parts.append("^XZ\n")
    return "".join(parts).encode("ascii")


def render_zpl_batch(labels: list[Label], **kwargs: bool) -> bytes:
    """Several labels as consecutive formats, one per label."""
    return b"".join(render_zpl(label, **kwargs) for label in labels)  # type: ignore[arg-type]
