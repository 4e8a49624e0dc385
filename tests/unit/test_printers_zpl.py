"""A printed label scans, shows the address, and no customer text becomes a printer command."""

from __future__ import annotations

import ast
import pathlib
import random
import re

import pytest
import zplkit
import zplkit.parse
from PIL import Image, ImageChops

from printers.label import Address, ShippingLabel
from printers.zpl import escape_field, render_shipping_label
from tests.zpl_decode import decode_zpl, render_zpl_images

HOSTILE = "^XA^FDevil^FS^XZ ~JA ~ _5E _ \\& \\ \x00\x01\x07\x1b[2J\x7f"
ESCAPE_POOL = ["^", "~", "_", "\\", "\x1b", "é", "中", "😀", "a", "Z", "0", " ", ",", "&", "%", "ß", "\x7f"] + [
    chr(c) for c in range(0x20)
]
RENDERER_COMMANDS = {"XA", "CI", "PW", "LL", "LH", "FO", "A0", "FB", "FH", "FD", "FS", "GB", "BY", "BC", "XZ"}


def _address(text: str) -> Address:
    return Address(
        name=f"王小明 Zoë Ångström {text}",
        lines=(f"北京市朝阳区建国路 88 号 {text}", f"Rúa do Príncipe {text}"),
        city=f"Île {text}",
        postcode=f"100022 {text}",
        country=f"cn{text}",
        region=f"Région {text}",
        company=f"Çafé & Co {text}",
        phone=f"+86 10 1234 {text}",
    )


def _label(text: str = "", **changes: object) -> ShippingLabel:
    fields: dict[str, object] = {
        "tracking_number": "1Z999AA10123456784",
        "parcel_number": "P-2026-000123-1",
        "order_reference": f"#100234 {text}",
        "carrier": f"UPS {text}",
        "service": f"Standard {text}",
        "sender": _address(text),
        "recipient": _address(text),
        "sku_summary": f"2× MUG-BLU · 1× TEE-M {text}",
        "weight_grams": 1250,
    }
    fields.update(changes)
    return ShippingLabel(**fields)  # type: ignore[arg-type]


def _unescape(body: bytes) -> bytes:
    """Strict ^FH_ decoding: a lone '_' or any unsafe byte fails the test."""
    assert re.fullmatch(rb"(?:[\x20-\x5B\x5D\x60-\x7D]|_[0-9A-F]{2})*", body), body
    return re.sub(rb"_([0-9A-F]{2})", lambda m: bytes([int(m[1], 16)]), body)


def _field_texts(zpl: bytes) -> list[str]:
    """The text of every ^FH_ field as the printer prints it (lines joined by '\\n')."""
    out = []
    for body in re.findall(rb"\^FH_\^FD(.*?)\^FS", zpl):
        lines = [_unescape(line).decode("utf-8") for line in body.split(b"\\&")]
        out.append("\n".join(lines).replace("\\\\", "\\"))
    return out


def _ink(image: Image.Image) -> Image.Image:
    """The printed part of a label, wherever the printer placed it."""
    return image.crop(ImageChops.invert(image).getbbox())


def _commands(zpl: bytes) -> list[str]:
    return [
        bytes(e)[:3].decode("latin-1") for e in zplkit.parse.parse(zpl).elements if e.kind != "before_first_command"
    ]


def test_hostile_text_in_every_field_stays_text() -> None:
    zpl = render_shipping_label(_label(HOSTILE))

    assert zpl.count(b"^XA") == 1 and zpl.startswith(b"^XA")
    assert zpl.count(b"^XZ") == 1 and zpl.endswith(b"^XZ")
    assert b"~" not in zpl, "the renderer writes no control commands; any ~ came from data"
    assert zpl.isascii()
    assert set(re.findall(rb"\^(..)", zpl)) <= {c.encode() for c in RENDERER_COMMANDS}
    # Same command sequence as a label with harmless text: nothing was injected.
    assert _commands(zpl) == _commands(render_shipping_label(_label("plain")))
    assert all(e.kind == "format_command" for e in zplkit.parse.parse(zpl).elements)
    # And the hostile text is still there, as text, in every text field.
    texts = _field_texts(zpl)
    with_data = [t for t in texts if t not in ("FROM", "SHIP TO", "1.25 kg") and not t.startswith("TRACKING")]
    assert len(with_data) == 6 and all("^XA" in t for t in with_data)
    assert sum("^XA^FDevil^FS^XZ ~JA ~ _5E _ \\& \\" in t for t in with_data) >= 4
    texts = "\n".join(texts)
    assert "王小明 Zoë Ångström" in texts and "北京市朝阳区建国路" in texts


def test_label_prints_as_one_label_whose_barcodes_scan() -> None:
    zpl = render_shipping_label(_label(HOSTILE))

    assert len(render_zpl_images(zpl)) == 1
    decoded = decode_zpl(zpl)
    assert "1Z999AA10123456784" in decoded
    assert "P-2026-000123-1" in decoded


