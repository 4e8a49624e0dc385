"""THE KILL TEST: a batch of 200 waybill requests, its process SIGKILLed mid-batch (once right
after the carrier booked a parcel and before the answer was stored), restarted, run to idle.

Proves invariant 1 of DESIGN.md: every parcel has exactly one live shipment at the carrier
and the same tracking number locally; nothing was booked (charged) twice.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator
from db.models import OutboxJob
from db.uow import Database

ROOT = Path(__file__).resolve().parents[2]
PARCELS = 200

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.slow,  # real child processes, several seconds each: CI runs them in its `pytest -m slow` step
]


def carrier_ledger(sim: Simulator) -> dict:  # type: ignore[type-arg]
    with urllib.request.urlopen(f"{sim.url}/carrier/_ledger", timeout=10) as resp:
        return json.loads(resp.read())


def waybills_child(db_url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, "waybills", "--all"],
        cwd=ROOT,
        env={**os.environ, "SHIPBENCH_USER": "alice"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_mid_batch_every_parcel_has_exactly_one_live_shipment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHIPBENCH_OUTBOX_LEASE", "3")  # a dead process's jobs are taken over after 3 s
    db_url = f"sqlite:///{tmp_path / 'shipbench.db'}"
    faults = Faults.parse("latency=3ms,error=0.05,lost_response=0.05,seed=3")
    with Simulator(order_count=260, faults=faults) as sim:
        ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            approved = ws.orders.approve(None).approved
            assert len(approved) >= PARCELS
            # exactly PARCELS parcels in the batch: the rest are put on hold
            extra = ws.queues.resolve(approved[PARCELS:])
            if extra:
                ws.orders.hold(extra, "not in this batch")
        finally:
            ws.close()

        # 1. Killed right after the carrier booked a parcel, before its answer was stored.
        child = waybills_child(db_url)
        killed_at: dict[str, object] = {}

        def kill_on_create(creates: int, reference: str) -> None:
            if creates == 60 and not killed_at:
                killed_at.update(creates=creates, reference=reference)
                os.kill(child.pid, signal.SIGKILL)

        sim.carrier.after_create = kill_on_create
        child.wait(120)
        sim.carrier.after_create = None
        assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
        booked_unseen = str(killed_at["reference"])
        db = Database(db_url)
        with db.reader() as uow:
            # the carrier saw the reference (installation + parcel number); the job's key is the number
            state = uow.session.scalar(select(OutboxJob.state).where(OutboxJob.idempotency_key == booked_unseen[5:]))
        db.dispose()
        assert state == "in_flight"  # the carrier booked it; we never heard

        # 2. Killed again at an arbitrary moment of the restarted batch.
        child = waybills_child(db_url)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and sum(carrier_ledger(sim)["create_requests"].values()) < 130:
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
        child.wait(60)

        # 3. Restart and run to idle, still with latency, 5xx and lost answers.
        done = threading.Event()
        ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
        try:
            for _ in range(20):
                ws.outbox.run_until_idle()
                with ws.db.reader() as uow:
                    live_jobs = uow.session.scalar(
                        select(func.count())
                        .select_from(OutboxJob)
                        .where(OutboxJob.state.in_(("pending", "in_flight", "unknown")))
                    )
                if not live_jobs:
                    done.set()
                    break
            assert done.is_set(), "the outbox did not run empty"
            parcels = {p["number"]: p for p in ws.queues.parcels_summary() if p["state"] != "voided"}
            refs = ws.carriers.shipper_references(list(parcels))
        finally:
            ws.close()

    assert len(parcels) == PARCELS
    book = sim.carrier.ledger()
    shipments = book["shipments"]
    assert set(shipments) == set(refs.values())
    for number, parcel in parcels.items():
        live = [s for s in shipments[refs[number]] if s["status"] != "cancelled"]
        assert len(live) == 1, (number, shipments[number])
        assert parcel["tracking_number"] == live[0]["tracking_number"], number
        assert parcel["state"] == "labelled", (number, parcel)
        # Nothing charged twice: never a second booking (live or voided) for a parcel. An
        # unknown outcome (a timeout, or a reset while the request was going out) is
        # looked up, not sent again; only answers that say "nothing happened" (503 before
        # acting, connection refused) are sent again.
        assert len(shipments[refs[number]]) == 1, (number, shipments[refs[number]])
    assert book["create_requests"][booked_unseen] == 1
    assert sum(book["create_requests"].values()) <= PARCELS + 5
