"""A label never drops what the carrier needs: long addresses are fitted by priority.

Each label is rendered to ZPL and read back: its text fields (`zpl_text_lines`) and the
barcodes zxing finds on the rendered image (`decode_zpl`). CJK lines print as graphics,
so for them the lines the renderers draw (`compose`) stand in for the text fields.
"""

from __future__ import annotations

import json

import pytest

from printers.compose import PText, compose
from printers.fitting import abbreviate, address_fields
from printers.label import Address
from printers.layout import Label
from printers.render_zpl import render_zpl
from printers.templates import bind_fitted, load_template, shipping_label_data, size_name
from tests.label_samples import DPIS, HASHES, SHIPPING_TEMPLATES, demo_labels, shipping_label, zpl_digest
from tests.zpl_decode import decode_zpl, zpl_text_lines

LONG = {
    "DE": Address(
        name="Dr. med. Maximilian Alexander Freiherr von Hohenzollern-Sigmaringen",
        company="Müller-Lüdenscheidt Rechtsanwaltsgesellschaft mbH",
        lines=(
            "Kurfürstendamm-Straße 123, Hinterhaus, 4. Obergeschoss links",
            "c/o Rechtsanwaltskanzlei Müller-Lüdenscheidt & Partner",
        ),
        city="Frankfurt am Main",
        postcode="60311",
        country="DE",
        region="Hessen",
        phone="+49 69 12345678",
    ),
    "FR": Address(
        name="Marie-Charlotte Delacroix-Beauregard de Saint-Exupéry",
        company="Société Nouvelle des Établissements Lefèvre et Fils SARL",
        lines=(
            "Résidence Les Jardins de la Côte d'Azur, Bâtiment C, Escalier 4, Appartement 127",
            "127 boulevard du Maréchal de Lattre de Tassigny",
        ),
        city="Saint-Rémy-de-Provence",
        postcode="13210",
        country="FR",
        region="Provence-Alpes-Côte d'Azur",
        phone="+33 4 90 92 12 34",
    ),
    "CN": Address(
        name="欧阳建国",
        company="深圳市前海深港合作区示例国际供应链管理有限公司",
        lines=(
            "广东省深圳市南山区粤海街道科技园社区科苑路15号科兴科学园B栋4单元1801室",
            "前台代收（工作日9:00-18:00）",
        ),
        city="深圳市",
        postcode="518057",
        country="CN",
        region="广东省",
        phone="+86 138 0013 8000",
    ),
    "US": Address(
        name="Christopher Alexander Montgomery-Washington III",
        company="Pacific Northwest Outdoor Recreation Equipment Cooperative",
        lines=(
            "12345 North Martin Luther King Junior Boulevard",
            "Building 7, Suite 1200, Attn: Receiving Department, Loading Dock West",
        ),
        city="Rancho Santa Margarita",
        postcode="92688-1234",
        country="US",
        region="CA",
        phone="+1 949 555 0123",
    ),
}
# the smallest shipping template is 100×100
TEMPLATES = ("shipping-100x100", "shipping-100x150")


def _drawn_lines(label: Label) -> list[str]:
    return [line for p in compose(label) if isinstance(p, PText) for line in p.block.lines]


def _ship_to(label: Label) -> list[str]:
    """The SHIP TO block's lines: the text drawn right under the "SHIP TO" heading."""
    blocks = [p.block.lines for p in compose(label) if isinstance(p, PText)]
    at = blocks.index(("SHIP TO",))
    return list(blocks[at + 1])


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("country", sorted(LONG))
def test_a_long_address_keeps_country_postcode_city_and_barcode(template: str, country: str) -> None:
    address = LONG[country]
    parcel = shipping_label(address)
    bound = bind_fitted(load_template(template), shipping_label_data(parcel), dpi=203)
    assert bound.unfit == ()
    zpl = render_zpl(bound.label)
    ship_to = " ".join(_ship_to(bound.label))
    for must in (address.country, address.postcode, address.city):
        assert must in ship_to
    assert "..." not in ship_to  # nothing cut
    if country != "CN":  # Latin: the printer's own font prints these lines as text fields
        fields = zpl_text_lines(zpl)
        assert address.country in fields
        assert any(address.postcode in f and address.city in f for f in fields), fields
    assert parcel.tracking_number in decode_zpl(zpl)
    if template == "shipping-100x100":
        assert bound.fits["recipient"].changed  # each of these was too long for it as it came


