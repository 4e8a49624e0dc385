"""ESC/POS jobs (58 and 80 mm receipt printers) through python-escpos' `Dummy`.

A `Label` prints as horizontal bands, top to bottom: raster images (`GS v 0`) from
the raster renderer, so the label looks exactly like its preview, and, where a
Code128 or QR code has its rows to itself, the printer's own barcode (`GS k` CODE128
with the code sets spelled out as `{B`/`{C`, or `GS ( k` QR) at the preview's place:
a far smaller job, bars the printer draws crisply. A barcode the printer cannot draw
as the preview does (modules under 2 or over 6 dots, bars over 255 dots, something
beside it) stays in the image. Documents (packing slips, pick
lists) are a flow of lines: plain ASCII text uses the printer's own font, and
anything else (CJK, accents, barcodes, logos) is an image from the same raster
code. Text has already lost its control characters, so an ESC in an address
can never start a command.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

from escpos.printer import Dummy
from PIL import Image, ImageChops

from printers.compose import PBars, Placed, PText, compose
from printers.layout import Label, LabelError
from printers.render_png import WHITE, draw_placed, line_image, packed
from printers.symbols import CODE_B, CODE_C, START_B, START_C
from printers.textfit import clean_text
from printers.typeset import layout_text

__all__ = ["PAPER_DOTS", "FlowImage", "FlowRule", "FlowText", "escpos_flow", "render_escpos"]

PAPER_DOTS = {58: 384, 80: 576}  # printable dots at 203 dpi
_CHARS = {58: 32, 80: 48}  # font A characters per line
_ASCII = frozenset(map(chr, range(0x20, 0x7F)))


def _paper(paper_mm: int) -> int:
    if paper_mm not in PAPER_DOTS:
        raise LabelError(f"ESC/POS paper must be 58 or 80 mm wide, not {paper_mm} mm")
    return PAPER_DOTS[paper_mm]


def _printer(width: int) -> Dummy:
    """A byte-collecting printer that knows the paper width (a private profile copy)."""
    p = Dummy()
    data = copy.deepcopy(p.profile.profile_data)
    data.setdefault("media", {}).setdefault("width", {})["pixels"] = width
    p.profile.profile_data = data
    p.hw("INIT")
    return p


def _centered(image: Image.Image, width: int) -> Image.Image:
    if image.width > width:
        raise LabelError(
            f"a {image.width}-dot wide label does not fit on {width}-dot wide receipt paper: choose a narrower template"
        )
    out = Image.new("1", (width, image.height), 1)
    out.paste(image, ((width - image.width) // 2, 0))
    return out


_MOTION_DOTS = b"\x1dP\xcb\xcb"  # GS P 203 203: ESC $ and ESC J count dots


def _code128_data(pb: PBars) -> bytes:
    """`GS k` CODE128 data: `{B`/`{C` code sets as the preview chose them, `{{` for a brace,
    code set C as one byte per digit pair (the printer adds the check character)."""
    out = bytearray()
    subset = "B"
    for code in pb.symbol.codes[:-1]:
        if code in (START_B, CODE_B):
            out += b"{B"
            subset = "B"
        elif code in (START_C, CODE_C):
            out += b"{C"
            subset = "C"
        elif subset == "C":
            out.append(code)
        else:
            out += b"{{" if code + 32 == 0x7B else bytes([code + 32])
    return bytes(out)


def _native(pb: PBars) -> bytes | None:
    """The printer's own command for this barcode, or None when only an image draws it as previewed."""
    sym = pb.symbol
    if sym.kind == "code128" and 2 <= pb.module <= 6 and 1 <= pb.bar_h <= 255:
        data = _code128_data(pb)
        if len(data) <= 255:
            return (
                b"\x1dH\x00"  # no printer-drawn digits: the preview's line under the bars is in the image
                + b"\x1dh"
                + bytes([pb.bar_h])
                + b"\x1dw"
                + bytes([pb.module])
                + b"\x1dkI"
                + bytes([len(data)])
                + data
            )
    if sym.kind == "qr" and 1 <= pb.module <= 16:
        data = sym.data.encode("utf-8")
        if len(data) + 3 <= 0xFFFF:
            store = (len(data) + 3).to_bytes(2, "little")
            return (
                b"\x1d(k\x04\x001A2\x00"  # model 2
                + b"\x1d(k\x03\x001C"
                + bytes([pb.module])
                + b"\x1d(k\x03\x001E1"  # error correction M, as the preview's
                + b"\x1d(k"
                + store
                + b"1P0"
                + data
                + b"\x1d(k\x03\x001Q0"  # print the stored symbol
            )
    return None


def _alone(pb: PBars, placed: list[Placed]) -> bool:
    """Nothing else shares the barcode's rows: the printer prints it on its own line."""
    top, bottom = pb.y, pb.y + pb.h
    return all(it is pb or it.y >= bottom or it.y + it.h <= top for it in placed)


