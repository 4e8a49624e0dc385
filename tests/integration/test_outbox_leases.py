"""Several stations, one shop (issue #16): outbox jobs are claimed under a lease.

Real child processes (`main.py sync`, `status`, `jobs`) on one SQLite file or one
PostgreSQL database, against the simulator in this process, whose ledgers say what the
carrier and the marketplace received. A station that sleeps keeps its jobs; one that
dies loses them to a running worker once its lease runs out, which looks each one up
before any retry; a worker whose database connection is cut reconnects and carries on.
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
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from app import outbox
from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator
from db.models import Order, OutboxJob, Station, utcnow
from db.uow import Database
from tests.integration.helpers import wait_until

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP and SIGKILL are POSIX"),
    pytest.mark.slow,  # real child processes, several seconds each: CI runs them in its `pytest -m slow` step
]


def prepare(db_url: str, sim: Simulator, tmp_path: Path) -> tuple[int, int]:
    """Waybill requests for every approved order and a confirmation per order, all waiting."""
    sim.marketplace.cancel_after_label = None
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "a", station="bench-1", user="alice"))
    try:
        ws.bench.add_user("bob", "packer", "1357")
        seed(ws, sim.url)
        ws.sync.pull()
        ws.orders.approve(None)
        ws.carriers.request_waybills(None)
        with ws.db.uow() as uow:
            orders = list(uow.session.scalars(select(Order).where(Order.status != "cancelled")))
            for order in orders:
                key = f"PKG-{order.marketplace_order_id}"
                payload = {
                    "order_id": order.marketplace_order_id,
                    "package_reference": key,
                    "carrier": "c",
                    "tracking_number": f"T{order.id}",
                    "lines": [{"line_id": ln.remote_line_id, "quantity": ln.quantity} for ln in order.lines],
                }
                outbox.enqueue(uow.session, "confirm_shipment", key, payload, shop_id=order.shop_id)
            uow.commit()
            waybills = sum(1 for job in uow.jobs.in_states(("pending",)) if job.kind == "request_waybill")
    finally:
        ws.close()
    build(Settings(db_url=db_url, data_dir=tmp_path / "b", station="bench-2", user="bob")).close()
    return waybills, len(orders)


def station(db_url: str, name: str, user: str, lease: float, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "SHIPBENCH_STATION": name,
        "SHIPBENCH_USER": user,
        "SHIPBENCH_OUTBOX_LEASE": str(lease),
        "PYTHONUNBUFFERED": "1",
    }
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def watching(db_url: str, name: str, user: str, lease: float) -> subprocess.Popen[str]:
    """A station's background worker (`sync --watch`), once it is running."""
    child = station(db_url, name, user, lease, "sync", "--watch")
    assert child.stdout is not None
    line = child.stdout.readline()
    assert "syncing in the background" in line, child.stderr.read() if child.stderr else ""
    return child


def stop(child: subprocess.Popen[str]) -> None:
    """SIGTERM: the clean stop a service manager sends."""
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 0, err[-2000:]


def jobs(db: Database) -> list[tuple[int, str, str, str | None, str | None]]:
    """(id, kind, state, station holding it, station that sent it) of every job."""
    with db.reader() as uow:
        names = dict(uow.session.execute(select(Station.id, Station.name)).all())
        rows = uow.session.execute(
            select(
                OutboxJob.id, OutboxJob.kind, OutboxJob.state, OutboxJob.lease_station_id, OutboxJob.sent_by_station_id
            )
        ).all()
        return [(i, k, s, names.get(lease or 0), names.get(sent or 0)) for i, k, s, lease, sent in rows]


def held_by(db: Database, name: str) -> set[int]:
    return {i for i, _, state, holder, _ in jobs(db) if state == "in_flight" and holder == name}


def live(db: Database) -> set[int]:
    return {i for i, _, state, _, _ in jobs(db) if state in outbox.LIVE_STATES}


def ledgers(sim: Simulator) -> tuple[dict[str, Any], dict[str, Any]]:
    with urllib.request.urlopen(f"{sim.url}/carrier/_ledger", timeout=10) as resp:
        carrier = json.loads(resp.read())
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=10) as resp:
        marketplace = json.loads(resp.read())
    return carrier, marketplace


