"""Every label language prints the same label: it scans, shows the text, and no customer text becomes a command."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest
import zplkit
import zplkit._native
import zplkit.parse
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops

from printers.layout import Barcode, Box, Label, LabelError, Line, Text
from printers.render_escpos import FlowRule, FlowText, escpos_flow, render_escpos
from printers.render_pdf import render_pdf
from printers.render_png import render_image, render_png
from printers.render_tspl import render_tspl
from printers.render_zpl import render_zpl, render_zpl_batch
from printers.templates import bind, load_template, sample_data
from tests.fakes.escpos_paper import EscposPaper
from tests.zpl_decode import decode_zpl, render_zpl_images

TEMPLATES = ["shipping-4x6", "shipping-100x150", "shipping-100x100"]
SHIPPING_CODES = ["1Z999AA10123456784", "P-2026-000123-1", "P-2026-000123-1"]
HOSTILE = '^XA^FDevil^FS^XZ ~JA ~ " \\ ! _5E \x00\x01\x07\x1b@\x1bd\x1d\x56\x00\x7f\r\n王小明'
RENDERER_COMMANDS = {
    "XA",
    "CI",
    "PW",
    "LL",
    "LH",
    "PO",
    "FO",
    "A0",
    "FB",
    "FH",
    "FD",
    "FS",
    "GB",
    "BY",
    "BC",
    "GF",
    "XZ",
}
TSPL_COMMANDS = {
    b"SIZE",
    b"GAP",
    b"DIRECTION",
    b"REFERENCE",
    b"CLS",
    b"TEXT",
    b"BARCODE",
    b"BAR",
    b"BOX",
    b"BITMAP",
    b"PRINT",
}


def _pdf_pages(pdf: bytes) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=300 / 72).to_pil() for page in doc]
    finally:
        doc.close()


def _codes(image: Image.Image) -> list[str]:
    return sorted(r.text for r in zxingcpp.read_barcodes(image.convert("L")))


def _zpl_images(zpl: bytes, dpi: int = 203) -> list[Image.Image]:
    limits = zplkit._native.RenderLimits(graphic_bytes=4_000_000)
    doc = zplkit.render(zpl, zplkit.Options(dpi=dpi), limits=limits)
    return [Image.frombytes("L", (s.rasterize().width, s.rasterize().height), s.rasterize().pixels) for s in doc.labels]


def _label(name: str, dpi: int = 203, data: dict | None = None, carrier: str | None = None) -> Label:
    return bind(load_template(name, carrier=carrier), data if data is not None else sample_data(), dpi=dpi)


# --- what the seller sees is what scans ---------------------------------------


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("name", TEMPLATES)
def test_shipping_label_preview_and_zpl_scan(name: str, dpi: int) -> None:
    label = _label(name, dpi)
    assert _codes(render_image(label)) == sorted(SHIPPING_CODES)
    assert sorted(decode_zpl(render_zpl(label), dpi=dpi)) == sorted(SHIPPING_CODES)


def test_product_label_ean13_scans_everywhere() -> None:
    label = _label("product-60x40")
    assert _codes(render_image(label)) == ["4006381333931"]
    assert decode_zpl(render_zpl(label)) == ["4006381333931"]
    pdf_page = _pdf_pages(render_pdf(label))[0]
    assert _codes(pdf_page) == ["4006381333931"]


def test_zpl_with_all_text_as_graphics_is_the_preview_dot_for_dot() -> None:
    for name in ["shipping-4x6", "product-60x40"]:
        label = _label(name)
        printed = _zpl_images(render_zpl(label, text_as_graphics=True))[0]
        preview = render_image(label).convert("L")
        assert ImageChops.difference(printed.crop((0, 0, *preview.size)), preview).getbbox() is None


def test_cjk_recipient_prints_as_a_graphic_where_the_preview_shows_it() -> None:
    data = sample_data()
    data["recipient"] = dict(data["recipient"], name="王小明", company="")  # type: ignore[arg-type]
    label = _label("shipping-4x6", data=data)
    zpl = render_zpl(label)
    assert "王".encode() not in zpl and b"_E7_8E_8B" not in zpl  # never sent as text to a font without it
    # The name line is the first line of the SHIP TO block (y = 49 mm): a ^GFA graphic there.
    y_name = round(49 * 203 / 25.4)
    graphics = [(int(x), int(y)) for x, y in re.findall(rb"\^FO(\d+),(\d+)\^GFA", zpl)]
    assert any(abs(y - y_name) < 20 for _, y in graphics), graphics
    printed = render_zpl_images(zpl)[0]
    name_area = printed.crop((24, y_name, 24 + 150, y_name + 40))
    assert name_area.getextrema()[0] == 0  # ink where the name is
    preview_area = render_image(label).convert("L").crop((24, y_name, 24 + 150, y_name + 40))
    assert ImageChops.difference(name_area, preview_area).getbbox() is None


def test_pdf_batch_has_one_page_per_label_and_every_page_scans() -> None:
    data = sample_data()
    labels = [_label("shipping-4x6", data=dict(data, tracking_number=f"1Z{i:016d}")) for i in range(3)]
    doc = pdfium.PdfDocument(render_pdf(labels))
    assert len(doc) == 3
    for i, page in enumerate(doc):
        assert f"1Z{i:016d}" in _codes(page.render(scale=300 / 72).to_pil())
    text = doc[0].get_textpage().get_text_bounded()
    assert "Çafé & Co" in text and "SHIP TO" in text  # Latin text stays real text
    assert "Zoë" not in text  # the name line has CJK: drawn as an image, not a font lookup
    doc.close()


def test_png_preview_is_at_printer_resolution() -> None:
    png = render_png(_label("shipping-4x6", dpi=300))
    img = Image.open(io.BytesIO(png))
    assert img.size == (1200, 1800)
    assert round(img.info["dpi"][0]) == 300
    assert _codes(img) == sorted(SHIPPING_CODES)


# --- TSPL and ESC/POS, byte for byte ------------------------------------------

SMALL = Label(
    40,
    20,
    203,
    (
        Box(0.5, 0.5, 39, 19, 0.25),
        Text(2, 2, 36, 5, "AB-1", size=10),
        Line(2, 7.5, 38, 7.5, 0.25),
        Barcode("code128", "12345678", 0, 8.5, 40, 10, human_readable=False),
    ),
)


def test_tspl_small_label_byte_for_byte() -> None:
    # 40x20 mm at 203 dpi = 320x160 dots; "12345678" = start C (105), 12 34 56 78,
    # check 47: 79 modules + 20 quiet in 320 dots -> module 3, x = (320 - 237) // 2.
    assert render_tspl(SMALL) == (
        b"SIZE 40 mm,20 mm\r\nGAP 3 mm,0 mm\r\nDIRECTION 0\r\nREFERENCE 0,0\r\nCLS\r\n"
        b"BOX 4,4,315,155,2\r\n"
        b'TEXT 16,16,"1",0,2,2,"AB-1"\r\n'
        b"BAR 16,59,288,2\r\n"
        b'BARCODE 41,68,"128M",80,0,0,3,3,"!10512345678"\r\n'
        b"PRINT 1,1\r\n"
    )


def _tspl_commands(job: bytes) -> list[tuple[bytes, bytes]]:
    """(command, rest) of each TSPL command; BITMAP data skipped by its declared size."""
    out = []
    pos = 0
    while pos < len(job):
        end = job.index(b"\r\n", pos)
        line = job[pos:end]
        if line.startswith(b"BITMAP "):
            m = re.match(rb"BITMAP (\d+),(\d+),(\d+),(\d+),0,", job[pos:])
            assert m, job[pos : pos + 40]
            size = int(m[3]) * int(m[4])
            out.append((b"BITMAP", job[pos + m.end() : pos + m.end() + size]))
            pos += m.end() + size
            assert job[pos : pos + 2] == b"\r\n"
            pos += 2
            continue
        name, _, rest = line.partition(b" ")
        out.append((name, rest))
        pos = end + 2
    return out


def _bitmaps(job: bytes) -> Image.Image:
    """The TSPL job's bitmaps drawn on a white label (0 bits print)."""
    canvas = Image.new("1", (812, 1218), 1)
    for m in re.finditer(rb"BITMAP (\d+),(\d+),(\d+),(\d+),0,", job):
        x, y, wb, h = (int(v) for v in m.groups())
        data = job[m.end() : m.end() + wb * h]
        part = Image.frombytes("1", (wb * 8, h), data)
        canvas.paste(ImageChops.logical_and(canvas.crop((x, y, x + wb * 8, y + h)), part), (x, y))
    return canvas


