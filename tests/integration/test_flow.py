"""One order from marketplace to shipped on the real stack: SQLite file, simulator, sockets."""

from __future__ import annotations

import json
import urllib.request

import pytest
from sqlalchemy import func, select

from app import stock
from db.models import OutboxJob, Parcel, Product, ScanEvent
from tests.fakes.printers import FakeTcpPrinter
from tests.integration.helpers import closed_port, wait_until
from tests.zpl_decode import decode_zpl


def ledger(sim, part: str) -> dict:  # type: ignore[no-untyped-def]
    with urllib.request.urlopen(f"{sim.url}/{part}/_ledger", timeout=5) as resp:
        return json.loads(resp.read())


def ref(ws, number: str) -> str:  # type: ignore[no-untyped-def]
    return ws.carriers.shipper_references([number])[number]


def parcels(ws) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {p["number"]: p for p in ws.queues.parcels_summary()}


def test_review_says_why_an_order_cannot_be_approved(workstation) -> None:
    workstation.sync.pull()
    review = {o["marketplace_order_id"]: o["reasons"] for o in workstation.queues.orders_summary("review")}
    assert review["MP-10003"] == ["unpaired SKU LEGACY-SKU-9"]
    assert review["MP-10006"] == ["payment not cleared"]
    result = workstation.orders.approve(None)
    assert set(result.refused) == {o["number"] for o in workstation.queues.orders_summary("review")}
    assert len(result.approved) >= 50
    # The bundle listing was packed from its four products.
    bundle = next(o for o in workstation.queues.orders_summary() if o["marketplace_order_id"] == "MP-10002")
    assert bundle["queue"] == "waybill"


def test_order_to_shipped_through_a_network_printer(workstation, simulator) -> None:
    ws = workstation
    ws.sync.pull()
    ws.orders.approve(None)
    with ws.db.reader() as uow:
        mug_id = uow.session.scalar(select(Product.id).where(Product.sku == "MUG-BLU"))
        assert mug_id is not None
        reserved = stock.levels(uow.session, [mug_id])[mug_id]["reserved"]
    assert reserved > 0

    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    labelled = [p for p in parcels(ws).values() if p["state"] == "labelled"]
    assert labelled and all(p["tracking_number"] for p in labelled)

    printer = FakeTcpPrinter()
    try:
        first = labelled[:3]
        with ws.db.reader() as uow:
            ids = [uow.session.scalar(select(Parcel.id).where(Parcel.number == p["number"])) for p in first]
        job = ws.printing.create_print_job(ids, printer.uri)
        assert ws.printing.run_print_job(job).status == "done"  # the printer's buffer said they left it
        jobs = list(printer.printed)
        assert len(jobs) == 3
    finally:
        printer.close()
    for label, parcel in zip(jobs, first, strict=True):
        assert parcel["tracking_number"] in decode_zpl(label)

    # Scan the first parcel's tracking number at the bench.
    verdict = ws.bench.scan(first[0]["tracking_number"])
    assert (verdict.kind, verdict.colour) == ("shipped", "green")
    again = ws.bench.scan(first[0]["tracking_number"])
    assert again.kind == "already_shipped"
    assert "by alice at bench-1" in again.message
    # Not printed yet: the bench refuses it.
    assert ws.bench.scan(labelled[5]["tracking_number"]).kind == "not_printed"

    with ws.db.reader() as uow:
        after = stock.levels(uow.session, [mug_id])[mug_id]
        events = uow.session.scalar(select(func.count()).select_from(ScanEvent))
    assert events == 3
    assert after["reserved"] <= reserved

    ws.outbox.run_until_idle()
    ws.outbox.run_until_idle()
    confirmations = ledger(simulator, "mp")["confirmations"]
    reference = ws.sync.installation().id + first[0]["number"]  # the package reference (app.references)
    assert set(confirmations) == {reference}
    assert confirmations[reference]["tracking_number"] == first[0]["tracking_number"]
    assert parcels(ws)[first[0]["number"]]["confirmed"] is True


