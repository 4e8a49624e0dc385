"""Several stations, one database: the change feed reaches another station within a second,
stations beat and are listed, an account's jobs go to the station holding its secrets, and
a platform's allowance is shared (issue #16)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import build
from app.cli.demo import seed
from app.services.stations import FeedChanges
from app.settings import Settings
from app.simulator import Simulator
from db.models import Order


def _two(db_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    a = build(Settings(db_url=db_url, data_dir=tmp_path / "a", station="bench-1", user="alice"))
    a.bench.add_user("bob", "packer", "1357")
    b = build(Settings(db_url=db_url, data_dir=tmp_path / "b", station="bench-2", user="bob"))
    return a, b


def test_an_order_held_at_one_station_reaches_the_other_within_a_second(db_url: str, tmp_path: Path) -> None:
    with Simulator(order_count=6) as sim:
        a, b = _two(db_url, tmp_path)
        try:
            seed(a, sim.url)
            a.sync.pull()
            with a.db.reader() as uow:
                order_id = uow.session.scalars(select(Order.id).where(Order.queue == "review")).first()
            assert order_id is not None
            got: list[FeedChanges] = []
            arrived = threading.Event()

            def on_change(changes: FeedChanges) -> None:
                got.append(changes)
                if order_id in changes.orders:
                    arrived.set()

            b.stations.watch(on_change)
            time.sleep(0.2)  # the watch is listening
            t0 = time.monotonic()
            a.orders.hold([order_id], "customer called")
            assert arrived.wait(1.0), f"no change within a second: {got}"
            elapsed = time.monotonic() - t0
            assert elapsed < 1.0
            assert b.queues.order_detail(order_id)["queue"] == "on_hold"  # what B re-reads is fresh
        finally:
            a.close()
            b.close()


def test_the_feed_says_which_orders_jobs_and_batches_changed(db_url: str, tmp_path: Path) -> None:
    with Simulator(order_count=4) as sim:
        a, b = _two(db_url, tmp_path)
        try:
            cursor = b.stations.feed_cursor()
            seed(a, sim.url)
            a.sync.pull()
            changes, cursor2 = b.stations.changes_since(cursor)
            with a.db.reader() as uow:
                ids = set(uow.session.scalars(select(Order.id)))
            assert ids <= changes.orders
            again, _ = b.stations.changes_since(cursor2, {})
            assert not again.orders - ids  # nothing new that is not an order of ours
        finally:
            a.close()
            b.close()


def test_stations_beat_and_are_listed_with_what_they_run(db_url: str, tmp_path: Path) -> None:
    a, b = _two(db_url, tmp_path)
    try:
        a.stations.beat("gui", {"printer": "Zebra", "scanner": {"suffix": "Enter"}})
        b.stations.beat("worker")
        seen = {s.name: s for s in a.stations.stations()}
        assert seen["bench-1"].this and seen["bench-1"].live and seen["bench-1"].runs == ["gui"]
        assert seen["bench-1"].info["printer"] == "Zebra"
        assert seen["bench-2"].live and seen["bench-2"].runs == ["worker"] and not seen["bench-2"].this
    finally:
        a.close()
        b.close()


def test_a_station_without_an_accounts_secrets_leaves_its_jobs_to_one_that_has_them(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _two(db_url, tmp_path)
    try:
        # bench-2 says it holds the secrets of carrier 7; bench-1 holds none
        monkeypatch.setattr(b.stations, "accounts_here", lambda: ["carrier:7"])
        monkeypatch.setattr(a.stations, "accounts_here", lambda: [])
        b.stations.beat("worker")
        assert a.stations.left_to_others() == frozenset({"carrier:7"})
        assert b.stations.left_to_others() == frozenset()
        assert a.stations.senders()["carrier:7"] == "bench-2"
    finally:
        a.close()
        b.close()


def test_a_platforms_allowance_is_shared_by_the_stations(db_url: str, tmp_path: Path) -> None:
    from app.ratelimit import RateLimit

    a, b = _two(db_url, tmp_path)
    try:
        limit = RateLimit(per_second=0.01, burst=3)  # three now, the next in 100 s
        buckets = [ws.connectors.limiters.for_account("shop:1", limit) for ws in (a, b)]
        taken = [bucket.try_acquire() == 0 for bucket in (*buckets, *buckets)]
        assert taken.count(True) == 3  # not three each
        buckets[0].pause(30)
        assert buckets[1].paused_for > 20  # a throttle answer at A holds B too
    finally:
        a.close()
        b.close()


def test_the_outbox_leaves_an_accounts_jobs_to_the_station_holding_its_secrets(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import outbox

    with Simulator(order_count=2) as sim:
        a, b = _two(sqlite_url, tmp_path)
        try:
            seed(a, sim.url)
            account = a.carriers.carrier_accounts()[0]["id"]
            with a.db.uow() as uow:
                job = outbox.enqueue(uow.session, "void_waybill", "V-1", {}, carrier_account_id=account)
                uow.flush()
                job_id = job.id
                uow.commit()
            monkeypatch.setattr(b.stations, "accounts_here", lambda: [f"carrier:{account}"])
            monkeypatch.setattr(a.stations, "accounts_here", lambda: [])
            b.stations.beat("worker")
            assert a.outbox.run_due() == 0
            with a.db.reader() as uow:
                job = uow.jobs.get(job_id)
                assert job is not None and job.state == "pending" and job.attempts == 0  # left to bench-2
        finally:
            a.close()
            b.close()


def test_the_feed_is_pruned_but_keeps_its_newest_row(db_url: str, tmp_path: Path) -> None:
    with Simulator(order_count=3) as sim:
        a, b = _two(db_url, tmp_path)
        try:
            seed(a, sim.url)
            a.sync.pull()
            assert a.stations.prune_feed() == 0  # nothing is 15 minutes old
            with a.db.uow() as uow:
                assert uow.changes.prune(time.time() + 60) > 0
                uow.commit()
            with a.db.reader() as uow:
                page = uow.changes.since(0)
            assert len(page.rows) <= 1 if a.db.dialect == "sqlite" else True
        finally:
            a.close()
            b.close()
