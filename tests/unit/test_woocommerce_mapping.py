"""A WooCommerce REST v3 order (documented shape) as the order Shipbench stores."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from app.connectors.woocommerce import WooCommerceMarketplace, order_from_woo

SAMPLE = json.loads((Path(__file__).parents[1] / "data" / "woocommerce" / "order.json").read_text("utf-8"))


def test_money_gmt_dates_shipping_address_and_note() -> None:
    order = order_from_woo(SAMPLE)
    assert (order.id, order.number, order.status) == ("727", "727", "unshipped")
    assert order.total == Decimal("40.80") and order.currency == "EUR"
    # *_gmt dates carry no zone: they are UTC (the local date_created is an hour later).
    assert order.updated_at == dt.datetime(2024, 3, 10, 8, 15, 2, tzinfo=dt.UTC)
    assert order.paid_at == dt.datetime(2024, 3, 10, 8, 13, 10, tzinfo=dt.UTC)
    assert order.buyer_note == "Bitte beim Nachbarn abgeben."
    assert order.buyer_name == "Jürgen Weiß" and order.buyer_email == "juergen@example.de"
    ship = order.ship_to
    assert (ship.name, ship.company, ship.address1, ship.address2) == (
        "Anna Schröder",
        "Atelier Nord GmbH",
        "Schönhauser Allee 36",
        "Hinterhaus, 3. OG",
    )
    assert (ship.city, ship.region, ship.postcode, ship.country) == ("Berlin", "BE", "10435", "DE")
    assert ship.phone == "+49 89 7654321"  # the shipping phone is empty: the billing phone
    assert order.shipping_service == "DHL Paket"
    assert order.ship_by is None


def test_unit_price_comes_from_the_exact_subtotal_not_the_float_price() -> None:
    mugs, tea = order_from_woo(SAMPLE).lines
    assert (mugs.line_id, mugs.sku, mugs.quantity, mugs.unit_price) == ("315", "MUG-RED", 2, Decimal("12.50"))
    assert tea.unit_price == Decimal("9.80")


def test_payment_states() -> None:
    on_hold = {**copy.deepcopy(SAMPLE), "status": "on-hold", "date_paid_gmt": None}
    assert order_from_woo(on_hold).paid_at is None
    cash_on_delivery = {**copy.deepcopy(SAMPLE), "payment_method": "cod", "date_paid_gmt": None}
    assert order_from_woo(cash_on_delivery).paid_at == dt.datetime(2024, 3, 10, 8, 12, 44, tzinfo=dt.UTC)
    assert order_from_woo({**SAMPLE, "status": "cancelled"}).status == "cancelled"
    assert order_from_woo({**SAMPLE, "status": "refunded"}).status == "cancelled"
    assert order_from_woo({**SAMPLE, "status": "completed"}).status == "shipped"


def test_without_a_shipping_address_the_billing_address_is_used() -> None:
    raw = copy.deepcopy(SAMPLE)
    raw["shipping"] = dict.fromkeys(raw["shipping"], "")
    assert order_from_woo(raw).ship_to.address1 == "Leopoldstraße 12"


def test_keys_are_never_sent_in_clear_to_a_remote_host() -> None:
    import pytest

    from app.connectors.http import RemoteAuthFailed

    shop = WooCommerceMarketplace("http://shop.example.com", consumer_key="ck_1", consumer_secret="cs_1")
    with pytest.raises(RemoteAuthFailed, match="only sent over HTTPS"):
        list(shop.pull_orders(None))