def test_offline_work_continues_and_the_worker_catches_up(workstation, simulator, tmp_path) -> None:
    ws = workstation
    ws.sync.pull()
    simulator.stop()  # the shop's line drops

    assert ws.sync.pull()["Demo Marketplace"]["ok"] is False
    # MP-10004 is cancelled by the marketplace once labelled; offline, nobody could know.
    ws.orders.approve([o["id"] for o in ws.queues.orders_summary("review") if o["marketplace_order_id"] != "MP-10004"])
    ws.carriers.request_waybills(None)
    ws.outbox.run_due()
    assert {p["state"] for p in parcels(ws).values()} == {"requested"}
    status = ws.sync.status()
    assert status.pending == len(parcels(ws)) and status.online is False

    simulator.start()  # the line is back: no restart of the app
    ws.sync.start_background(interval=0.05, pull_every=3600)
    wait_until(lambda: {p["state"] for p in parcels(ws).values()} == {"labelled"}, what="waybills")

    simulator.stop()
    job = ws.printing.create_print_job(ws.printing.printable_parcels(None)[:4], "folder://" + str(tmp_path / "labels"))
    assert ws.printing.run_print_job(job).status == "sent"  # a one-way printer cannot say what printed
    assert ws.printing.confirm_print_job(job).status == "done"  # the user saw the labels come out
    printed = [p for p in parcels(ws).values() if p["state"] == "printed"]
    assert [ws.bench.scan(p["tracking_number"]).kind for p in printed] == ["shipped"] * 4
    assert ws.sync.status().outbox.get("pending", 0) + ws.sync.status().outbox.get("in_flight", 0) >= 1

    simulator.start()
    ws.sync.wake()
    wait_until(lambda: len(ledger(simulator, "mp")["confirmations"]) == 4, what="confirmations")
    wait_until(lambda: ws.sync.status().pending == 0, what="empty outbox")
    code = ws.sync.installation().id
    assert {code + p["number"] for p in printed} == set(ledger(simulator, "mp")["confirmations"])


def test_a_cancellation_after_printing_intercepts_the_parcel(workstation, simulator, tmp_path) -> None:
    ws = workstation
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    job = ws.printing.create_print_job(ws.printing.printable_parcels(None), "folder://" + str(tmp_path / "labels"))
    ws.printing.run_print_job(job)
    ws.sync.pull()  # the marketplace cancelled MP-10004 once its label existed
    ws.outbox.run_until_idle()

    cancelled = next(o for o in ws.queues.orders_summary() if o["marketplace_order_id"] == "MP-10004")
    assert cancelled["queue"] == "exceptions"
    parcel = cancelled["parcels"][0]
    assert parcel["state"] == "intercepted"
    verdict = ws.bench.scan(parcel["tracking_number"])
    assert (verdict.kind, verdict.colour) == ("intercepted", "red")
    shipments = ledger(simulator, "carrier")["shipments"][ref(ws, parcel["number"])]
    assert [s["status"] for s in shipments] == ["cancelled"]  # the freight comes back


def test_a_lost_response_is_looked_up_never_booked_twice(workstation, simulator) -> None:
    ws = workstation
    ws.sync.pull()
    ws.orders.approve(ws.queues.resolve(["MP-10001"]))
    ws.carriers.request_waybills(ws.queues.resolve(["MP-10001"]))
    simulator.faults.lost_response_rate = 1.0  # the carrier books, the answer never arrives
    ws.outbox.run_due()
    with ws.db.reader() as uow:
        assert uow.session.scalar(select(OutboxJob.state)) == "unknown"
    simulator.faults.lost_response_rate = 0.0
    ws.outbox.run_until_idle()

    (parcel,) = parcels(ws).values()
    carrier = ledger(simulator, "carrier")
    reference = ref(ws, parcel["number"])
    assert carrier["create_requests"][reference] == 1
    assert [s["tracking_number"] for s in carrier["shipments"][reference]] == [parcel["tracking_number"]]


def _book_first(ws, simulator, recipient=None) -> tuple[str, dict]:  # type: ignore[no-untyped-def]
    """MP-10001's parcel, its reference booked at the carrier before our request goes out.

    ``recipient(name, postcode)`` gives the (name, postcode) the carrier holds; None: another customer's.
    """
    ws.sync.pull()
    ws.orders.approve(ws.queues.resolve(["MP-10001"]))
    ws.carriers.request_waybills(ws.queues.resolve(["MP-10001"]))
    (number,) = parcels(ws)
    with ws.db.reader() as uow:
        parcel = uow.session.scalar(select(Parcel).where(Parcel.number == number))
        order = parcel.order
        name, postcode, country, weight = order.ship_name, order.ship_postcode, order.ship_country, parcel.weight_grams
    name, postcode = recipient(name, postcode) if recipient else ("Someone Else", "99999")
    booked = simulator.carrier.create_shipment(
        {
            "reference": ref(ws, number),
            "weight_grams": weight,
            "recipient": {"name": name, "postcode": postcode, "country": country.lower(), "city": "x", "lines": ["a"]},
        }
    )
    return number, booked