def test_recipient_block_shows_the_whole_address() -> None:
    recipient = Address(
        "Hélène Dupont",
        ("12 rue de la Paix", "Bâtiment B"),
        "Paris",
        "75002",
        "fr",
        region="Île-de-France",
        company="Café Noir",
        phone="+33 1 23 45 67 89",
    )
    texts = _field_texts(render_shipping_label(_label(recipient=recipient)))
    block = next(t for t in texts if t.startswith("Hélène"))

    assert block.split("\n") == [
        "Hélène Dupont",
        "Café Noir",
        "12 rue de la Paix",
        "Bâtiment B",
        "75002 Paris",
        "Île-de-France",
        "FR",
        "Tel +33 1 23 45 67 89",
    ]
    assert "TRACKING  1Z999AA10123456784" in texts
    assert "1.25 kg" in texts and "Order #100234" in texts


def test_escaped_caret_prints_as_the_literal_characters() -> None:
    """Reference: the same text printed with the command prefix switched to '+'."""
    text = "^XA^FDevil ~JA"
    ours = f"^XA^CI28^FO20,20^A0N,40,40^FH_^FD{escape_field(text)}^FS^XZ".encode()
    reference = f"^XA^CI28^CT#^CC+FO20,20+A0N,40,40+FD{text}+FS+XZ".encode()

    ours_ink, ref_ink = (_ink(*render_zpl_images(z)) for z in (ours, reference))
    assert ours_ink.size[0] > 200, "the whole text was printed"
    assert ours_ink.tobytes() == ref_ink.tobytes()


def test_long_text_is_cut_to_fit_and_keeps_postcode_and_country() -> None:
    long = "Very Long Street Name " * 30
    recipient = Address("N" * 300, tuple([long] * 6), "Paris", "75002", "FR", phone="1" * 200)
    zpl = render_shipping_label(_label(recipient=recipient, sku_summary="MUG-BLU " * 200))
    texts = _field_texts(zpl)
    block = next(t for t in texts if t.startswith("NNN"))

    assert len(block.split("\n")) <= 8
    assert "75002 Paris" in block.split("\n") and "FR" in block.split("\n")
    assert any(line.endswith("...") for line in block.split("\n"))
    (image,) = render_zpl_images(zpl)
    right_margin = image.crop((image.width - 12, 0, image.width, image.height))
    assert right_margin.getextrema() == (255, 255), "text ran off the label"
    assert {"1Z999AA10123456784", "P-2026-000123-1"} <= set(decode_zpl(zpl))


@pytest.mark.parametrize("bad", ["", "1Z 999", "AB^FS^XZ", "ÄB12", "AB12\n", "A>;12", "9" * 41, "1Z~JA"])
def test_tracking_number_that_is_not_barcode_safe_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="tracking number .* cannot be printed as a barcode"):
        render_shipping_label(_label(tracking_number=bad))


def test_parcel_number_that_is_not_barcode_safe_is_refused() -> None:
    with pytest.raises(ValueError, match="parcel number"):
        render_shipping_label(_label(parcel_number="P-1^FS"))


def test_no_weight_means_no_weight_on_the_label() -> None:
    texts = _field_texts(render_shipping_label(_label(weight_grams=None)))
    assert not any(t.endswith((" kg", " g")) for t in texts)
    assert "850 g" in _field_texts(render_shipping_label(_label(weight_grams=850)))


def test_300_dpi_label_has_the_right_size_and_scans() -> None:
    zpl = render_shipping_label(_label(), dpi=300)
    assert b"^PW1200^LL1800" in zpl
    (image,) = render_zpl_images(zpl, dpi=300)
    assert image.size == (1200, 1800)
    assert {"1Z999AA10123456784", "P-2026-000123-1"} <= set(decode_zpl(zpl, dpi=300))


def test_tracking_barcode_uses_module_width_3_at_203_dpi() -> None:
    assert b"^BY3,3,150^BCN,150,Y,N,N,A^FD1Z999AA10123456784^FS" in render_shipping_label(_label())


def test_escape_round_trips_random_text() -> None:
    rng = random.Random(20261126)
    for _ in range(3000):
        text = "".join(rng.choice(ESCAPE_POOL) for _ in range(rng.randint(0, 24)))
        body = escape_field(text)
        assert _unescape(body.encode("ascii")) == text.encode("utf-8"), repr(text)
        assert not set(body) & set("^~\\") and body.isascii()


def test_printers_package_stays_free_of_qt_db_and_app() -> None:
    root = pathlib.Path(__file__).resolve().parents[2] / "printers"
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in {"PySide6", "PyQt6", "db", "app", "ui", "sqlalchemy"}, (path, name)
