"""Shopify Admin GraphQL order nodes (2025-01 shapes) -> RemoteOrder."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.connectors.base import ConfirmedLine
from app.connectors.shopify import (
    _allocate,
    _fulfillment_for,
    _throttle_wait,
    metafield_key,
    order_from_shopify,
)
from app.errors import RemoteRejected

DATA = Path(__file__).parent.parent / "data" / "shopify"


def _nodes() -> list[dict]:
    return json.loads((DATA / "orders.json").read_text(encoding="utf-8"))["data"]["orders"]["nodes"]


def test_a_paid_order_maps_money_times_address_note_and_ship_by() -> None:
    order = order_from_shopify(_nodes()[0])
    assert (order.id, order.number, order.status) == ("gid://shopify/Order/5601234567890", "#1042", "unshipped")
    assert order.total == Decimal("49.97") and order.currency == "USD"
    assert order.updated_at == dt.datetime(2024, 3, 15, 8, 15, 2, tzinfo=dt.UTC)
    assert order.paid_at == dt.datetime(2024, 3, 14, 22, 58, 31, tzinfo=dt.UTC)
    assert order.ship_by == dt.datetime(2024, 3, 17, 4, 59, 59, tzinfo=dt.UTC)  # the earliest fulfillBy
    assert order.buyer_note == "Please leave the parcel with the neighbour."
    assert (order.buyer_name, order.buyer_email, order.shipping_service) == (
        "Emily Johnson",
        "emily@example.com",
        "Standard Shipping",
    )
    a = order.ship_to
    assert (a.company, a.address1, a.address2, a.city, a.region, a.postcode, a.country) == (
        "Acme Outfitters Inc.",
        "350 5th Ave",
        "Suite 4200",
        "New York",
        "New York",
        "10118",
        "US",
    )
    # a line removed after checkout (currentQuantity 0) is not to be shipped
    assert [(ln.line_id, ln.sku, ln.quantity, ln.unit_price) for ln in order.lines] == [
        ("gid://shopify/LineItem/13901234567890", "LAMP-USB", 2, Decimal("24.99")),
    ]


def test_an_authorised_payment_is_not_cleared() -> None:
    order = order_from_shopify(_nodes()[1])
    assert order.paid_at is None
    assert order.ship_to.company == "" and order.ship_to.country == "PL"
    assert order.lines[0].sku == "" and order.shipping_service == ""


def test_cancelled_and_fulfilled_orders() -> None:
    node = dict(_nodes()[0], cancelledAt="2024-03-15T10:00:00Z")
    cancelled = order_from_shopify(node)
    assert cancelled.status == "cancelled"
    assert [ln.quantity for ln in cancelled.lines] == [2, 1]  # as ordered, not the zeroed current quantities
    assert order_from_shopify(dict(_nodes()[0], displayFulfillmentStatus="FULFILLED")).status == "shipped"


def test_throttled_wait_is_the_missing_points_over_the_restore_rate() -> None:
    cost = {"requestedQueryCost": 252, "throttleStatus": {"currentlyAvailable": 52, "restoreRate": 50.0}}
    assert _throttle_wait(cost) == 4.0


FULFILMENT_ORDER = {
    "id": "gid://shopify/Order/1",
    "fulfillmentOrders": {
        "nodes": [
            {
                "id": "gid://shopify/FulfillmentOrder/10",
                "status": "OPEN",
                "lineItems": {
                    "nodes": [
                        {
                            "id": "gid://shopify/FulfillmentOrderLineItem/100",
                            "remainingQuantity": 1,
                            "lineItem": {"id": "L1"},
                        }
                    ]
                },
            },
            {
                "id": "gid://shopify/FulfillmentOrder/11",
                "status": "OPEN",
                "lineItems": {
                    "nodes": [
                        {
                            "id": "gid://shopify/FulfillmentOrderLineItem/110",
                            "remainingQuantity": 2,
                            "lineItem": {"id": "L1"},
                        }
                    ]
                },
            },
        ]
    },
    "fulfillments": [
        {
            "id": "gid://shopify/Fulfillment/5",
            "status": "SUCCESS",
            "trackingInfo": [{"company": "DHL", "number": "JD2"}],
        }
    ],
    "metafields": {"nodes": [{"key": metafield_key("P00000007"), "value": "JD1,JD2"}]},
}


def test_quantities_spread_over_the_open_fulfillment_orders() -> None:
    assert _allocate(FULFILMENT_ORDER, [ConfirmedLine("L1", 3)]) == [
        {
            "fulfillmentOrderId": "gid://shopify/FulfillmentOrder/10",
            "fulfillmentOrderLineItems": [{"id": "gid://shopify/FulfillmentOrderLineItem/100", "quantity": 1}],
        },
        {
            "fulfillmentOrderId": "gid://shopify/FulfillmentOrder/11",
            "fulfillmentOrderLineItems": [{"id": "gid://shopify/FulfillmentOrderLineItem/110", "quantity": 2}],
        },
    ]
    with pytest.raises(RemoteRejected, match="nothing left to fulfil for line L1"):
        _allocate(FULFILMENT_ORDER, [ConfirmedLine("L1", 4)])


def test_a_package_is_found_by_any_tracking_number_it_was_sent_with() -> None:
    assert _fulfillment_for(FULFILMENT_ORDER, "P00000007") == "gid://shopify/Fulfillment/5"
    assert _fulfillment_for(FULFILMENT_ORDER, "P00000008") is None
