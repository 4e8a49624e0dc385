"""An eBay getOrders order (documented shape) as the order Shipbench stores."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.connectors.ebay import ebay_time, order_from_ebay, reason
from app.errors import RemoteRejected

SAMPLE = json.loads((Path(__file__).parents[1] / "data" / "ebay" / "order.json").read_text("utf-8"))


def test_money_times_address_and_notes() -> None:
    order = order_from_ebay(SAMPLE)
    assert order.id == "07-11244-47890"
    assert order.total == Decimal("47.39") and order.currency == "USD"
    assert order.updated_at == dt.datetime(2024, 3, 10, 1, 2, 3, 456000, tzinfo=dt.UTC)
    assert order.paid_at == dt.datetime(2024, 3, 9, 23, 41, 19, tzinfo=dt.UTC)
    assert order.buyer_note == "Please gift-wrap, it's a birthday present."
    assert order.shipping_service == "USPSPriority"
    assert order.ship_to.name == "Emily Johnson"
    assert (order.ship_to.address1, order.ship_to.address2) == ("350 5th Ave", "Suite 4200")
    assert (order.ship_to.region, order.ship_to.postcode, order.ship_to.country) == ("NY", "10118-0110", "US")
    assert order.ship_to.phone == "2125550147"
    assert order.status == "unshipped"


def test_line_cost_is_split_into_a_unit_price_and_a_missing_sku_falls_back_to_the_item() -> None:
    mugs, coasters = order_from_ebay(SAMPLE).lines
    assert (mugs.line_id, mugs.sku, mugs.quantity, mugs.unit_price) == (
        "10057374500021",
        "MUG-BLU",
        3,
        Decimal("12.50"),
    )
    assert coasters.sku == "110527396111" and coasters.unit_price == Decimal("9.89")


def test_ship_by_is_the_earliest_line_deadline_and_a_held_payment_is_not_cleared() -> None:
    order = order_from_ebay(SAMPLE)
    assert order.ship_by == dt.datetime(2024, 3, 12, 6, 59, 59, tzinfo=dt.UTC)
    assert order.payment_hold_until == dt.datetime(2024, 3, 12, 23, 41, 19, tzinfo=dt.UTC)


def test_pending_payment_cancel_and_fulfilled() -> None:
    pending = copy.deepcopy(SAMPLE)
    pending["orderPaymentStatus"] = "PENDING"
    pending["paymentSummary"]["payments"][0]["paymentStatus"] = "PENDING"
    assert order_from_ebay(pending).paid_at is None
    cancelled = copy.deepcopy(SAMPLE)
    cancelled["cancelStatus"]["cancelState"] = "CANCELED"
    assert order_from_ebay(cancelled).status == "cancelled"
    refunded = copy.deepcopy(SAMPLE)
    refunded["orderPaymentStatus"] = "FULLY_REFUNDED"
    assert order_from_ebay(refunded).status == "cancelled"
    shipped = copy.deepcopy(SAMPLE)
    shipped["orderFulfillmentStatus"] = "FULFILLED"
    assert order_from_ebay(shipped).status == "shipped"


def test_an_unreadable_amount_is_a_clear_refusal() -> None:
    broken = copy.deepcopy(SAMPLE)
    broken["pricingSummary"]["total"]["value"] = "12,50"
    with pytest.raises(RemoteRejected, match="unreadable amount"):
        order_from_ebay(broken)


def test_error_words_and_filter_time_format() -> None:
    body = {
        "errors": [
            {
                "errorId": 32100,
                "domain": "API_FULFILLMENT",
                "message": "Invalid order ID",
                "longMessage": "Invalid order ID: 1-2-3",
            }
        ]
    }
    assert reason(body) == ("Invalid order ID: Invalid order ID: 1-2-3", "32100")
    local = dt.datetime(2024, 1, 1, 1, 0, 0, 5000, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert ebay_time(local) == "2024-01-01T00:00:00.005Z"