def assert_each_sent_once(sim: Simulator, waybills: int, confirmations: int) -> None:
    carrier, marketplace = ledgers(sim)
    assert len(carrier["shipments"]) == waybills
    assert all(len(booked) == 1 for booked in carrier["shipments"].values())  # nothing booked (billed) twice
    assert set(carrier["create_requests"].values()) == {1}  # nor even asked twice: looked up instead
    assert len(marketplace["confirmations"]) == confirmations
    assert set(marketplace["requests"].values()) == {1}


def is_create(request: Any) -> bool:
    return request.method == "POST" and request.path == "/carrier/shipments"


def key_of(request: Any) -> str:
    """The outbox job's key a create or a confirmation carries (a reference is installation + key)."""
    body = json.loads(request.raw)
    return str(body["package_reference"]) if "package_reference" in body else str(body["reference"])[5:]


def is_confirmation(request: Any) -> bool:
    return request.method == "POST" and request.path.startswith("/mp/orders/") and request.path.endswith("/shipments")


def test_a_sleeping_station_keeps_its_leased_jobs_and_finishes_them_itself(db_url: str, tmp_path: Path) -> None:
    lease = 90.0  # A sleeps while B starts three processes, which takes seconds on a busy machine
    with Simulator(order_count=40, faults=Faults(latency_ms=3)) as sim:
        waybills, confirmations = prepare(db_url, sim, tmp_path)
        db = Database(db_url)
        a: dict[str, subprocess.Popen[str]] = {}
        holding, gate, paused = threading.Event(), threading.Event(), threading.Event()

        def hold_a_confirmation(request: Any) -> None:
            # A's marketplace thread waits in a request (outside any transaction) until A sleeps.
            if "p" in a and not paused.is_set() and is_confirmation(request):
                holding.set()
                gate.wait(30)

        def put_a_to_sleep(creates: int, reference: str) -> None:
            if creates == 8 and not paused.is_set():
                holding.wait(10)
                os.kill(a["p"].pid, signal.SIGSTOP)  # mid-batch, mid-request, its leases held
                paused.set()
                gate.set()

        sim.on_request = hold_a_confirmation
        sim.carrier.after_create = put_a_to_sleep
        a["p"] = station(db_url, "bench-1", "alice", lease, "sync", "--until-idle", "--json")
        try:
            assert paused.wait(120), a["p"].stderr.read() if a["p"].stderr else ""
            slept_at = time.monotonic()
            held = held_by(db, "bench-1")
            assert {kind for i, kind, *_ in jobs(db) if i in held} >= {"request_waybill", "confirm_shipment"}

            # Station B starts processes: nothing of A's is recovered or touched.
            status = station(db_url, "bench-2", "bob", lease, "status")
            assert status.wait(60) == 0
            listing = station(db_url, "bench-2", "bob", lease, "jobs", "--state", "in_flight", "--json")
            out, err = listing.communicate(timeout=60)
            assert listing.returncode == 0, err
            shown = json.loads(out)
            assert {r["id"] for r in shown} == held
            assert {r["leased_by"] for r in shown} == {"bench-1"} and all(r["lease_until"] for r in shown)

            # B's worker does everything else, and leaves A's leased jobs alone.
            b = watching(db_url, "bench-2", "bob", lease)
            try:
                wait_until(lambda: live(db) == held, timeout=60, what="station B to finish what A does not hold")
            except AssertionError:
                rows = [r for r in jobs(db) if r[0] in live(db) - held]
                log = (tmp_path / "data" / "shipbench.log").read_text()[-5000:]
                raise AssertionError(f"{rows[:10]} {held}\n{log}") from None
            assert held_by(db, "bench-1") == held
            assert time.monotonic() - slept_at < lease - 1, "A slept longer than its lease: inconclusive"

            os.kill(a["p"].pid, signal.SIGCONT)
            out, err = a["p"].communicate(timeout=90)
            assert a["p"].returncode == 0, err[-2000:]
            wait_until(lambda: not live(db), timeout=30, what="every job done")
            stop(b)
        finally:
            for child in a.values():
                if child.poll() is None:
                    child.kill()
            db.dispose()
        sent_by = {i: sender for i, _, _, _, sender in jobs(db)}
        assert {sent_by[i] for i in held} == {"bench-1"}  # A finished its own jobs
        assert "bench-2" in set(sent_by.values())
        assert {state for _, _, state, _, _ in jobs(db)} == {"done"}
        assert_each_sent_once(sim, waybills, confirmations)


