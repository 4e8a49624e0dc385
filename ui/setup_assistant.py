"""The setup assistant: what an empty database opens instead of the demo.

Language → the shop → its ship-from address → marketplaces → carriers → printers →
scanner → first orders. Every page can be skipped (Next with nothing filled in) and is
found again under Settings; the pages open the same dialogs the Settings menu opens, so
nothing is built twice. Finishing marks the setup done (``ws.shop.finish_setup``);
Cancel ("set up later") leaves it to open again while the database is still empty.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import ShipbenchError
from ui.messages import error_text
from ui.shop_settings import AddressForm, ProfileForm, ReturnAddressBox

if TYPE_CHECKING:
    from app.workstation import Workstation

log = logging.getLogger(__name__)

# Each language named in itself: a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("en", "English"), ("zh_CN", "简体中文"))


def _t(text: str) -> str:
    return QCoreApplication.translate("SetupAssistant", text)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _later() -> QLabel:
    label = _note(_t("You can skip this step: Settings has it whenever you are ready."))
    label.setStyleSheet("color: #555")
    return label


class LanguagePage(QWizardPage):
    def __init__(self, language: str, on_change: Callable[[str], None]) -> None:
        super().__init__()
        self.setTitle(_t("Welcome to Shipbench"))
        self.setSubTitle(_t("A few steps set up your shop. Choose the language first."))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES:
            button = QRadioButton(name, self)
            button.setChecked(code == language)
            button.toggled.connect(lambda on, code=code: on and on_change(code))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(_note(_t("The demo with sample orders is always there: start Shipbench with --demo.")))
        layout.addStretch(1)


class ShopPage(QWizardPage):
    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.ws = ws
        self.setTitle(_t("Your shop"))
        self.setSubTitle(_t("The name on your documents, a phone number, and your own tax ids for customs."))
        self.form = ProfileForm(self)
        self.form.load(ws.shop.profile())
        self.error = _note("")
        self.error.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(_later())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        profile = self.form.profile()
        if profile == self.ws.shop.profile():
            return True
        try:
            self.ws.shop.set_profile(profile)
        except ShipbenchError as exc:
            self.error.setText(error_text(exc))
            return False
        return True


class AddressPage(QWizardPage):
    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.ws = ws
        self.setTitle(_t("Ship-from address"))
        self.setSubTitle(
            _t("Printed in the FROM block of every label and sent to carriers as the shipper. More warehouses later.")
        )
        self.form = AddressForm(self)
        self.form.warehouse.setText(_t("Main warehouse"))
        self.returns = ReturnAddressBox(self)
        self.returns.setFlat(True)
        current = ws.shop.ship_from()
        if current is not None:
            self.form.load(current)
            self.returns.load(current.return_address)
        self.error = _note("")
        self.error.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.returns)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(_later())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.form.is_empty():
            return True  # skipped: labels will have no FROM block until it is set
        missing = self.form.missing()
        if missing:
            self.error.setText(_t("The ship-from address needs: %1").replace("%1", ", ".join(missing)))
            return False
        current = self.ws.shop.ship_from()
        address = replace(
            self.form.address(),
            return_address=self.returns.value(),
            id=current.id if current is not None else None,
        )
        try:
            self.ws.shop.set_warehouse(address, default=True)
        except ShipbenchError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        return True


class DialogPage(QWizardPage):
    """A step done in an existing dialog: a button opens it, a line says what is set up."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        buttons: list[tuple[str, Callable[[QWidget], QDialog | None]]],
        summary: Callable[[], str],
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._summary = summary
        self.status = _note("")
        layout = QVBoxLayout(self)
        self.buttons: list[QPushButton] = []
        for text, opener in buttons:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, opener=opener: self._open(opener))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(_later())
        self.dialog: QDialog | None = None  # the dialog open now (tests look at it)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(self._summary())

    def _open(self, opener: Callable[[QWidget], QDialog | None]) -> None:
        dialog = opener(self)
        if dialog is None:
            return
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def _names(names: list[str], none: str) -> str:
    return _t("Set up: %1").replace("%1", ", ".join(names)) if names else none


