"""The full review checks as pure rules: customs, payment hold, stock policy, normalised SKUs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.customs import Declared, cross_border
from app.pairing import Component, normalise_sku
from app.review import ReviewContext, reasons_for

ADDRESS = {
    "ship_name": "Zoë Müller",
    "ship_address1": "Hauptstraße 5",
    "ship_city": "Berlin",
    "ship_postcode": "10115",
    "ship_country": "DE",
}
NOW = dt.datetime(2025, 3, 14, 12, 0, tzinfo=dt.UTC)
MUG = Declared("MUG-BLU", "Ceramic mug", "691200", None, "CN")
TEA = Declared("TEA-GRN-100", "Green tea", "", Decimal("3.00"), "CN")


def ctx(**kw: object) -> ReviewContext:
    base: dict[str, object] = {
        "sellable_skus": frozenset({"MUG-BLU", "SET"}),
        "has_default_method": True,
        "components": {
            "MUG-BLU": (Component(1, "MUG-BLU", 1),),
            "SET": (Component(1, "MUG-BLU", 2), Component(2, "TEA-GRN-100", 1)),
        },
        "declared": {1: MUG, 2: TEA},
        "sender_country": "CN",
        "now": NOW,
    }
    base.update(kw)
    return ReviewContext(**base)  # type: ignore[arg-type]


def reasons(skus: list[str], c: ReviewContext, **kw: object) -> list[str]:
    return reasons_for(skus, has_method=True, address=ADDRESS, paid=True, ctx=c, **kw)  # type: ignore[arg-type]


def test_a_cross_border_order_needs_complete_customs_data_per_product() -> None:
    assert reasons(["MUG-BLU"], ctx(), prices=[Decimal("12.50")], quantities=[1]) == []
    # the bundle's tea has no HS code; the mug's value falls back to the price paid
    assert reasons(["SET"], ctx(), prices=[Decimal(30)], quantities=[1]) == [
        "customs data incomplete for TEA-GRN-100: HS code missing"
    ]
    bad = Declared("MUG-BLU", "", "69.12", None, "")
    assert reasons(["MUG-BLU"], ctx(declared={1: bad}), prices=[Decimal(0)]) == [
        "customs data incomplete for MUG-BLU: English description, value, origin country missing",
        "HS code 69.12 of MUG-BLU must be 6 to 10 digits",
    ]


def test_inside_one_customs_territory_no_declaration_is_needed() -> None:
    assert reasons(["SET"], ctx(sender_country="DE"), prices=[Decimal(30)]) == []
    assert reasons(["SET"], ctx(sender_country="FR"), prices=[Decimal(30)]) == []  # EU to EU
    assert cross_border("DE", "GB") and cross_border("CN", "DE") and not cross_border("PL", "DE")


def test_funds_under_marketplace_review_are_not_shipped_before_the_hold_ends() -> None:
    later = NOW + dt.timedelta(hours=20)
    assert reasons(["MUG-BLU"], ctx(), prices=[Decimal(9)], payment_hold_until=later) == [
        "payment under marketplace review until 2025-03-15 08:00 UTC"
    ]
    assert reasons(["MUG-BLU"], ctx(), prices=[Decimal(9)], payment_hold_until=NOW - dt.timedelta(minutes=1)) == []


def test_stock_blocks_only_under_the_block_policy() -> None:
    short = {1: 3, 2: 0}
    block = ctx(stock_policy="block", available=short)
    assert reasons(["SET"], block, prices=[Decimal(30)], quantities=[2]) == [
        "customs data incomplete for TEA-GRN-100: HS code missing",
        "not enough stock for MUG-BLU: 4 needed, 3 available",
        "not enough stock for TEA-GRN-100: 2 needed, 0 available",
    ]
    warn = ctx(stock_policy="warn", available=short)
    assert reasons(["MUG-BLU"], warn, prices=[Decimal(9)], quantities=[5]) == []


def test_skus_normalise_over_case_spacing_dashes_and_leading_zeros() -> None:
    assert normalise_sku(" mug_blu ") == normalise_sku("MUG-BLU") == "MUGBLU"
    assert normalise_sku("00123-a") == normalise_sku("123A")
    assert normalise_sku("ＭＵＧ－ＢＬＵ") == "MUGBLU"  # full-width, as some marketplaces send
    assert normalise_sku("MUG-RED") != normalise_sku("MUG-BLU")
