"""Two stations scanning the same parcel at the same moment ship it exactly once."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select

from app.bootstrap import build, ensure_actor
from app.cli.demo import seed
from app.settings import Settings
from app.workstation import Workstation
from db.models import OutboxJob, ScanEvent, StockMovement


def test_two_stations_ship_a_parcel_once(db_url: str, simulator, tmp_path: Path) -> None:
    ws = build(Settings(db_url=db_url, data_dir=tmp_path, station="bench-1", user="alice"))
    try:
        seed(ws, simulator.url)
        ws.sync.pull()
        ws.orders.approve(None)
        ws.carriers.request_waybills(None)
        ws.outbox.run_until_idle()
        ids = ws.printing.printable_parcels(None)[:8]
        # a folder printer cannot say what printed: the user confirms the batch
        ws.printing.confirm_print_job(
            ws.printing.run_print_job(ws.printing.create_print_job(ids, "folder://" + str(tmp_path / "labels"))).job_id
        )
        codes = [p["tracking_number"] for p in ws.queues.parcels_summary() if p["state"] == "printed"]
        ws.bench.add_user("bob", "packer", "1357")  # alice, the first user, is the admin
        other = Workstation(ws.db, ensure_actor(ws.db, "bob", "bench-2"), ws.settings)

        verdicts: dict[str, list[str]] = {c: [] for c in codes}
        barrier = threading.Barrier(2)

        def station(w: Workstation) -> None:
            for code in codes:
                barrier.wait()
                verdicts[code].append(w.bench.scan(code).kind)

        threads = [threading.Thread(target=station, args=(w,)) for w in (ws, other)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)

        for code in codes:
            assert sorted(verdicts[code]) == ["already_shipped", "shipped"], verdicts[code]
        with ws.db.reader() as uow:
            s = uow.session
            assert s.scalar(select(func.count()).select_from(ScanEvent)) == 2 * len(codes)
            assert s.scalar(select(func.count()).where(OutboxJob.kind == "confirm_shipment")) == len(codes)
            deducted = s.scalar(select(func.count()).where(StockMovement.kind == "deduct"))
            assert deducted >= len(codes)
    finally:
        ws.close()
