"""Amazon SP-API Orders v0 payloads (shapes from Amazon's published model) -> RemoteOrder."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.connectors.amazon import (
    _retry_after,
    carrier_code,
    order_from_amazon,
    package_reference_id,
)
from app.errors import RemoteRejected

DATA = Path(__file__).parent.parent / "data" / "amazon"


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))["payload"]


def test_an_unshipped_order_maps_money_times_address_and_lines() -> None:
    raw = _load("get_orders.json")["Orders"][0]
    order = order_from_amazon(raw, _load("get_order_items.json")["OrderItems"])
    assert (order.id, order.number, order.status) == ("902-1845936-5435065", "902-1845936-5435065", "unshipped")
    assert order.total == Decimal("31.07") and isinstance(order.total, Decimal)
    assert order.currency == "EUR"
    # times come back in UTC, whatever offset Amazon used
    assert order.created_at == dt.datetime(2024, 3, 14, 22, 58, 30, tzinfo=dt.UTC)
    assert order.updated_at == dt.datetime(2024, 3, 15, 8, 15, 2, tzinfo=dt.UTC)
    assert order.paid_at == order.created_at
    assert order.ship_by == dt.datetime(2024, 3, 16, 22, 59, 59, tzinfo=dt.UTC)
    assert order.shipping_service == "Standard"
    assert (order.buyer_name, order.buyer_email) == ("Zoë Müller", "5vlh04mgfmjh9h5@marketplace.amazon.de")
    a = order.ship_to
    assert (a.name, a.company, a.address1, a.address2) == (
        "Zoë Müller",
        "Atelier Nord GmbH",
        "Schönhauser Allee 36",
        "Hinterhaus, 3. OG",
    )
    assert (a.city, a.region, a.postcode, a.country, a.phone) == ("Berlin", "Berlin", "10435", "DE", "+49 30 1234567")
    # ItemPrice is for the whole quantity; a cancelled item (quantity 0) is left out
    assert [(ln.line_id, ln.sku, ln.quantity, ln.unit_price) for ln in order.lines] == [
        ("05015851154158", "MUG-BLU", 2, Decimal("12.50")),
        ("05015851154159", "COASTER-4", 3, Decimal("2.02")),
    ]
    assert order.buyer_note == "Happy birthday, Anna!"


def test_a_pending_order_is_not_paid_and_has_no_total_yet() -> None:
    raw = _load("get_orders.json")["Orders"][1]
    order = order_from_amazon(raw, [])
    assert order.paid_at is None
    assert order.status == "unshipped"
    assert order.total == Decimal(0) and order.currency == ""
    assert order.ship_to.name == "" and order.ship_to.city == "München"  # no restricted data token
    assert order.ship_by == dt.datetime(2024, 3, 15, 22, 59, 59, tzinfo=dt.UTC)


def test_a_canceled_order_is_cancelled() -> None:
    order = order_from_amazon(_load("get_orders.json")["Orders"][2], [])
    assert order.status == "cancelled"


def test_an_unreadable_amount_is_a_readable_refusal() -> None:
    raw = dict(_load("get_orders.json")["Orders"][0], OrderTotal={"CurrencyCode": "EUR", "Amount": "12,50"})
    with pytest.raises(RemoteRejected, match="invalid amount '12,50'"):
        order_from_amazon(raw, [])


def test_package_reference_ids_are_positive_numbers_unique_per_parcel() -> None:
    assert package_reference_id("P00001234") == "1234"
    assert package_reference_id("P00000001") == "1"
    other = package_reference_id("shop-A/77")
    assert other.isdigit() and int(other) > 0 and other == package_reference_id("shop-A/77")
    assert other != package_reference_id("shop-A/78")


def test_carriers_amazon_knows_go_by_code_the_rest_as_other() -> None:
    assert carrier_code("DHL") == ("DHL", None)
    assert carrier_code("yunexpress") == ("YunExpress", None)
    assert carrier_code("Demo Express") == ("Other", "Demo Express")


def test_a_429_waits_one_token_of_the_rate_amazon_states() -> None:
    assert _retry_after("getOrders", {"x-amzn-RateLimit-Limit": "0.0167"}) == pytest.approx(59.9)
    assert _retry_after("confirmShipment", {}) == 0.5