def _band(image: Image.Image) -> bytes:
    """Rows of the label: a raster image, or a plain paper feed (`ESC J`) when they are blank."""
    if ImageChops.invert(image.convert("L")).getbbox() is None:
        out = bytearray()
        left = image.height
        while left > 0:
            out += b"\x1bJ" + bytes([min(left, 255)])
            left -= 255
        return bytes(out)
    wb, h = (image.width + 7) // 8, image.height
    raw = packed(image, black=1)
    return b"\x1dv0\x00" + wb.to_bytes(2, "little") + h.to_bytes(2, "little") + raw


def render_escpos(
    label: Label,
    *,
    paper_mm: int = 80,
    cut: bool = True,
    setup: bytes | None = None,
    native_barcodes: bool = True,
    upside_down: bool = False,
) -> bytes:
    """The label centred on the paper, in bands top to bottom, then a cut.

    `setup` is the printer profile's settings block (`printers.profiles.setup_commands`),
    the same that opens its test print; without one the job just initialises the printer.
    `native_barcodes=False` sends every barcode as part of the image (printers without
    `GS k` / `GS ( k`). `upside_down` (a profile turned 180°, whose block sets `ESC {`):
    the printer turns each band, so the bands go last first.
    """
    width = _paper(paper_mm)
    if label.dpi != 203:
        raise LabelError(f"ESC/POS printers print at 203 dpi; this label was laid out for {label.dpi} dpi")
    if label.width_dots > width:
        raise LabelError(
            f"a {label.width_dots}-dot wide label does not fit on {width}-dot wide receipt paper: "
            "choose a narrower template"
        )
    placed = compose(label)
    natives: list[tuple[PBars, bytes]] = []
    if native_barcodes:
        for it in placed:
            if isinstance(it, PBars) and _alone(it, placed) and (command := _native(it)) is not None:
                natives.append((it, command))
    drawn = [it for it in placed if all(it is not pb for pb, _ in natives)]
    canvas = draw_placed(Image.new("1", (label.width_dots, label.height_dots), WHITE), drawn)
    canvas = _centered(canvas, width)
    left = (width - label.width_dots) // 2

    bands: list[bytes] = []
    y = 0
    for pb, command in sorted(natives, key=lambda n: n[0].y):
        if pb.y > y:
            bands.append(_band(canvas.crop((0, y, width, pb.y))))
        x = left + pb.x
        bands.append(b"\x1ba\x00\x1b$" + x.to_bytes(2, "little") + command)
        y = pb.y + pb.h
    if y < canvas.height:
        bands.append(_band(canvas.crop((0, y, width, canvas.height))))
    if upside_down:
        bands.reverse()
    if setup is not None:
        head = setup
    else:
        feeds = natives or any(band.startswith(b"\x1bJ") for band in bands)
        head = b"\x1b@" + (_MOTION_DOTS if feeds else b"")
    body = head + b"".join(bands)
    if cut:
        p = Dummy()
        p.cut()
        body += p.output
    return body


@dataclass(frozen=True)
class FlowText:
    text: str
    bold: bool = False
    align: str = "left"
    large: bool = False  # double height and width


@dataclass(frozen=True)
class FlowImage:
    image: Image.Image  # PIL "1" image, at most the paper width


@dataclass(frozen=True)
class FlowRule:
    pass


FlowItem = FlowText | FlowImage | FlowRule


def _text_as_image(item: FlowText, width: int) -> list[Image.Image]:
    size = 48 if item.large else 24
    block = layout_text(
        item.text, width=width, height=10_000, size_px=size, min_px=size, max_lines=50, shrink=False, bold=item.bold
    )
    pt = PText(0, 0, width, block.pitch * max(1, len(block.lines)), block, item.bold, item.align)
    return [line_image(pt, i) for i in range(len(block.lines))]


def escpos_flow(items: Sequence[FlowItem], *, paper_mm: int = 80, cut: bool = True) -> bytes:
    """A receipt-style document: text lines, images and rules, top to bottom."""
    width = _paper(paper_mm)
    chars = _CHARS[paper_mm]
    p = _printer(width)
    for item in items:
        if isinstance(item, FlowRule):
            p.set(align="left", bold=False, normal_textsize=True)
            p.text("-" * chars + "\n")
        elif isinstance(item, FlowImage):
            p.image(_centered(item.image, width), impl="bitImageRaster", center=False)
        elif isinstance(item, FlowText):
            text = clean_text(item.text)
            if set(text) <= _ASCII:
                if item.large:
                    p.set(align=item.align, bold=item.bold, double_height=True, double_width=True)
                else:
                    p.set(align=item.align, bold=item.bold, normal_textsize=True)
                p.text(text + "\n")
            else:
                for band in _text_as_image(item, width):
                    p.image(_centered(band, width), impl="bitImageRaster", center=False)
    p.set(align="left", bold=False, normal_textsize=True)
    if cut:
        p.cut()
    return p.output
