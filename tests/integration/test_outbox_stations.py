"""Two packing stations on one database run the outbox at once: each job is sent by one of them."""

from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path

from sqlalchemy import select

from app import outbox
from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator
from db.models import Order


def test_two_stations_share_the_outbox_without_sending_a_job_twice(db_url: str, tmp_path: Path) -> None:
    with Simulator(order_count=80) as sim:
        first = build(Settings(db_url=db_url, data_dir=tmp_path / "a", station="bench-1", user="alice"))
        first.bench.add_user("bob", "packer", "1357")  # alice, the first user, is the admin
        second = build(Settings(db_url=db_url, data_dir=tmp_path / "b", station="bench-2", user="bob"))
        try:
            seed(first, sim.url)
            first.sync.pull()
            with first.db.uow() as uow:
                orders = list(uow.session.scalars(select(Order).where(Order.status != "cancelled")))
                for order in orders:
                    key = f"PKG-{order.marketplace_order_id}"
                    outbox.enqueue(
                        uow.session,
                        "confirm_shipment",
                        key,
                        {
                            "order_id": order.marketplace_order_id,
                            "package_reference": key,
                            "carrier": "c",
                            "tracking_number": f"T{order.id}",
                            "lines": [{"line_id": ln.remote_line_id, "quantity": ln.quantity} for ln in order.lines],
                        },
                        shop_id=order.shop_id,
                    )
                uow.commit()
                count = len(orders)
            sim.faults = Faults(latency_ms=5)
            runners = [threading.Thread(target=ws.outbox.run_until_idle) for ws in (first, second)]
            for t in runners:
                t.start()
            for t in runners:
                t.join(timeout=240)
            assert first.sync.status().outbox == {"done": count}
        finally:
            first.close()
            second.close()
        with urllib.request.urlopen(sim.url + "/mp/_ledger") as resp:
            book = json.loads(resp.read())
    assert len(book["confirmations"]) == count
    assert set(book["requests"].values()) == {1}  # no job was sent by both stations
