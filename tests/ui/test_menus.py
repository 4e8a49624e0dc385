"""File / Settings / Help: every screen a menu away, the seller's shortcuts shown, empty queues explained."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QTableWidget

from ui.empty_queues import EmptyHint
from ui.i18n import install_translator, remove_translator
from ui.menus import UsersDialog, getting_started_html


def _open_dialogs() -> set[QDialog]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def test_every_settings_screen_opens_from_the_settings_menu(qtbot: Any, window: Any) -> None:
    titles = []
    for action in window.menu_settings.actions():
        if action.isSeparator():
            continue
        before = _open_dialogs()
        action.trigger()
        qtbot.waitUntil(lambda before=before: bool(_open_dialogs() - before))
        (dialog,) = _open_dialogs() - before
        titles.append(dialog.windowTitle())
        dialog.close()
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
    assert titles == [
        "Shop and addresses",
        "Marketplace accounts",
        "Carriers and shipping methods",
        "Printers",
        "Stock policy",
        "Test scanner / scale",
        "Users",
        "Stations",
        "Set up Shipbench",
    ]


def test_the_sellers_frequent_actions_have_shortcuts_shown_in_the_orders_menu(window: Any) -> None:
    shown = {a.text(): a.shortcut().toString() for a in window.menu_orders.actions() if not a.shortcut().isEmpty()}
    assert shown["Approve"] == "Ctrl+Return"
    assert shown["Hold…"] == "Ctrl+H"
    assert shown["Request waybills"] == "Ctrl+Shift+W"
    assert shown["Print labels"] == "Ctrl+P"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[0] == "File" and menus[-2:] == ["Settings", "Help"]
    assert {a.text() for a in window.menu_help.actions()} == {"Getting started", "About Shipbench"}


def test_an_empty_queue_says_what_to_do_next(window: Any) -> None:
    hints: dict[str, EmptyHint] = window.empty_hints
    assert not hints["review"].label.isVisibleTo(window.views["review"])  # the demo has orders to review
    on_hold = hints["on_hold"]
    assert on_hold.label.isVisibleTo(window.views["on_hold"]) and on_hold.label.text() == "No orders on hold."
    assert "Approve orders in Review (Ctrl+Return)" in hints["waybill"].label.text()


def test_getting_started_is_in_english_and_chinese(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert "Getting started" in getting_started_html()
    install_translator(app, "zh_CN")
    try:
        chinese = getting_started_html()
    finally:
        remove_translator(app)
    assert "入门指南" in chinese and "店铺和地址" in chinese


def test_an_admin_adds_a_packer_in_settings_users(qtbot: Any, ws: Any) -> None:
    dialog = UsersDialog(ws)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Pat")
    dialog.role.setCurrentIndex(dialog.role.findData("packer"))
    qtbot.keyClicks(dialog.pin, "4321")
    dialog.add_button.click()
    table: QTableWidget = dialog.table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert ("Pat", "packer") in rows
    assert dialog.message.text() == "Saved Pat"


def test_a_second_warehouse_is_added_and_made_the_default_in_settings(qtbot: Any, ws: Any) -> None:
    from ui.shop_settings import ShopSettingsDialog

    dialog = ShopSettingsDialog(ws)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1  # the demo's warehouse
    dialog.new_button.click()
    form = dialog.address_form
    for edit, text in (
        (form.warehouse, "Hamburg"),
        (form.contact, "Jonas Weber"),
        (form.street1, "Kai 1"),
        (form.city, "Hamburg"),
    ):
        qtbot.keyClicks(edit, text)
    dialog.save_button.click()
    assert "country" in dialog.message.text()  # said before anything is stored
    qtbot.keyClicks(form.country, "de")
    dialog.save_button.click()
    assert dialog.message.text() == "Saved Hamburg"
    assert dialog.current() is not None and not dialog.current().is_default
    dialog.default_button.click()
    assert dialog.list.item(0).text() == "Hamburg  (default)"
    assert ws.shop.ship_from().country == "DE"
