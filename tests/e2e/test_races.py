"""Lost races are one clear line and a documented exit code, never "internal error" (issue #16):
two `sync` at once, two `waybills --all` at once, a `scan` while another program holds the write lock."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from db.quick import sqlite_path

pytestmark = pytest.mark.slow  # real child processes, several seconds each: CI runs them in its `pytest -m slow` step

ROOT = Path(__file__).resolve().parents[2]
TRY_AGAIN = 75


def start(db: str, station: str, *args: str, data: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(data), "SHIPBENCH_STATION": station, "SHIPBENCH_USER": "alice"}
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", db, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def at_once(db: str, *args: str, data: Path, n: int = 2) -> list[tuple[int, str, str]]:
    procs = [start(db, f"bench-{i}", *args, data=data) for i in range(n)]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        out.append((p.returncode, stdout, stderr))
    return out


@pytest.fixture
def shop(db_url: str, tmp_path: Path) -> Iterator[tuple[str, Path, Simulator]]:
    data = tmp_path / "data"
    with Simulator(order_count=25) as sim:
        ws = build(Settings(db_url=db_url, data_dir=data, station="office", user="alice"))
        try:
            seed(ws, sim.url)
        finally:
            ws.close()
        yield db_url, data, sim


def assert_won_or_told(results: list[tuple[int, str, str]]) -> None:
    for code, _, err in results:
        assert "internal error" not in err, err
        assert code == 0 or (code == TRY_AGAIN and "got there first" in err), err


def test_two_syncs_at_once_pull_each_order_once(shop: tuple[str, Path, Simulator]) -> None:
    db, data, _ = shop
    assert_won_or_told(at_once(db, "sync", data=data))
    ws = build(Settings(db_url=db, data_dir=data, station="office", user="alice"))
    try:
        orders = [
            o for q in ("review", "waybill", "print", "exceptions", "hold", "cancelled") for o in ws.queues.queue_ids(q)
        ]
        assert len(orders) == len(set(orders)) == 25
    finally:
        ws.close()


def test_two_waybills_all_at_once_book_each_parcel_once(shop: tuple[str, Path, Simulator]) -> None:
    db, data, _ = shop
    ws = build(Settings(db_url=db, data_dir=data, station="office", user="alice"))
    try:
        ws.sync.pull()
        ws.orders.approve(None)
    finally:
        ws.close()
    assert_won_or_told(at_once(db, "waybills", "--all", data=data))


def test_a_scan_while_another_program_holds_the_write_lock_says_scan_again(tmp_path: Path) -> None:
    db, data = f"sqlite:///{tmp_path / 'shop.db'}", tmp_path / "data"
    with Simulator(order_count=6) as sim:
        ws = build(Settings(db_url=db, data_dir=data, station="bench-0", user="alice"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            parcel = ws.printing.printable_parcels(None)[0]
            job = ws.printing.create_print_job([parcel], f"folder://{tmp_path / 'labels'}")
            ws.printing.run_print_job(job)
            ws.printing.confirm_print_job(job)
            (code,) = [p["tracking_number"] for p in ws.queues.parcels_summary() if p["state"] == "printed"]
        finally:
            ws.close()
    path = sqlite_path(db)
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('long-write', '{}')")
    try:
        locked = start(db, "bench-0", "scan", code, "--no-send", data=data)
        out, err = locked.communicate(timeout=60)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert locked.returncode == TRY_AGAIN, err
    assert out.startswith("RED Not recorded — scan again") and "internal error" not in err
    again = start(db, "bench-0", "scan", code, "--no-send", data=data)
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0 and out.startswith("GREEN Shipped"), err
