"""Two stations as real processes (issue #16): an order held by `main.py hold` at one station
reaches the other station's change feed within a second of its commit, on SQLite and PostgreSQL;
`main.py stations` lists both with their heartbeats."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from app.bootstrap import build
from app.cli.demo import seed
from app.services.stations import FeedChanges
from app.settings import Settings
from app.simulator import Simulator
from tests.e2e.test_print_claims import run, station


@pytest.mark.slow
def test_a_hold_at_another_process_reaches_this_station_within_a_second(db_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Simulator(order_count=6) as sim:
        ws = build(Settings(db_url=db_url, data_dir=data, station="office", user="alice"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            order_id = ws.queues.queue_ids("review")[0]
            number = ws.queues.order_detail(order_id)["number"]
            arrived: list[float] = []
            done = threading.Event()

            def seen(changes: FeedChanges) -> None:
                if order_id in changes.orders:
                    arrived.append(time.time())
                    done.set()

            ws.stations.watch(seen)
            ws.stations.start_heartbeat("gui")
            other = station(db_url, "bench-2", "hold", number, "--reason", "buyer called", "--json", data=data)
            out, err = other.communicate(timeout=120)
            exited = time.time()
            assert other.returncode == 0, err
            assert done.wait(5.0), "the other process's hold never reached this station"
            # its commit happened before it exited: the change was here within a second of it
            assert arrived[0] - exited < 1.0
            assert ws.queues.order_detail(order_id)["queue"] == "on_hold"

            listed = run(db_url, "bench-2", "stations", "--beat", "--json", data=data)
            assert listed.returncode == 0, listed.stderr
            rows = {r["name"]: r for r in json.loads(listed.stdout)}
            assert rows["office"]["live"] and rows["office"]["runs"] == ["gui"] and not rows["office"]["this"]
            assert rows["bench-2"]["this"] and rows["bench-2"]["live"]
        finally:
            ws.close()
