"""Carrier labels are what they claim to be, and their barcodes scan as the tracking number.

Also home of the small helpers the carrier connector tests share (a cross-border
ShipmentRequest, reading barcodes off a PDF, PNG or ZPL label).
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pypdfium2
import pytest
import zxingcpp
from PIL import Image

from app.connectors.base import CustomsItem, ShipmentRequest
from app.connectors.labels import check_label, sniff
from app.errors import RemoteRejected
from app.simulator.platforms._carrier_common import pdf_label
from tests.zpl_decode import decode_zpl

SENDER = {
    "name": "Li Wei",
    "company": "Shenzhen Demo Trading",
    "lines": ["Bldg 3, 18 Keji Road"],
    "city": "Shenzhen",
    "region": "Guangdong",
    "postcode": "518057",
    "country": "CN",
    "phone": "+86 755 1234 5678",
}
RECIPIENT = {
    "name": "Anna Müller",
    "company": "",
    "lines": ["Hauptstraße 5", "2. OG"],
    "city": "Berlin",
    "region": "Berlin",
    "postcode": "10115",
    "country": "DE",
    "phone": "+49 30 1234567",
}


def sample_request(reference: str, service: str, **changes: Any) -> ShipmentRequest:
    """A parcel to Germany with two customs lines and an IOSS number."""
    values: dict[str, Any] = {
        "reference": reference,
        "service": service,
        "order_reference": "SO-1001",
        "sender": dict(SENDER),
        "recipient": dict(RECIPIENT),
        "sku_summary": "2× MUG-BLU · 1× TEE-M",
        "weight_grams": 740,
        "customs": (
            CustomsItem("Ceramic mug", "陶瓷杯", "691200", 2, Decimal("6.50"), "USD", "CN", 320, sku="MUG-BLU"),
            CustomsItem("Cotton T-shirt", "棉T恤", "610910", 1, Decimal("9.90"), "USD", "CN", 100, sku="TEE-M"),
        ),
        "tax_ids": {"IOSS": "IM2760000742"},
        "dimensions_mm": (250, 180, 90),
    }
    values.update(changes)
    return ShipmentRequest(**values)


def pdf_barcodes(data: bytes) -> list[str]:
    pdf = pypdfium2.PdfDocument(data)
    return [r.text for page in pdf for r in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())]


def label_barcodes(fmt: str, data: bytes) -> list[str]:
    """The barcode texts on a label, whatever its format (checked against its bytes first)."""
    fmt = check_label(fmt, data)
    if fmt == "pdf":
        return pdf_barcodes(data)
    if fmt == "png":
        return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(data)))]
    return decode_zpl(data)


def test_a_simulated_carrier_pdf_label_scans_as_its_tracking_number() -> None:
    data = pdf_label(
        carrier="YunExpress",
        tracking_number="LP100000017CN",
        reference="P-000123",
        order_reference="SO-1",
        service="Yun Global Direct Line",
        sender=SENDER,
        recipient=RECIPIENT,
        sku_summary="1× MUG",
        weight_grams=300,
    )
    assert data.startswith(b"%PDF")
    assert "LP100000017CN" in label_barcodes("pdf", data)


def test_labels_are_sniffed_by_their_bytes() -> None:
    png = io.BytesIO()
    Image.new("L", (4, 4), 255).save(png, format="PNG")
    assert sniff(b"^XA^FO10,10^FDx^FS^XZ") == "zpl"
    assert sniff(png.getvalue()) == "png"
    assert check_label("", png.getvalue()) == "png"
    assert check_label("ZPL II", b"^XA^XZ") == "zpl"


@pytest.mark.parametrize(
    ("fmt", "data", "words"),
    [
        ("pdf", b"<html>502 Bad Gateway</html>", "not a printable label"),
        ("pdf", b"^XA^XZ", "said the label is PDF but sent ZPL"),
        ("pdf", b"%PDF-1.4\n1 0 obj", "truncated PDF"),
        ("png", b"", "empty label"),
    ],
)
def test_a_broken_label_is_refused_with_a_reason(fmt: str, data: bytes, words: str) -> None:
    with pytest.raises(RemoteRejected, match=words) as caught:
        check_label(fmt, data, carrier="4PX")
    assert caught.value.retryable is True