def test_tspl_bitmaps_are_the_preview_and_scan() -> None:
    label = _label("shipping-4x6", carrier="ups")  # QR as a bitmap, CJK name as a bitmap
    job = render_tspl(label, text_as_graphics=True)
    assert [c for c, _ in _tspl_commands(job)].count(b"PRINT") == 1
    drawn = _bitmaps(job)
    assert "1Z999AA10123456784" in _codes(drawn)  # the QR, from its BITMAP
    cmds = _tspl_commands(job)
    assert any(c == b"BARCODE" and b"!1041Z999AA1!0990123456784" in r for c, r in cmds)


def test_escpos_small_label_byte_for_byte() -> None:
    label = Label(8, 2, 203, (Box(0, 0, 8, 2, 0.5, fill=True),))  # 64x16 dots, all black
    row = b"\x00" * 20 + b"\xff" * 8 + b"\x00" * 20  # centred on 384 dots (48 bytes)
    assert render_escpos(label, paper_mm=58) == (
        b"\x1b@" + b"\x1dv0\x00" + bytes([48, 0, 16, 0]) + row * 16 + b"\x1bd\x06" + b"\x1dV\x00"
    )


def _escpos_raster(job: bytes) -> Image.Image:
    images = []
    for m in re.finditer(rb"\x1dv0\x00(..)(..)", job, re.S):
        wb = int.from_bytes(m[1], "little")
        h = int.from_bytes(m[2], "little")
        data = job[m.end() : m.end() + wb * h]
        images.append(ImageChops.invert(Image.frombytes("1", (wb * 8, h), data).convert("L")))
    out = Image.new("L", (max(i.width for i in images), sum(i.height for i in images)), 255)
    y = 0
    for img in images:
        out.paste(img, (0, y))
        y += img.height
    return out


