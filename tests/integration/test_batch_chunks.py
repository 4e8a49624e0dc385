"""Batch actions commit in chunks: a packer's scan never waits on them (issue #16).

A real `main.py approve --all` / `main.py waybills --all` over 5,000 orders runs in its
own process on a SQLite file; while it runs, a packer on another connection scans parcels
and each scan answers within a second. Then the batch is killed (SIGKILL) mid-way: every
order is either fully done or untouched, nothing in between.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.bootstrap import build
from app.settings import Settings
from bench.batch_actions import NOW, populate
from scanners.classify import make_s10

pytestmark = pytest.mark.slow  # real child processes, several seconds each: CI runs them in its `pytest -m slow` step

ROOT = Path(__file__).resolve().parents[2]
ORDERS = 5000
READY = 10  # parcels printed and waiting at the bench, ids after the batch's orders


def add_printed_parcels(path: Path) -> list[str]:
    """A few orders already printed: what the packer scans while the batch runs."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    codes = []
    for i in range(ORDERS + 1, ORDERS + READY + 1):
        con.execute(
            "INSERT INTO orders (id, shop_id, marketplace_order_id, number, status, queue, review_reasons, "
            "marketplace_status, buyer_name, buyer_email, buyer_note, ship_name, ship_company, ship_address1, "
            "ship_address2, ship_city, ship_region, ship_postcode, ship_country, ship_phone, currency, total, "
            "requested_service, shipping_method_id, created_at, updated_at) VALUES (?, 1, ?, ?, 'approved', 'scan', "
            "'', 'unshipped', 'B', '', '', 'R', '', 'S 1', '', 'Berlin', '', '10115', 'DE', '', 'EUR', 9.9, 'Std', 1, "
            "?, ?)",
            (i, f"READY{i}", f"READY-{i}", NOW, NOW),
        )
        con.execute(
            "INSERT INTO order_lines (id, order_id, remote_line_id, sku, title, quantity, unit_price) "
            "VALUES (?, ?, 'L', 'MUG-BLU', 'Mug', 1, 9.9)",
            (i, i),
        )
        code = make_s10("LP", i, "CN")
        con.execute(
            "INSERT INTO parcels (id, number, order_id, shipping_method_id, status, tracking_number, weight_grams, "
            "created_at, printed_at) VALUES (?, ?, ?, 1, 'printed', ?, 380, ?, ?)",
            (i, f"R{i:08d}", i, code, NOW, NOW),
        )
        con.execute(
            "INSERT INTO parcel_lines (parcel_id, order_line_id, product_id, quantity) VALUES (?, ?, 1, 1)", (i, i)
        )
        codes.append(code)
    con.execute("COMMIT")
    con.close()
    return codes


def done_so_far(path: Path, action: str) -> int:
    con = sqlite3.connect(path)
    try:
        if action == "approve":
            sql = "SELECT count(*) FROM orders WHERE id <= ? AND status = 'approved'"
        else:
            sql = "SELECT count(*) FROM parcels WHERE order_id <= ? AND status = 'requested'"
        return int(con.execute(sql, (ORDERS,)).fetchone()[0])
    finally:
        con.close()


def check_each_order_whole(path: Path, action: str) -> tuple[int, int]:
    """(done, untouched); fails on any order caught half way."""
    con = sqlite3.connect(path)
    done = untouched = 0
    if action == "approve":
        rows = con.execute(
            "SELECT o.id, o.status, o.queue, count(DISTINCT p.id), count(pl.id), "
            "(SELECT count(*) FROM stock_movements m WHERE m.order_id = o.id) "
            "FROM orders o LEFT JOIN parcels p ON p.order_id = o.id LEFT JOIN parcel_lines pl ON pl.parcel_id = p.id "
            "WHERE o.id <= ? GROUP BY o.id",
            (ORDERS,),
        ).fetchall()
        for oid, status, queue, parcels, lines, moves in rows:
            if (status, queue, parcels, lines) == ("approved", "waybill", 1, 1) and moves >= 1:
                done += 1
            elif (status, queue, parcels, lines, moves) == ("review", "review", 0, 0, 0):
                untouched += 1
            else:
                pytest.fail(f"order {oid} half done: {status}/{queue}, {parcels} parcels, {lines} lines, {moves} moves")
    else:
        rows = con.execute(
            "SELECT p.id, p.status, o.queue, (SELECT count(*) FROM outbox_jobs j WHERE j.parcel_id = p.id "
            "AND j.kind = 'request_waybill') FROM parcels p JOIN orders o ON o.id = p.order_id WHERE o.id <= ?",
            (ORDERS,),
        ).fetchall()
        for pid, status, queue, jobs in rows:
            if (status, jobs) == ("requested", 1):
                done += 1
            elif (status, queue, jobs) == ("waybill", "waybill", 0):
                untouched += 1
            else:
                pytest.fail(f"parcel {pid} half done: {status} in {queue}, {jobs} request jobs")
    con.close()
    return done, untouched


@pytest.mark.parametrize("action", ["approve", "waybills"])
def test_a_scan_answers_during_a_big_batch_and_a_killed_batch_leaves_no_half_order(tmp_path: Path, action: str) -> None:
    path = tmp_path / "shop.db"
    populate(path, ORDERS, queue="review" if action == "approve" else "waybill")
    codes = add_printed_parcels(path)
    url = f"sqlite:///{path}"
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(tmp_path), "SHIPBENCH_USER": "bench"}
    packer = build(Settings(db_url=url, data_dir=tmp_path, station="bench-2", user="bench"))
    assert packer.bench.scan(codes[-1]).kind == "shipped"  # the station is up and has scanned before
    batch = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", url, action, "--all"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while done_so_far(path, action) == 0:  # the batch has committed its first chunk
            assert batch.poll() is None, batch.stderr.read() if batch.stderr else ""
            time.sleep(0.05)
        waits = []
        for code in codes[:5]:
            t0 = time.perf_counter()
            verdict = packer.bench.scan(code)
            waits.append(time.perf_counter() - t0)
            assert verdict.kind == "shipped", verdict
        still_running = batch.poll() is None
        os.kill(batch.pid, signal.SIGKILL)
        batch.wait(timeout=30)
    finally:
        packer.close()
        if batch.poll() is None:
            batch.kill()
            batch.wait()
    assert still_running  # the scans happened while the batch was under way
    assert max(waits) < 1.0, waits  # each chunk commits: the packer never waits on the whole batch
    done, untouched = check_each_order_whole(path, action)
    assert done + untouched == ORDERS
    assert 0 < done < ORDERS

    assert done <= ORDERS - 2  # killed before the last two

    # The rest is taken up by running it again; nothing is done twice.
    rerun = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, action, str(ORDERS - 1), str(ORDERS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert check_each_order_whole(path, action) == (done + 2, untouched - 2)
