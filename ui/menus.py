"""File, Settings and Help: every screen reachable from the menu bar, with the seller's shortcuts.

The toolbar's batch actions (approve, hold, request waybills, print) go into the Orders
menu too, with their shortcuts shown there; Settings opens the same dialogs as the setup
assistant's pages; Help has "Getting started" in the GUI's language and About.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from ui.messages import error_text, term_text

if TYPE_CHECKING:
    from app.workstation import Workstation
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The seller's frequent actions (the toolbar's), shown beside them in the Orders menu.
SHORTCUTS = {
    "approve_action": "Ctrl+Return",
    "hold_action": "Ctrl+H",
    "waybill_action": "Ctrl+Shift+W",
    "print_action": "Ctrl+P",
    "sync_action": "Ctrl+R",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def getting_started_html() -> str:
    """Help → Getting started, in the GUI's language."""
    steps = [
        _t(
            "<b>Your shop.</b> Settings → Shop and addresses: the shop's name, tax ids (IOSS, VAT, EORI) and the "
            "ship-from address printed on every label. Several warehouses are possible; one is the default."
        ),
        _t(
            "<b>Orders in.</b> Settings → Marketplace accounts connects Amazon, eBay, Shopify, AliExpress or "
            "WooCommerce; new orders arrive every minute (Sync now: Ctrl+R). Or File → Import orders (Ctrl+I)."
        ),
        _t(
            "<b>Review.</b> Each order in Review shows why it waits (an unpaired SKU, no shipping method, customs "
            "data). Fix it, then Approve (Ctrl+Return) or Hold (Ctrl+H)."
        ),
        _t(
            "<b>Waybills.</b> Settings → Carriers and shipping methods. In the Waybill tab select the orders and "
            "Request waybills (Ctrl+Shift+W)."
        ),
        _t(
            "<b>Labels.</b> Settings → Printers finds your label printer and prints a test label. In the Print tab, "
            "Print labels (Ctrl+P)."
        ),
        _t(
            "<b>Ship.</b> The scan station (F2): scan each parcel's label; green means shipped, and the marketplace "
            "is told when the network allows."
        ),
    ]
    items = "".join(f"<li style='margin-bottom:6px'>{s}</li>" for s in steps)
    return (
        f"<h2>{_t('Getting started')}</h2>"
        f"<p>{_t('The order of a working day, and where each step is set up:')}</p><ol>{items}</ol>"
        f"<p>{_t('To try Shipbench with sample orders, start it with --demo: the demo never touches your data.')}</p>"
    )


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(640, 520)
        self.text = QTextBrowser(self)
        self.text.setHtml(getting_started_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class UsersDialog(QDialog):
    """Who works here: names and roles; an admin adds a user or changes a role and PIN."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Users"))
        self.resize(560, 460)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in ("packer", "supervisor", "admin"):
            self.role.addItem(term_text(role), role)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4 to 12 digits"))
        self.add_button = QPushButton(self.tr("Add or change user"), self)
        self.add_button.clicked.connect(self.add)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        users = self.ws.bench.users()
        self.table.setRowCount(len(users))
        for row, (name, role) in enumerate(users):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(term_text(role)))

    def add(self) -> None:
        try:
            self.ws.bench.add_user(self.name.text().strip(), str(self.role.currentData()), self.pin.text().strip())
        except ShipbenchError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Saved %1").replace("%1", self.name.text().strip()))
        self.name.clear()
        self.pin.clear()
        self.reload()


class Menus:
    """The File, Settings and Help menus of one main window (``window.menus``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.ws = window.ws
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        add = window.add_action
        self._orders_menu()

        file = window.menu_file
        file.addAction(window.import_orders_action)
        file.addAction(window.sync_action)
        file.addSeparator()
        file.addAction(window.scan_station_action)
        self.print_jobs_action = add(file, _t("Print jobs"), window.show_print_jobs)
        file.addSeparator()
        self.quit_action = add(file, _t("Quit"), window.close, shortcut="Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        settings = window.menu_settings
        self.shop_action = add(settings, _t("Shop and addresses…"), self.show_shop)
        self.marketplaces_action = add(settings, _t("Marketplace accounts…"), window.sync_panel.show_accounts)
        self.carriers_action = add(settings, _t("Carriers and shipping methods…"), window.carrier_views.show_setup)
        settings.addAction(window.printers_action)
        self.stock_policy_action = add(settings, _t("Stock policy…"), window.stock_desk.show_policy)
        self.scanner_action = add(settings, _t("Scanner and scale…"), window.scan_station.open_scanner_test)
        self.users_action = add(settings, _t("Users…"), self.show_users)
        self.stations_action = add(settings, _t("Stations…"), self.show_stations)
        settings.addSeparator()
        self.assistant_action = add(settings, _t("Setup assistant…"), self.show_assistant)

        help_menu = window.menu_help
        self.help_action = add(
            help_menu, _t("Getting started"), self.show_help, shortcut=QKeySequence.StandardKey.HelpContents
        )
        self.about_action = add(help_menu, _t("About Shipbench"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _orders_menu(self) -> None:
        """The toolbar's batch actions at the top of Orders, each with its shortcut."""
        window = self.window
        menu = window.menu_orders
        first = menu.actions()[0] if menu.actions() else None
        for name, keys in SHORTCUTS.items():
            getattr(window, name).setShortcut(QKeySequence(keys))
        for action in (
            window.approve_action,
            window.hold_action,
            window.waybill_action,
            window.print_action,
            window.reprint_action,
            window.documents_action,
        ):
            menu.insertAction(first, action)
        menu.insertSeparator(first)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_shop(self) -> QDialog:
        from ui.shop_settings import ShopSettingsDialog

        return self._open(ShopSettingsDialog(self.ws, self.window))

    def show_users(self) -> QDialog:
        return self._open(UsersDialog(self.ws, self.window))

    def show_stations(self) -> QDialog:
        from ui.stations_page import StationsDialog

        return self._open(StationsDialog(self.ws, self.window))

    def show_help(self) -> QDialog:
        dialog = HelpDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.show()
        return dialog

    def show_assistant(self) -> QDialog:
        from ui.i18n import choose_language
        from ui.setup_assistant import SetupAssistant

        assistant = SetupAssistant(self.ws, choose_language(), self.window)
        # Here the language takes effect at the next start: the window is built already.
        assistant.language_changed.connect(self._language_for_next_start)
        return self._open(assistant)

    def _language_for_next_start(self, code: str) -> None:
        from ui.i18n import save_language

        save_language(code)
        self.window.statusBar().showMessage(_t("The language changes when Shipbench starts again."), 10_000)

    def show_about(self) -> None:
        from app.version import version

        release = version() or _t("(development version)")
        QMessageBox.about(
            self.window,
            _t("About Shipbench"),
            _t("Shipbench %1 — an offline-first shipping workstation.\nDatabase: %2")
            .replace("%1", release)
            .replace("%2", self.ws.db.engine.url.render_as_string(hide_password=True)),
        )


def install(window: MainWindow) -> Menus:
    return Menus(window)


__all__ = ["SHORTCUTS", "HelpDialog", "Menus", "UsersDialog", "install"]
