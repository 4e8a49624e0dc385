"""Queue counts are kept by triggers: after any sequence of service operations they equal a recount.

The queue tabs and the scan station read ``queue_counts`` (one row per queue) instead of
counting every order; these tests prove the shortcut never drifts from the truth, on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.bootstrap import build
from app.cli.demo import seed
from app.errors import ShipbenchError
from app.settings import Settings
from db import queries

OPERATIONS = ("approve", "hold", "release", "waybills", "print", "scan", "cancel", "merge", "split", "undo", "pull")


def counts_and_truth(ws: Any) -> tuple[dict[str, int], dict[str, int]]:
    with ws.db.reader() as uow:
        truth = queries.recount_queues(uow.session)
    return ws.queues.queue_counts(), truth


class Shift:
    """Service operations a seller and a packer do, each on an order picked by a number."""

    def __init__(self, ws: Any, simulator: Any, folder: Path) -> None:
        self.ws, self.sim, self.folder = ws, simulator, folder

    def _pick(self, queue: str, pick: int, n: int = 1) -> list[dict[str, Any]]:
        orders = self.ws.queues.orders_summary(queue)
        if not orders:
            return []
        start = pick % len(orders)
        return (orders[start:] + orders[:start])[:n]

    def do(self, op: str, pick: int) -> None:
        ws = self.ws
        if op == "approve":
            ws.orders.approve([o["id"] for o in self._pick("review", pick, 1 + pick % 4)])
        elif op == "hold":
            ws.orders.hold([o["id"] for o in self._pick(("review", "waybill")[pick % 2], pick)], "buyer asked")
        elif op == "release":
            ws.orders.release_hold([o["id"] for o in self._pick("on_hold", pick)])
        elif op == "waybills":
            ws.carriers.request_waybills([o["id"] for o in self._pick("waybill", pick, 1 + pick % 3)])
            ws.outbox.run_until_idle()
        elif op == "print":
            ids = ws.printing.printable_parcels([o["id"] for o in self._pick("print", pick, 1 + pick % 3)])
            if ids:
                ws.printing.run_print_job(ws.printing.create_print_job(ids, f"folder://{self.folder}"))
        elif op == "scan":
            for order in self._pick("scan", pick):
                for parcel in order["parcels"]:
                    if parcel["tracking_number"]:
                        ws.bench.scan(parcel["tracking_number"])
        elif op == "cancel":
            queue = ("review", "waybill", "print", "scan")[pick % 4]
            for order in self._pick(queue, pick):
                self.sim.marketplace.cancel_order(order["marketplace_order_id"])
            ws.sync.pull()
        elif op == "merge":
            self._merge(pick)
        elif op == "split":
            for order in self._pick("waybill", pick):
                lines = ws.orders.order_lines(order["id"])
                ws.orders.split(order["id"], [[(ln["id"], ln["quantity"])] for ln in lines])
        elif op == "undo":
            ws.bench.undo_last_scan("4321", "put back")
        elif op == "pull":
            ws.sync.pull()

    def _merge(self, pick: int) -> None:
        ws = self.ws
        pair = self._pick("review", pick, 2)
        if len(pair) < 2:
            return
        a, b = pair
        r = a["recipient"]
        ws.orders.edit_address(
            b["id"],
            {
                "ship_name": r["name"],
                "ship_address1": r["address1"],
                "ship_address2": r["address2"],
                "ship_city": r["city"],
                "ship_region": r["region"],
                "ship_postcode": r["postcode"],
                "ship_country": r["country"],
                "ship_phone": r["phone"],
            },
        )
        ws.orders.merge([a["id"], b["id"]])


def test_queue_counts_equal_a_recount_after_any_shift(db_url: str, simulator: Any, tmp_path: Path) -> None:
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
    try:
        seed(ws, simulator.url)
        ws.bench.add_user("sam", "supervisor", "4321")
        counts, truth = counts_and_truth(ws)
        assert counts == truth
        ws.sync.pull()
        counts, truth = counts_and_truth(ws)
        assert counts == truth and sum(counts.values()) > 0
        shift = Shift(ws, simulator, tmp_path)
        done: dict[str, int] = {}

        @settings(
            max_examples=20,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(st.lists(st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 1000)), min_size=1, max_size=8))
        def run(steps: list[tuple[str, int]]) -> None:
            for op, pick in steps:
                try:
                    shift.do(op, pick)
                    done[op] = done.get(op, 0) + 1
                except ShipbenchError:
                    pass  # refused (nothing to undo, different addresses …): the counts still hold
                counts, truth = counts_and_truth(ws)
                assert counts == truth, (op, pick)

        run()
        assert len(done) >= 6, done  # most kinds of operation really ran, not only refusals
        moved = {q for q, n in counts_and_truth(ws)[1].items() if n}
        assert len(moved) >= 3  # the shift did move orders between queues
    finally:
        ws.close()


def test_inserts_updates_of_many_rows_and_deletes_follow(db_url: str, tmp_path: Path) -> None:
    """Raw statements too: a multi-row UPDATE, an order changing queue twice, a DELETE."""
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data"))
    try:
        seed(ws, "http://127.0.0.1:9")
        with ws.db.uow() as uow:
            s = uow.session
            for i in range(6):
                s.execute(
                    text(
                        "INSERT INTO orders (shop_id, marketplace_order_id, number, status, queue, review_reasons, "
                        "marketplace_status, buyer_name, buyer_email, buyer_note, ship_name, ship_company, "
                        "ship_address1, ship_address2, ship_city, ship_region, ship_postcode, ship_country, "
                        "ship_phone, currency, total, requested_service, created_at, updated_at) VALUES "
                        "(1, :mp, :mp, 'review', :queue, '', '', '', '', '', '', '', '', '', '', '', '', 'DE', '', "
                        "'EUR', 1, '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                    ),
                    {"mp": f"RAW-{i}", "queue": "review" if i < 4 else "odd_queue"},
                )
            s.execute(
                text("UPDATE orders SET queue = 'print' WHERE marketplace_order_id IN ('RAW-0', 'RAW-1', 'RAW-2')")
            )
            s.execute(text("UPDATE orders SET queue = 'scan' WHERE marketplace_order_id = 'RAW-0'"))
            s.execute(text("UPDATE orders SET buyer_note = 'x'"))  # no queue change: no count change
            s.execute(text("DELETE FROM orders WHERE marketplace_order_id IN ('RAW-1', 'RAW-5')"))
            uow.commit()
        counts, truth = counts_and_truth(ws)
        assert counts == truth
        assert (counts["review"], counts["print"], counts["scan"]) == (1, 1, 1)
        with ws.db.reader() as uow:
            odd = uow.session.execute(text("SELECT size FROM queue_counts WHERE queue = 'odd_queue'")).scalar()
        assert odd == 1
        with ws.db.uow() as uow:  # rolled back: the counts go back with the orders
            uow.session.execute(text("UPDATE orders SET queue = 'shipped'"))
        assert counts_and_truth(ws)[0] == truth
    finally:
        ws.close()
