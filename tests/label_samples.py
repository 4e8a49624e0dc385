"""Shipping labels of every demo address, and of long real-world ones, for the fitting tests.

`demo_labels()` is one label per address the simulator seeds (`app.simulator.seed`), with
and without the company, from the demo sender: the labels a demo prints.
`tests/data/labels/demo_zpl_sha256.json` holds the SHA-256 of their ZPL as rendered before
addresses were fitted by priority (`python -m tests.label_samples` wrote it), so a label
that already fitted is proven byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import pathlib

from app.simulator.catalog import SENDER
from app.simulator.seed import _COMPANIES, _PLACES
from printers.label import Address, ShippingLabel

HASHES = pathlib.Path(__file__).parent / "data" / "labels" / "demo_zpl_sha256.json"
SHIPPING_TEMPLATES = ("shipping-100x100", "shipping-100x150", "shipping-4x6")
DPIS = (203, 300)


def sender() -> Address:
    lines = SENDER["lines"]
    assert isinstance(lines, list)
    return Address(
        name=str(SENDER["name"]),
        lines=tuple(str(x) for x in lines),
        city=str(SENDER["city"]),
        postcode=str(SENDER["postcode"]),
        country=str(SENDER["country"]),
        region=str(SENDER["region"]),
        company=str(SENDER["company"]),
        phone=str(SENDER["phone"]),
    )


def shipping_label(recipient: Address, *, carrier: str = "Demo Express") -> ShippingLabel:
    return ShippingLabel(
        tracking_number="SIM123456789012",
        parcel_number="P00000042",
        order_reference="113-1234567-7654321",
        carrier=carrier,
        service="Standard",
        sender=sender(),
        recipient=recipient,
        sku_summary="2× MUG-BLU · 1× TEE-M",
        weight_grams=1250,
    )


def demo_labels() -> dict[str, ShippingLabel]:
    out: dict[str, ShippingLabel] = {}
    for country, (names, places) in sorted(_PLACES.items()):
        for i, (address1, address2, city, region, postcode, phone) in enumerate(places):
            for company in ("", _COMPANIES.get(country, "")):
                key = f"{country}-{i}" + ("-company" if company else "")
                if key in out:
                    continue
                out[key] = shipping_label(
                    Address(
                        name=names[i % len(names)],
                        lines=tuple(x for x in (address1, address2) if x),
                        city=city,
                        postcode=postcode,
                        country=country,
                        region=region,
                        company=company,
                        phone=phone,
                    )
                )
    return out


def zpl_digest(template: str, label: ShippingLabel, dpi: int) -> str:
    from printers.render_zpl import render_zpl
    from printers.templates import bind, load_template, shipping_label_data

    zpl = render_zpl(bind(load_template(template), shipping_label_data(label), dpi=dpi))
    return hashlib.sha256(zpl).hexdigest()[:20]


def digests() -> dict[str, str]:
    return {
        f"{template}@{dpi}/{key}": zpl_digest(template, label, dpi)
        for template in SHIPPING_TEMPLATES
        for dpi in DPIS
        for key, label in demo_labels().items()
    }


if __name__ == "__main__":
    HASHES.write_text(json.dumps(digests(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {HASHES}")
