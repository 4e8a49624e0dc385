"""Carrier labels (PDF or PNG from the carrier) onto thermal label stock.

A carrier label is rasterised to 1 bit at the printer's dpi, turned to match
the stock, and fitted: by default the blank margin is cropped and the label
printed 1:1 (a 4x8 in label whose ink fills 4x6 prints unscaled on 4x6 stock,
so its barcodes keep their exact bar widths); only when the ink itself is
bigger than the stock is it scaled down. Then it becomes a ZPL `^GFA`, TSPL
`BITMAP` or ESC/POS image. ZPL carrier labels are not touched here: the app
sends them to ZPL printers as they are (see `is_zpl`).
"""

from __future__ import annotations

import io
from typing import Literal

from PIL import Image, ImageChops, ImageOps, UnidentifiedImageError

from printers.layout import LabelError, dots

__all__ = [
    "carrier_escpos",
    "carrier_tspl",
    "carrier_zpl",
    "fit_to_media",
    "is_pdf",
    "is_png",
    "is_zpl",
    "rasterize",
]

Fit = Literal["crop", "scale"]
_THRESHOLD = 160  # grey above this is paper: barcodes need hard edges, not dithering


def is_zpl(data: bytes) -> bool:
    """True for a ZPL job (`^XA` near the start, after optional `~` commands)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:3].upper() == b"^XA" or (head[:1] == b"~" and b"^XA" in head.upper())


def is_pdf(data: bytes) -> bool:
    """True for a PDF (the header may follow up to 1 KiB of junk, as readers allow)."""
    return b"%PDF-" in data[:1024]


def is_png(data: bytes) -> bool:
    return data[:8] == b"\x89PNG\r\n\x1a\n"


def _pdf_page(data: bytes, dpi: float, page: int) -> Image.Image:
    import pypdfium2 as pdfium  # loaded on first use: a native library

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise LabelError(f"the carrier's PDF label cannot be read: {exc}") from exc
    try:
        if not 0 <= page < len(doc):
            raise LabelError(f"the carrier's PDF has {len(doc)} page(s), no page {page + 1}")
        bitmap = doc[page].render(scale=dpi / 72, grayscale=True, no_smoothtext=True, no_smoothpath=True)
        return bitmap.to_pil().convert("L")
    finally:
        doc.close()


def _image(data: bytes, dpi: int) -> Image.Image:
    try:
        img: Image.Image = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise LabelError(f"the carrier's label image cannot be read: {exc}") from exc
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        img = Image.alpha_composite(Image.new("RGBA", img.size, "white"), img)
    img = img.convert("L")
    src_dpi = img.info.get("dpi", (0, 0))[0]
    if src_dpi and abs(src_dpi - dpi) > 1:
        size = (round(img.width * dpi / src_dpi), round(img.height * dpi / src_dpi))
        img = img.resize(size, Image.Resampling.NEAREST if src_dpi % dpi == 0 else Image.Resampling.LANCZOS)
    return img


def _turn_and_trim(
    img: Image.Image, media_w: int, media_h: int, rotate: int | None, fit: Fit
) -> tuple[Image.Image, Image.Image, int]:
    """(1-bit-as-grey image, grey image, rotation) after turning and cropping."""
    if rotate is None:
        rotate = 90 if (img.width > img.height) != (media_w > media_h) and img.width != img.height else 0
    if rotate not in (0, 90, 180, 270):
        raise LabelError(f"rotation must be 0, 90, 180 or 270 degrees, not {rotate}")
    if rotate:
        img = img.rotate(-rotate, expand=True, fillcolor=255)
    bw = img.point(lambda v: 255 if v > _THRESHOLD else 0)
    if fit == "crop":
        ink = ImageChops.invert(bw).getbbox()
        if ink is None:
            raise LabelError("the carrier's label is blank")
        bw, img = bw.crop(ink), img.crop(ink)
    elif fit != "scale":
        raise LabelError(f"fit must be 'crop' or 'scale', not {fit!r}")
    return bw, img, rotate


def fit_to_media(
    img: Image.Image, media_w: int, media_h: int, *, rotate: int | None = None, fit: Fit = "crop"
) -> Image.Image:
    """`img` (grey) as a 1-bit image exactly `media_w` x `media_h` dots.

    `rotate` is 0/90/180/270 clockwise, or None to turn a landscape label onto
    portrait stock (and back). "crop" drops the blank margin and prints 1:1
    when the ink fits; "scale" shrinks the whole page to the stock.
    """
    bw, grey, rotate = _turn_and_trim(img, media_w, media_h, rotate, fit)
    if bw.width > media_w or bw.height > media_h:
        k = min(media_w / bw.width, media_h / bw.height)
        grey = grey.resize((max(1, int(grey.width * k)), max(1, int(grey.height * k))), Image.Resampling.LANCZOS)
        bw = grey.point(lambda v: 255 if v > _THRESHOLD else 0)
    out = Image.new("L", (media_w, media_h), 255)
    out.paste(bw, ((media_w - bw.width) // 2, (media_h - bw.height) // 2 if fit == "scale" else 0))
    return out.convert("1", dither=Image.Dither.NONE)


def rasterize(
    data: bytes,
    *,
    dpi: int,
    media_w_mm: float,
    media_h_mm: float,
    rotate: int | None = None,
    fit: Fit = "crop",
    page: int = 0,
) -> Image.Image:
    """A carrier PDF or PNG/JPEG label as a 1-bit image the size of the stock."""
    media_w, media_h = dots(media_w_mm, dpi), dots(media_h_mm, dpi)
    if is_zpl(data):
        raise LabelError("this carrier label is ZPL: send it to a ZPL printer as it is")
    if not is_pdf(data):
        return fit_to_media(_image(data, dpi), media_w, media_h, rotate=rotate, fit=fit)
    img = _pdf_page(data, dpi, page)
    bw, _, turned = _turn_and_trim(img, media_w, media_h, rotate, fit)
    k = min(media_w / bw.width, media_h / bw.height)
    if k < 1:
        # Too big for the stock: render the vectors again smaller rather than
        # resampling pixels, so bars stay crisp and scannable.
        img = _pdf_page(data, dpi * k * 0.995, page)
    return fit_to_media(img, media_w, media_h, rotate=turned, fit=fit)


def carrier_zpl(image: Image.Image, *, setup: bytes | None = None) -> bytes:
    """The rasterised label as one ZPL format with one `^GFA` graphic (`setup`: the profile's block)."""
    from printers.render_zpl import graphic_field

    if setup is not None:
        head = "^XA" + setup.decode("ascii") + "^CI28^FO0,0"
    else:
        head = f"^XA^PW{image.width}^LL{image.height}^LH0,0^FO0,0"
    return f"{head}{graphic_field(image)}^FS^XZ\n".encode("ascii")


def carrier_tspl(
    image: Image.Image, *, dpi: int, gap_mm: float = 3.0, direction: int = 0, setup: bytes | None = None
) -> bytes:
    """The rasterised label as one TSPL job with one `BITMAP` (`setup`: the profile's header)."""
    from printers.render_tspl import bitmap_command

    w_mm, h_mm = image.width * 25.4 / dpi, image.height * 25.4 / dpi
    head = (
        setup
        if setup is not None
        else (
            f"SIZE {w_mm:.1f} mm,{h_mm:.1f} mm\r\nGAP {gap_mm:.1f} mm,0 mm\r\n"
            f"DIRECTION {1 if direction else 0}\r\nREFERENCE 0,0\r\n"
        ).encode("ascii")
    ) + b"CLS\r\n"
    return head + bitmap_command(0, 0, image) + b"PRINT 1,1\r\n"


def carrier_escpos(image: Image.Image, *, paper_mm: int = 80, cut: bool = True, setup: bytes | None = None) -> bytes:
    """The rasterised label as an ESC/POS raster image, scaled to the paper if wider; `setup`
    (the profile's settings block, which starts with `ESC @`) opens it in place of a bare `ESC @`."""
    from printers.render_escpos import PAPER_DOTS, _centered, _printer

    width = PAPER_DOTS.get(paper_mm)
    if width is None:
        raise LabelError(f"ESC/POS paper must be 58 or 80 mm wide, not {paper_mm} mm")
    if image.width > width:
        grey = ImageOps.contain(image.convert("L"), (width, 10 * image.height), Image.Resampling.LANCZOS)
        image = grey.point(lambda v: 255 if v > _THRESHOLD else 0).convert("1", dither=Image.Dither.NONE)
    p = _printer(width)
    p.image(_centered(image, width), impl="bitImageRaster", center=False)
    if cut:
        p.cut()
    return p.output if setup is None else setup + p.output.removeprefix(b"\x1b@")
