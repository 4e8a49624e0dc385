"""The stock desk in the GUI (#18): approve says what it approved short, alerts in the status bar,
the stock policy in Settings, reorder suggestions exported as a purchase list."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from ui.operations import wait_idle

SHOTS = os.environ.get("SHIPBENCH_SHOTS")  # a folder: the tests leave their screenshots there


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def _select_all(window: Any, queue: str) -> None:
    window.tabs.setCurrentIndex(list(window.views).index(queue))
    window.views[queue].selectAll()


def test_approving_short_of_stock_says_so_and_raises_the_alert(qtbot: Any, window: Any, ws: Any) -> None:
    ws.products.adjust_stock("LAMP-USB", -ws.products.levels("LAMP-USB")["available"], "stock count")
    window.stock_desk.check()
    assert not window.stock_desk.button.isVisible()  # at zero, with no reorder point: nothing to say yet
    _select_all(window, "review")
    window.approve_action.trigger()
    qtbot.waitUntil(lambda: getattr(window.actions_, "shortfall_box", None) is not None, timeout=10_000)
    box = window.actions_.shortfall_box
    assert isinstance(box, QMessageBox) and "not enough stock for LAMP-USB" in box.text()
    qtbot.waitUntil(lambda: "below zero" in window.stock_desk.button.toolTip(), timeout=5000)
    assert window.stock_desk.button.isVisible()
    assert window.stock_desk.button.text().startswith("⚠ LAMP-USB is below zero: -")
    assert window.stock_desk.button.text().endswith("Low stock: 1 product")
    _shot(window, "stock-shortfall.png")
    _shot(box, "stock-shortfall-message.png")
    box.done(0)


def test_the_stock_policy_is_set_in_settings(qtbot: Any, window: Any, ws: Any) -> None:
    window.menus.stock_policy_action.trigger()
    dialog = window.stock_desk.dialog
    (box, was) = next(iter(dialog.boxes.values()))
    assert was == "warn" and box.count() == 3
    box.setCurrentIndex(box.findData("block"))
    _shot(dialog, "stock-policy.png")
    dialog.save()
    assert wait_idle()
    qtbot.waitUntil(lambda: ws.products.stock_policies()[0]["stock_policy"] == "block", timeout=5000)


def test_reorder_suggestions_are_listed_and_exported(qtbot: Any, window: Any, ws: Any, tmp_path: Path) -> None:
    ws.orders.approve(None)  # the demo's orders: a pace for every product they name
    ws.products.adjust_stock("MUG-RED", -180, "stock count")
    window.stock_desk.reorder_action.trigger()
    dialog = window.stock_desk.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=5000)
    skus = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "MUG-RED" in skus and "to reorder" in dialog.summary.text()
    _shot(dialog, "reorder.png")
    target = tmp_path / "buy.csv"
    dialog.export_to(str(target))
    assert wait_idle()
    qtbot.waitUntil(target.exists, timeout=5000)
    assert "MUG-RED" in target.read_text(encoding="utf-8-sig")
