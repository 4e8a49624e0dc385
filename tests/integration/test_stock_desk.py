"""The seller's stock desk (#18): policies at approve, alerts at the reorder point, reorder suggestions."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.errors import InvalidInput
from db.models import Product, StockMovement


def _review_with(ws, sku: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [o for o in ws.queues.orders_summary("review") if any(ln["sku"] == sku for ln in o["lines"])]


def _need(orders: list[dict], sku: str) -> int:
    return sum(ln["quantity"] for o in orders for ln in o["lines"] if ln["sku"] == sku)


def _empty_shelf_but(ws, sku: str, keep: int) -> None:  # type: ignore[no-untyped-def]
    ws.products.adjust_stock(sku, keep - ws.products.levels(sku)["available"], "stock count")


def test_block_keeps_the_short_orders_in_review_with_the_reason(workstation) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    ws.sync.pull()
    ws.products.set_stock_policy("Demo Marketplace", "block")
    _empty_shelf_but(ws, "LAMP-USB", 1)
    waiting = [o for o in _review_with(ws, "LAMP-USB") if not o["reasons"] or "stock" in " ".join(o["reasons"])]
    result = ws.orders.approve([o["id"] for o in waiting])
    short = [n for n, r in result.refused.items() if any(x.startswith("not enough stock for LAMP-USB") for x in r)]
    assert short, result.refused
    assert ws.products.levels("LAMP-USB")["available"] >= 0  # never below zero under "block"
    for number in short:
        order = next(o for o in ws.queues.orders_summary("review") if o["number"] == number)
        assert any(r.startswith("not enough stock for LAMP-USB") for r in order["reasons"])


def test_ignore_approves_without_warnings_but_the_alert_still_says_below_zero(workstation) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    ws.sync.pull()
    ws.products.set_stock_policy("Demo Marketplace", "ignore")
    _empty_shelf_but(ws, "LAMP-USB", 0)
    ready = [o for o in _review_with(ws, "LAMP-USB") if not o["reasons"]]
    result = ws.orders.approve([o["id"] for o in ready])
    assert len(result.approved) == len(ready) and result.warnings == {}
    assert ws.products.levels("LAMP-USB")["available"] == -_need(ready, "LAMP-USB")
    alerts = {a.sku: a for a in ws.products.stock_alerts()}
    assert alerts["LAMP-USB"].kind == "negative" and alerts["LAMP-USB"].available < 0


def test_warn_approves_and_records_the_shortfall_on_the_command_line(workstation, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    ws.sync.pull()
    _empty_shelf_but(ws, "LAMP-USB", 0)
    ready = [o for o in _review_with(ws, "LAMP-USB") if not o["reasons"]]
    db = ["--db", str(ws.db.engine.url)]
    ws.close()
    assert main([*db, "approve", *[o["number"] for o in ready]]) == 0
    out = capsys.readouterr().out
    assert f"{ready[0]['number']}: approved short of stock: not enough stock for LAMP-USB" in out
    assert main([*db, "stock"]) == 0
    out = capsys.readouterr().out
    assert "alert: LAMP-USB below zero" in out
    assert main([*db, "stock", "--json"]) == 0
    rows = {r["sku"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["LAMP-USB"]["alert"]["kind"] == "negative" and rows["MUG-RED"]["alert"] is None


def test_policy_is_set_and_listed_from_the_command_line(workstation, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    db = ["--db", str(ws.db.engine.url)]
    ws.close()
    assert main([*db, "stock", "policy", "Demo Marketplace", "block", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["stock_policy"] == "block"
    assert main([*db, "stock", "policy", "Demo Marketplace", "never"]) == 1
    assert "block, warn or ignore" in capsys.readouterr().err


def test_an_alert_is_raised_when_a_movement_crosses_the_reorder_point_and_resolved_when_it_is_back(workstation) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    product = ws.products.search_products("PEN-GEL-BLK")[0]
    ws.products.save_product({"id": product["id"], "low_stock_threshold": "50"})
    ws.products.adjust_stock("PEN-GEL-BLK", -140, "damaged")  # 60: above the point
    assert ws.products.stock_alerts() == []
    ws.products.adjust_stock("PEN-GEL-BLK", -10, "damaged")  # 50: at the point
    (alert,) = ws.products.stock_alerts()
    assert (alert.sku, alert.kind, alert.available, alert.threshold) == ("PEN-GEL-BLK", "low", 50, 50)
    ws.products.adjust_stock("PEN-GEL-BLK", -5, "damaged")  # still low: no second alert
    assert [a.id for a in ws.products.stock_alerts()] == [alert.id]
    assert ws.products.stock_alerts(after_id=alert.id) == []
    ws.products.receive("PEN-GEL-BLK", 100)
    assert ws.products.stock_alerts() == []
    ws.products.adjust_stock("PEN-GEL-BLK", -100, "damaged")
    assert [a.kind for a in ws.products.stock_alerts(after_id=alert.id)] == ["low"]


def _sold(ws, sku: str, units_per_day: dict[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Reservations ``days ago → units``, as approvals would have written them."""
    now = dt.datetime.now(dt.UTC)
    with ws.db.uow() as uow:
        pid = uow.products.id_of_sku(sku)
        for days_ago, units in units_per_day.items():
            uow.add(
                StockMovement(
                    product_id=pid,
                    kind="reserve",
                    reserved_delta=units,
                    reason="approved",
                    user_id=ws.actor.user_id,
                    station_id=ws.actor.station_id,
                    at=now - dt.timedelta(days=days_ago, hours=1),
                )
            )
        uow.commit()


