"""The packing bench: supervisor overrides, scan-to-verify packing, handover to the courier."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import stock
from app.errors import InvalidInput, NotAllowed
from app.workstation import Workstation
from db.models import CarrierAccount, Order, Parcel, ProductBarcode, ShippingMethod, utcnow


def printed(ws: Workstation, tmp_path: Path, *, pull_cancellations: bool = True) -> dict[str, dict]:
    """Everything approved, booked and printed; the scripted cancellation pulled in."""
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    # a folder printer cannot say what printed: the user confirms the batch
    ws.printing.confirm_print_job(
        ws.printing.run_print_job(
            ws.printing.create_print_job(ws.printing.printable_parcels(None), "folder://" + str(tmp_path / "labels"))
        ).job_id
    )
    if pull_cancellations:
        ws.sync.pull()
    return {p["number"]: p for p in ws.queues.parcels_summary()}


def move_one_to_another_carrier(ws: Workstation) -> str:
    """A second carrier, and the newest printed parcel moved to it; returns its tracking number."""
    with ws.db.uow() as uow:
        other = CarrierAccount(name="Other Post", carrier="simulator", base_url="http://127.0.0.1:9")
        uow.session.add(other)
        uow.session.flush()
        method = ShippingMethod(carrier_account_id=other.id, code="OP", name="Other")
        uow.session.add(method)
        uow.session.flush()
        moved = uow.session.scalar(select(Parcel).where(Parcel.status == "printed").order_by(Parcel.id.desc()))
        moved.shipping_method_id = method.id
        code = moved.tracking_number
        uow.commit()
    return code


@pytest.fixture
def bench(workstation: Workstation) -> Workstation:
    workstation.bench.add_user("sam", "supervisor", "2468")
    workstation.bench.add_user("pat", "packer", "1357")
    return workstation


def test_force_ship_needs_a_supervisor_pin_and_a_reason(bench: Workstation, tmp_path: Path) -> None:
    parcels = printed(bench, tmp_path)
    (stopped,) = [p for p in parcels.values() if p["state"] == "intercepted"]
    code = stopped["tracking_number"]
    assert bench.bench.scan(code).kind == "intercepted"
    with pytest.raises(NotAllowed, match="wrong PIN"):
        bench.bench.force_ship(code, "0000", "buyer called back")
    with pytest.raises(NotAllowed, match="packer"):
        bench.bench.force_ship(code, "1357", "buyer called back")
    with pytest.raises(NotAllowed, match="reason"):
        bench.bench.force_ship(code, "2468", "  ")
    verdict = bench.bench.force_ship(code, "2468", "buyer called back")
    assert (verdict.kind, verdict.colour) == ("forced", "green")
    assert "sam" in verdict.message
    again = bench.bench.scan(code)
    assert again.kind == "already_shipped"
    bench.outbox.run_until_idle()  # the queued void was withdrawn: the waybill stays live
    assert bench.queues.parcels_summary() and {
        p["state"] for p in bench.queues.parcels_summary() if p["number"] == stopped["number"]
    } == {"shipped"}


def test_force_ship_refuses_once_the_waybill_was_voided(bench: Workstation, tmp_path: Path) -> None:
    parcels = printed(bench, tmp_path)
    bench.outbox.run_until_idle()  # the void reaches the carrier
    (stopped,) = [p for p in parcels.values() if p["state"] == "intercepted"]
    with pytest.raises(NotAllowed, match="already voided"):
        bench.bench.force_ship(stopped["tracking_number"], "2468", "buyer called back")


def test_undo_last_scan_puts_the_parcel_back(bench: Workstation, tmp_path: Path) -> None:
    parcels = printed(bench, tmp_path)
    code = next(p["tracking_number"] for p in parcels.values() if p["state"] == "printed")
    assert bench.bench.scan(code).kind == "shipped"
    with pytest.raises(NotAllowed):
        bench.bench.undo_last_scan("1357", "wrong pile")
    assert bench.bench.undo_last_scan("2468", "wrong pile").kind == "undone"
    assert bench.bench.scan(code).kind == "shipped"  # ships again, once
    with pytest.raises(NotAllowed, match="nothing to undo|already told"):
        bench.outbox.run_until_idle()
        bench.bench.undo_last_scan("2468", "again")


def test_scan_to_verify_counts_items_and_refuses_wrong_ones(bench: Workstation, tmp_path: Path) -> None:
    printed(bench, tmp_path)
    with bench.db.reader() as uow:
        s = uow.session
        order = s.scalar(select(Order).where(Order.marketplace_order_id == "MP-10002"))  # the mug bundle
        parcel = order.parcels[0]
        tracking, number = parcel.tracking_number, parcel.number
        codes = {
            b.product.sku: b.code
            for b in s.scalars(select(ProductBarcode))
            if b.product.sku.startswith(("MUG", "COASTER", "LAMP"))
        }
    session, verdict = bench.bench.verify_start(tracking)
    assert session is not None and verdict.kind == "verify_started"
    assert {i.sku for i in session.items} == {"MUG-BLU", "MUG-RED", "MUG-WHT", "COASTER-4"}
    expected = {i.sku: i.quantity for i in session.items}

    wrong = bench.bench.verify_item(session, codes["LAMP-USB"])
    assert (wrong.kind, wrong.colour) == ("wrong_item", "red") and "LAMP-USB" in wrong.message
    kinds = []
    for sku, qty in expected.items():
        for _ in range(qty):
            kinds.append(bench.bench.verify_item(session, codes[sku]).kind)
    assert kinds[-1] == "verified" and set(kinds[:-1]) == {"item_ok"}
    with bench.db.reader() as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.number == number))
        assert p.verified_at is not None and p.verified_by_id == bench.actor.user_id

    session2, _ = bench.bench.verify_start(tracking)
    assert session2 is not None
    sku, qty = next(iter(expected.items()))
    for _ in range(qty):
        bench.bench.verify_item(session2, codes[sku])
    too_many = bench.bench.verify_item(session2, codes[sku])
    assert (too_many.kind, too_many.colour) == ("too_many", "red")
    with pytest.raises(NotAllowed):
        bench.bench.verify_override(session2, "1357", "short of coasters")
    assert bench.bench.verify_override(session2, "2468", "short of coasters").kind == "verified"


def test_a_pack_barcode_counts_its_pack_quantity(bench: Workstation, tmp_path: Path) -> None:
    printed(bench, tmp_path)
    with bench.db.uow() as uow:
        s = uow.session
        order = s.scalar(select(Order).where(Order.marketplace_order_id == "MP-10001"))
        line = order.parcels[0].lines[0]
        line.quantity = 2  # as if the buyer ordered two
        s.add(ProductBarcode(product_id=line.product_id, code="PACK2-0001", pack_quantity=2))
        tracking = order.parcels[0].tracking_number
        uow.commit()
    session, _ = bench.bench.verify_start(tracking)
    assert session is not None
    assert bench.bench.verify_item(session, "PACK2-0001").kind in ("verified", "item_ok")


def test_handover_batch_per_carrier(bench: Workstation, tmp_path: Path) -> None:
    parcels = printed(bench, tmp_path)
    moved_code = move_one_to_another_carrier(bench)
    (demo_id, _), *_ = bench.bench.handover_carriers()
    batch = bench.bench.handover_open(demo_id)
    assert bench.bench.handover_open(demo_id) == batch  # one open batch per carrier and station

    ours = [
        p["tracking_number"] for p in parcels.values() if p["state"] == "printed" and p["tracking_number"] != moved_code
    ]
    first, second, rest = ours[0], ours[1], ours[2:]
    assert bench.bench.scan(first).kind == "shipped"  # shipped earlier in the day
    assert bench.bench.handover_scan(batch, first).kind == "handed_over"
    assert bench.bench.handover_scan(batch, second).kind == "handed_over"  # printed: shipped on the way
    assert bench.bench.handover_scan(batch, second).kind == "already_handed"
    assert bench.bench.handover_scan(batch, moved_code).kind == "other_carrier"

    summary = bench.bench.handover_summary(batch)
    assert summary.scanned == 2
    assert {t for _, t in summary.missing} == set(rest)
    with pytest.raises(InvalidInput, match="not scanned"):
        bench.bench.handover_close(batch)
    for code in rest:
        bench.bench.handover_scan(batch, code)
    closed = bench.bench.handover_close(batch)
    assert closed.status == "handed_over" and closed.scanned == len(ours) and not closed.missing
    with pytest.raises(NotAllowed):
        bench.bench.handover_scan(batch, first)


def test_handover_missing_looks_back_a_week_not_over_all_history(bench: Workstation, tmp_path: Path) -> None:
    parcels = printed(bench, tmp_path)
    (demo_id, _), *_ = bench.bench.handover_carriers()
    codes = sorted(p["tracking_number"] for p in parcels.values() if p["state"] == "printed")
    old, recent = codes[: len(codes) // 2], codes[len(codes) // 2 :]
    with bench.db.uow() as uow:  # last month's labels: handed over before Shipbench scanned pickups
        for parcel in uow.session.scalars(select(Parcel).where(Parcel.tracking_number.in_(old))):
            parcel.printed_at = utcnow() - dt.timedelta(days=30)
        uow.commit()
    batch = bench.bench.handover_open(demo_id)
    missing = {t for _, t in bench.bench.handover_summary(batch).missing}
    assert missing and missing <= set(recent) and not missing & set(old)
    with bench.db.reader() as uow:  # the window is read through an index, whatever the history
        plan = " ".join(
            str(row[-1])
            for row in uow.session.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT number FROM parcels WHERE status IN ('printed','shipped') "
                    "AND (printed_at >= :since OR shipped_at >= :since)"
                ),
                {"since": utcnow()},
            )
        )
    assert "SCAN parcels" not in plan, plan


def test_packer_figures_count_parcels_and_errors(bench: Workstation, tmp_path: Path) -> None:
    parcels = printed(bench, tmp_path)
    codes = [p["tracking_number"] for p in parcels.values() if p["state"] == "printed"][:3]
    for code in codes:
        bench.bench.scan(code)
    bench.bench.scan("RF770947604CN")  # wrong check digit: a misread
    (figures,) = bench.bench.packer_figures()
    assert (figures.user, figures.shipped, figures.errors) == ("alice", 3, 1)
    assert figures.parcels_per_hour > 0
    with bench.db.reader() as uow:
        product_ids = [pid for (pid,) in uow.session.execute(select(ProductBarcode.product_id))]
        assert all(v["on_hand"] <= 200 for v in stock.levels(uow.session, product_ids).values())


def test_the_scale_weight_goes_on_the_parcel_and_a_wrong_one_warns(bench: Workstation, tmp_path: Path) -> None:
    parcels = printed(bench, tmp_path)
    with bench.db.reader() as uow:
        order = uow.session.scalar(select(Order).where(Order.marketplace_order_id == "MP-10002"))  # four items
        code = order.parcels[0].tracking_number
        expected = sum(ln.quantity * ln.product.weight_grams for ln in order.parcels[0].lines)
    ok = bench.bench.record_weight(code, expected + 60)
    assert (ok.expected_grams, ok.actual_grams, ok.warning) == (expected, expected + 60, None)
    light = bench.bench.record_weight(code, expected // 2)
    assert light.warning is not None and "lighter" in light.warning
    with bench.db.reader() as uow:
        assert uow.session.scalar(select(Parcel.weight_grams).where(Parcel.tracking_number == code)) == expected // 2
    with pytest.raises(NotAllowed, match="reads nothing"):
        bench.bench.record_weight(code, 0)
    assert parcels


def test_every_scan_out_verdict(bench: Workstation, tmp_path: Path) -> None:
    """The packer's whole vocabulary, each from a real situation."""
    parcels = printed(bench, tmp_path)
    printed_code = next(p["tracking_number"] for p in parcels.values() if p["state"] == "printed")
    intercepted = next(p["tracking_number"] for p in parcels.values() if p["state"] == "intercepted")
    with bench.db.uow() as uow:  # one parcel still waiting for its waybill, one never printed
        waiting, unprinted = uow.session.scalars(
            select(Parcel).where(Parcel.status == "printed").order_by(Parcel.id.desc()).limit(2)
        ).all()
        waiting.status, waiting_code = "requested", waiting.number
        unprinted.status, unprinted_code = "labelled", unprinted.tracking_number
        uow.commit()
    cases = {
        printed_code: ("shipped", "green"),
        intercepted: ("intercepted", "red"),
        waiting_code: ("no_waybill", "amber"),
        unprinted_code: ("not_printed", "amber"),
        "LP999999995CN": ("unknown", "red"),
        "RF770947604CN": ("misread", "red"),
        "4006381333931": ("not_a_parcel", "amber"),
        "SB-CMD:FINISH": ("command", "amber"),
        "&é\"'(-è_çà": ("layout", "amber"),
    }
    seen = {code: (v.kind, v.colour) for code, v in ((c, bench.bench.scan(c)) for c in cases)}
    assert seen == cases
    again = bench.bench.scan(printed_code)
    assert (again.kind, again.colour) == ("already_shipped", "amber")
    assert "by alice at bench-1" in again.message
