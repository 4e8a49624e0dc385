"""Issue #12: two databases on one marketplace account confirm parcels with the same numbers.

Each database numbers its parcels from ``P00000001``. Before package references carried the
installation identity, the second database's confirmation of its own ``P00000001`` (another
order) was refused by the marketplace as a duplicate package reference, or, on a marketplace
that keys packages by order (Amazon), would have edited the first database's package. The
marketplace's ledger is the ground truth.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.bootstrap import build
from app.cli.demo import seed
from app.connectors.amazon import package_reference_id
from app.references import package_reference
from app.settings import Settings
from app.simulator import Simulator
from app.workstation import Workstation
from db.models import OutboxJob

PER_DATABASE = 4


SPECIAL = {"MP-10002", "MP-10003", "MP-10004", "MP-10005", "MP-10006"}  # bundle, unpaired, cancelled …


def _ship(
    ws: Workstation, share: slice, out: Path, before_confirm: Callable[[Workstation], None] = lambda ws: None
) -> dict[str, str]:
    """Approve this share of the shop's plain orders, label, print, scan and confirm them;
    parcel number → marketplace order id."""
    ws.sync.pull()
    review = {
        o["marketplace_order_id"]: o["id"]
        for o in ws.queues.orders_summary("review")
        if o["marketplace_order_id"] not in SPECIAL
    }
    mine = sorted(review)[share]
    approved = ws.orders.approve([review[m] for m in mine]).approved
    assert len(approved) == len(mine) == PER_DATABASE
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    job = ws.printing.create_print_job(ws.printing.printable_parcels(None), "folder://" + str(out))
    ws.printing.run_print_job(job)
    ws.printing.confirm_print_job(job)
    shipped = {}
    with ws.db.reader() as uow:
        parcels = [(p.number, p.tracking_number, p.order.marketplace_order_id) for p in uow.parcels.all()]
    for number, tracking, order_id in parcels:
        assert tracking and ws.bench.scan(tracking).kind == "shipped"
        shipped[number] = order_id
    before_confirm(ws)
    ws.outbox.run_until_idle()
    assert {j.state for j in ws.sync.jobs() if j.kind == "confirm_shipment"} == {"done"}
    return shipped


def test_two_databases_confirm_the_same_parcel_numbers_and_the_marketplace_keeps_them_apart(tmp_path: Path) -> None:
    with Simulator(order_count=20) as sim:
        stations = [
            build(Settings(db_url=f"sqlite:///{tmp_path / f'{n}.db'}", data_dir=tmp_path / n, station=n, user="u"))
            for n in ("a", "b")
        ]
        try:
            for ws in stations:
                seed(ws, sim.url)
            shipped = [
                _ship(ws, slice(i * PER_DATABASE, (i + 1) * PER_DATABASE), tmp_path / f"labels-{i}")
                for i, ws in enumerate(stations)
            ]
            a, b = stations
            assert set(shipped[0]) == set(shipped[1])  # the same parcel numbers, other orders
            book = sim.marketplace.ledger()["confirmations"]
            assert len(book) == 2 * PER_DATABASE  # every package confirmed, none refused or merged
            for ws, parcels in zip(stations, shipped, strict=True):
                code = ws.sync.installation().id
                for number, order_id in parcels.items():
                    entry = book[code + number]
                    assert entry["order_id"] == order_id and entry["requests"] == 1
            # Amazon keys a package by (order, number): the two databases' P00000001 are two numbers
            first = sorted(shipped[0])[0]
            ids_on_amazon = {package_reference_id(package_reference(ws.sync.installation().id, first)) for ws in (a, b)}
            assert len(ids_on_amazon) == 2 and all(i.isdigit() and len(i) <= 19 for i in ids_on_amazon)
        finally:
            for ws in stations:
                ws.close()


def _as_the_version_before(ws: Workstation) -> None:
    """The confirmations waiting were written by the version before: the bare parcel number."""
    with ws.db.uow() as uow:
        for job in uow.session.scalars(select(OutboxJob).where(OutboxJob.kind == "confirm_shipment")):
            job.payload = {**job.payload, "package_reference": job.idempotency_key}
        uow.commit()


def test_a_parcel_confirmed_before_keeps_the_reference_it_was_confirmed_with(tmp_path: Path) -> None:
    with Simulator(order_count=12) as sim:
        ws = build(Settings(db_url=f"sqlite:///{tmp_path / 'a.db'}", data_dir=tmp_path, station="a", user="u"))
        try:
            seed(ws, sim.url)
            shipped = _ship(ws, slice(0, PER_DATABASE), tmp_path / "labels", _as_the_version_before)
            number = sorted(shipped)[0]
            assert number in sim.marketplace.ledger()["confirmations"]
            # a tracking correction edits that package, under the reference it has on the marketplace
            ws.sync.correct_tracking(number, "CORR-1")
            ws.outbox.run_until_idle()
            book = sim.marketplace.ledger()["confirmations"]
            assert book[number]["tracking_number"] == "CORR-1"
            assert ws.sync.installation().id + number not in book
        finally:
            ws.close()