def test_reorder_suggestions_follow_the_sales_velocity_and_the_lead_time(workstation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    # 2 a day for the last 14 days; a big order 20 days ago is outside the window.
    _sold(ws, "PEN-GEL-BLK", dict.fromkeys(range(14), 2) | {20: 100})
    with ws.db.uow() as uow:
        pen = uow.products.get(uow.products.id_of_sku("PEN-GEL-BLK"))
        assert isinstance(pen, Product)
        pen.lead_time_days, pen.low_stock_threshold = 10, 30
        uow.commit()
    assert ws.products.levels("PEN-GEL-BLK")["available"] == 200 - 128
    (pen_row,) = [r for r in ws.products.reorder(days=14, lead_days=7) if r.sku == "PEN-GEL-BLK"]
    # 2/day × (10 lead + 14 cover) + 30 reorder point − 72 available = 6
    assert (pen_row.sold, pen_row.per_day, pen_row.lead_time_days, pen_row.quantity) == (28, 2.0, 10, 6)
    assert pen_row.days_left == 36.0
    # Nothing else sold: nothing else to buy; a longer cover buys more.
    assert [r.sku for r in ws.products.reorder(days=14, lead_days=7)] == ["PEN-GEL-BLK"]
    assert ws.products.reorder(days=14, lead_days=7, cover_days=30)[0].quantity == 2 * 40 + 30 - 72
    # A 28-day window takes in the big order too; ``everything`` lists the products with enough.
    wider = {r.sku: r for r in ws.products.reorder(days=28, lead_days=7, everything=True)}
    assert wider["PEN-GEL-BLK"].sold == 128 and wider["PEN-GEL-BLK"].per_day == 128 / 28
    assert len(wider) == 10 and wider["MUG-RED"].quantity == 0
    with pytest.raises(InvalidInput):
        ws.products.reorder(days=0)

    path = tmp_path / "purchase.xlsx"
    assert ws.products.export_purchase_list(str(path), ws.products.reorder(days=14)) == 1
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("SKU", "Name", "Order quantity") and rows[1][0] == "PEN-GEL-BLK" and rows[1][2] == 6


def test_reorder_on_the_command_line_writes_a_csv_purchase_list(workstation, capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    _sold(ws, "MUG-RED", dict.fromkeys(range(7), 20))  # 140 in a week: 20/day
    db = ["--db", str(ws.db.engine.url)]
    ws.close()
    out_file = tmp_path / "buy.csv"
    assert main([*db, "stock", "reorder", "--days", "7", "--lead-days", "5", "--export", str(out_file)]) == 0
    out = capsys.readouterr().out
    # 20/day × (5 + 7) − 60 available = 180
    assert "MUG-RED" in out and " 180 " in out and "purchase list: 1 products written" in out
    text = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].startswith("SKU,Name,Order quantity") and text[1].startswith("MUG-RED,") and ",180," in text[1]


def test_the_daily_report_ends_with_the_open_stock_alerts(workstation, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    product = ws.products.search_products("PEN-GEL-BLK")[0]
    ws.products.save_product({"id": product["id"], "low_stock_threshold": "50"})
    db = ["--db", str(ws.db.engine.url)]
    ws.products.adjust_stock("PEN-GEL-BLK", -150, "damaged")  # 50: at the reorder point
    ws.close()
    assert main([*db, "report", "daily"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("daily report") and "alert: PEN-GEL-BLK" in out and "50 available" in out
    assert main([*db, "report", "carriers"]) == 0
    assert "alert:" not in capsys.readouterr().out  # the day's summary carries it, not every report