class SetupAssistant(QWizard):
    """``language_changed(code)``: the launcher installs the catalogue and opens a fresh assistant."""

    language_changed = Signal(str)

    def __init__(self, ws: Workstation, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.language = language
        self.setWindowTitle(self.tr("Set up Shipbench"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Set up later"))
        self.resize(760, 640)
        summary = ws.shop.setup_summary

        self.language_page = LanguagePage(language, self._language_chosen)
        self.shop_page = ShopPage(ws)
        self.address_page = AddressPage(ws)
        self.marketplaces_page = DialogPage(
            self.tr("Marketplaces"),
            self.tr("Connect the shops whose orders you ship: Amazon, eBay, Shopify, AliExpress, WooCommerce."),
            [(self.tr("Add a marketplace account…"), self._accounts)],
            lambda: _names(summary().marketplaces, self.tr("No marketplace yet: you can also import order files.")),
        )
        self.carriers_page = DialogPage(
            self.tr("Carriers and shipping methods"),
            self.tr("The carrier accounts that issue your waybills, and the shipping methods orders are sent with."),
            [(self.tr("Set up carriers and shipping methods…"), self._carriers)],
            lambda: _names(summary().carriers, self.tr("No carrier yet.")),
        )
        self.printers_page = DialogPage(
            self.tr("Printers"),
            self.tr(
                "Find your label printer on the network or USB, choose it, print a test label and adjust its offsets."
            ),
            [(self.tr("Printers…"), self._printers)],
            lambda: _names(summary().printers, self.tr("No printer yet.")),
        )
        self.scanner_page = DialogPage(
            self.tr("Scanner"),
            self.tr("Scan a few barcodes to check that the scanner reads them, and calibrate it for this PC."),
            [(self.tr("Test the scanner…"), self._scanner)],
            lambda: "",
        )
        self.orders_page = DialogPage(
            self.tr("Your first orders"),
            self.tr("Import an order file now, or pull orders from the marketplaces you connected."),
            [(self.tr("Import an order file…"), self._import), (self.tr("Pull orders now"), self._pull)],
            self._orders_summary,
        )
        for page in (
            self.language_page,
            self.shop_page,
            self.address_page,
            self.marketplaces_page,
            self.carriers_page,
            self.printers_page,
            self.scanner_page,
            self.orders_page,
        ):
            self.addPage(page)
        self.accepted.connect(ws.shop.finish_setup)

    def _language_chosen(self, code: str) -> None:
        if code != self.language:
            self.language_changed.emit(code)

    def _orders_summary(self) -> str:
        n = self.ws.shop.setup_summary().orders
        if not n:
            return self.tr("No orders yet. The main window pulls new orders every minute.")
        return self.tr("%1 orders are in Shipbench.").replace("%1", str(n))

    # --- the existing dialogs each page opens -----------------------------------------

    def _accounts(self, parent: QWidget) -> QDialog:
        from ui.account_forms import AccountsDialog

        return AccountsDialog(self.ws, parent)

    def _carriers(self, parent: QWidget) -> QDialog:
        from ui.carrier_views import CarrierSetupDialog

        return CarrierSetupDialog(self.ws, parent)

    def _printers(self, parent: QWidget) -> QDialog:
        from ui.printer_settings import PrinterSettingsDialog

        return PrinterSettingsDialog(self.ws, parent)

    def _scanner(self, parent: QWidget) -> QDialog:
        from ui.scanner_test import ScannerTestDialog

        return ScannerTestDialog(parent)

    def _import(self, parent: QWidget) -> QDialog:
        from ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ws, None)
        wizard.setParent(parent, wizard.windowFlags())
        return wizard

    def _pull(self, parent: QWidget) -> None:
        from ui.operations import run_in_background

        page = self.orders_page
        page.status.setText(self.tr("Pulling orders…"))
        run_in_background(
            parent,
            self.ws.sync.pull,
            lambda _r: page.refresh(),
            lambda exc: page.status.setText(error_text(exc)),
        )
        return None
