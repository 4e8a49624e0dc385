"""An order shipped as two parcels is confirmed parcel by parcel, each with the lines it carries."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from sqlalchemy import select

from db.models import Order, Parcel


def test_each_parcel_of_a_split_order_confirms_only_its_own_lines(workstation, simulator, tmp_path: Path) -> None:
    ws = workstation
    simulator.marketplace.cancel_after_label = None  # no scripted cancellation here
    ws.sync.pull()
    with ws.db.reader() as uow:
        order = next(
            o
            for o in uow.session.scalars(select(Order).where(Order.queue == "review").order_by(Order.id))
            if not o.review_reasons and len(o.lines) == 1 and o.lines[0].quantity >= 2
        )
        order_id, remote_id = order.id, order.marketplace_order_id
        lines = [(ln.id, ln.remote_line_id, ln.quantity) for ln in order.lines]
    # One line, split by quantity: the parcels' units are shares of the same marketplace line.
    ln_id, rid, qty = lines[0]
    plan = [[(ln_id, 1)], [(ln_id, qty - 1)]]
    expected = [{rid: 1}, {rid: qty - 1}]
    numbers = ws.orders.split(order_id, plan)
    assert len(numbers) == 2
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    with ws.db.reader() as uow:
        ids = list(uow.session.scalars(select(Parcel.id).where(Parcel.number.in_(numbers))))
    # a folder printer cannot say what printed: the user confirms the batch
    ws.printing.confirm_print_job(
        ws.printing.run_print_job(ws.printing.create_print_job(ids, "folder://" + str(tmp_path / "labels"))).job_id
    )
    for number in numbers:
        assert ws.bench.scan(number).kind == "shipped"
    ws.outbox.run_until_idle()
    assert {j.state for j in ws.sync.jobs() if j.kind == "confirm_shipment"} == {"done"}
    with urllib.request.urlopen(f"{simulator.url}/mp/_ledger") as resp:
        book = json.loads(resp.read())["confirmations"]
    code = ws.sync.installation().id  # package references are <installation><parcel number>
    confirmed = [{ln["line_id"]: ln["quantity"] for ln in book[code + n]["lines"]} for n in sorted(numbers)]
    assert confirmed == expected
    assert all(book[code + n]["order_id"] == remote_id for n in numbers)
