"""Carrier PDF/PNG labels print on the stock loaded, and still scan; documents scan too."""

from __future__ import annotations

import io
import re

import pytest
import zplkit
import zplkit._native
import zxingcpp
from PIL import Image, ImageChops
from reportlab.graphics.barcode import code128
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from printers.documents import (
    ManifestParcel,
    PackingSlip,
    PickLine,
    SlipItem,
    handover_manifest,
    packing_slip,
    packing_slip_escpos,
    pick_list,
    pick_totals,
    to_pdf,
)
from printers.layout import LabelError
from printers.raster import carrier_escpos, carrier_tspl, carrier_zpl, is_pdf, is_png, is_zpl, rasterize
from printers.render_png import render_image

TRACKING = "9400111899223197428490"


def _codes(image: Image.Image) -> list[str]:
    return sorted(r.text for r in zxingcpp.read_barcodes(image.convert("L")))


def _carrier_pdf_4x8() -> bytes:
    """A 4x8 in carrier label (drawn by reportlab's own Code128) whose ink fits 4x6."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(4 * inch, 8 * inch))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(0.2 * inch, 7.6 * inch, "CARRIER XYZ")
    code128.Code128(TRACKING, barWidth=0.015 * inch, barHeight=1.2 * inch, quiet=False).drawOn(
        c, 0.3 * inch, 4.5 * inch
    )
    c.rect(0.1 * inch, 2.1 * inch, 3.8 * inch, 5.8 * inch)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_sniffing_tells_zpl_pdf_and_png_apart() -> None:
    png = io.BytesIO()
    Image.new("1", (8, 8), 1).save(png, "PNG")
    assert is_zpl(b"\r\n^XA^FDx^FS^XZ") and is_zpl(b"~SD20^XA^XZ") and not is_zpl(b"%PDF-1.4")
    assert is_pdf(_carrier_pdf_4x8()) and not is_pdf(png.getvalue())
    assert is_png(png.getvalue()) and not is_png(b"^XA")


def test_4x8_pdf_label_on_4x6_stock_prints_unscaled_and_scans() -> None:
    image = rasterize(_carrier_pdf_4x8(), dpi=203, media_w_mm=101.6, media_h_mm=152.4)
    assert image.size == (812, 1218) and image.mode == "1"
    assert _codes(image) == [TRACKING]
    # ZPL: one format, one graphic, rendered offline and scanned.
    zpl = carrier_zpl(image)
    assert zpl.count(b"^XA") == 1 and zpl.count(b"^GFA") == 1
    doc = zplkit.render(zpl, zplkit.Options(dpi=203), limits=zplkit._native.RenderLimits(graphic_bytes=4_000_000))
    raster = doc.labels[0].rasterize()
    assert _codes(Image.frombytes("L", (raster.width, raster.height), raster.pixels)) == [TRACKING]
    # TSPL: the BITMAP turned back into an image scans.
    job = carrier_tspl(image, dpi=203)
    m = re.search(rb"BITMAP 0,0,(\d+),(\d+),0,", job)
    assert m and job.endswith(b"PRINT 1,1\r\n")
    wb, h = int(m[1]), int(m[2])
    assert _codes(Image.frombytes("1", (wb * 8, h), job[m.end() : m.end() + wb * h])) == [TRACKING]


def test_landscape_stock_turns_the_label() -> None:
    image = rasterize(_carrier_pdf_4x8(), dpi=203, media_w_mm=152.4, media_h_mm=101.6)
    assert image.size == (1218, 812)
    assert _codes(image) == [TRACKING]


def test_png_carrier_label_at_another_resolution_and_on_receipt_paper() -> None:
    image = rasterize(_carrier_pdf_4x8(), dpi=406, media_w_mm=101.6, media_h_mm=152.4)
    png = io.BytesIO()
    image.save(png, "PNG", dpi=(406, 406))
    at_203 = rasterize(png.getvalue(), dpi=203, media_w_mm=101.6, media_h_mm=152.4)
    assert at_203.size == (812, 1218) and _codes(at_203) == [TRACKING]
    # On 80 mm receipt paper (72 mm printable) the PDF is re-rendered smaller, not resampled.
    narrow = rasterize(_carrier_pdf_4x8(), dpi=203, media_w_mm=72, media_h_mm=110)
    job = carrier_escpos(narrow, paper_mm=80)
    m = re.search(rb"\x1dv0\x00(..)(..)", job, re.S)
    assert m
    wb, h = int.from_bytes(m[1], "little"), int.from_bytes(m[2], "little")
    assert wb * 8 == 576
    printed = ImageChops.invert(Image.frombytes("1", (wb * 8, h), job[m.end() : m.end() + wb * h]).convert("L"))
    assert _codes(printed) == [TRACKING]


def test_zpl_carrier_labels_are_not_rasterised() -> None:
    with pytest.raises(LabelError, match="ZPL"):
        rasterize(b"^XA^FO10,10^FDx^FS^XZ", dpi=203, media_w_mm=101.6, media_h_mm=152.4)


# --- documents ------------------------------------------------------------------

LINES = [
    PickLine("#1001", "TEE-M", "T-shirt M", 1, "B-01"),
    PickLine("#1001", "MUG-BLU", "Blue mug", 2, "A-03"),
    PickLine("#1002", "MUG-BLU", "Blue mug", 1, "A-03"),
    PickLine("#1003", "CAP", "Cap 帽子", 3, "A-01"),
]


def test_pick_list_totals_per_sku_in_bin_order_with_a_barcode_per_order() -> None:
    assert pick_totals(LINES) == [
        ("A-01", "CAP", "Cap 帽子", 3),
        ("A-03", "MUG-BLU", "Blue mug", 3),
        ("B-01", "TEE-M", "T-shirt M", 1),
    ]
    pages = pick_list(LINES)
    assert _codes(render_image(pages[0])) == ["#1001", "#1002", "#1003"]


def test_packing_slip_parcel_barcode_scans_on_paper_and_receipt() -> None:
    slip = PackingSlip(
        "#1001", "P-1001-1", "王小明, Vigo", (SlipItem("MUG-BLU", "Blue mug", 2),), buyer_note="Gift ^XA"
    )
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(to_pdf(packing_slip(slip)))
    assert _codes(doc[0].render(scale=200 / 72).to_pil()) == ["P-1001-1"]
    assert "Gift ^XA" in doc[0].get_textpage().get_text_bounded()
    doc.close()
    job = packing_slip_escpos(slip)
    assert job.count(b"\x1dV") == 1 and b"2 x MUG-BLU" in job


def test_manifest_lists_every_parcel_across_pages_with_count_and_signatures() -> None:
    parcels = [ManifestParcel(f"JD0146{i:010d}", f"P-{i}", f"#{i}", 1000) for i in range(20)]
    pages = handover_manifest("DHL", parcels, date="2026-11-26")
    assert len(pages) >= 2
    seen = [c for page in pages for c in _codes(render_image(page))]
    assert sorted(seen) == sorted(p.tracking_number for p in parcels)
    last_texts = [e.text for e in pages[-1].elements if hasattr(e, "text")]
    assert any("Parcels: 20" in t for t in last_texts) and any("signature" in t for t in last_texts)
