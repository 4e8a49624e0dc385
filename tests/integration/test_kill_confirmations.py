"""THE kill test: the sync process is SIGKILLed mid-confirmation, twice; every parcel is confirmed once.

The app's sync runs as a separate process (`main.py sync --until-idle`) against the
simulator in this test process, with latency and lost answers. It is killed once from
inside the simulator, right after a confirmation took effect and before its answer went
out, and once when the marketplace's ledger shows ~100 confirmations. Restarted, it runs
to idle. The marketplace's own ledger must then hold exactly one confirmation per parcel.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator
from db.models import OutboxJob, Parcel
from tests.integration.helpers import wait_until

pytestmark = pytest.mark.slow  # real child processes, several seconds each: CI runs them in its `pytest -m slow` step

ROOT = Path(__file__).resolve().parents[2]
PARCELS = 200


def ledger(sim: Simulator) -> dict[str, Any]:
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=5) as resp:
        return json.loads(resp.read())


def ship_parcels(db_url: str, sim: Simulator, tmp_path: Path, count: int) -> list[str]:
    """A database with ``count`` parcels scanned out, their confirmations waiting in the outbox;
    their package references (``<installation><parcel number>``, the marketplace's keys)."""
    sim.marketplace.cancel_after_label = None  # no scripted cancellation in this run
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
    try:
        seed(ws, sim.url)
        ws.sync.pull()
        ws.orders.approve(None)
        ws.carriers.request_waybills(None)
        ws.outbox.run_until_idle()
        parcel_ids = ws.printing.printable_parcels(None)[:count]
        assert len(parcel_ids) == count, f"only {len(parcel_ids)} parcels to print"
        job = ws.printing.create_print_job(parcel_ids, "folder://" + str(tmp_path / "labels"))
        assert ws.printing.run_print_job(job).status == "sent"  # a one-way printer cannot say what printed
        assert ws.printing.confirm_print_job(job).status == "done"  # the user saw the labels come out
        with ws.db.reader() as uow:
            rows = uow.session.execute(
                select(Parcel.number, Parcel.tracking_number).where(Parcel.id.in_(parcel_ids))
            ).all()
        for _, tracking in rows:
            assert ws.bench.scan(tracking).kind == "shipped"
        code = ws.sync.installation().id
        return sorted(code + number for number, _ in rows)
    finally:
        ws.close()


def start_sync(db_url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, "sync", "--until-idle", "--json"],
        cwd=ROOT,
        env={**os.environ, "SHIPBENCH_USER": "alice"},  # the database's user (nobody else is created implicitly)
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def job_states(db_url: str, tmp_path: Path) -> dict[str, int]:
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
    try:
        with ws.db.reader() as uow:
            rows = uow.session.execute(
                select(OutboxJob.state, func.count())
                .where(OutboxJob.kind == "confirm_shipment")
                .group_by(OutboxJob.state)
            ).all()
        return dict(rows)  # type: ignore[arg-type]
    finally:
        ws.close()


def test_sync_killed_twice_mid_confirmation_confirms_every_parcel_exactly_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHIPBENCH_OUTBOX_LEASE", "3")  # a dead process's jobs are taken over after 3 s
    db_url = f"sqlite:///{tmp_path / 'shipbench.db'}"
    with Simulator(order_count=260) as sim:
        numbers = ship_parcels(db_url, sim, tmp_path, PARCELS)
        assert ledger(sim)["confirmations"] == {}
        sim.faults = Faults(latency_ms=8, lost_response_rate=0.1, seed=11)

        # 1. Killed from inside the marketplace: the 40th confirmation has taken effect,
        #    its answer has not left yet.
        target = numbers[39]
        child: dict[str, subprocess.Popen[bytes]] = {}
        killed = threading.Event()

        def kill_before_answer(request: Any, status: int, payload: Any) -> None:
            if request.method == "POST" and request.path.endswith("/shipments") and target.encode() in request.raw:
                os.kill(child["p"].pid, signal.SIGKILL)
                killed.set()

        sim.before_reply = kill_before_answer
        child["p"] = start_sync(db_url)
        assert child["p"].wait(timeout=120) == -signal.SIGKILL, child["p"].stderr.read().decode()[-2000:]  # type: ignore[union-attr]
        assert killed.is_set()
        sim.before_reply = None
        first = ledger(sim)["confirmations"]
        assert target in first  # the marketplace applied it; the app never heard back
        # Opening the database again takes nothing away from anyone: what was in flight
        # stays so under the dead process's lease, until it runs out and a run takes it
        # over (as unknown: looked up before any retry).
        assert job_states(db_url, tmp_path).get("in_flight", 0) >= 1

        # 2. Restarted, and killed again when the ledger shows ~100 confirmations.
        second = start_sync(db_url)
        wait_until(
            lambda: len(ledger(sim)["confirmations"]) >= 100 or second.poll() is not None,
            timeout=120,
            what="100 confirmations",
        )
        second.send_signal(signal.SIGKILL)
        second.wait(timeout=30)
        at_kill = len(ledger(sim)["confirmations"])
        assert 100 <= at_kill < PARCELS, f"the second run was not cut short ({at_kill} confirmed)"

        # 3. Restarted, it runs to idle.
        third = start_sync(db_url)
        out, err = third.communicate(timeout=300)
        assert third.returncode == 0, err.decode()[-2000:]
        report = json.loads(out)
        assert report["outbox"].get("failed", 0) == 0

        book = ledger(sim)
    confirmations = book["confirmations"]
    # Every parcel confirmed, each exactly once: one marketplace shipment per package reference,
    # and the marketplace created no shipment beyond those 200.
    assert sorted(confirmations) == numbers
    shipment_ids = {c["shipment_id"] for c in confirmations.values()}
    assert shipment_ids == {f"MS-{i}" for i in range(1, PARCELS + 1)}
    # The lookup before a retry kept re-sends rare (a resend can only follow a kill while the
    # request was still on its way), and the target's lost answer was looked up, not re-sent.
    assert confirmations[target]["requests"] == 1
    assert all(c["requests"] <= 2 for c in confirmations.values())
    assert job_states(db_url, tmp_path) == {"done": PARCELS}
