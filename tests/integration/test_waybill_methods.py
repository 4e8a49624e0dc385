"""Shipping methods with rules, carrier accounts, rate shopping and tracking events."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotAllowed
from db.models import Product


def test_a_method_that_forbids_the_parcel_keeps_the_order_in_review(workstation) -> None:
    ws = workstation
    account = ws.carriers.carrier_accounts()[0]["id"]
    std = next(m for m in ws.carriers.method_details() if m["code"] == "STD")
    ws.sync.pull()
    (order_id,) = ws.queues.resolve(["MP-10001"])
    country = ws.queues.order_detail(order_id)["recipient"]["country"]
    ws.carriers.save_shipping_method(
        account,
        method_id=std["id"],
        countries={"deny": [country.lower()]},
        max_weight_grams=1,
        required_customs=["hs_code"],
    )
    reasons = ws.queues.order_detail(order_id)["reasons"]
    assert f"Demo Express Standard does not ship to {country}" in reasons
    assert any(r.startswith("Demo Express Standard max 1 g, parcel ") for r in reasons)
    assert ws.orders.approve([order_id]).refused

    with pytest.raises(InvalidInput, match="unknown customs field"):
        ws.carriers.save_shipping_method(account, method_id=std["id"], required_customs=["colour"])
    ws.carriers.save_shipping_method(
        account, method_id=std["id"], countries={}, max_weight_grams=None, required_customs=[]
    )
    assert ws.queues.order_detail(order_id)["reasons"] == []
    assert ws.orders.approve([order_id]).approved


def test_method_and_account_crud(workstation) -> None:
    ws = workstation
    account = ws.carriers.save_carrier_account("Backup Post", "simulator", base_url="http://127.0.0.1:1")
    method = ws.carriers.save_shipping_method(
        account, code="ECO", name="Economy", allows_battery=False, label_format="zpl"
    )
    assert next(m for m in ws.carriers.method_details() if m["id"] == method)["label"] == "Backup Post Economy"
    with pytest.raises(InvalidInput, match="already a carrier account"):
        ws.carriers.save_carrier_account("Backup Post", "simulator")
    with pytest.raises(InvalidInput, match="has no connector"):
        ws.carriers.save_carrier_account("Nowhere", "pigeon")
    with pytest.raises(NotAllowed, match="still has shipping methods"):
        ws.carriers.delete_carrier_account(account)
    ws.carriers.delete_shipping_method(method)
    ws.carriers.delete_carrier_account(account)
    assert [a["name"] for a in ws.carriers.carrier_accounts()] == ["Demo Express"]


def test_test_connection_names_the_account_or_says_why_not(workstation, simulator) -> None:
    ws = workstation
    account = ws.carriers.carrier_accounts()[0]["id"]
    assert ws.carriers.test_carrier_account(account) == "connected to Demo Express as DEMO-0001"
    simulator.stop()
    from app.errors import RemoteUnreachable

    with pytest.raises(RemoteUnreachable, match="cannot be reached"):
        ws.carriers.test_carrier_account(account)


def test_rates_show_prices_and_the_cheapest_allowed_method_is_chosen(workstation, simulator) -> None:
    ws = workstation
    account = ws.carriers.carrier_accounts()[0]["id"]
    eco = ws.carriers.save_shipping_method(account, code="ECO", name="Economy", allows_battery=False)
    ws.sync.pull()
    (order_id,) = ws.queues.resolve(["MP-10001"])
    ws.orders.approve([order_id])
    (number,) = [p["number"] for p in ws.queues.order_detail(order_id)["parcels"]]
    rates = ws.carriers.rates([number])[number]
    assert [r.service for r in rates] == ["ECO", "STD", "EXP"]  # cheapest first
    assert all(r.amount > 0 and r.currency == "USD" and r.days for r in rates)

    with ws.db.uow() as uow:  # a battery: Economy may not carry it
        for product in uow.session.scalars(select(Product)):
            product.has_battery = True
        uow.commit()
    rates = ws.carriers.rates([number], choose="cheapest")[number]
    assert (rates[-1].service, rates[-1].allowed) == ("ECO", False)
    assert rates[-1].reasons == ("Demo Express Economy does not carry batteries",)
    assert ws.carriers.waybill_report([number])[0]["method"] == "Standard"

    ws.carriers.rates([number], choose="fastest")
    assert ws.carriers.waybill_report([number])[0]["method"] == "Express"
    assert eco  # defined, never chosen


def test_tracking_events_come_from_the_carrier(workstation, simulator) -> None:
    ws = workstation
    ws.sync.pull()
    (order_id,) = ws.queues.resolve(["MP-10001"])
    ws.orders.approve([order_id])
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    (number,) = [p["number"] for p in ws.queues.order_detail(order_id)["parcels"]]
    reference = ws.carriers.shipper_references([number])[number]
    shipment = simulator.carrier.find_by_reference(reference)["shipment_id"]
    simulator.carrier.add_event(shipment, "in_transit", "Departed facility", "Shenzhen")
    info = ws.carriers.track([number])[number]
    assert [e["status"] for e in info["events"]] == ["info_received", "in_transit"]
    assert info["events"][1]["location"] == "Shenzhen" and info["error"] == ""
