"""Templates: placeholders, carrier variants, the seller's own copies, clear errors; the bundled font."""

from __future__ import annotations

import json
import pathlib

import pytest
from fontTools.ttLib import TTFont

from printers.layout import Barcode, LabelError, Text
from printers.templates import BUILTIN_DIR, TemplateError, bind, list_templates, load_template, sample_data
from printers.typeset import FONT_PATH, FONT_PATHS, LATIN_FONT_PATH, face_of


def _texts(label) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.text for e in label.elements if isinstance(e, Text)]


def test_builtin_templates_all_load_and_bind() -> None:
    assert {"shipping-4x6", "shipping-100x150", "shipping-100x100", "product-60x40"} <= set(list_templates())
    for name in list_templates():
        label = bind(load_template(name), sample_data(), dpi=203)
        assert label.elements


def test_missing_values_print_as_nothing() -> None:
    label = bind(load_template("shipping-4x6"), {"tracking_number": "1Z999AA10123456784"}, dpi=203)
    texts = _texts(label)
    assert "TRACKING  1Z999AA10123456784" in texts
    assert "Order " in texts
    assert not any("{" in t for t in texts)
    # No parcel number: its barcodes are left out, and no weight: its text is left out.
    assert [e.data for e in label.elements if isinstance(e, Barcode)] == ["1Z999AA10123456784"]


def test_data_cannot_inject_placeholders_or_line_breaks() -> None:
    data = sample_data()
    data["carrier"] = "{tracking_number}\nDHL\x1b"
    label = bind(load_template("shipping-4x6"), data, dpi=203)
    assert "{tracking_number} DHL" in _texts(label)


def test_carrier_variant_is_chosen_when_the_carrier_matches() -> None:
    assert load_template("shipping-4x6", carrier="UPS").path.name == "shipping-4x6.ups.json"
    assert load_template("shipping-4x6", carrier="DHL").path.name == "shipping-4x6.json"


def test_the_sellers_own_copy_wins(tmp_path: pathlib.Path) -> None:
    own = json.loads((BUILTIN_DIR / "shipping-4x6.json").read_text())
    own["elements"].append({"type": "text", "x": 3, "y": 3, "w": 40, "h": 5, "text": "MY SHOP"})
    (tmp_path / "shipping-4x6.json").write_text(json.dumps(own))
    template = load_template("shipping-4x6", user_dir=tmp_path)
    assert template.path == tmp_path / "shipping-4x6.json"
    assert "MY SHOP" in _texts(bind(template, sample_data()))
    # A built-in carrier variant is more specific than the user's generic copy.
    assert load_template("shipping-4x6", carrier="ups", user_dir=tmp_path).path.name == "shipping-4x6.ups.json"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"width_mm": 100, "height_mm": 150, "elements": [', "line 1"),
        ('{"width_mm": "wide", "height_mm": 150, "elements": []}', "width_mm"),
        ('{"width_mm": 100, "height_mm": 150, "elements": [{"type": "circle"}]}', "element 1"),
        ('{"width_mm": 100, "height_mm": 150, "elements": [{"type": "text", "x": 1, "y": 1, "w": 1}]}', "missing 'h'"),
        (
            '{"width_mm": 100, "height_mm": 150, "elements": [{"type": "barcode", "kind": "pdf417", "data": "x", "x": 1, "y": 1, "w": 1, "h": 1}]}',
            "kind",
        ),
    ],
)
def test_a_broken_template_names_the_file_and_the_fault(tmp_path: pathlib.Path, content: str, message: str) -> None:
    (tmp_path / "mine.json").write_text(content)
    with pytest.raises(TemplateError, match=message) as err:
        load_template("mine", user_dir=tmp_path)
    assert "mine.json" in str(err.value)


def test_template_names_cannot_leave_the_folder() -> None:
    with pytest.raises(TemplateError):
        load_template("../secrets")


def test_a_barcode_that_cannot_be_encoded_says_so() -> None:
    data = dict(sample_data(), tracking_number="王小明")
    with pytest.raises(LabelError, match="Code128"):
        from printers.render_png import render_image

        render_image(bind(load_template("shipping-4x6"), data))


def test_bundled_font_covers_the_scripts_addresses_use() -> None:
    assert FONT_PATH.stat().st_size < 12_000_000
    assert (FONT_PATH.parent / "OFL.txt").read_text().count("SIL OPEN FONT LICENSE") >= 1
    assert LATIN_FONT_PATH.stat().st_size < 400_000
    licence = (LATIN_FONT_PATH.parent / "DejaVu-LICENSE.txt").read_text()
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence
    cmap = TTFont(FONT_PATH, lazy=True).getBestCmap()
    for ch in "AzÅøéßΩЖжあアー中國한글，":
        assert ord(ch) in cmap, ch


def test_central_european_letters_are_in_the_bundled_font() -> None:
    cmaps = [TTFont(path, lazy=True).getBestCmap() for path in FONT_PATHS]
    for ch in "ŁłąęćńśźżČčŠšŽžŘřĞğŞşİı":
        assert ord(ch) in cmaps[face_of(ch)], ch  # the font the letter is drawn in has it


def test_every_latin_extended_greek_and_cyrillic_letter_has_a_glyph() -> None:
    cmaps = [TTFont(path, lazy=True).getBestCmap() for path in FONT_PATHS]
    letters = [chr(cp) for cp in [*range(0x0100, 0x0250), *range(0x0370, 0x0530), *range(0x1E00, 0x1F00)]]
    letters = [ch for ch in letters if ch.isalpha()]
    assert len(letters) > 600
    missing = [ch for ch in letters if ord(ch) not in cmaps[face_of(ch)]]
    assert not [ch for ch in missing if ord(ch) < 0x0250], missing  # all 336 Latin Extended-A/B letters
    assert len(missing) < 20, missing  # DejaVu Sans lacks only a few rare Cyrillic and Middle Welsh letters


def test_each_character_is_drawn_in_the_first_bundled_font_that_has_it() -> None:
    cmaps = [TTFont(path, lazy=True).getBestCmap() for path in FONT_PATHS]
    assert FONT_PATHS[-1] == FONT_PATH  # the CJK font is the last resort
    for ch in "AzŁşΩЖ.,-–“€":
        assert face_of(ch) == 0 and ord(ch) in cmaps[0], ch  # Latin, Greek, Cyrillic, punctuation: DejaVu Sans
    for ch in "中國あアー한글，。":
        assert face_of(ch) == len(FONT_PATHS) - 1 and ord(ch) in cmaps[-1], ch
    assert face_of("\U0001f600") == len(FONT_PATHS) - 1  # in no font: the last one's .notdef, as before
