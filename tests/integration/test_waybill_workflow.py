"""The waybill workflow on the real stack: failures with the carrier's reason, fixes, retries,
voids with refunds, method changes, late labels, duplicate answers, manual tracking."""

from __future__ import annotations

import json
import urllib.request
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotAllowed
from app.simulator import Faults
from db import queries
from db.models import Label, OutboxJob, Parcel, Product, ShippingMethod, Shop, TaxId


def ledger(sim) -> dict:  # type: ignore[no-untyped-def]
    with urllib.request.urlopen(f"{sim.url}/carrier/_ledger", timeout=5) as resp:
        return json.loads(resp.read())


def live(sim, reference: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [s for s in ledger(sim)["shipments"].get(reference, []) if s["status"] != "cancelled"]


def ref(ws, number: str) -> str:  # type: ignore[no-untyped-def]
    """The reference the carrier knows the parcel by: installation + parcel number."""
    return ws.carriers.shipper_references([number])[number]


def one_order(ws, marketplace_id: str = "MP-10001") -> tuple[int, str]:  # type: ignore[no-untyped-def]
    ws.sync.pull()
    (order_id,) = ws.queues.resolve([marketplace_id])
    assert ws.orders.approve([order_id]).approved
    (parcel,) = ws.queues.order_detail(order_id)["parcels"]
    return order_id, parcel["number"]


def row(ws, number: str) -> dict:  # type: ignore[no-untyped-def]
    (found,) = ws.carriers.waybill_report([number])
    return found


def method_id(ws, code: str) -> int:  # type: ignore[no-untyped-def]
    with ws.db.reader() as uow:
        found = uow.session.scalar(select(ShippingMethod.id).where(ShippingMethod.code == code))
        assert found is not None
        return found


def add_method(ws, code: str, name: str) -> int:  # type: ignore[no-untyped-def]
    account = ws.carriers.carrier_accounts()[0]["id"]
    return ws.carriers.save_shipping_method(account, code=code, name=name)


def test_the_request_carries_customs_lines_tax_ids_and_the_battery_flag(workstation) -> None:
    ws = workstation
    ws.sync.pull()
    (order_id,) = ws.queues.resolve(["MP-10001"])
    with ws.db.uow() as uow:
        s = uow.session
        order = queries.orders_or_queue(s, [order_id], "review")[0]
        for product in s.scalars(select(Product)):
            product.hs_code, product.declared_value, product.has_battery = "850760", Decimal("7.50"), True
        shop = s.scalar(select(Shop))
        s.add(TaxId(shop_id=shop.id, destination="EU", kind="IOSS", number="IM2760000001"))
        s.add(TaxId(shop_id=shop.id, destination=order.ship_country, kind="VAT", number="VAT-LOCAL-1"))
        uow.commit()
    ws.orders.approve([order_id])
    ws.carriers.request_waybills([order_id])
    with ws.db.reader() as uow:
        payload = uow.session.scalar(select(OutboxJob.payload).where(OutboxJob.kind == "request_waybill"))
    from app.waybills import request_from_payload

    request = request_from_payload(payload)
    assert request.customs and all(c.hs_code == "850760" and c.unit_value == Decimal("7.50") for c in request.customs)
    assert request.contains_battery is True
    assert request.tax_ids["VAT"] == "VAT-LOCAL-1"
    assert request.weight_grams > 0
    ws.outbox.run_until_idle()
    installation = ws.sync.installation().id
    assert len(installation) == 5 and request.reference.startswith(installation)
    assert row(ws, request.reference.removeprefix(installation))["state"] == "labelled"


def test_a_refused_request_shows_the_carriers_reason_and_is_fixed_in_place(workstation, simulator) -> None:
    ws = workstation
    order_id, number = one_order(ws)
    with ws.db.uow() as uow:  # the seller typo'd the postcode
        parcel = uow.session.scalar(select(Parcel).where(Parcel.number == number))
        parcel.order.ship_postcode = ""
        uow.commit()
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    failed = row(ws, number)
    assert failed["state"] == "failed" and "recipient postcode is missing" in failed["error"]
    assert ws.queues.order_detail(order_id)["queue"] == "waybill"

    with ws.db.uow() as uow:
        uow.session.scalar(select(Parcel).where(Parcel.number == number)).order.ship_postcode = "10115"
        uow.commit()
    ws.carriers.set_parcel_weight(number, 450)
    report = ws.carriers.retry_waybills(None)  # every failed parcel
    assert report.done == {number: "requested again"}
    ws.outbox.run_until_idle()
    fixed = row(ws, number)
    assert fixed["state"] == "labelled" and fixed["tracking_number"] and fixed["error"] is None
    assert fixed["weight_grams"] == 450
    assert len(live(simulator, ref(ws, number))) == 1


def test_a_wrong_service_fails_and_changing_the_method_books_the_right_one(workstation, simulator) -> None:
    ws = workstation
    bad = add_method(ws, "OVERNIGHT", "Overnight")
    order_id, number = one_order(ws)
    ws.carriers.set_shipping_method([order_id], bad)
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    assert "unknown service 'OVERNIGHT'" in row(ws, number)["error"]

    assert ws.carriers.set_shipping_method([order_id], method_id(ws, "EXP")).done
    ws.outbox.run_until_idle()
    assert row(ws, number)["state"] == "labelled"
    assert live(simulator, ref(ws, number))[0]["tracking_number"] == row(ws, number)["tracking_number"]


def test_void_records_the_refund_and_the_parcel_can_be_booked_again(workstation, simulator) -> None:
    ws = workstation
    order_id, number = one_order(ws)
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    first = row(ws, number)["tracking_number"]

    with pytest.raises(InvalidInput, match="reason"):
        ws.carriers.void_waybills([number], " ")
    assert ws.carriers.void_waybills([number], "buyer changed their mind").done == {number: "void queued"}
    assert row(ws, number)["refund"] == "requested"
    ws.outbox.run_until_idle()
    voided = row(ws, number)
    assert (voided["state"], voided["refund"], voided["tracking_number"]) == ("waybill", "refunded", None)
    assert f"waybill {first} voided" in voided["error"]
    assert ws.queues.order_detail(order_id)["queue"] == "waybill"
    assert live(simulator, ref(ws, number)) == []

    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    again = row(ws, number)
    assert again["state"] == "labelled" and again["tracking_number"] != first
    assert [s["status"] for s in ledger(simulator)["shipments"][ref(ws, number)]] == ["cancelled", "created"]


def test_a_parcel_already_handed_over_is_voided_but_the_refund_is_refused(workstation, simulator) -> None:
    ws = workstation
    order_id, number = one_order(ws)
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    shipment = live(simulator, ref(ws, number))[0]["shipment_id"]
    simulator.carrier.add_event(shipment, "in_transit", "Departed sorting centre", "Shenzhen")
    ws.carriers.void_waybills([number], "wrong item packed")
    ws.outbox.run_until_idle()
    assert row(ws, number)["refund"] == "refused"


def test_changing_the_method_of_a_labelled_parcel_voids_first_then_books(workstation, simulator) -> None:
    ws = workstation
    order_id, number = one_order(ws)
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    old = row(ws, number)["tracking_number"]

    ws.carriers.set_shipping_method([order_id], method_id(ws, "EXP"))
    moving = row(ws, number)
    assert moving["state"] == "requested" and moving["error"] == "voiding the old waybill first"
    with ws.db.reader() as uow:  # the new request waits for the void: never two live shipments
        states = dict(uow.session.execute(select(OutboxJob.kind, OutboxJob.state)).all())
    assert states == {"request_waybill": "done", "void_waybill": "pending"}

    ws.outbox.run_until_idle()
    new = row(ws, number)
    assert new["state"] == "labelled" and new["tracking_number"] not in (None, old)
    assert new["method"] == "Express" and new["refund"] == "refunded"
    shipments = ledger(simulator)["shipments"][ref(ws, number)]
    assert [(s["tracking_number"], s["status"]) for s in shipments] == [
        (old, "cancelled"),
        (new["tracking_number"], "created"),
    ]


def test_a_label_that_comes_late_keeps_the_parcel_in_waybill_until_fetched(workstation, simulator) -> None:
    ws = workstation
    order_id, number = one_order(ws)
    simulator.faults = Faults.parse("late_label=2")
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_due()
    waiting = row(ws, number)
    assert waiting["tracking_number"] and waiting["state"] == "requested"
    assert waiting["error"] == "label not ready yet"
    assert ws.queues.order_detail(order_id)["queue"] == "waybill"

    ws.outbox.run_until_idle()
    arrived = row(ws, number)
    assert arrived["state"] == "labelled" and arrived["error"] is None
    assert ws.queues.order_detail(order_id)["queue"] == "print"
    with ws.db.reader() as uow:
        label = uow.session.scalar(select(Label).join(Parcel).where(Parcel.number == number))
        assert label is not None and label.data.startswith(b"^XA") and arrived["tracking_number"].encode() in label.data


def test_every_fault_together_never_books_a_parcel_twice(workstation, simulator) -> None:
    ws = workstation
    ws.sync.pull()
    ws.orders.approve(None)
    simulator.faults = Faults.parse("latency=2ms,error=0.15,lost_response=0.2,duplicate=0.2,late_label=1,seed=11")
    ws.carriers.request_waybills(None)
    for _ in range(6):
        ws.outbox.run_until_idle()
    simulator.faults = Faults()
    ws.outbox.run_until_idle()
    parcels = {p["number"]: p for p in ws.queues.parcels_summary()}
    book = ledger(simulator)["shipments"]
    refs = ws.carriers.shipper_references(list(parcels))
    for number, parcel in parcels.items():
        shipments = [s for s in book.get(refs[number], []) if s["status"] != "cancelled"]
        assert len(shipments) == 1, number
        assert parcel["tracking_number"] == shipments[0]["tracking_number"]
        assert parcel["state"] == "labelled"


def test_manual_tracking_with_an_uploaded_label_or_shipbench_label(workstation, tmp_path) -> None:
    ws = workstation
    ws.sync.pull()
    ids = ws.queues.resolve(["MP-10001", "MP-10002"])
    ws.orders.approve(ids)
    first, second = (ws.queues.order_detail(i)["parcels"][0]["number"] for i in ids)

    with pytest.raises(InvalidInput, match="not a label"):
        ws.carriers.set_tracking(first, "FWD123456789", label=b"<html>error</html>", label_name="label.pdf")
    with pytest.raises(InvalidInput, match="named as PDF but holds ZPL"):
        ws.carriers.set_tracking(first, "FWD123456789", label=b"^XA^FDx^FS^XZ", label_name="label.pdf")
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    assert ws.carriers.set_tracking(first, "fwd123456789", label=pdf, label_name="label.pdf") == "FWD123456789"
    assert row(ws, first)["state"] == "labelled" and row(ws, first)["source"] == "manual"

    ws.carriers.set_tracking(second, "FWD987654321")  # no file: Shipbench draws the label
    job = ws.printing.create_print_job(ws.carriers.parcel_ids([second]), "folder://" + str(tmp_path / "out"))
    assert ws.printing.run_print_job(job).status == "sent"  # a one-way printer cannot say what printed
    assert ws.printing.confirm_print_job(job).status == "done"  # the user saw the labels come out
    (printed,) = (tmp_path / "out").glob("*.zpl")
    assert b"FWD987654321" in printed.read_bytes()

    with pytest.raises(InvalidInput, match="already the tracking number"):
        ws.carriers.set_tracking(second, "FWD123456789")
    with pytest.raises(InvalidInput, match="check digit is wrong"):
        ws.carriers.set_tracking(second, "RR123456780CN")


def test_uploaded_png_label_replaces_a_late_carrier_label(workstation, simulator) -> None:
    ws = workstation
    order_id, number = one_order(ws)
    simulator.faults = Faults.parse("late_label=50")
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_due()
    with pytest.raises(InvalidInput, match="PNG"):
        ws.carriers.upload_label(number, b"GIF89a....", "label.png")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20 + b"IEND\xaeB`\x82"
    assert ws.carriers.upload_label(number, png, "label.png") == "png"
    assert row(ws, number)["state"] == "labelled"
    with ws.db.reader() as uow:
        assert uow.session.scalar(select(OutboxJob.state).where(OutboxJob.kind == "fetch_label")) == "cancelled"


def test_a_shipped_parcel_cannot_be_voided(workstation, tmp_path) -> None:
    ws = workstation
    order_id, number = one_order(ws)
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    # a folder printer cannot say what printed: the user confirms the batch
    ws.printing.confirm_print_job(
        ws.printing.run_print_job(
            ws.printing.create_print_job(ws.carriers.parcel_ids([number]), "folder://" + str(tmp_path))
        ).job_id
    )
    assert ws.bench.scan(row(ws, number)["tracking_number"]).kind == "shipped"
    report = ws.carriers.void_waybills([number], "too late")
    assert "shipped" in report.refused[number]
    with pytest.raises(NotAllowed):
        ws.carriers.set_parcel_weight(number, 100)
