"""The Reports screen: a tab reached from Warehouse → Reports, its figures, chart and day's end
read off the GUI thread, and its exports through the safe writer."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarSeries, QLineSeries

from ui.operations import wait_idle


def _shown(qtbot: Any, window: Any) -> Any:
    (action,) = [a for a in window.menu_warehouse.actions() if a.text() == "Reports"]
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    action.trigger()
    screen = window.reports
    assert window.tabs.currentWidget() is screen
    assert not window.detail.isVisible()  # no order to show beside a report
    qtbot.waitUntil(lambda: screen.report is not None and not screen.loading)
    return screen


def test_a_day_of_shipping_in_the_reports_tab(qtbot: Any, window: Any, ws: Any, tmp_path: Path) -> None:
    ids = [row.id for row in ws.queues.queue_page("review", 0, 200)]
    ws.orders.approve(ids[:6])
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    folder = tmp_path / "labels"
    folder.mkdir()
    job = ws.printing.create_print_job(ws.printing.printable_parcels(None), f"folder://{folder}")
    ws.printing.run_print_job(job)
    ws.printing.confirm_print_job(job)
    printed = [p["tracking_number"] for p in ws.queues.parcels_summary() if p["state"] == "printed"]
    for code in printed[:3]:
        ws.bench.scan(code)

    screen = _shown(qtbot, window)
    report = screen.report
    today = report.rows[-1]
    assert (today.shipped, today.late) == (3, 0) and today.spent["USD"] > 0
    # the table: a row a day and the total, money in its currency's column
    table = screen.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Day", "Orders in", "Shipped", "Late", "Postage spent (USD)", "Refunded (USD)"]
    assert table.rowCount() == 8 and table.item(7, 0).text() == "Total"
    assert table.item(7, 2).text() == "3"
    assert table.item(7, 4).text() == str(report.total.spent["USD"])
    # the chart: bars for orders in, shipped, late; the postage as a line
    series = screen.chart.series()
    assert isinstance(series[0], QBarSeries) and [s.label() for s in series[0].barSets()] == [
        "Orders in",
        "Shipped",
        "Late",
    ]
    assert isinstance(series[1], QLineSeries) and series[1].count() == 7
    # the day's end: shipped today and still to go per carrier
    assert screen.day_end.item(0, 0).text() == "Demo Express"
    assert (screen.day_end.item(0, 1).text(), screen.day_end.item(0, 2).text()) == ("3", str(len(printed) - 3))
    assert screen.balances.item(0, 1).text().endswith("USD")

    screen.kind.setCurrentIndex(screen.kind.findData("carriers"))
    qtbot.waitUntil(lambda: screen.report.kind == "carriers" and not screen.loading)
    assert table.item(0, 0).text() == "Demo Express"

    path = tmp_path / "carriers.csv"
    screen.save(screen.report, "csv", str(path))
    wait_idle()
    qtbot.waitUntil(path.exists)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["Carrier", "Orders in", "Shipped"] and rows[1][0] == "Demo Express"


def test_a_range_backwards_is_not_read(qtbot: Any, window: Any) -> None:
    screen = _shown(qtbot, window)
    screen.start.setDate(screen.end.date().addDays(3))
    assert screen.status.text() == "The start is after the end"


def test_the_waybill_batch_warns_before_it_would_run_a_balance_out(
    qtbot: Any, window: Any, ws: Any, simulator: Any
) -> None:
    from decimal import Decimal

    from PySide6.QtWidgets import QMessageBox

    from ui.changes import Changes

    ids = [row.id for row in ws.queues.queue_page("review", 0, 200)][:4]
    ws.orders.approve(ids)
    simulator.carrier.set_balance(Decimal("3.00"))  # the carrier reports 3.00 left when asked
    window.changed(Changes.everything())
    before = ws.queues.queue_counts()["waybill"]
    window.tabs.setCurrentIndex(1)  # Waybill
    window.select_all("waybill")
    window.actions_.request_waybills()
    qtbot.waitUntil(lambda: getattr(window.actions_, "balance_box", None) is not None)
    box = window.actions_.balance_box
    assert "Demo Express: this batch costs about" in box.text() and "it would run out" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(window.actions_.finished, timeout=10_000):
        box.button(QMessageBox.StandardButton.No).click()
    assert ws.queues.queue_counts()["waybill"] == before  # nothing was requested
    assert simulator.carrier.ledger()["charged"] == {}


def test_the_seller_enters_a_prepaid_amount_and_a_rate_card(qtbot: Any, window: Any, ws: Any) -> None:
    from decimal import Decimal

    (action,) = [a for a in window.menu_connections.actions() if a.text() == "Postage and balances…"]
    action.trigger()
    dialog = window.postage_dialog
    qtbot.waitUntil(lambda: dialog.account_table.rowCount() == 1 and dialog.method_table.rowCount() > 0)
    dialog.amount.setText("20.00")
    dialog.currency.setText("usd")
    dialog.low.setText("5")
    dialog.set_prepaid()
    qtbot.waitUntil(lambda: dialog.status.text() == "Prepaid amount set")
    (account,) = ws.postage.balances()
    assert (account["balance"], account["currency"], account["source"], account["low_balance"]) == (
        Decimal("20.00"),
        "USD",
        "prepaid",
        Decimal("5.00"),
    )
    qtbot.waitUntil(lambda: dialog.account_table.item(0, 1).text() == "20.00 USD")

    dialog.method_table.selectRow(0)
    dialog.card_currency.setText("CNY")
    dialog.card_base.setText("9")
    dialog.card_per.setText("1.2")
    dialog.save_card(clear=False)
    qtbot.waitUntil(lambda: dialog.status.text() == "Rate card saved")
    assert ws.postage.rate_cards()[0]["rate_card"] == {"currency": "CNY", "base": "9.00", "per_100g": "1.20"}
    dialog.amount.setText("nonsense")
    dialog.top_up()
    qtbot.waitUntil(lambda: "is not an amount" in dialog.status.text())  # said in the dialog, no crash
    dialog.close()
    action.trigger()  # opened again: the same dialog, read afresh
    assert window.postage_dialog is dialog and dialog.isVisible()
    dialog.close()


def test_the_bench_shows_the_days_end_per_carrier(qtbot: Any, codes: dict[str, str], station: Any) -> None:
    day_end = station.day_end
    qtbot.waitUntil(lambda: day_end.rowCount() == 1)
    to_go = int(day_end.item(0, 2).text())
    assert day_end.item(0, 0).text() == "Demo Express" and to_go > 0
    with qtbot.waitSignal(day_end.refreshed, timeout=10_000):
        station.scan(codes["printed"])
    assert (day_end.item(0, 1).text(), day_end.item(0, 2).text()) == ("1", str(to_go - 1))
