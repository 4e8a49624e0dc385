"""The order desk on screen: pairing dialog, products and stock, address with live checks."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QItemSelectionModel

from ui.changes import Changes
from ui.order_desk import AddressDialog, PairingDialog, SplitDialog, StockDialog


def select_order(window: Any, qtbot: Any, ref: str) -> int:
    order_id = window.ws.queues.resolve([ref])[0]
    window.tabs.setCurrentIndex(0)
    model, view = window.models["review"], window.views["review"]
    row = next(r for r in range(model.rowCount()) if model.order_id(r) == order_id)
    view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    return order_id


def shot(widget: Any, name: str) -> None:
    folder = os.environ.get("SHIPBENCH_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def test_pairing_a_legacy_sku_from_the_review_queue_as_a_bundle(window: Any, qtbot: Any) -> None:
    order_id = select_order(window, qtbot, "MP-10003")
    desk = window.order_desk
    qtbot.waitUntil(lambda: desk.pair_action.isEnabled())
    dialog = desk.pair_sku()
    assert isinstance(dialog, PairingDialog)
    qtbot.keyClicks(dialog.search, "mug")
    qtbot.waitUntil(lambda: dialog.model.total == 3, timeout=3000)
    dialog.results.selectRow(2)  # MUG-WHT
    dialog.add_selected()
    dialog.add_selected()  # twice: quantity 2
    dialog.search.setText("TEA-GRN")
    qtbot.waitUntil(lambda: dialog.model.total == 1, timeout=3000)
    dialog.results.selectRow(0)
    dialog.add_selected()
    dialog.scope.setCurrentIndex(1)  # every shop
    assert dialog.components() == [
        (window.ws.products.search_products("MUG-WHT")[0]["id"], 2),
        (window.ws.products.search_products("TEA-GRN-100")[0]["id"], 1),
    ]
    shot(dialog, "pairing.png")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.ws.queues.order_detail(order_id)["reasons"] == [], timeout=5000)
    assert [p["sku"] for p in window.ws.products.pairings_of("LEGACY-SKU-9")] == ["MUG-WHT", "TEA-GRN-100"]


def test_the_stock_screen_filters_low_stock_and_receives(window: Any, qtbot: Any) -> None:
    ws = window.ws
    ws.products.save_product({"id": ws.products.search_products("PEN-GEL-BLK")[0]["id"], "low_stock_threshold": "500"})
    dialog = window.order_desk.show_stock()
    assert isinstance(dialog, StockDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10)
    shot(dialog, "stock.png")
    dialog.low.setChecked(True)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 0)) == "PEN-GEL-BLK"
    dialog.view.selectRow(0)
    ws.products.receive("PEN-GEL-BLK", 400)
    dialog.model.reload()
    assert dialog.model.rowCount() == 0
    dialog.reject()


def test_the_address_dialog_says_what_is_wrong_while_typing(window: Any, qtbot: Any) -> None:
    order_id = select_order(window, qtbot, "MP-10001")
    dialog = window.order_desk.edit_address()
    assert isinstance(dialog, AddressDialog)
    dialog.edits["ship_postcode"].setText("1043")
    assert "postcode 1043 does not look like a DE postcode" in dialog.problems.text()
    shot(dialog, "address.png")
    dialog.edits["ship_postcode"].setText("10435")
    assert "looks complete" in dialog.problems.text()
    dialog.edits["ship_city"].setText("Berlin-Mitte")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert window.ws.queues.order_detail(order_id)["recipient"]["city"] == "Berlin-Mitte"


def test_split_dialog_approves_into_two_parcels(window: Any, qtbot: Any) -> None:
    ws = window.ws
    order = next(o for o in ws.queues.orders_summary("review") if len(o["lines"]) >= 2 and not o["reasons"])
    select_order(window, qtbot, order["marketplace_order_id"])
    dialog = window.order_desk.split()
    assert isinstance(dialog, SplitDialog)
    shot(dialog, "split.png")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    assert len(ws.queues.order_detail(order["id"])["parcels"]) == 2
    window.changed(Changes.everything())
