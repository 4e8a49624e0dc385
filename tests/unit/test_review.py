"""Which queue an order is in, and why it cannot be approved yet: pure rules, no database."""

from __future__ import annotations

import random

import pytest

from app.outbox import MAX_BACKOFF_SECONDS, backoff
from app.review import ReviewContext, queue_for, reasons_for

FULL_ADDRESS = {
    "ship_name": "Zoë Müller",
    "ship_address1": "Hauptstraße 5",
    "ship_city": "Berlin",
    "ship_postcode": "10115",
    "ship_country": "DE",
}
CTX = ReviewContext(sellable_skus=frozenset({"MUG-BLU", "BUNDLE-MUG-SET"}), has_default_method=True)


@pytest.mark.parametrize(
    ("status", "parcels", "expected"),
    [
        ("review", [], ("review", "review")),
        ("on_hold", ["voided"], ("on_hold", "on_hold")),
        ("approved", ["waybill"], ("approved", "waybill")),
        ("approved", ["requested"], ("approved", "waybill")),
        ("approved", ["failed"], ("approved", "waybill")),
        ("approved", ["labelled"], ("approved", "print")),
        ("approved", ["printed"], ("approved", "scan")),
        ("approved", ["printed", "labelled"], ("approved", "print")),
        ("approved", ["shipped", "printed"], ("approved", "scan")),
        ("approved", ["shipped", "shipped"], ("shipped", "shipped")),
        ("approved", ["shipped", "voided"], ("shipped", "shipped")),
        ("approved", ["intercepted", "printed"], ("approved", "exceptions")),
        ("cancelled", ["intercepted"], ("cancelled", "exceptions")),
        ("cancelled", ["voided"], ("cancelled", "cancelled")),
        ("cancelled", [], ("cancelled", "cancelled")),
    ],
)
def test_an_order_sits_in_the_queue_its_parcels_say(status: str, parcels: list[str], expected: tuple[str, str]) -> None:
    assert queue_for(status, parcels) == expected


def test_an_order_that_passes_every_check_has_no_reason() -> None:
    assert reasons_for(["MUG-BLU"], has_method=False, address=FULL_ADDRESS, paid=True, ctx=CTX) == []


def test_every_failed_check_is_a_reason_in_the_sellers_words() -> None:
    ctx = ReviewContext(sellable_skus=frozenset(), has_default_method=False)
    address = {**FULL_ADDRESS, "ship_postcode": " ", "ship_city": ""}
    assert reasons_for(["LEGACY-SKU-9", "LEGACY-SKU-9"], has_method=False, address=address, paid=False, ctx=ctx) == [
        "unpaired SKU LEGACY-SKU-9",
        "no shipping method",
        "address incomplete: city, postcode missing",
        "payment not cleared",
    ]


def test_an_order_without_lines_cannot_be_approved() -> None:
    assert reasons_for([], has_method=True, address=FULL_ADDRESS, paid=True, ctx=CTX) == ["no order lines"]


def test_retries_back_off_exponentially_with_jitter_and_a_cap() -> None:
    rng = random.Random(1)
    first = [backoff(1, rng) for _ in range(200)]
    assert 0.5 <= min(first) and max(first) <= 1.5
    fifth = [backoff(5, rng) for _ in range(200)]
    assert 8 <= min(fifth) and max(fifth) <= 24
    assert max(backoff(40, rng) for _ in range(200)) <= MAX_BACKOFF_SECONDS * 1.5
    assert len({round(x, 6) for x in fifth}) > 150  # jittered, so stations don't retry in lockstep
