"""Polish, Czech and Turkish letters print in every label language, not as blanks.

Noto Sans CJK lacks ~280 Latin Extended-A/B letters, so the label font falls
back per character (printers.typeset). A letter is proved printed by finding
ink in its own cell (where layout put it, inset so no neighbour reaches in).
The control is the same label set in Noto Sans CJK alone, as before the
fallback: there the cells of the letters it lacks are blank, so the check
does see a missing glyph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops

import printers.typeset as typeset
from printers.compose import PText, compose
from printers.layout import Label, Text
from printers.render_escpos import render_escpos
from printers.render_pdf import render_pdf
from printers.render_png import render_image
from printers.render_tspl import render_tspl
from printers.render_zpl import render_zpl
from printers.templates import bind, load_template, sample_data
from printers.typeset import FONT_PATH, face_of, font, measure, runs, stroke
from tests.zpl_decode import render_zpl_images

ADDRESS = "Paweł Kamiński, ul. Źródlana 5, Łódź"
TURKISH = "Şükrü Çelik"
SPECIAL = frozenset("łńŹóŁźŞüÇ")  # every letter outside ASCII in ADDRESS and TURKISH
NOT_IN_NOTO = frozenset("łŹŁźŞ")  # what Noto Sans CJK lacks (printed as blanks before)


def _label(address: str = ADDRESS, name: str = TURKISH, dpi: int = 203) -> Label:
    return Label(
        70,
        25,
        dpi,
        (
            Text(2, 2, 66, 7, address, size=9, max_lines=2, shrink=True, min_size=7),
            Text(2, 14, 66, 8, name, size=14),
        ),
    )


def _clear_font_caches() -> None:
    typeset.clear_caches()  # and every line, glyph run and label part drawn with the fonts


@pytest.fixture
def noto_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Text set in the CJK font alone, as before the Latin fallback was bundled."""
    monkeypatch.setattr(typeset, "FONT_PATHS", (FONT_PATH,))
    _clear_font_caches()
    yield
    monkeypatch.undo()
    _clear_font_caches()


def _cells(label: Label) -> list[tuple[str, tuple[int, int, int, int]]]:
    """(letter, box in dots) of every special letter's cell, inset so neighbours never reach in.

    Positions are where the raster renderer puts each glyph: its run's start,
    then the font's own (hinted) advances within the run.
    """
    out = []
    for pt in compose(label):
        if not isinstance(pt, PText):
            continue
        size = pt.block.size_px
        sw = stroke(size) if pt.bold else 0
        for i, line in enumerate(pt.block.lines):
            x = pt.line_x(measure(line, size, pt.bold)) + sw
            top = pt.y + i * pt.block.pitch
            for face, offset, text in runs(line):
                start, face_font = x + round(offset * size), font(size, face)
                for k, ch in enumerate(text):
                    if ch in SPECIAL:
                        x0 = start + face_font.getlength(text[:k], mode="1")
                        x1 = start + face_font.getlength(text[: k + 1], mode="1")
                        out.append((ch, (round(x0) + 1 + sw, top, round(x1) - 1 - sw, top + pt.block.pitch)))
    return out


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """Dark pixels of a white-paper image in `box`."""
    grey = image.convert("L").crop(box)
    return sum(grey.point(lambda v: 255 if v < 128 else 0).histogram()[255:])


def _blank_letters(image: Image.Image, label: Label) -> list[str]:
    cells = _cells(label)
    assert {ch for ch, _ in cells} >= NOT_IN_NOTO
    return sorted({ch for ch, box in cells if _ink(image, box) == 0})


def _ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    box = ImageChops.invert(image.convert("L")).getbbox()
    assert box
    return box


def _same_ink(a: Image.Image, b: Image.Image) -> None:
    """`a` and `b` hold the same dots, wherever each puts them."""
    a, b = a.convert("L"), b.convert("L")
    assert ImageChops.difference(a.crop(_ink_box(a)), b.crop(_ink_box(b))).getbbox() is None


