"""The carrier views: accounts and methods, pools with the low warning, manual tracking, void, rates."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel

from ui.changes import Changes
from ui.operations import wait_idle

SHOTS = os.environ.get("SHIPBENCH_SHOTS")  # a folder: save screenshots to look at


def shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def settle(qtbot: Any) -> None:
    assert wait_idle()
    qtbot.wait(50)
    assert wait_idle()


def select_orders(window: Any, queue: str, count: int, first: int = 0) -> None:
    window.tabs.setCurrentIndex(list(window.views).index(queue))
    view = window.views[queue]
    model = view.model()
    view.clearSelection()
    for row in range(first, min(first + count, model.rowCount())):
        view.selectionModel().select(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )


def test_methods_dialog_saves_rules_that_review_then_shows(qtbot: Any, window: Any, ws: Any) -> None:
    views = window.carrier_views
    views.action_setup.trigger()
    dialog = views.dialog
    assert dialog.accounts.count() == 1 and dialog.methods.rowCount() == 2
    dialog.methods.selectRow(0)
    assert dialog.code.text() == "STD"
    dialog.battery.setChecked(False)
    dialog.max_weight.setValue(2000)
    dialog.deny.setText("br, ru")
    dialog.customs["hs_code"].setChecked(True)
    dialog.save_method()
    settle(qtbot)
    assert "no batteries" in dialog.methods.item(0, 3).text() and "not BR RU" in dialog.methods.item(0, 3).text()
    std = next(m for m in ws.carriers.method_details() if m["code"] == "STD")
    assert std["countries"] == {"deny": ["BR", "RU"]} and std["required_customs"] == ["hs_code"]
    dialog.test_connection()
    settle(qtbot)
    assert dialog.test_result.text() == "connected to Demo Express as DEMO-0001"
    dialog.resize(1000, 640)
    shot(dialog, "carrier-setup")
    dialog.close()


def test_pools_import_and_a_low_pool_warns_in_the_status_bar(qtbot: Any, window: Any, ws: Any) -> None:
    views = window.carrier_views
    views.action_pools.trigger()
    dialog = views.dialog
    dialog.ranges.setPlainText("RR00000001CN-RR00000030CN")
    dialog.low.setValue(40)
    dialog.import_ranges()
    settle(qtbot)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "30 / 30"
    assert "running low: 30 numbers left" in dialog.warning.text()
    shot(dialog, "pools")
    dialog.close()
    settle(qtbot)
    assert views.pool_label.isVisibleTo(window) and "running low" in views.pool_label.text()


def test_manual_tracking_void_and_rates_from_the_waybill_queue(qtbot: Any, window: Any, ws: Any) -> None:
    ws.orders.approve(None)
    window.changed(Changes.everything())
    settle(qtbot)
    views = window.carrier_views
    select_orders(window, "waybill", 1)
    views.action_tracking.trigger()
    dialog = views.dialog
    dialog.number.setText("FWD12345678")
    dialog.label_path.setText("/nonexistent/label.pdf")
    dialog.submit()
    assert "Cannot read" in dialog.message.text()
    dialog.label_path.clear()
    shot(dialog, "manual-tracking")
    dialog.submit()
    settle(qtbot)
    assert ws.carriers.waybill_report([dialog.parcel.currentText()])[0]["tracking_number"] == "FWD12345678"

    window.changed(Changes.everything())
    settle(qtbot)
    select_orders(window, "waybill", 2)
    ws.carriers.request_waybills(window.selected_order_ids())
    ws.outbox.run_until_idle()
    window.changed(Changes.everything())
    settle(qtbot)
    select_orders(window, "print", 1, first=1)  # row 0 is the manual one: nothing to void at a carrier
    parcels = ws.carriers.parcel_numbers_of(window.selected_order_ids())
    assert ws.carriers.waybill_report(parcels)[0]["source"] == "carrier"
    views.void("wrong service")
    settle(qtbot)
    ws.outbox.run_until_idle()
    assert ws.carriers.waybill_report(parcels)[0]["refund"] == "refunded"
    assert "Void queued for 1 parcels" in window.statusBar().currentMessage()

    window.changed(Changes.everything())
    settle(qtbot)
    select_orders(window, "waybill", 1)
    views.action_rates.trigger()
    settle(qtbot)
    rates = views.dialog
    assert rates.table.rowCount() == 2 and "USD" in rates.table.item(0, 2).text()
    rates.resize(760, 300)
    shot(rates, "rates")
    rates.close()
    window.resize(1280, 800)
    shot(window, "waybill-queue")