def test_escpos_label_raster_scans() -> None:
    job = render_escpos(_label("product-60x40"), paper_mm=80)
    assert _codes(_escpos_raster(job)) == ["4006381333931"]


def test_label_too_wide_for_receipt_paper_is_refused() -> None:
    with pytest.raises(LabelError, match="does not fit"):
        render_escpos(_label("shipping-4x6"), paper_mm=58)


# --- hostile text --------------------------------------------------------------


def _hostile_data(text: str, code: str) -> dict:
    data = sample_data()

    def poison(value: object) -> object:
        if isinstance(value, dict):
            return {k: poison(v) for k, v in value.items()}
        return f"{value}{text}"

    data = poison(data)
    data["tracking_number"] = code  # barcodes get hostile ASCII (non-ASCII cannot be Code128)
    data["parcel_number"] = "P-" + code
    data["product"]["ean"] = "4006381333931"  # type: ignore[index]
    return data


def _check_zpl(zpl: bytes) -> None:
    assert zpl.count(b"^XA") == 1 and zpl.startswith(b"^XA") and zpl.rstrip().endswith(b"^XZ")
    assert zpl.count(b"^XZ") == 1 and b"~" not in zpl
    assert all(0x20 <= b < 0x7F for b in zpl.rstrip(b"\n"))
    commands = [bytes(e)[1:3].decode() for e in zplkit.parse.parse(zpl).elements if e.kind != "before_first_command"]
    assert set(commands) <= RENDERER_COMMANDS, set(commands) - RENDERER_COMMANDS


def _check_tspl(job: bytes) -> None:
    cmds = _tspl_commands(job)
    assert {c for c, _ in cmds} <= TSPL_COMMANDS
    assert [c for c, _ in cmds].count(b"PRINT") == 1 and cmds[-1][0] == b"PRINT"
    assert [c for c, _ in cmds].count(b"CLS") == 1
    for c, rest in cmds:
        if c in (b"TEXT", b"BARCODE"):
            assert rest.count(b'"') in (4,) and re.fullmatch(rb"[\x20-\x7e]*", rest), rest
            assert rest.endswith(b'"') and b"\\" not in rest


