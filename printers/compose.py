"""A `Label` worked out in printer dots: the one geometry every renderer uses.

Text is wrapped and shrunk here, barcodes get their module size here, so ZPL,
TSPL, ESC/POS, PDF and PNG put the same lines and bars in the same places.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

from printers.layout import (
    ALIGNS,
    BARCODE_KINDS,
    Barcode,
    Box,
    Image,
    Label,
    LabelError,
    Line,
    Text,
    dots,
)
from printers.symbols import Symbol, symbol
from printers.typeset import TextBlock, complete_layout, derived_cache, layout_text

__all__ = ["PBars", "PBox", "PImage", "PText", "Placed", "compose", "text_block", "text_complete"]

HRI_PT = 8.0  # human-readable line under linear barcodes


@dataclass(frozen=True)
class PText:
    x: int
    y: int
    w: int
    h: int
    block: TextBlock
    bold: bool
    align: str

    def line_x(self, width: float) -> int:
        """Left edge of a line `width` dots wide, per the alignment."""
        if self.align == "center":
            return self.x + max(0, round((self.w - width) / 2))
        if self.align == "right":
            return self.x + max(0, round(self.w - width))
        return self.x


@dataclass(frozen=True)
class PBars:
    """A barcode: `module` dots per module, bars `bar_h` dots tall (linear)."""

    x: int
    y: int
    module: int
    bar_h: int
    symbol: Symbol

    @property
    def w(self) -> int:
        return self.symbol.width * self.module

    @property
    def h(self) -> int:
        return self.bar_h if self.symbol.linear else self.symbol.height * self.module


@dataclass(frozen=True)
class PBox:
    """A rectangle; a filled one is also how rules (lines) are drawn."""

    x: int
    y: int
    w: int
    h: int
    thickness: int
    fill: bool


@dataclass(frozen=True)
class PImage:
    x: int
    y: int
    image: object  # PIL "1" image, already at printer dots

    @property
    def w(self) -> int:
        return self.image.width  # type: ignore[attr-defined]

    @property
    def h(self) -> int:
        return self.image.height  # type: ignore[attr-defined]


Placed = PText | PBars | PBox | PImage


def _pt_px(pt: float, dpi: int) -> int:
    return max(4, round(pt * dpi / 72))


def text_block(t: Text, dpi: int) -> TextBlock:
    """The lines (and size) `t` is drawn with at `dpi`; `complete` says whether all of it shows."""
    return layout_text(
        t.text,
        width=dots(t.w, dpi),
        height=dots(t.h, dpi),
        size_px=_pt_px(t.size, dpi),
        min_px=min(_pt_px(t.min_size, dpi), _pt_px(t.size, dpi)),
        max_lines=max(1, t.max_lines),
        shrink=t.shrink,
        bold=t.bold,
    )


def text_complete(t: Text, dpi: int) -> bool:
    """`text_block(t, dpi).complete`, told without a layout when `t` cannot fit whatever its size."""
    return complete_layout(
        t.text,
        width=dots(t.w, dpi),
        height=dots(t.h, dpi),
        size_px=_pt_px(t.size, dpi),
        min_px=min(_pt_px(t.min_size, dpi), _pt_px(t.size, dpi)),
        max_lines=max(1, t.max_lines),
        shrink=t.shrink,
        bold=t.bold,
    )


def _text(t: Text, dpi: int) -> PText:
    if t.align not in ALIGNS:
        raise LabelError(f"text alignment {t.align!r} is not one of {', '.join(ALIGNS)}")
    x, y, w, h = dots(t.x, dpi), dots(t.y, dpi), dots(t.w, dpi), dots(t.h, dpi)
    return PText(x, y, w, h, text_block(t, dpi), t.bold, t.align)


def _barcode(b: Barcode, dpi: int) -> list[Placed]:
    if b.kind not in BARCODE_KINDS:
        raise LabelError(f"barcode kind {b.kind!r} is not one of {', '.join(BARCODE_KINDS)}")
    sym = symbol(b.kind, b.data)
    x, y, w, h = dots(b.x, dpi), dots(b.y, dpi), dots(b.w, dpi), dots(b.h, dpi)
    if sym.linear:
        module = w // (sym.width + 2 * sym.quiet)
        if module < 1:
            what = f"{b.kind} barcode {b.data[:40]!r}"
            raise LabelError(
                f"{what} needs {sym.width + 2 * sym.quiet} dots but its box is {w} dots wide "
                f"at {dpi} dpi: widen the box or shorten the data"
            )
        hri = _pt_px(HRI_PT, dpi) if b.human_readable else 0
        gap = round(hri * 0.15)
        bar_h = h - (hri and round(hri * 1.2) + gap)
        if bar_h < dots(4, dpi):
            raise LabelError(f"{b.kind} barcode {b.data[:40]!r} is too short to scan: make its box taller")
        bx = x + (w - sym.width * module) // 2
        out: list[Placed] = [PBars(bx, y, module, bar_h, sym)]
        if hri:
            block = layout_text(
                sym.data, width=w, height=h - bar_h, size_px=hri, min_px=hri, max_lines=1, shrink=False, bold=False
            )
            out.append(PText(x, y + bar_h + gap, w, h - bar_h - gap, block, False, "center"))
        return out
    side = min(w, h)
    module = side // (max(sym.width, sym.height) + 2 * sym.quiet)
    if module < 1:
        raise LabelError(
            f"{b.kind} barcode {b.data[:40]!r} needs a box of at least {sym.width + 2 * sym.quiet} dots at {dpi} dpi"
        )
    bx = x + (w - sym.width * module) // 2
    by = y + (h - sym.height * module) // 2
    return [PBars(bx, by, module, 0, sym)]


def _line(ln: Line, dpi: int) -> PBox:
    t = max(1, dots(ln.thickness, dpi))
    x1, y1, x2, y2 = (dots(v, dpi) for v in (ln.x1, ln.y1, ln.x2, ln.y2))
    if y1 == y2:
        return PBox(min(x1, x2), y1 - t // 2, abs(x2 - x1) or t, t, t, True)
    if x1 == x2:
        return PBox(x1 - t // 2, min(y1, y2), t, abs(y2 - y1), t, True)
    raise LabelError("lines must be horizontal or vertical (thermal printer languages have no diagonal rule)")


def _box(bx: Box, dpi: int) -> PBox:
    w, h = dots(bx.w, dpi), dots(bx.h, dpi)
    t = min(max(1, dots(bx.thickness, dpi)), w, h)
    return PBox(dots(bx.x, dpi), dots(bx.y, dpi), w, h, t, bx.fill or 2 * t >= min(w, h))


@functools.lru_cache(maxsize=64)
def _picture(data: bytes, w: int, h: int) -> object:
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        img: PILImage.Image = PILImage.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise LabelError(f"the label's picture cannot be read: {exc}") from exc
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        white = PILImage.new("RGBA", img.size, "white")
        img = PILImage.alpha_composite(white, img)
    img = img.convert("L")
    img.thumbnail((max(1, w), max(1, h)), PILImage.Resampling.LANCZOS)
    return img.convert("1")  # Floyd-Steinberg dithering


def _image(im: Image, dpi: int) -> PImage:
    x, y, w, h = dots(im.x, dpi), dots(im.y, dpi), dots(im.w, dpi), dots(im.h, dpi)
    pic = _picture(im.data, w, h)
    return PImage(x + (w - pic.width) // 2, y + (h - pic.height) // 2, pic)  # type: ignore[attr-defined]


_ELEMENTS = (Text, Barcode, Line, Box, Image)


def _placed(el: Text | Barcode | Line | Box | Image, dpi: int) -> tuple[Placed, ...]:
    """One element in printer dots (`compose` keeps what a batch shares, by identity)."""
    if isinstance(el, Text):
        return (_text(el, dpi),)
    if isinstance(el, Barcode):
        return tuple(_barcode(el, dpi))
    if isinstance(el, Line):
        return (_line(el, dpi),)
    if isinstance(el, Box):
        return (_box(el, dpi),)
    return (_image(el, dpi),)


_BY_ID: dict[tuple[int, int], tuple[object, tuple[Placed, ...]]] = {}  # (id, dpi) -> (element, placed)


def compose(label: Label) -> list[Placed]:
    """Every element of `label` placed in printer dots, in drawing order.

    Cached by identity: the parts of a template that do not change from label to label (rules,
    boxes, headings, the sender: the very elements a compiled template hands out again, also
    a value met before) are worked out once per batch; an element of one label alone is not
    hashed or kept beyond that."""
    dpi = label.dpi
    out: list[Placed] = []
    by_id = _BY_ID
    for el in label.elements:
        held = by_id.get((id(el), dpi))
        if held is not None and held[0] is el:  # the very element a compiled template shares
            out.extend(held[1])
            continue
        if not isinstance(el, _ELEMENTS):
            raise LabelError(f"unknown label element {type(el).__name__}")
        placed = _placed(el, dpi)
        if not isinstance(el, Image):  # a picture's bytes are read afresh for each label: not held
            if len(by_id) >= 4096:
                by_id.clear()
            by_id[(id(el), dpi)] = (el, placed)  # the element is held, so its id is not reused meanwhile
        out.extend(placed)
    return out


derived_cache(_BY_ID.clear)
