"""ESC/POS jobs (58 and 80 mm receipt printers) through python-escpos' `Dummy`.

A `Label` prints as one raster image (`GS v 0`) from the raster renderer, so a
small label looks exactly like its preview. Documents (packing slips, pick
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
from PIL import Image

from printers.compose import PText
from printers.layout import Label, LabelError
from printers.render_png import line_image, render_image
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
            f"a {image.width}-dot wide label does not fit on {width}-dot wide receipt paper: "
            "choose a narrower template"
        )
    out = Image.new("1", (width, image.height), 1)
    out.paste(image, ((width - image.width) // 2, 0))
    return out


def render_escpos(label: Label, *, paper_mm: int = 80, cut: bool = True) -> bytes:
    """The label as one raster image, centred on the paper, then a cut."""
    width = _paper(paper_mm)
    if label.dpi != 203:
        raise LabelError(f"ESC/POS printers print at 203 dpi; this label was laid out for {label.dpi} dpi")
    p = _printer(width)
    p.image(_centered(render_image(label), width), impl="bitImageRaster", center=False)
    if cut:
        p.cut()
    return p.output


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
    block = layout_text(item.text, width=width, height=10_000, size_px=size, min_px=size,
                        max_lines=50, shrink=False, bold=item.bold)
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
