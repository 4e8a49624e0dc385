"""The main window's part for carrier accounts, manual tracking, label upload, tracking-number pools, voids, rates.

Every network or database write runs through ``run_in_background``; dialogs only show
what the workstation returns.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.method_rules import CUSTOMS_FIELDS
from ui.account_forms import PlatformForm
from ui.account_texts import carrier_title
from ui.changes import Changes
from ui.operations import run_in_background

if TYPE_CHECKING:
    from app.workstation import Workstation
    from ui.main_window import MainWindow

LABEL_FORMATS = ("", "zpl", "pdf", "png")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class CarrierSetupDialog(QDialog):
    """Carrier accounts (settings, keyring secrets, test connection) and their shipping methods."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Carriers and shipping methods"))
        self.resize(1000, 620)
        self.accounts = QListWidget()
        self.accounts.currentItemChanged.connect(lambda *_: self._show_account())
        self.name = QLineEdit()
        self.kind = QComboBox()
        from app.connectors import registry

        for kind in sorted(registry.CARRIERS):
            self.kind.addItem(carrier_title(kind), kind)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(self.tr("empty: the carrier's production address"))
        self.carrier_form: PlatformForm | None = None
        self.form_holder = QVBoxLayout()
        self.kind.currentIndexChanged.connect(lambda _i: self._build_carrier_form({}, frozenset()))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        save_account = QPushButton(self.tr("Save account"))
        save_account.clicked.connect(self.save_account)
        new_account = QPushButton(self.tr("New account"))
        new_account.clicked.connect(self._new_account)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)

        account_form = QFormLayout()
        account_form.addRow(self.tr("Name"), self.name)
        account_form.addRow(self.tr("Carrier"), self.kind)
        account_form.addRow(self.tr("Address"), self.base_url)
        buttons = QHBoxLayout()
        for b in (new_account, save_account, self.test_button):
            buttons.addWidget(b)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Carrier accounts")))
        left.addWidget(self.accounts)
        left.addLayout(account_form)
        left.addLayout(self.form_holder)
        left.addLayout(buttons)
        left.addWidget(self.test_result)

        self.methods = _table([self.tr("Code"), self.tr("Name"), self.tr("Default"), self.tr("Rules")])
        self.methods.itemSelectionChanged.connect(self._show_method)
        self.code = QLineEdit()
        self.method_name = QLineEdit()
        self.is_default = QCheckBox(self.tr("Default method"))
        self.label_format = QComboBox()
        self.label_format.addItems([f or self.tr("as the carrier sends it") for f in LABEL_FORMATS])
        self.label_template = QLineEdit()
        self.label_template.setPlaceholderText("shipping-4x6")
        self.battery = QCheckBox(self.tr("Carries batteries"))
        self.liquid = QCheckBox(self.tr("Carries liquids"))
        self.max_weight = QSpinBox()
        self.max_weight.setRange(0, 100_000)
        self.max_weight.setSuffix(" g")
        self.max_weight.setSpecialValueText(self.tr("no limit"))
        self.allow = QLineEdit()
        self.allow.setPlaceholderText(self.tr("e.g. DE FR NL (empty: everywhere)"))
        self.deny = QLineEdit()
        self.deny.setPlaceholderText(self.tr("e.g. BR RU"))
        self.customs = {key: QCheckBox(self._customs_text(key)) for key in CUSTOMS_FIELDS}
        customs_box = QVBoxLayout()
        for box in self.customs.values():
            customs_box.addWidget(box)
        method_form = QFormLayout()
        method_form.addRow(self.tr("Service code"), self.code)
        method_form.addRow(self.tr("Name"), self.method_name)
        method_form.addRow("", self.is_default)
        method_form.addRow(self.tr("Label format"), self.label_format)
        method_form.addRow(self.tr("Label template"), self.label_template)
        method_form.addRow("", self.battery)
        method_form.addRow("", self.liquid)
        method_form.addRow(self.tr("Maximum weight"), self.max_weight)
        method_form.addRow(self.tr("Ships only to"), self.allow)
        method_form.addRow(self.tr("Never ships to"), self.deny)
        method_form.addRow(self.tr("Requires customs"), customs_box)
        new_method = QPushButton(self.tr("New method"))
        new_method.clicked.connect(self._new_method)
        save_method = QPushButton(self.tr("Save method"))
        save_method.clicked.connect(self.save_method)
        method_buttons = QHBoxLayout()
        method_buttons.addWidget(new_method)
        method_buttons.addWidget(save_method)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Shipping methods of this account")))
        right.addWidget(self.methods)
        right.addLayout(method_form)
        right.addLayout(method_buttons)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self._method_id: int | None = None
        self.reload()

    def _customs_text(self, key: str) -> str:
        texts = {
            "hs_code": self.tr("HS codes"),
            "description_en": self.tr("English descriptions"),
            "description_zh": self.tr("Chinese descriptions"),
            "unit_value": self.tr("Declared values"),
            "origin_country": self.tr("Countries of origin"),
            "weight_grams": self.tr("Item weights"),
        }
        return texts.get(key, key)

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or self.account_id()
        self.accounts.clear()
        for account in self.ws.carriers.carrier_accounts():
            item = QListWidgetItem(f"{account['name']} ({carrier_title(account['carrier'])})")
            item.setData(Qt.ItemDataRole.UserRole, account)
            self.accounts.addItem(item)
            if account["id"] == current:
                self.accounts.setCurrentItem(item)
        if self.accounts.currentItem() is None and self.accounts.count():
            self.accounts.setCurrentRow(0)

    @property
    def carrier_kind(self) -> str:
        """The carrier chosen (``ups``); the combo shows its name."""
        return str(self.kind.currentData() or "")

    def account_id(self) -> int | None:
        item = self.accounts.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)["id"]) if item is not None else None

    def _show_account(self) -> None:
        item = self.accounts.currentItem()
        if item is None:
            return
        account = item.data(Qt.ItemDataRole.UserRole)
        self.name.setText(account["name"])
        self.kind.setCurrentIndex(self.kind.findData(account["carrier"]))
        self.base_url.setText(account["base_url"])
        stored = frozenset(account.get("stored_secrets") or ())
        self._build_carrier_form(account["settings"], stored)
        self.test_result.clear()
        self._load_methods()

    def _new_account(self) -> None:
        self.accounts.setCurrentItem(None)
        self.accounts.clearSelection()
        for edit in (self.name, self.base_url):
            edit.clear()
        self._build_carrier_form({}, frozenset())
        self.methods.setRowCount(0)

    def _load_methods(self) -> None:
        account = self.account_id()
        self._rows = [m for m in self.ws.carriers.method_details() if m["carrier_account_id"] == account]
        _fill(
            self.methods,
            [
                [m["code"], m["name"], self.tr("yes") if m["is_default"] else "", self._rules_text(m)]
                for m in self._rows
            ],
        )
        self._new_method()

    def _rules_text(self, m: dict[str, Any]) -> str:
        parts = []
        if not m["allows_battery"]:
            parts.append(self.tr("no batteries"))
        if not m["allows_liquid"]:
            parts.append(self.tr("no liquids"))
        if m["max_weight_grams"]:
            parts.append(self.tr("max %1 g").replace("%1", f"{m['max_weight_grams']:,}"))
        countries = m["countries"] or {}
        if countries.get("allow"):
            parts.append(self.tr("only %1").replace("%1", " ".join(countries["allow"])))
        if countries.get("deny"):
            parts.append(self.tr("not %1").replace("%1", " ".join(countries["deny"])))
        if m["required_customs"]:
            parts.append(self.tr("customs: %1").replace("%1", ", ".join(m["required_customs"])))
        return " · ".join(parts)

    def _new_method(self) -> None:
        self._method_id = None
        self.methods.clearSelection()
        for edit in (self.code, self.method_name, self.label_template, self.allow, self.deny):
            edit.clear()
        self.is_default.setChecked(False)
        self.battery.setChecked(True)
        self.liquid.setChecked(True)
        self.max_weight.setValue(0)
        self.label_format.setCurrentIndex(0)
        for box in self.customs.values():
            box.setChecked(False)

    def _show_method(self) -> None:
        rows = {i.row() for i in self.methods.selectedItems()}
        if len(rows) != 1:
            return
        m = self._rows[rows.pop()]
        self._method_id = m["id"]
        self.code.setText(m["code"])
        self.method_name.setText(m["name"])
        self.is_default.setChecked(bool(m["is_default"]))
        self.label_template.setText(m["label_template"])
        self.label_format.setCurrentIndex(
            LABEL_FORMATS.index(m["label_format"]) if m["label_format"] in LABEL_FORMATS else 0
        )
        self.battery.setChecked(bool(m["allows_battery"]))
        self.liquid.setChecked(bool(m["allows_liquid"]))
        self.max_weight.setValue(m["max_weight_grams"] or 0)
        countries = m["countries"] or {}
        self.allow.setText(" ".join(countries.get("allow") or ()))
        self.deny.setText(" ".join(countries.get("deny") or ()))
        for key, box in self.customs.items():
            box.setChecked(key in (m["required_customs"] or ()))

    def _build_carrier_form(self, settings: dict[str, Any], stored: frozenset[str]) -> None:
        """The chosen carrier's own fields (its words, where to find each), instead of JSON."""
        if self.carrier_form is not None:
            self.form_holder.removeWidget(self.carrier_form)
            self.carrier_form.deleteLater()
        self.carrier_form = PlatformForm(accounts.carrier_form(self.carrier_kind), self)
        self.carrier_form.set_values(settings, stored)
        self.form_holder.addWidget(self.carrier_form)

    def save_account(self) -> None:
        assert self.carrier_form is not None
        kind = self.carrier_kind
        values = self.carrier_form.values()
        problems = accounts.problems(f"carrier:{kind}", values, stored=self.carrier_form.stored)
        if not self.carrier_form.show_problems(problems):
            self.test_result.setText(self.tr("Some values are missing or wrong: see the red lines."))
            return
        settings, secrets = accounts.split(f"carrier:{kind}", values)
        item = self.accounts.currentItem()
        if item is not None and self.account_id() is not None:
            shown = {f.key for f in self.carrier_form.spec.fields}
            previous = item.data(Qt.ItemDataRole.UserRole)["settings"]
            settings = {**{k: v for k, v in previous.items() if k not in shown}, **settings}
        args = (self.name.text(), kind)
        kwargs = {
            "account_id": self.account_id(),
            "base_url": self.base_url.text(),
            "settings": settings,
            "secrets": secrets or None,
        }
        run_in_background(
            self, lambda: self.ws.carriers.save_carrier_account(*args, **kwargs), lambda saved: self.reload(saved)
        )

    def test_connection(self) -> None:
        account = self.account_id()
        if account is None:
            return
        self.test_result.setText(self.tr("Testing…"))
        run_in_background(
            self,
            lambda: self.ws.carriers.test_carrier_account(account),
            self.test_result.setText,
            lambda exc: self.test_result.setText(str(exc)),
        )

    def save_method(self) -> None:
        account = self.account_id()
        if account is None:
            return
        fields: dict[str, Any] = {
            "code": self.code.text().strip(),
            "name": self.method_name.text().strip(),
            "is_default": self.is_default.isChecked(),
            "label_template": self.label_template.text().strip(),
            "label_format": LABEL_FORMATS[self.label_format.currentIndex()],
            "allows_battery": self.battery.isChecked(),
            "allows_liquid": self.liquid.isChecked(),
            "max_weight_grams": self.max_weight.value() or None,
            "countries": {
                "allow": self.allow.text().replace(",", " ").split(),
                "deny": self.deny.text().replace(",", " ").split(),
            },
            "required_customs": [k for k, box in self.customs.items() if box.isChecked()],
        }
        method_id = self._method_id
        run_in_background(
            self,
            lambda: self.ws.carriers.save_shipping_method(account, method_id=method_id, **fields),
            lambda _id: self._load_methods(),
        )


