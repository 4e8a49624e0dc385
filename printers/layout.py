"""A label described once, in millimetres, for every printer language.

Templates bind parcel data into a `Label`; the renderers (ZPL, TSPL, ESC/POS,
PDF, PNG) all draw the same `Label`, so the preview and the printed label agree.
Elements are frozen values with no behaviour; geometry in printer dots is worked
out once per label by `printers.compose`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Align",
    "Barcode",
    "BarcodeKind",
    "Box",
    "Element",
    "Image",
    "Label",
    "LabelError",
    "Line",
    "Text",
    "dots",
]

Align = Literal["left", "center", "right"]
BarcodeKind = Literal["code128", "qr", "datamatrix", "ean13"]
BARCODE_KINDS: tuple[str, ...] = ("code128", "qr", "datamatrix", "ean13")
ALIGNS: tuple[str, ...] = ("left", "center", "right")


class LabelError(ValueError):
    """A label cannot be printed as described (barcode too long, bad geometry).

    The message names the element and says what to change, because a seller
    sees it before a roll of labels is wasted.
    """


@dataclass(frozen=True)
class Text:
    """Text in a box; `size` is the font's em height in points (1/72 in).

    Text never leaves its box: it wraps to at most `max_lines` lines (and as
    many as the box height holds), with `shrink` it first gets smaller down to
    `min_size`, and what still does not fit ends in '...'.
    """

    x: float
    y: float
    w: float
    h: float
    text: str
    size: float = 10.0
    bold: bool = False
    max_lines: int = 1
    shrink: bool = False
    min_size: float = 6.0
    align: Align = "left"


@dataclass(frozen=True)
class Barcode:
    """A barcode centred in its box, with the widest bars that fit.

    `human_readable` prints the data under a linear code (code128, ean13).
    """

    kind: BarcodeKind
    data: str
    x: float
    y: float
    w: float
    h: float
    human_readable: bool = True


@dataclass(frozen=True)
class Line:
    """A horizontal or vertical rule from (x1, y1) to (x2, y2)."""

    x1: float
    y1: float
    x2: float
    y2: float
    thickness: float = 0.3


@dataclass(frozen=True)
class Box:
    """A rectangle outline (or a solid block with `fill`)."""

    x: float
    y: float
    w: float
    h: float
    thickness: float = 0.3
    fill: bool = False


@dataclass(frozen=True)
class Image:
    """A picture (e.g. a logo) as PNG/JPEG/... bytes, fitted into its box.

    Thermal printers print black dots only, so it is dithered to 1 bit.
    """

    x: float
    y: float
    w: float
    h: float
    data: bytes = field(repr=False)


Element = Text | Barcode | Line | Box | Image


@dataclass(frozen=True)
class Label:
    """One label: media size in mm, printer resolution, and what is on it."""

    width_mm: float
    height_mm: float
    dpi: int = 203
    elements: tuple[Element, ...] = ()

    def __post_init__(self) -> None:
        if not (self.width_mm > 0 and self.height_mm > 0):
            raise LabelError(f"label size must be positive, got {self.width_mm}x{self.height_mm} mm")
        if self.dpi not in (152, 203, 300, 600) and not 100 <= self.dpi <= 1200:
            raise LabelError(f"printer resolution {self.dpi} dpi is not supported")

    @property
    def width_dots(self) -> int:
        return dots(self.width_mm, self.dpi)

    @property
    def height_dots(self) -> int:
        return dots(self.height_mm, self.dpi)


def dots(mm: float, dpi: int) -> int:
    """Millimetres to printer dots, rounded the same way by every renderer."""
    return round(mm * dpi / 25.4)
