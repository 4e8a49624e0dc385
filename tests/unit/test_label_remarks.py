"""Remarks on labels (#18): the seller's note, the buyer's note and the picking summary (SKU ×
quantity @ bin) where a template asks for them, read back from the rendered label; a template
that does not ask prints the same bytes as before."""

from __future__ import annotations

import dataclasses
import json

from printers.render_zpl import render_zpl
from printers.templates import bind_fitted, load_template, sample_data, shipping_label_data
from tests.label_samples import HASHES, SHIPPING_TEMPLATES, demo_labels, zpl_digest
from tests.zpl_decode import decode_zpl, zpl_text_lines

REMARKS = {
    "seller_note": "Gift wrap, no invoice",
    "buyer_note": "Leave at the side door",
    "picking": "2× MUG-BLU @A-03-2 · 1× TEE-M @B-01",
}


def test_templates_that_ask_for_no_remarks_print_the_same_bytes() -> None:
    """Every demo address on every built-in shipping template: remarks on the parcel change no byte."""
    for template in SHIPPING_TEMPLATES:
        for key, label in demo_labels().items():
            with_remarks = dataclasses.replace(label, **REMARKS)
            assert zpl_digest(template, with_remarks, 203) == zpl_digest(template, label, 203), (template, key)


def test_the_recorded_digests_still_hold_for_a_latin_label() -> None:
    expected = json.loads(HASHES.read_text(encoding="utf-8"))
    label = dataclasses.replace(demo_labels()["DE-0"], **REMARKS)
    assert zpl_digest("shipping-4x6", label, 203) == expected["shipping-4x6@203/DE-0"]


def _remarks_zpl(**remarks: str) -> bytes:
    label = dataclasses.replace(next(iter(demo_labels().values())), **remarks)
    bound = bind_fitted(load_template("shipping-4x6-remarks"), shipping_label_data(label))
    assert not bound.unfit
    return render_zpl(bound.label)


def test_the_remarks_template_prints_them_within_the_label_and_the_barcodes_still_scan() -> None:
    zpl = _remarks_zpl(**REMARKS)
    lines = zpl_text_lines(zpl)
    assert "Pick: 2× MUG-BLU @A-03-2 · 1× TEE-M @B-01" in lines
    assert "Note: Gift wrap, no invoice" in lines and "Buyer: Leave at the side door" in lines
    label = next(iter(demo_labels().values()))
    codes = decode_zpl(zpl)
    assert label.tracking_number in codes and label.parcel_number in codes


def test_a_missing_remark_leaves_no_empty_title() -> None:
    lines = zpl_text_lines(_remarks_zpl(picking="1× LAMP-USB @C-7"))
    assert "Pick: 1× LAMP-USB @C-7" in lines
    assert not any(line.startswith(("Note:", "Buyer:")) for line in lines)


def test_the_template_preview_has_sample_remarks() -> None:
    remarks = sample_data()["remarks"]
    assert isinstance(remarks, dict) and remarks["seller_note_line"].startswith("Note: ")