class PoolsDialog(QDialog):
    """Tracking-number pools: import a range, numbers left, a warning when one runs low."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Tracking-number pools"))
        self.resize(820, 480)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b00020; font-weight: bold")
        self.warning.setWordWrap(True)
        self.table = _table(
            [self.tr("Carrier"), self.tr("Service"), self.tr("Numbers"), self.tr("Left"), self.tr("Note")]
        )
        self.carrier = QComboBox()
        for account in ws.carriers.carrier_accounts():
            self.carrier.addItem(account["name"], account["id"])
        self.service = QLineEdit()
        self.service.setPlaceholderText(self.tr("service code (empty: any)"))
        self.low = QSpinBox()
        self.low.setRange(0, 1_000_000)
        self.low.setValue(50)
        self.ranges = QPlainTextEdit()
        self.ranges.setPlaceholderText("RR12345678CN-RR12345999CN\nLX,00000001,00000500,CN")
        self.ranges.setMaximumHeight(80)
        from_file = QPushButton(self.tr("From file…"))
        from_file.clicked.connect(self._from_file)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.import_ranges)
        form = QFormLayout()
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Warn when left"), self.low)
        form.addRow(self.tr("Ranges"), self.ranges)
        row = QHBoxLayout()
        row.addWidget(from_file)
        row.addStretch(1)
        row.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        infos = self.ws.carriers.pools()
        _fill(
            self.table,
            [
                [
                    p.carrier,
                    p.service or self.tr("any"),
                    p.range,
                    f"{p.remaining:,} / {p.size:,}",
                    self.tr("running low") if p.warning and p.remaining else (self.tr("used up") if p.warning else ""),
                ]
                for p in infos
            ],
        )
        warnings = [p.warning for p in infos if p.warning]
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))

    def _from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Number ranges"), "", self.tr("Text or CSV (*.txt *.csv)"))
        if name:
            self.ranges.setPlainText(Path(name).read_text(encoding="utf-8-sig", errors="replace"))

    def import_ranges(self) -> None:
        text, account = self.ranges.toPlainText(), self.carrier.currentData()
        service, low = self.service.text().strip(), self.low.value()

        def done(_: Any) -> None:
            self.ranges.clear()
            self.reload()

        run_in_background(self, lambda: self.ws.carriers.import_pool(text, account, service, low_warning=low), done)


class ManualTrackingDialog(QDialog):
    """A tracking number from elsewhere (a forwarder), with an optional label file."""

    def __init__(self, ws: Workstation, parcels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Enter tracking number"))
        self.setMinimumWidth(520)
        self.parcel = QComboBox()
        self.parcel.addItems(parcels)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("tracking number"))
        self.label_path = QLineEdit()
        self.label_path.setPlaceholderText(self.tr("none: Shipbench prints its own label"))
        browse = QPushButton(self.tr("Label file…"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        file_row = QHBoxLayout()
        file_row.addWidget(self.label_path)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Parcel"), self.parcel)
        form.addRow(self.tr("Tracking number"), self.number)
        form.addRow(self.tr("Label (PDF, PNG, ZPL)"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Label file"), "", self.tr("Labels (*.pdf *.png *.zpl *.prn)")
        )
        if name:
            self.label_path.setText(name)

    def submit(self) -> None:
        ref, number, path = self.parcel.currentText(), self.number.text(), self.label_path.text().strip()
        data: bytes | None = None
        if path:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                self._fail(self.tr("Cannot read %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)))
                return
        name = Path(path).name if path else ""
        run_in_background(
            self,
            lambda: self.ws.carriers.set_tracking(ref, number, label=data, label_name=name),
            lambda _n: self.accept(),
            lambda exc: self._fail(str(exc)),
        )

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.adjustSize()


class RatesDialog(QDialog):
    """Prices of the methods per parcel; the seller picks the cheapest or fastest allowed one."""

    def __init__(self, ws: Workstation, parcels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.parcels = parcels
        self.setWindowTitle(self.tr("Compare rates"))
        self.resize(760, 420)
        self.table = _table(
            [self.tr("Parcel"), self.tr("Method"), self.tr("Price"), self.tr("Days"), self.tr("Allowed")]
        )
        self.status = QLabel(self.tr("Asking the carriers…"))
        cheapest = QPushButton(self.tr("Use the cheapest"))
        cheapest.clicked.connect(lambda: self.load("cheapest"))
        fastest = QPushButton(self.tr("Use the fastest"))
        fastest.clicked.connect(lambda: self.load("fastest"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(cheapest)
        row.addWidget(fastest)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.load(None)

    def load(self, choose: str | None) -> None:
        parcels = self.parcels
        run_in_background(
            self, lambda: self.ws.carriers.rates(parcels, choose=choose), lambda r: self.show_rates(r, choose)
        )

    def show_rates(self, rates: dict[str, Any], choose: str | None) -> None:
        rows = [
            [
                number,
                r.method,
                f"{r.amount} {r.currency}",
                str(r.days or ""),
                self.tr("yes") if r.allowed else "; ".join(r.reasons),
            ]
            for number, found in rates.items()
            for r in found
        ]
        _fill(self.table, rows)
        if choose == "cheapest":
            self.status.setText(self.tr("Switched to the cheapest allowed method"))
        elif choose == "fastest":
            self.status.setText(self.tr("Switched to the fastest allowed method"))
        else:
            self.status.setText(self.tr("Cheapest first") if rows else self.tr("No carrier quoted a price"))


# What each waybill action may change. A label moves its order from Waybill to Print
# (a new label for a printed parcel sends it back to Print); a void sends parcels back to
# Waybill from anywhere before Shipped, intercepted ones included.
METHODS_EDITED = Changes.of("review", "waybill", carriers=True)  # Review checks the method
LABELLED = Changes.of("waybill", "print", jobs=True)
LABEL_UPLOADED = Changes.of("waybill", "print", "scan", jobs=True)
FROM_POOL = Changes.of("waybill", "print", jobs=True, carriers=True)
RETRIED = Changes.of("waybill", "print", jobs=True)
VOIDED = Changes.of("waybill", "print", "scan", "exceptions", "cancelled", jobs=True)
METHOD_CHOSEN = Changes.of("review", "waybill")  # the rates dialog may switch the method


class CarrierViews(QObject):
    """The actions on the selected orders' parcels, and the pool warning in the status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws = window.ws
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        conn, add = window.menu_connections, window.add_action
        conn.addSeparator()
        self.action_setup = add(conn, self.tr("Carriers and shipping methods…"), self.show_setup)
        self.action_pools = add(conn, self.tr("Tracking-number pools…"), self.show_pools)
        menu = window.menu_orders.addMenu(self.tr("Waybill"))
        self.action_tracking = add(menu, self.tr("Enter tracking number…"), self.enter_tracking)
        self.action_upload = add(menu, self.tr("Upload label…"), self.upload_label)
        self.action_pool = add(menu, self.tr("Label from tracking pool"), self.label_from_pool)
        self.action_retry = add(menu, self.tr("Retry failed waybills"), self.retry_failed)
        self.action_void = add(menu, self.tr("Void waybill…"), self.void)
        self.action_rates = add(menu, self.tr("Compare rates…"), self.compare_rates)
        self.pool_label = QLabel()
        self.pool_label.setStyleSheet("color: #b00020; font-weight: bold; padding: 0 6px")
        self.pool_label.setVisible(False)
        window.statusBar().addPermanentWidget(self.pool_label)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.refresh_pool_warning)
        self.timer.start()
        self.refresh_pool_warning()
        window.changes_applied.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.carriers:  # a pool imported, a number taken
            self.refresh_pool_warning()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    def _parcels(self, states: tuple[str, ...] | None = None) -> list[str]:
        ids = self.window.selected_order_ids()
        found = self.ws.carriers.parcel_numbers_of(ids, states) if states else self.ws.carriers.parcel_numbers_of(ids)
        if not found:
            self._say(self.tr("Select orders with parcels first"))
        return found

    def _done(self, what: str) -> Any:
        def report(result: Any) -> None:
            refused = getattr(result, "refused", {})
            text = what.replace("%1", str(len(getattr(result, "done", {}))))
            if refused:
                text += " · " + "; ".join(f"{k}: {v}" for k, v in list(refused.items())[:3])
            self._say(text)

        return report

    def refresh_pool_warning(self) -> None:
        warnings = self.ws.carriers.pool_warnings()
        self.pool_label.setText("⚠ " + warnings[0] if warnings else "")
        self.pool_label.setToolTip("\n".join(warnings))
        self.pool_label.setVisible(bool(warnings))

    def show_setup(self) -> None:
        self.dialog = CarrierSetupDialog(self.ws, self.window)
        self.dialog.finished.connect(lambda _r: self.window.changed(METHODS_EDITED))
        self.dialog.open()

    def show_pools(self) -> None:
        dialog = PoolsDialog(self.ws, self.window)
        dialog.finished.connect(lambda _r: self.window.changed(Changes(carriers=True)))
        self.dialog = dialog
        dialog.open()

    def enter_tracking(self) -> None:
        parcels = self._parcels(("waybill", "requested", "failed"))
        if parcels:
            dialog = ManualTrackingDialog(self.ws, parcels, self.window)
            dialog.accepted.connect(lambda: self.window.changed(LABELLED))
            self.dialog = dialog
            dialog.open()

    def upload_label(self) -> None:
        parcels = self._parcels(("requested", "labelled", "printed"))
        if not parcels:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Label for %1").replace("%1", parcels[0]),
            "",
            self.tr("Labels (*.pdf *.png *.zpl *.prn)"),
        )
        if name:
            self.upload_file(parcels[0], Path(name))

    def upload_file(self, parcel: str, path: Path) -> None:
        def upload() -> str:
            return self.ws.carriers.upload_label(parcel, path.read_bytes(), path.name)

        run_in_background(
            self.window,
            upload,
            lambda fmt: self._say(self.tr("Label stored (%1)").replace("%1", fmt.upper())),
            changes=LABEL_UPLOADED,
        )

    def label_from_pool(self) -> None:
        parcels = self._parcels(("waybill", "failed"))
        if parcels:
            run_in_background(
                self.window,
                lambda: self.ws.carriers.assign_pool_numbers(parcels),
                self._done(self.tr("%1 parcels labelled from the pool")),
                changes=FROM_POOL,
            )

    def retry_failed(self) -> None:
        parcels = self._parcels(("failed", "requested")) if self.window.selected_order_ids() else []
        run_in_background(
            self.window,
            lambda: self.ws.carriers.retry_waybills(parcels or None),
            self._done(self.tr("Asked again for %1 parcels")),
            changes=RETRIED,
        )

    def void(self, reason: str | None = None) -> None:
        parcels = self._parcels(("requested", "labelled", "printed", "intercepted"))
        if not parcels:
            return
        if not reason:
            reason, ok = QInputDialog.getText(
                self.window,
                self.tr("Void waybill"),
                self.tr("Why void the waybill of %1?").replace("%1", ", ".join(parcels[:3])),
            )
            if not ok or not reason.strip():
                return
        text = reason.strip()
        run_in_background(
            self.window,
            lambda: self.ws.carriers.void_waybills(parcels, text),
            self._done(self.tr("Void queued for %1 parcels (refund requested)")),
            changes=VOIDED,
        )

    def compare_rates(self) -> None:
        parcels = self._parcels()
        if parcels:
            dialog = RatesDialog(self.ws, parcels, self.window)
            dialog.finished.connect(lambda _r: self.window.changed(METHOD_CHOSEN))
            self.dialog = dialog
            dialog.open()


def install(window: MainWindow) -> CarrierViews:
    """Add this area's menu entries and the pool warning to the main window."""
    return CarrierViews(window)