def test_a_duplicate_reference_adopts_the_existing_shipment_when_it_is_this_parcels(workstation, simulator) -> None:
    ws = workstation
    # A crashed earlier run of this database booked it; the carrier wrote the name its own way.
    number, booked = _book_first(ws, simulator, lambda name, postcode: (f"  {name.upper()} ", f" {postcode} "))
    ws.outbox.run_until_idle()
    assert parcels(ws)[number]["tracking_number"] == booked["tracking_number"]
    assert len(ledger(simulator, "carrier")["shipments"][ref(ws, number)]) == 1


def test_a_duplicate_reference_for_another_recipient_is_never_adopted(workstation, simulator) -> None:
    ws = workstation
    number, booked = _book_first(ws, simulator)
    reference = ref(ws, number)
    ws.outbox.run_until_idle()
    (row,) = ws.carriers.waybill_report([number])
    assert row["state"] == "failed" and row["tracking_number"] is None
    assert f"already has a shipment with reference {reference} for another recipient" in row["error"]
    assert "not adopted" in row["error"]
    assert ws.printing.printable_parcels(None) == []  # nothing to print: no label is ours
    book = ledger(simulator, "carrier")
    assert [s["shipment_id"] for s in book["shipments"][reference]] == [booked["shipment_id"]]  # theirs, untouched
    # That reference is someone else's: a retry books the parcel under a new one.
    assert ref(ws, number) == reference + "R1"
    ws.carriers.retry_waybills([number])
    ws.outbox.run_until_idle()
    (row,) = ws.carriers.waybill_report([number])
    assert row["state"] == "labelled" and row["tracking_number"] != booked["tracking_number"]
    book = ledger(simulator, "carrier")
    assert [s["status"] for s in book["shipments"][reference]] == ["created"]
    assert [s["tracking_number"] for s in book["shipments"][reference + "R1"]] == [row["tracking_number"]]


def test_a_job_in_flight_at_a_crash_is_taken_over_once_its_lease_is_gone(workstation, simulator) -> None:
    from app.workstation import Workstation

    ws = workstation
    ws.sync.pull()
    ws.orders.approve(ws.queues.resolve(["MP-10001"]))
    ws.carriers.request_waybills(ws.queues.resolve(["MP-10001"]))
    with ws.db.uow() as uow:
        job = uow.session.scalar(select(OutboxJob))
        job.state = "in_flight"  # as if a process died mid-request, its lease long gone
        uow.commit()
    restarted = Workstation(ws.db, ws.actor, ws.settings)
    with ws.db.reader() as uow:  # starting takes nothing over: another station may be sending it
        assert uow.session.scalar(select(OutboxJob.state)) == "in_flight"
    restarted.outbox.run_until_idle()  # a running outbox does, looking it up first
    assert all(p["tracking_number"] for p in parcels(ws).values())


def test_an_offline_printer_stops_the_batch_which_resumes_without_reprinting(workstation, tmp_path) -> None:
    ws = workstation
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    ids = ws.printing.printable_parcels(None)[:5]
    dead = f"tcp://127.0.0.1:{closed_port()}"
    job = ws.printing.create_print_job(ids, dead)
    stopped = ws.printing.run_print_job(job)
    assert stopped.status == "stopped" and stopped.printed == 0
    assert "printer" in stopped.error.lower()

    printer = FakeTcpPrinter()
    try:
        from db.models import Printer, PrintJob

        with ws.db.uow() as uow:  # the user fixes the printer address and resumes
            pj = uow.session.get(PrintJob, job)
            uow.session.get(Printer, pj.printer_id).uri = printer.uri
            uow.commit()
        calls = {"n": 0}

        def stop_after_two() -> bool:
            calls["n"] += 1
            return calls["n"] > 2

        assert ws.printing.run_print_job(job, should_stop=stop_after_two).printed == 2
        assert ws.printing.run_print_job(job).status == "done"  # this printer answers ~HS: its buffer says
        jobs = list(printer.printed)
    finally:
        printer.close()
    decoded = [decode_zpl(j) for j in jobs]
    tracking = [t for d in decoded for t in d if t.startswith("LP")]
    assert len(tracking) == len(set(tracking)) == 5


