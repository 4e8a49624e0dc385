"""An AliExpress order (list entry + detail, documented shapes) as the order Shipbench stores."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from app.connectors.aliexpress import order_from_aliexpress, pacific_time, to_pacific

DATA = Path(__file__).parents[1] / "data" / "aliexpress"
ITEM = json.loads((DATA / "order_list_item.json").read_text("utf-8"))
DETAIL = json.loads((DATA / "order_detail.json").read_text("utf-8"))
NOW = dt.datetime(2024, 3, 10, 9, 0, tzinfo=dt.UTC)


def test_pacific_times_become_utc_across_daylight_saving() -> None:
    # 10 March 2024 is the day the US clocks go forward: PST before, PDT after.
    assert pacific_time("2024-03-10 01:05:00") == dt.datetime(2024, 3, 10, 9, 5, tzinfo=dt.UTC)
    assert pacific_time("2024-03-10 03:05:00") == dt.datetime(2024, 3, 10, 10, 5, tzinfo=dt.UTC)
    assert to_pacific(dt.datetime(2024, 7, 1, 12, 0, tzinfo=dt.UTC)) == "2024-07-01 05:00:00"


def test_money_address_lines_note_and_ship_by() -> None:
    order = order_from_aliexpress(ITEM, DETAIL, now=NOW)
    assert (order.id, order.status, order.currency, order.total) == (
        "8181234567890123",
        "unshipped",
        "EUR",
        Decimal("22.38"),
    )
    assert order.updated_at == dt.datetime(2024, 3, 10, 9, 5, tzinfo=dt.UTC)
    assert order.paid_at == dt.datetime(2024, 3, 10, 2, 21, 2, tzinfo=dt.UTC)
    assert order.payment_hold_until is None
    ship = order.ship_to
    assert (ship.name, ship.address1, ship.address2, ship.city, ship.region, ship.postcode, ship.country) == (
        "José Martínez",
        "Calle de Alcalá 45",
        "3º izquierda",
        "Madrid",
        "Madrid",
        "28014",
        "ES",
    )
    assert ship.phone == "+34 915550123"
    assert [(ln.line_id, ln.sku, ln.quantity, ln.unit_price) for ln in order.lines] == [
        ("8181234567890124", "LAMP-USB", 1, Decimal("14.89")),
        ("8181234567890125", "CABLE-USBC-1M", 1, Decimal("7.49")),
    ]
    assert order.buyer_note == "Por favor, sin factura en la caja."
    assert order.buyer_email == ""  # AliExpress hides it
    assert order.ship_by == NOW + dt.timedelta(days=4, hours=6, minutes=30)
    assert order.shipping_service == "AliExpress Standard Shipping"


def _with(**changes: str) -> tuple[dict, dict]:
    item, detail = copy.deepcopy(ITEM), copy.deepcopy(DETAIL)
    item.update(changes)
    detail.update(changes)
    return item, detail


def test_unpaid_risk_control_and_cancel_request() -> None:
    unpaid = order_from_aliexpress(*_with(order_status="PLACE_ORDER_SUCCESS", fund_status="NOT_PAY"), now=NOW)
    assert unpaid.paid_at is None and unpaid.status == "unshipped"
    review = order_from_aliexpress(*_with(order_status="RISK_CONTROL"), now=NOW)
    assert review.payment_hold_until == dt.datetime(2024, 3, 11, 2, 21, 2, tzinfo=dt.UTC)  # paid + 24 h
    asked = order_from_aliexpress(*_with(order_status="IN_CANCEL"), now=NOW)
    assert asked.payment_hold_until is not None and asked.payment_hold_until > NOW
    assert "asked to cancel" in asked.seller_note


def test_finished_orders_are_shipped_or_cancelled_by_their_end() -> None:
    closed = order_from_aliexpress(*_with(order_status="FINISH", end_reason="buyer_cancel_order"), now=NOW)
    assert closed.status == "cancelled"
    item, detail = _with(order_status="FINISH", end_reason="buyer_accept_goods")
    detail["logistics_info_list"] = {"global_aeop_tp_logistics_info_dto": [{"logistics_no": "YT1"}]}
    assert order_from_aliexpress(item, detail, now=NOW).status == "shipped"
    assert order_from_aliexpress(*_with(order_status="WAIT_BUYER_ACCEPT_GOODS"), now=NOW).status == "shipped"
