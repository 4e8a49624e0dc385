"""Postage and balances: each carrier account's balance (reported by the carrier or prepaid by
the seller, with the low mark a waybill batch warns at) and each method's rate card.

Connections → Postage and balances…; every read and write runs off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from ui.changes import Changes
from ui.messages import error_text
from ui.operations import run_in_background, show_failure

if TYPE_CHECKING:
    from app.workstation import Workstation
    from ui.main_window import MainWindow

CARRIERS_CHANGED = Changes(carriers=True)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PostageDialog(QDialog):
    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.accounts: list[dict[str, Any]] = []
        self.methods: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Postage and balances"))
        self.resize(760, 600)

        self.account_table = _table([self.tr("Carrier"), self.tr("Balance"), self.tr("Source"), self.tr("Warn at")])
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("500.00")
        self.currency = QLineEdit()
        self.currency.setPlaceholderText("USD")
        self.currency.setMaxLength(3)
        self.low = QLineEdit()
        self.low.setPlaceholderText(self.tr("empty: only when it runs out"))
        prepaid = QPushButton(self.tr("Set prepaid amount"))
        top_up = QPushButton(self.tr("Top up by the amount"))
        low = QPushButton(self.tr("Set the low mark"))
        ask = QPushButton(self.tr("Ask the carriers"))
        prepaid.clicked.connect(self.set_prepaid)
        top_up.clicked.connect(self.top_up)
        low.clicked.connect(self.set_low)
        ask.clicked.connect(self.ask_carriers)
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Warn at or under"), self.low)
        buttons = QHBoxLayout()
        for button in (prepaid, top_up, low, ask):
            buttons.addWidget(button)
        accounts_box = QGroupBox(self.tr("Carrier balances"))
        accounts_layout = QVBoxLayout(accounts_box)
        accounts_layout.addWidget(self.account_table)
        accounts_layout.addLayout(form)
        accounts_layout.addLayout(buttons)

        self.method_table = _table([self.tr("Method"), self.tr("Carrier"), self.tr("Rate card")])
        self.card_currency = QLineEdit()
        self.card_currency.setMaxLength(3)
        self.card_currency.setPlaceholderText("CNY")
        self.card_base = QLineEdit()
        self.card_base.setPlaceholderText("9.00")
        self.card_per = QLineEdit()
        self.card_per.setPlaceholderText("1.20")
        save_card = QPushButton(self.tr("Save rate card"))
        clear_card = QPushButton(self.tr("Clear"))
        save_card.clicked.connect(lambda: self.save_card(clear=False))
        clear_card.clicked.connect(lambda: self.save_card(clear=True))
        card_form = QFormLayout()
        card_form.addRow(self.tr("Currency"), self.card_currency)
        card_form.addRow(self.tr("Base price"), self.card_base)
        card_form.addRow(self.tr("Per started 100 g"), self.card_per)
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(save_card)
        card_buttons.addWidget(clear_card)
        card_buttons.addStretch(1)
        methods_box = QGroupBox(self.tr("Rate cards (for carriers that state no price)"))
        methods_layout = QVBoxLayout(methods_box)
        methods_layout.addWidget(self.method_table)
        methods_layout.addLayout(card_form)
        methods_layout.addLayout(card_buttons)

        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(accounts_box)
        layout.addWidget(methods_box)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.method_table.currentCellChanged.connect(lambda *_: self._show_card())
        self.refresh()

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        run_in_background(self, lambda: (self.ws.postage.balances(), self.ws.postage.rate_cards()), self._fill)

    def _fill(self, found: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        self.accounts, self.methods = found
        sources = {"carrier": self.tr("reported by the carrier"), "prepaid": self.tr("prepaid")}
        self.account_table.setRowCount(len(self.accounts))
        for r, a in enumerate(self.accounts):
            balance = self.tr("not known") if a["balance"] is None else f"{a['balance']} {a['currency']}".strip()
            cells = [a["name"], balance, sources.get(a["source"] or "", ""), str(a["low_balance"] or "")]
            for c, text in enumerate(cells):
                self.account_table.setItem(r, c, QTableWidgetItem(text))
        if self.accounts and self.account_table.currentRow() < 0:
            self.account_table.selectRow(0)
        self.method_table.setRowCount(len(self.methods))
        for r, m in enumerate(self.methods):
            card = m["rate_card"] or {}
            text = (
                self.tr("%1 + %2 per 100 g, %3")
                .replace("%1", str(card.get("base")))
                .replace("%2", str(card.get("per_100g")))
                .replace("%3", str(card.get("currency")))
                if card
                else ""
            )
            for c, cell in enumerate([m["name"], m["carrier"], text]):
                self.method_table.setItem(r, c, QTableWidgetItem(cell))
        if self.methods and self.method_table.currentRow() < 0:
            self.method_table.selectRow(0)

    def _show_card(self) -> None:
        row = self.method_table.currentRow()
        card = self.methods[row]["rate_card"] if 0 <= row < len(self.methods) else {}
        self.card_currency.setText(str(card.get("currency", "")))
        self.card_base.setText(str(card.get("base", "")))
        self.card_per.setText(str(card.get("per_100g", "")))

    def _account_id(self) -> int | None:
        row = self.account_table.currentRow()
        if not 0 <= row < len(self.accounts):
            self.status.setText(self.tr("Choose a carrier account first"))
            return None
        return int(self.accounts[row]["id"])

    # --- writing ----------------------------------------------------------------------------

    def _write(self, fn: Any, said: str) -> None:
        def done(_result: object) -> None:
            self.status.setText(said)
            self.refresh()

        run_in_background(self, fn, done, self._failed, changes=CARRIERS_CHANGED)

    def _failed(self, exc: BaseException) -> None:
        """A refused amount is said in the dialog, in the user's language; a bug goes to the crash handler."""
        if isinstance(exc, ShipbenchError):
            self.status.setText(error_text(exc))
        else:
            show_failure(self, exc)

    def set_prepaid(self) -> None:
        account = self._account_id()
        if account is not None:
            amount, currency, low = self.amount.text(), self.currency.text(), self.low.text().strip() or None
            self._write(
                lambda: self.ws.postage.set_prepaid(account, amount, currency, low=low), self.tr("Prepaid amount set")
            )

    def top_up(self) -> None:
        account = self._account_id()
        if account is not None:
            amount = self.amount.text()
            self._write(lambda: self.ws.postage.top_up(account, amount), self.tr("Balance topped up"))

    def set_low(self) -> None:
        account = self._account_id()
        if account is not None:
            low = self.low.text().strip() or None
            self._write(lambda: self.ws.postage.set_low_balance(account, low), self.tr("Low mark set"))

    def ask_carriers(self) -> None:
        def done(result: dict[str, str]) -> None:
            self.status.setText("; ".join(f"{k}: {v}" for k, v in result.items()))
            self.refresh()

        run_in_background(self, self.ws.postage.refresh_balances, done, changes=CARRIERS_CHANGED)

    def save_card(self, *, clear: bool) -> None:
        row = self.method_table.currentRow()
        if not 0 <= row < len(self.methods):
            self.status.setText(self.tr("Choose a shipping method first"))
            return
        method = int(self.methods[row]["id"])
        card = (
            {}
            if clear
            else {
                "currency": self.card_currency.text(),
                "base": self.card_base.text() or "0",
                "per_100g": self.card_per.text() or "0",
            }
        )
        self._write(lambda: self.ws.postage.set_rate_card(method, card), self.tr("Rate card saved"))


def install(window: MainWindow) -> None:
    """Connections → Postage and balances…"""

    def show() -> None:
        # One dialog, kept (hidden) once closed: an answer still on its way finds it alive.
        dialog = window.postage_dialog
        if dialog is None:
            dialog = window.postage_dialog = PostageDialog(window.ws, window)
        else:
            dialog.refresh()
        dialog.open()

    window.add_action(
        window.menu_connections, QCoreApplication.translate("PostageDialog", "Postage and balances…"), show
    )
