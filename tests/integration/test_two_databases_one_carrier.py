"""Issue #12: two databases (SQLite and PostgreSQL) on one carrier account, 200 parcels each,
a fifth of the carrier's answers lost. Proves invariant 8 of DESIGN.md: every reference is
unique across the databases, and no database adopts (and prints) the other's shipment.

Before installation identities both databases sent P00000001…: the second was told
"duplicate reference", adopted the first one's shipment and printed a label with another
customer's name and address.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator
from db.models import AuditEvent, CarrierAccount, Label, Order, OutboxJob, Parcel

pytestmark = pytest.mark.postgres

PARCELS = 200


def _station(url: str, data: Path, marketplace: Simulator, carrier: Simulator):  # type: ignore[no-untyped-def]
    """A database with exactly PARCELS approved parcels, its carrier account on the shared carrier."""
    ws = build(Settings(db_url=url, data_dir=data, station="bench-1", user="alice"))
    seed(ws, marketplace.url)
    with ws.db.uow() as uow:
        for account in uow.session.scalars(select(CarrierAccount)):
            account.base_url = carrier.url
        uow.commit()
    ws.sync.pull()
    approved = ws.orders.approve(None).approved
    assert len(approved) >= PARCELS
    extra = ws.queues.resolve(approved[PARCELS:])
    if extra:
        ws.orders.hold(extra, "not in this batch")
    return ws


def _run_to_idle(ws) -> None:  # type: ignore[no-untyped-def]
    for _ in range(30):
        ws.outbox.run_until_idle()
        if ws.sync.status().pending == 0:
            return
    raise AssertionError("the outbox did not run empty")


def test_two_databases_on_one_carrier_account_never_share_or_adopt_a_shipment(tmp_path: Path, pg_url: str) -> None:
    with Simulator(order_count=260) as shared, Simulator(order_count=260, order_seed=1) as other_shop:
        a = _station(f"sqlite:///{tmp_path / 'a.db'}", tmp_path / "a", shared, shared)
        b = _station(pg_url, tmp_path / "b", other_shop, shared)
        try:
            assert a.sync.installation().id != b.sync.installation().id
            shared.faults = Faults.parse("lost_response=0.2,seed=12")
            for ws in (a, b):
                ws.carriers.request_waybills(None)
            started = time.monotonic()
            # both at once, as two stations would: each retries while the other books
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(_run_to_idle, (a, b)))
            print(f"400 waybills with lost answers in {time.monotonic() - started:.1f} s")
            shared.faults = Faults()
            book = shared.carrier.ledger()
            seen: dict[str, str] = {}
            for name, ws in (("A", a), ("B", b)):
                with ws.db.reader() as uow:
                    s = uow.session
                    rows = s.execute(
                        select(
                            Parcel.id,
                            Parcel.number,
                            Parcel.tracking_number,
                            Order.ship_name,
                            Order.ship_postcode,
                            Order.ship_country,
                        )
                        .join(Order, Parcel.order_id == Order.id)
                        .where(Parcel.status != "voided", Order.queue == "print")
                    ).all()
                    labels = dict(s.execute(select(Label.parcel_id, Label.data)).all())
                    not_adopted = s.scalar(
                        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "not adopted")
                    )
                assert len(rows) == PARCELS, name
                assert not_adopted == 0, name
                refs = ws.carriers.shipper_references([r.number for r in rows])
                for row in rows:
                    reference = refs[row.number]
                    assert reference not in seen, (reference, seen.get(reference), name)
                    seen[reference] = name
                    # exactly one live shipment at the carrier, and it is this parcel's
                    live = [x for x in book["shipments"][reference] if x["status"] != "cancelled"]
                    assert len(live) == 1, (name, row.number, book["shipments"][reference])
                    assert row.tracking_number == live[0]["tracking_number"], (name, row.number)
                    record = shared.carrier.find_live(reference)
                    assert record is not None
                    got = (record["recipient"]["name"], record["recipient"]["postcode"], record["recipient"]["country"])
                    assert got == (row.ship_name, row.ship_postcode, row.ship_country), (name, row.number)
                    # the label stored for printing is that shipment's, drawn for our recipient
                    label = labels[row.id]
                    assert row.tracking_number.encode() in label and row.ship_postcode.encode() in label
            assert len(seen) == 2 * PARCELS
            # nothing booked twice: a lost answer was settled by looking the reference up
            assert sum(book["create_requests"].values()) == 2 * PARCELS
            assert all(len(book["shipments"][r]) == 1 for r in seen)
            for ws in (a, b):  # and answers were lost, for both databases
                with ws.db.reader() as uow:
                    retried = uow.session.scalar(
                        select(func.count())
                        .select_from(OutboxJob)
                        .where(OutboxJob.kind == "request_waybill", OutboxJob.attempts > 1)
                    )
                assert retried and retried > PARCELS // 10
        finally:
            a.close()
            b.close()
