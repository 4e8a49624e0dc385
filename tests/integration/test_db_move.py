"""`main.py db move`: one PC's SQLite shop copied into PostgreSQL, checked (issue #16).

A demo shop with orders in several queues, parcels, waybill jobs, a print job, users and
its installation identity is moved into the real PostgreSQL; the app opened on the copy
sees the same queues and identity and numbers new rows after the moved ones; a second
move into the now full target is refused and changes nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from db.models import Order

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,  # real child processes, several seconds each: CI runs them in its `pytest -m slow` step
]
ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(tmp_path), "SHIPBENCH_USER": "u"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_shop_moves_to_postgresql_whole_and_a_second_move_is_refused(tmp_path: Path, pg_url: str) -> None:
    source = f"sqlite:///{tmp_path / 'shop.db'}"
    with Simulator(order_count=30) as sim:
        ws = build(Settings(db_url=source, data_dir=tmp_path, station="s", user="u"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            approved = ws.queues.resolve(ws.orders.approve(None).approved)
            ws.carriers.request_waybills(approved[:10])
            ws.outbox.run_until_idle()
            printable = ws.printing.printable_parcels(None)[:3]
            ws.printing.run_print_job(ws.printing.create_print_job(printable, f"folder://{tmp_path / 'out'}"))
            ws.bench.add_user("packer", "packer", "1234")
            counts = ws.queues.queue_counts()
            installation = ws.sync.installation()
            jobs = [(j.id, j.status, j.total) for j in ws.printing.print_jobs()]
            users = ws.bench.users()
        finally:
            ws.close()
    assert counts["review"] + counts["waybill"] and counts["print"] and jobs  # work in several queues

    moved = run_cli("--db", source, "db", "move", "--to", pg_url, tmp_path=tmp_path)
    assert moved.returncode == 0, moved.stderr
    assert "counts checked" in moved.stdout and installation.id in moved.stdout
    assert "orders" in moved.stderr  # the progress named the tables as it went

    copy = build(Settings(db_url=pg_url, data_dir=tmp_path, station="s", user="u"))
    try:
        assert copy.queues.queue_counts() == counts
        assert copy.sync.installation() == installation
        assert [(j.id, j.status, j.total) for j in copy.printing.print_jobs()] == jobs
        assert copy.bench.users() == users
        moved_ids = [i for q in counts for i in copy.queues.queue_ids(q)]
        with copy.ctx.db.uow() as uow:  # a new order on the server: numbered after the moved ones
            orders = Order.__table__
            row = dict(uow.session.execute(select(orders).order_by(orders.c.id).limit(1)).mappings().one())
            row.update(id=None, marketplace_order_id="NEW-1", number="NEW-1", status="review", queue="review")
            del row["id"]
            new_id = uow.session.execute(insert(orders).values(row).returning(orders.c.id)).scalar_one()
            uow.commit()
        assert new_id > max(moved_ids)
        assert copy.queues.queue_counts()["review"] == counts["review"] + 1
    finally:
        copy.close()

    again = run_cli("--db", source, "db", "move", "--to", pg_url, tmp_path=tmp_path)
    assert again.returncode == 1
    assert "error: the target database is not empty" in again.stderr
