"""Labels as PDF (reportlab): one label, or a batch merged into one file.

Pages are the label size, elements sit where the composed layout puts them.
Text a PDF standard font can show (Windows-1252) is real, searchable text in
Helvetica; other text (CJK, Cyrillic, ...) is drawn as the raster renderer's
image of that line, the same policy as the ZPL and TSPL renderers, so a PDF
never depends on fonts installed on the PC that opens it. Barcodes are vector
rectangles with the same modules as every other output.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from PIL import ImageChops
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printers.compose import PBars, PBox, PImage, PText, compose
from printers.layout import Label
from printers.render_png import _runs, line_image
from printers.typeset import ASCENT

__all__ = ["render_pdf"]


def _winansi(line: str) -> bool:
    try:
        line.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


class _Page:
    """Draws composed items with dots converted to PDF points (y up)."""

    def __init__(self, canvas: Canvas, label: Label) -> None:
        self.c = canvas
        self.k = 72 / label.dpi
        self.height = label.height_dots

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        k = self.k
        self.c.rect(x * k, (self.height - y - h) * k, w * k, h * k, stroke=0, fill=1)

    def text(self, pt: PText) -> None:
        size, pitch = pt.block.size_px, pt.block.pitch
        face = "Helvetica-Bold" if pt.bold else "Helvetica"
        for i, line in enumerate(pt.block.lines):
            top = pt.y + i * pitch
            if _winansi(line):
                pts = size * self.k
                width = stringWidth(line, face, pts)
                box = pt.w * self.k
                if width > box:  # Helvetica is wider than the label font: shrink, never overflow
                    pts *= box / width
                    width = box
                x = pt.line_x(width / self.k)
                self.c.setFont(face, pts)
                self.c.drawString(x * self.k, (self.height - top - round(ASCENT * size)) * self.k, line)
                continue
            band = line_image(pt, i)
            ink = ImageChops.invert(band.convert("L")).getbbox()
            if ink:
                part = band.crop(ink)
                self.image(part, pt.x + ink[0], top + ink[1])

    def image(self, img: object, x: int, y: int) -> None:
        k = self.k
        w, h = img.width, img.height  # type: ignore[attr-defined]
        self.c.drawImage(ImageReader(img.convert("L")), x * k, (self.height - y - h) * k, w * k, h * k)  # type: ignore[attr-defined]

    def bars(self, pb: PBars) -> None:
        m = pb.module
        if pb.symbol.linear:
            for start, n in _runs(pb.symbol.rows[0]):
                self.rect(pb.x + start * m, pb.y, n * m, pb.bar_h)
            return
        for r, row in enumerate(pb.symbol.rows):
            for start, n in _runs(row):
                self.rect(pb.x + start * m, pb.y + r * m, n * m, m)

    def box(self, b: PBox) -> None:
        if b.fill:
            self.rect(b.x, b.y, b.w, b.h)
            return
        t = b.thickness
        self.rect(b.x, b.y, b.w, t)
        self.rect(b.x, b.y + b.h - t, b.w, t)
        self.rect(b.x, b.y, t, b.h)
        self.rect(b.x + b.w - t, b.y, t, b.h)


def _draw(canvas: Canvas, label: Label) -> None:
    k = 72 / label.dpi
    canvas.setPageSize((label.width_dots * k, label.height_dots * k))
    page = _Page(canvas, label)
    canvas.setFillColorRGB(0, 0, 0)
    for it in compose(label):
        if isinstance(it, PText):
            page.text(it)
        elif isinstance(it, PBars):
            page.bars(it)
        elif isinstance(it, PBox):
            page.box(it)
        elif isinstance(it, PImage):
            page.image(it.image, it.x, it.y)
    canvas.showPage()


def render_pdf(labels: Label | Iterable[Label], *, title: str = "Shipbench labels") -> bytes:
    """One PDF page per label, each page the label's own size."""
    batch = [labels] if isinstance(labels, Label) else list(labels)
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Shipbench")
    for label in batch:
        _draw(canvas, label)
    canvas.save()
    return out.getvalue()