def test_each_letter_is_drawn_by_a_font_that_has_a_glyph_for_it() -> None:
    for ch in SPECIAL:
        face = font(40, face_of(ch))
        left, top, right, bottom = face.getbbox(ch)
        assert right > left and bottom > top, ch
        assert face.getmask(ch, mode="1").getbbox(), ch
    assert all(len(runs(line)) == 1 for line in (ADDRESS, TURKISH))  # one font per Latin line: no mixed faces


def test_without_the_fallback_these_letters_print_blank(noto_only: None) -> None:
    label = _label()
    assert _blank_letters(render_image(label), label) == sorted(NOT_IN_NOTO)


@pytest.mark.parametrize("dpi", [203, 300])
def test_preview_shows_polish_and_turkish_letters(dpi: int) -> None:
    label = _label(dpi=dpi)
    assert [pt.block.lines for pt in compose(label) if isinstance(pt, PText)] == [(ADDRESS,), (TURKISH,)]
    assert _blank_letters(render_image(label), label) == []


def test_zpl_tspl_and_escpos_graphics_are_the_preview_with_the_letters() -> None:
    label = _label()
    preview = render_image(label)
    zpl = render_zpl(label)
    assert zpl.count(b"^GFA") == 2 and "ł".encode() not in zpl  # both lines have letters font 0 lacks: graphics
    printed = render_zpl_images(zpl)[0]
    assert ImageChops.difference(printed.crop((0, 0, *preview.size)), preview.convert("L")).getbbox() is None
    tspl = render_tspl(label)
    canvas = Image.new("1", preview.size, 1)
    for m in re.finditer(rb"BITMAP (\d+),(\d+),(\d+),(\d+),0,", tspl):
        x, y, wb, h = (int(v) for v in m.groups())
        part = Image.frombytes("1", (wb * 8, h), tspl[m.end() : m.end() + wb * h])
        canvas.paste(ImageChops.logical_and(canvas.crop((x, y, x + wb * 8, y + h)), part), (x, y))
    assert ImageChops.difference(canvas.convert("L"), preview.convert("L")).getbbox() is None
    job = render_escpos(label, paper_mm=80)
    m = re.search(rb"\x1dv0\x00(..)(..)", job, re.S)
    assert m
    wb, h = int.from_bytes(m[1], "little"), int.from_bytes(m[2], "little")
    raster = ImageChops.invert(Image.frombytes("1", (wb * 8, h), job[m.end() : m.end() + wb * h]).convert("L"))
    _same_ink(raster, preview)


def test_pdf_shows_polish_and_turkish_letters() -> None:
    label = _label()
    doc = pdfium.PdfDocument(render_pdf(label))
    try:
        text = doc[0].get_textpage().get_text_bounded()
        image = doc[0].render(scale=label.dpi / 72).to_pil()
    finally:
        doc.close()
    assert "Kami" not in text and "elik" not in text  # outside Windows-1252: drawn as the raster line, as CJK is
    assert image.size == (label.width_dots, label.height_dots)
    assert _blank_letters(image, label) == []


def test_shipping_label_for_a_polish_and_a_turkish_recipient() -> None:
    data = sample_data()
    street, city = "ul. Źródlana 5", "Łódź"
    data["recipient"] = dict(  # type: ignore[arg-type]
        data["recipient"],
        name="Paweł Kamiński",
        company="Şükrü Çelik",
        street=street,
        line1=street,
        line2="",
        city=city,
        postcode="90-001",
        region="",
        country="PL",
        city_line=f"90-001 {city}",
    )
    label = bind(load_template("shipping-4x6"), data, dpi=203)
    texts = [" ".join(pt.block.lines) for pt in compose(label) if isinstance(pt, PText)]
    for part in ("Paweł Kamiński", "Şükrü Çelik", "ul. Źródlana 5", "Łódź"):
        assert any(part in t for t in texts), (part, texts)
    image = render_image(label)
    assert _blank_letters(image, label) == []
    printed = render_zpl_images(render_zpl(label, text_as_graphics=True))[0]
    assert ImageChops.difference(printed.crop((0, 0, *image.size)), image.convert("L")).getbbox() is None