def test_the_german_address_on_100x100_gives_way_by_priority() -> None:
    """Today's complaint: region, country and phone were lost. Now the street is abbreviated
    and the text shrinks; country and postcode stay, and nothing the sorter needs is cut."""
    bound = bind_fitted(load_template("shipping-100x100"), shipping_label_data(shipping_label(LONG["DE"])), dpi=203)
    lines = _ship_to(bound.label)
    assert "DE" in lines and "60311 Frankfurt am Main" in lines
    assert any("Kurfürstendamm-Str. 123" in line for line in lines)
    assert bound.fits["recipient"].abbreviated


def test_an_impossible_address_is_reported_unfit() -> None:
    street = "Straße der Pariser Kommune " * 30
    address = Address("Anna Schröder", (street,), "Berlin", "10243", "DE", region="Berlin", phone="+49 30 1")
    bound = bind_fitted(load_template("shipping-100x100"), shipping_label_data(shipping_label(address)), dpi=203)
    assert bound.unfit == ("recipient",)
    assert set(bound.fits["recipient"].dropped) == {"region", "phone"}
    assert size_name(load_template("shipping-100x100")) == "100×100"
    assert size_name(load_template("shipping-4x6")) == "4×6"


def test_demo_labels_that_fitted_print_the_same_bytes() -> None:
    """Every demo address on every shipping template: one that fitted is byte-identical to
    what printed before fitting by priority; one that did not now shows what the carrier needs."""
    before = json.loads(HASHES.read_text(encoding="utf-8"))
    same = changed = 0
    for template in SHIPPING_TEMPLATES:
        for dpi in DPIS:
            for key, parcel in demo_labels().items():
                bound = bind_fitted(load_template(template), shipping_label_data(parcel), dpi=dpi)
                assert bound.unfit == ()
                if not any(fit.changed for fit in bound.fits.values()):
                    assert zpl_digest(template, parcel, dpi) == before[f"{template}@{dpi}/{key}"], key
                    same += 1
                    continue
                changed += 1
                ship_to = " ".join(_ship_to(bound.label))
                address = parcel.recipient
                for must in (address.country, address.postcode, address.city):
                    assert must in ship_to, (key, ship_to)
    assert same > 200 and changed < same  # most demo labels fitted as they were


def test_abbreviations_and_address_blocks() -> None:
    assert abbreviate("Leopoldstraße 12") == "Leopoldstr. 12"
    assert abbreviate("Große Straße 3") == "Große Str. 3"
    assert abbreviate("1200 Pennsylvania Avenue North") == "1200 Pennsylvania Ave. N."
    assert abbreviate("Straßburger Platz 1") == "Straßburger Pl. 1"  # a word that only starts so stays
    assert address_fields("{recipient.name}\n{recipient.country}") == ("recipient", ("name", "country"))
    assert address_fields("{recipient.name}\n{recipient.phone}") is None  # nothing the carrier sorts by
    assert address_fields("Order {order_reference}") is None


def test_whether_a_block_fits_is_told_the_same_without_laying_it_out() -> None:
    """`complete_layout` answers "too many lines" at once; every other block is laid out."""
    import random

    from printers.typeset import complete_layout, layout_text

    rng = random.Random(17)
    words = ["Straße", "12", "c/o", "Müller", "王小明", "Apt.", "4", "Hinterhaus", "", "  ", "Zoë"]
    told = set()
    for _ in range(3000):
        paragraphs = [" ".join(rng.choices(words, k=rng.randint(0, 9))) for _ in range(rng.randint(1, 9))]
        size = rng.randint(8, 45)
        box = {
            "width": rng.choice([0, 120, 400, 763]),
            "height": rng.randint(10, 320),
            "size_px": size,
            "min_px": rng.randint(6, size + 5),
            "max_lines": rng.randint(1, 9),
            "shrink": rng.random() < 0.7,
            "bold": rng.random() < 0.3,
        }
        text = "\n".join(paragraphs)
        complete = layout_text(text, **box).complete
        assert complete_layout(text, **box) == complete, (text, box)
        told.add(complete)
    assert told == {True, False}