def test_a_dead_stations_jobs_are_taken_over_by_a_running_worker_after_its_lease(db_url: str, tmp_path: Path) -> None:
    lease = 5.0
    with Simulator(order_count=40, faults=Faults(latency_ms=3)) as sim:
        waybills, confirmations = prepare(db_url, sim, tmp_path)
        db = Database(db_url)
        with db.reader() as uow:
            bench_1 = uow.stations.by_name("bench-1")
            assert bench_1 is not None
            a_id = bench_1.id
        a: dict[str, subprocess.Popen[str]] = {}
        unseen: dict[str, str] = {}
        holding, gate, killed = threading.Event(), threading.Event(), threading.Event()

        def a_holds(key: str) -> bool:
            with db.reader() as uow:
                job = uow.session.scalar(select(OutboxJob).where(OutboxJob.idempotency_key == key))
                return job is not None and job.lease_station_id == a_id

        def hold_as_answer(request: Any, status: int, payload: Any) -> None:
            # A's confirmation took effect; A waits for the answer until it dies.
            if "p" in a and not killed.is_set() and is_confirmation(request) and status < 300:
                key = key_of(request)
                if not holding.is_set() and a_holds(key):
                    unseen["confirmation"] = key
                    holding.set()
                    gate.wait(30)

        def kill_a(creates: int, reference: str) -> None:
            # Booked at the carrier; A dies before it hears.
            if creates >= 8 and not killed.is_set() and a_holds(reference[5:]):
                holding.wait(10)
                unseen["waybill"] = reference
                os.kill(a["p"].pid, signal.SIGKILL)
                killed.set()
                gate.set()

        both = threading.Event()

        def b_waits_for_a(request: Any) -> None:
            # B's requests are slow (8 s each, under its 10 s time-out) until A's first one
            # arrives: from then on both stations are sending.
            if both.is_set() or request.method != "POST" or not (is_confirmation(request) or is_create(request)):
                return
            if "p" in a and a_holds(key_of(request)):
                both.set()
            else:
                both.wait(8)

        b = watching(db_url, "bench-2", "bob", lease)
        sim.faults = Faults(latency_ms=50)  # slowly enough to kill A mid-batch
        sim.on_request = b_waits_for_a
        sim.before_reply = hold_as_answer
        sim.carrier.after_create = kill_a
        a["p"] = station(db_url, "bench-1", "alice", lease, "sync", "--until-idle", "--json")
        try:
            assert killed.wait(120)
            assert a["p"].wait(30) == -signal.SIGKILL
            sim.faults = Faults(latency_ms=3)
            orphans = held_by(db, "bench-1")
            assert orphans
            # B keeps running (no restart) and takes them over once A's lease runs out.
            wait_until(lambda: not live(db), timeout=60, what="every job done")
            stop(b)
        finally:
            for child in (*a.values(), b):
                if child.poll() is None:
                    child.kill()
            db.dispose()
        final = {i: (state, sender) for i, _, state, _, sender in jobs(db)}
        assert {state for state, _ in final.values()} == {"done"}
        assert {final[i][1] for i in orphans} == {"bench-2"}
        carrier, marketplace = ledgers(sim)
        assert carrier["create_requests"][unseen["waybill"]] == 1  # looked up, not booked again
        if "confirmation" in unseen:
            assert marketplace["requests"][unseen["confirmation"]] == 1
        assert_each_sent_once(sim, waybills, confirmations)


