"""Postage over the simulator: each waybill's quoted and charged price, the refund of a
void, the carrier's balance going down by each booking, and the warning before a batch
that would run out."""

from __future__ import annotations

import json
import urllib.request
from decimal import Decimal

import pytest

from app.errors import InvalidInput
from app.simulator import Faults


def ledger(sim) -> dict:  # type: ignore[no-untyped-def]
    with urllib.request.urlopen(f"{sim.url}/carrier/_ledger", timeout=5) as resp:
        return json.loads(resp.read())


def approved(ws, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    ws.sync.pull()
    ids = [row.id for row in ws.queues.queue_page("review", 0, 200)]
    done = ws.orders.approve(ids)
    waybill = [row.id for row in ws.queues.queue_page("waybill", 0, 200)]
    assert len(waybill) >= count, done
    return waybill[:count]


def parcel_ids(ws, order_ids: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    numbers = ws.carriers.parcel_numbers_of(order_ids, ("waybill", "requested", "failed", "labelled", "printed"))
    return ws.carriers.parcel_ids(numbers)


def account_id(ws) -> int:  # type: ignore[no-untyped-def]
    return int(ws.carriers.carrier_accounts()[0]["id"])


def test_a_duplicate_free_batch_costs_exactly_the_sum_of_its_bookings(workstation, simulator) -> None:
    ws = workstation
    orders = approved(ws, 8)
    # lost answers and duplicate-reference answers: each parcel is still booked (and charged) once
    simulator.faults = Faults.parse("lost_response=0.3,duplicate=0.3,seed=5")
    ws.carriers.request_waybills(orders)
    for _ in range(6):
        ws.outbox.run_until_idle()
    simulator.faults = Faults()
    ws.outbox.run_until_idle()

    book = ledger(simulator)
    rows = ws.postage.waybills(parcel_ids(ws, orders))
    assert len(rows) == len(book["charged"]) >= 8
    assert len({r["tracking_number"] for r in rows}) == len(rows)  # no parcel booked twice
    ours = sum((r["charged"] for r in rows), Decimal(0))
    theirs = sum((Decimal(v) for v in book["charged"].values()), Decimal(0))
    assert ours == theirs > 0
    assert all(r["source"] == "carrier" and r["currency"] == "USD" for r in rows)
    # the balance the carrier reported after the last booking is what the account shows
    (account,) = ws.postage.balances()
    assert account["source"] == "carrier"
    assert account["balance"] == Decimal(book["balance"])
    assert account["postage"] == [{"currency": "USD", "spent": str(ours), "refunded": "0.00"}]


def test_a_void_refunds_the_charged_price_and_the_balance(workstation, simulator) -> None:
    ws = workstation
    (order,) = approved(ws, 1)
    ws.carriers.request_waybills([order])
    ws.outbox.run_until_idle()
    (parcel,) = parcel_ids(ws, [order])
    (booked,) = ws.postage.waybills([parcel])
    before = ws.postage.balances()[0]["balance"]

    number = ws.carriers.parcel_numbers_of([order])[0]
    ws.carriers.void_waybills([number], "buyer changed their mind")
    ws.outbox.run_until_idle()
    (voided,) = ws.postage.waybills([parcel])
    assert voided["refund"] == "refunded"
    assert voided["refunded"] == booked["charged"] > 0
    assert voided["voided_at"] is not None
    assert ws.postage.balances()[0]["balance"] == before + booked["charged"]
    assert Decimal(ledger(simulator)["balance"]) == before + booked["charged"]


def test_a_refused_refund_pays_nothing_back(workstation, simulator) -> None:
    ws = workstation
    (order,) = approved(ws, 1)
    ws.carriers.request_waybills([order])
    ws.outbox.run_until_idle()
    (parcel,) = parcel_ids(ws, [order])
    shipment = next(iter(ledger(simulator)["charged"]))
    simulator.carrier.add_event(shipment, "in_transit", "Departed sorting centre")
    ws.carriers.void_waybills(ws.carriers.parcel_numbers_of([order]), "too late")
    ws.outbox.run_until_idle()
    (voided,) = ws.postage.waybills([parcel])
    assert (voided["refund"], voided["refunded"]) == ("refused", None)


def test_a_prepaid_balance_goes_down_by_the_rate_card_and_a_batch_that_would_run_out_warns(
    workstation, simulator
) -> None:
    ws = workstation
    orders = approved(ws, 4)
    acct = account_id(ws)
    method = ws.carriers.method_details()[0]["id"]
    for m in ws.carriers.method_details():
        ws.postage.set_rate_card(m["id"], {"currency": "USD", "base": "2.00", "per_100g": "0.50"})
    ws.postage.set_prepaid(acct, "20.00", "usd", low="5")
    # a batch priced by the rate card, against the prepaid 20.00 (offline: the carrier not asked,
    # else its own report of the balance would replace the seller's figure)
    (check,) = ws.postage.check_batch(orders, ask_carrier=False)
    assert check.account_id == acct and check.parcels == 4 and check.unpriced == 0
    assert check.estimate > 0 and check.currency == "USD"
    assert check.runs_out == (check.estimate > Decimal("20.00"))
    ws.postage.set_prepaid(acct, str(check.estimate - Decimal("0.01")), "USD")
    (short,) = ws.postage.check_batch(orders, ask_carrier=False)
    assert short.runs_out and short.low and short.left == Decimal("-0.01")
    ws.postage.set_prepaid(acct, str(check.estimate + Decimal("3.00")), "USD", low="5.00")
    (low,) = ws.postage.check_batch(orders, ask_carrier=False)
    assert not low.runs_out and low.low  # 3.00 left, under the 5.00 mark
    assert method  # the methods exist

    # a carrier that says no price: the simulator's does, so its answer wins over the card;
    # its reported balance then replaces the prepaid figure
    ws.carriers.request_waybills(orders)
    ws.outbox.run_until_idle()
    assert ws.postage.balances()[0]["source"] == "carrier"


def test_a_carrier_without_a_price_is_charged_by_the_rate_card_from_the_prepaid_amount(workstation) -> None:
    from app import postage
    from db.models import CarrierAccount, Parcel

    ws = workstation
    (order,) = approved(ws, 1)
    acct = account_id(ws)
    for m in ws.carriers.method_details():
        ws.postage.set_rate_card(m["id"], {"currency": "USD", "base": "3.00", "per_100g": "1.00"})
    ws.postage.set_prepaid(acct, "50.00", "USD")
    (parcel_id,) = parcel_ids(ws, [order])
    with ws.db.uow() as uow:
        parcel = uow.session.get(Parcel, parcel_id)
        assert parcel is not None
        parcel.weight_grams = 250  # three started 100 g: 3.00 + 3 × 1.00
        postage.record_booking(
            uow.session, parcel, account_id=acct, shipment_id="X-1", tracking_number="T1", price=None, balance=None
        )
        uow.commit()
    (row,) = ws.postage.waybills([parcel_id])
    assert (row["charged"], row["source"], row["quoted"]) == (Decimal("6.00"), "rate_card", Decimal("6.00"))
    with ws.db.reader() as uow:
        account = uow.session.get(CarrierAccount, acct)
        assert account is not None and account.balance == Decimal("44.00")


def test_the_carrier_refuses_a_booking_the_balance_cannot_pay(workstation, simulator) -> None:
    ws = workstation
    (order,) = approved(ws, 1)
    simulator.carrier.set_balance(Decimal("1.00"))
    assert ws.postage.refresh_balances() == {"Demo Express": "1.00 USD"}
    (check,) = ws.postage.check_batch([order])  # priced by the carrier's rates
    assert check.runs_out and check.unpriced == 0
    ws.carriers.request_waybills([order])
    ws.outbox.run_until_idle()
    (row,) = ws.carriers.waybill_report(ws.carriers.parcel_numbers_of([order]))
    assert row["state"] == "failed" and "balance" in row["error"]


def test_amounts_are_checked(workstation) -> None:
    ws = workstation
    acct = account_id(ws)
    with pytest.raises(InvalidInput):
        ws.postage.set_prepaid(acct, "1e400x", "USD")
    with pytest.raises(InvalidInput):
        ws.postage.set_prepaid(acct, "NaN", "USD")
    with pytest.raises(InvalidInput, match="currency"):
        ws.postage.set_prepaid(acct, "10", "dollars")
    with pytest.raises(InvalidInput, match="negative"):
        ws.postage.set_rate_card(ws.carriers.method_details()[0]["id"], {"currency": "USD", "base": "-1"})


def test_offline_the_check_asks_one_failed_call_and_never_stops_the_batch(workstation, simulator) -> None:
    ws = workstation
    orders = approved(ws, 3)
    simulator.stop()  # the carrier cannot be reached
    (check,) = ws.postage.check_batch(orders)
    assert (check.parcels, check.unpriced, check.estimate, check.balance) == (3, 3, 0, None)
    assert not check.runs_out and not check.low
    assert len(ws.carriers.request_waybills(orders).queued) == 3  # queued for when it is back


def test_only_the_first_parcels_are_quoted_the_rest_at_their_average(workstation, simulator, monkeypatch) -> None:
    from app.services import postage as service

    ws = workstation
    orders = approved(ws, 5)
    monkeypatch.setattr(service, "QUOTE_AT_MOST", 2)
    (check,) = ws.postage.check_batch(orders)
    assert (check.parcels, check.unpriced) == (5, 0) and check.estimate > 0
    assert simulator.carrier.ledger()["charged"] == {}  # quoting books nothing