def _check_escpos(job: bytes) -> None:
    """Walk the job: only known commands, printable text, one init, one cut."""
    pos, inits, cuts = 0, 0, 0
    while pos < len(job):
        b = job[pos]
        if job.startswith(b"\x1dv0\x00", pos):
            wb, h = int.from_bytes(job[pos + 4 : pos + 6], "little"), int.from_bytes(job[pos + 6 : pos + 8], "little")
            pos += 8 + wb * h
        elif job.startswith(b"\x1b@", pos):
            inits += 1
            pos += 2
        elif job.startswith(b"\x1dkI", pos):  # CODE128: a counted length, then data only
            n = job[pos + 3]
            assert job[pos + 4 : pos + 6] in (b"{B", b"{C"), job[pos : pos + 8]
            pos += 4 + n
        elif job.startswith(b"\x1d(k", pos):  # QR: a counted length
            pos += 5 + int.from_bytes(job[pos + 3 : pos + 5], "little")
        elif job[pos : pos + 2] in (b"\x1dP", b"\x1b$"):
            pos += 4
        elif job.startswith(b"\x1dV", pos):
            cuts += 1
            pos += 3
        elif job[pos : pos + 2] in (
            b"\x1ba",
            b"\x1bE",
            b"\x1bt",
            b"\x1bd",
            b"\x1b!",
            b"\x1bM",
            b"\x1b-",
            b"\x1d!",
            b"\x1dB",
            b"\x1bG",
            b"\x1b{",
            b"\x1b7",
            b"\x1d|",
            b"\x1bb",
            b"\x1b\x21",
            b"\x1bJ",
            b"\x1dH",
            b"\x1dh",
            b"\x1dw",
        ):
            pos += 3
        else:
            assert b == 0x0A or 0x20 <= b < 0x7F, (pos, job[pos - 10 : pos + 10])
            pos += 1
    assert inits == 1 and cuts == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(
        st.sampled_from(list('^~_\\"!,&%XAZJ') + ["\x1b", "\x00", "\x7f", "\r", "\n", "\x9b", "中", "é", "😀", "Я"]),
        max_size=12,
    ),
    code=st.text(st.sampled_from(list('^~_\\"!>AZ09-')), min_size=1, max_size=10),
    name=st.sampled_from(["shipping-4x6", "shipping-100x100", "product-60x40", "shipping-80mm", "shipping-58mm"]),
)
def test_hostile_text_in_every_field_yields_exactly_one_label_in_every_language(
    text: str, code: str, name: str
) -> None:
    label = bind(load_template(name), _hostile_data(HOSTILE + text, code), dpi=203)
    _check_zpl(render_zpl(label))
    _check_tspl(render_tspl(label))
    if name in ("product-60x40", "shipping-80mm"):
        _check_escpos(render_escpos(label, paper_mm=80))
    if name == "shipping-58mm":
        _check_escpos(render_escpos(label, paper_mm=58))
    _check_escpos(escpos_flow([FlowText(HOSTILE + text, bold=True), FlowRule(), FlowText("x" + text, large=True)]))
    assert render_pdf([label, label]).count(b"/Type /Page\n") == 2


def test_hostile_barcode_data_scans_as_given() -> None:
    code = '^XA~JA"\\!>_'
    data = _hostile_data(HOSTILE, code)
    label = bind(load_template("shipping-4x6"), data, dpi=203)
    zpl = render_zpl(label)
    _check_zpl(zpl)
    assert code in decode_zpl(zpl)
    assert code in _codes(render_image(label))
    assert len(render_zpl_images(render_zpl_batch([label, label]))) == 2
    receipt = bind(load_template("shipping-80mm"), data, dpi=203)
    job = render_escpos(receipt, paper_mm=80)
    _check_escpos(job)
    assert b"\x1dkI" in job  # the printer draws it, and reads it as the same characters
    assert code in _codes(EscposPaper(80).feed(job)[0].image)
