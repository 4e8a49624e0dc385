"""Set the method of the selected orders from the GUI; the buyer's requested service in the queues (#18)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel

from tests.ui.test_stock_desk import _shot
from ui.models import COLUMNS
from ui.operations import wait_idle

SERVICE = next(i for i, (_t, k) in enumerate(COLUMNS) if k == "service")


def test_the_queue_shows_the_requested_service(window: Any, ws: Any) -> None:
    model = window.models["review"]
    shown = {model.index(r, SERVICE).data() for r in range(model.rowCount())}
    assert shown == {"Expedited", "Standard"}
    row = next(r for r in range(model.rowCount()) if model.index(r, SERVICE).data() == "Expedited")
    assert model.index(row, SERVICE).data(0x0009) is not None  # ForegroundRole: expedited stands out


def test_set_method_for_the_selected_orders(qtbot: Any, window: Any, ws: Any, monkeypatch: Any) -> None:
    view, model = window.views["review"], window.models["review"]
    window.tabs.setCurrentIndex(0)
    ids = [model.index(r, 0).data(0x0100) for r in range(3)]
    for r in range(3):
        view.selectionModel().select(
            model.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    assert window.method_choice.action in view.actions()  # in the queue's right-click menu
    _shot(window, "method-choice.png")
    express = next(m["id"] for m in ws.carriers.method_details() if m["code"] == "EXP")
    monkeypatch.setattr(
        "ui.method_choice.QInputDialog.getItem",
        lambda _parent, _title, _label, items, *_a: (next(i for i in items if "(EXP)" in i), True),
    )
    window.method_choice.action.trigger()
    assert wait_idle()
    qtbot.waitUntil(lambda: "Shipping method set for 3 orders" in window.statusBar().currentMessage(), timeout=5000)
    summary = {o["id"]: o["shipping_method"] for o in ws.queues.orders_summary("review")}
    assert all(summary[i] == "Express" for i in ids) and express