@pytest.mark.postgres
def test_workers_survive_their_database_connections_being_terminated(pg_url: str, tmp_path: Path) -> None:
    lease = 5.0
    with Simulator(order_count=40, faults=Faults(latency_ms=10)) as sim:
        waybills, confirmations = prepare(pg_url, sim, tmp_path)
        db = Database(pg_url)
        killer = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        workers = [watching(pg_url, "bench-1", "alice", lease), watching(pg_url, "bench-2", "bob", lease)]
        terminated = 0
        try:
            for _ in range(8):
                seen = len(ledgers(sim)[0]["create_requests"]) + len(ledgers(sim)[1]["requests"])
                wait_until(
                    lambda seen=seen: (
                        len(ledgers(sim)[0]["create_requests"]) + len(ledgers(sim)[1]["requests"]) >= seen + 4
                        or not live(db)
                    ),
                    timeout=30,
                    what="more requests",
                )
                with killer.connect() as conn:
                    terminated += len(
                        conn.execute(
                            text(
                                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                            )
                        ).all()
                    )
            wait_until(lambda: not live(db), timeout=90, what="every job done")
            assert all(w.poll() is None for w in workers)  # both still running
            for w in workers:
                stop(w)
        finally:
            for w in workers:
                if w.poll() is None:
                    w.kill()
            killer.dispose()
            db.dispose()
        assert terminated >= 8
        assert {state for _, _, state, _, _ in jobs(Database(pg_url))} == {"done"}
        assert_each_sent_once(sim, waybills, confirmations)


def test_a_request_slower_than_the_lease_keeps_its_job(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lease is renewed on its own thread while a request runs: another station's pass,
    after the first lease would have run out, finds the job still held and leaves it."""
    monkeypatch.setenv("SHIPBENCH_OUTBOX_LEASE", "1.5")
    with Simulator(order_count=2) as sim:
        waybills, confirmations = prepare(sqlite_url, sim, tmp_path)
        a = build(Settings(db_url=sqlite_url, data_dir=tmp_path / "a", station="bench-1", user="alice"))
        b = build(Settings(db_url=sqlite_url, data_dir=tmp_path / "b", station="bench-2", user="bob"))
        db = Database(sqlite_url)
        try:
            sim.faults = Faults(latency_ms=3000)  # each request outlives the lease twice over
            worker = threading.Thread(target=a.outbox.run_until_idle)
            worker.start()
            wait_until(lambda: bool(held_by(db, "bench-1")), timeout=30, what="A to claim its jobs")
            with db.reader() as uow:
                first = {j.id: j.lease_until for j in uow.jobs.in_states(("in_flight",))}
            first_end = max(until for until in first.values() if until is not None)
            wait_until(lambda: utcnow() > first_end, timeout=10, what="the first lease to end")
            assert b.outbox.run_due() == 0  # B's pass: nothing of A's is free
            with db.reader() as uow:
                now = {j.id: j.lease_until for j in uow.jobs.in_states(("in_flight",))}
            assert now and all(until is not None and until > first_end for until in now.values())  # renewed
            worker.join(timeout=120)
            assert not worker.is_alive()
        finally:
            a.close()
            b.close()
        assert {sender for _, _, _, _, sender in jobs(db)} == {"bench-1"}
        db.dispose()
        assert_each_sent_once(sim, waybills, confirmations)


def test_a_clean_stop_hands_its_jobs_back_at_once(sqlite_url: str, tmp_path: Path) -> None:
    lease = 300.0  # nobody waits for it: the jobs come back at the stop
    with Simulator(order_count=20, faults=Faults(latency_ms=20)) as sim:
        waybills, confirmations = prepare(sqlite_url, sim, tmp_path)
        db = Database(sqlite_url)
        a = watching(sqlite_url, "bench-1", "alice", lease)

        def stop_a(creates: int, reference: str) -> None:
            if creates == 3:
                a.send_signal(signal.SIGTERM)  # mid-batch: what a service manager does at shutdown

        sim.carrier.after_create = stop_a
        try:
            _, err = a.communicate(timeout=120)
            assert a.returncode == 0, err[-2000:]
            assert not held_by(db, "bench-1")
            assert live(db)  # work was left, handed back rather than held for 300 s
            b = station(sqlite_url, "bench-2", "bob", lease, "sync", "--until-idle", "--json")
            out, err = b.communicate(timeout=120)
            assert b.returncode == 0, err[-2000:]
            assert not live(db)
        finally:
            if a.poll() is None:
                a.kill()
            db.dispose()
        assert_each_sent_once(sim, waybills, confirmations)