@pytest.mark.parametrize("reason", ["", "  "])
def test_a_reprint_needs_a_reason(workstation, tmp_path, reason: str) -> None:
    from app.errors import NotAllowed

    ws = workstation
    ws.sync.pull()
    ws.orders.approve(ws.queues.resolve(["MP-10001"]))
    ws.carriers.request_waybills(ws.queues.resolve(["MP-10001"]))
    ws.outbox.run_until_idle()
    ids = ws.printing.printable_parcels(None)
    # a folder printer cannot say what printed: the user confirms the batch
    ws.printing.confirm_print_job(
        ws.printing.run_print_job(ws.printing.create_print_job(ids, "folder://" + str(tmp_path))).job_id
    )
    with pytest.raises(NotAllowed, match="reason"):
        ws.printing.create_print_job(ids, "folder://" + str(tmp_path), reprint_reason=reason)
    assert (
        ws.printing.run_print_job(
            ws.printing.create_print_job(ids, "folder://" + str(tmp_path), reprint_reason="jammed")
        ).status
        == "sent"
    )


def test_a_cancellation_before_the_request_left_voids_the_parcel_quietly(workstation, simulator) -> None:
    ws = workstation
    ws.sync.pull()
    (order_id,) = ws.queues.resolve(["MP-10001"])
    ws.orders.approve([order_id])
    simulator.stop()
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_due()  # offline: the request waits
    simulator.start()
    simulator.marketplace.cancel_order("MP-10001")
    ws.sync.pull()
    detail = ws.queues.order_detail(order_id)
    assert detail["queue"] == "cancelled"
    assert [p["state"] for p in detail["parcels"]] == ["voided"]
    ws.outbox.run_until_idle()
    assert ledger(simulator, "carrier")["shipments"] == {}  # nothing was ever booked
    assert ws.sync.status().pending == 0


def test_an_address_changed_after_approval_goes_back_to_review(workstation, simulator) -> None:
    ws = workstation
    ws.sync.pull()
    (order_id,) = ws.queues.resolve(["MP-10001"])
    ws.orders.approve([order_id])
    simulator.marketplace.change_ship_to("MP-10001", {"address1": "Neue Straße 9"})
    ws.sync.pull()
    detail = ws.queues.order_detail(order_id)
    assert detail["queue"] == "review"
    assert detail["reasons"] == ["changed on marketplace: address"]
    assert detail["recipient"]["address1"] == "Neue Straße 9"
    assert [p["state"] for p in detail["parcels"]] == ["voided"]
    assert ws.orders.approve([order_id]).approved == [detail["number"]]  # the seller looked: approve again


def test_a_batch_prints_in_the_order_asked_and_can_be_cancelled(workstation, tmp_path) -> None:
    ws = workstation
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    ids = ws.printing.printable_parcels(None)[:6]
    folder = tmp_path / "labels"
    job = ws.printing.create_print_job(ids, "folder://" + str(folder), order_by="queue", reverse=True)
    ws.printing.run_print_job(job, should_stop=lambda: len(list(folder.glob("*.zpl"))) >= 2)
    with ws.db.reader() as uow:
        from db.models import PrintJob

        items = uow.session.get(PrintJob, job).items
        assert [i.parcel_id for i in items] == sorted(ids, reverse=True)
        # a folder printer: the two written are sent (not printed: nobody saw them), the rest pending
        assert [i.state for i in items] == ["sent", "sent", "pending", "pending", "pending", "pending"]
    ws.printing.cancel_print_job(job)
    assert ws.printing.run_print_job(job).status == "cancelled"
    assert len(ws.printing.printable_parcels(None)) >= 4  # the rest are back in the Print queue
    assert job not in ws.printing.unfinished_print_jobs()


def test_a_parcel_intercepted_after_selection_is_left_out_of_the_batch(workstation, tmp_path) -> None:
    ws = workstation
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    selected = ws.printing.printable_parcels(None)  # the seller selects the Print queue…
    ws.sync.pull()  # …and the marketplace's cancellation arrives before Print is pressed
    job = ws.printing.create_print_job(selected, "folder://" + str(tmp_path / "labels"))
    done = ws.printing.run_print_job(job)
    assert done.status == "sent" and done.total == len(selected) - 1
    ws.printing.confirm_print_job(job)
    assert {p["state"] for p in ws.queues.parcels_summary() if p["state"] not in ("printed",)} <= {
        "intercepted",
        "voided",
    }
