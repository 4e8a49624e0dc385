"""The shop's own details: its profile (name, phone, tax ids) and its warehouses' addresses.

``ProfileForm`` and ``AddressForm`` are used twice: in the setup assistant's shop page and
in Settings → Shop and addresses… (``ShopSettingsDialog``), so the two never drift apart.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from app.shop import ShopProfile, WarehouseAddress
from ui.messages import error_text

if TYPE_CHECKING:
    from app.workstation import Workstation

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("ShopSettings", text)


def _line(placeholder: str = "", *, max_length: int = 120) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class ProfileForm(QWidget):
    """The shop's name, phone, e-mail and its own tax ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = _line(_t("as on your documents"))
        self.phone = _line("+86 755 …", max_length=40)
        self.email = _line(max_length=120)
        self.ioss = _line(_t("IM + 10 digits, for EU parcels ≤ €150"), max_length=32)
        self.vat = _line(max_length=32)
        self.eori = _line(_t("for EU customs"), max_length=32)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_t("Shop name"), self.name)
        form.addRow(_t("Phone"), self.phone)
        form.addRow(_t("E-mail"), self.email)
        form.addRow(_t("IOSS number"), self.ioss)
        form.addRow(_t("VAT number"), self.vat)
        form.addRow(_t("EORI number"), self.eori)

    def load(self, profile: ShopProfile) -> None:
        for key in ("name", "phone", "email", "ioss", "vat", "eori"):
            getattr(self, key).setText(getattr(profile, key))

    def profile(self) -> ShopProfile:
        return ShopProfile(
            **{k: getattr(self, k).text().strip() for k in ("name", "phone", "email", "ioss", "vat", "eori")}
        )


class AddressForm(QWidget):
    """One address: the ship-from address of a warehouse, or where returns go."""

    def __init__(self, parent: QWidget | None = None, *, with_name: bool = True) -> None:
        super().__init__(parent)
        self.warehouse = _line(_t("e.g. Shenzhen warehouse"), max_length=80)
        self.contact = _line(_t("the sender's name on labels"))
        self.company = _line()
        self.street1 = _line(max_length=200)
        self.street2 = _line(max_length=200)
        self.city = _line(max_length=80)
        self.region = _line(max_length=80)
        self.postcode = _line(max_length=20)
        self.country = _line(_t("two letters: CN, DE, US"), max_length=2)
        self.phone = _line(max_length=40)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        if with_name:
            form.addRow(_t("Warehouse"), self.warehouse)
        else:
            self.warehouse.hide()
        form.addRow(_t("Sender name"), self.contact)
        form.addRow(_t("Company"), self.company)
        form.addRow(_t("Street"), self.street1)
        form.addRow("", self.street2)
        form.addRow(_t("City"), self.city)
        form.addRow(_t("State / province"), self.region)
        form.addRow(_t("Postcode"), self.postcode)
        form.addRow(_t("Country"), self.country)
        form.addRow(_t("Phone"), self.phone)

    def load(self, address: WarehouseAddress) -> None:
        self.warehouse.setText(address.name)
        self.contact.setText(address.contact)
        self.company.setText(address.company)
        lines = list(address.lines) + ["", ""]
        self.street1.setText(lines[0])
        self.street2.setText(lines[1])
        self.city.setText(address.city)
        self.region.setText(address.region)
        self.postcode.setText(address.postcode)
        self.country.setText(address.country)
        self.phone.setText(address.phone)

    def clear(self) -> None:
        self.load(WarehouseAddress(name=""))

    def is_empty(self) -> bool:
        return not any(e.text().strip() for e in (self.contact, self.company, self.street1, self.city, self.postcode))

    def address(self) -> WarehouseAddress:
        return WarehouseAddress(
            name=self.warehouse.text().strip() or _t("Main warehouse"),
            contact=self.contact.text().strip(),
            company=self.company.text().strip(),
            lines=tuple(x for x in (self.street1.text().strip(), self.street2.text().strip()) if x),
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            postcode=self.postcode.text().strip(),
            country=self.country.text().strip().upper(),
            phone=self.phone.text().strip(),
        )

    def missing(self) -> list[str]:
        """What a carrier would refuse, in the user's words ([] when the address will do)."""
        address = self.address()
        missing = [
            label
            for label, value in (
                (_t("street"), " ".join(address.lines)),
                (_t("city"), address.city),
                (_t("country"), address.country),
            )
            if not value
        ]
        if address.country and (len(address.country) != 2 or not address.country.isalpha()):
            missing.append(_t("a two-letter country code"))
        return missing


class ReturnAddressBox(QGroupBox):
    """Where returns go: the ship-from address unless this is checked and filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.other = QCheckBox(_t("Returns go to another address"))
        self.form = AddressForm(self, with_name=False)
        self.form.setVisible(False)
        self.other.toggled.connect(self.form.setVisible)
        layout = QVBoxLayout(self)
        layout.addWidget(self.other)
        layout.addWidget(self.form)

    def load(self, value: dict[str, Any]) -> None:
        self.other.setChecked(bool(value))
        lines = value.get("lines")
        self.form.load(
            WarehouseAddress(
                name="",
                contact=str(value.get("name") or ""),
                company=str(value.get("company") or ""),
                lines=tuple(str(x) for x in lines) if isinstance(lines, list) else (),
                city=str(value.get("city") or ""),
                region=str(value.get("region") or ""),
                postcode=str(value.get("postcode") or ""),
                country=str(value.get("country") or ""),
                phone=str(value.get("phone") or ""),
            )
        )

    def value(self) -> dict[str, Any]:
        if not self.other.isChecked() or self.form.is_empty():
            return {}
        return dict(self.form.address().sender())


def save_shop(
    ws: Workstation, profile: ShopProfile, address: WarehouseAddress, *, default: bool = False
) -> WarehouseAddress:
    """Store the profile and the warehouse; raises ``ShipbenchError`` as the service does."""
    ws.shop.set_profile(profile)
    return ws.shop.set_warehouse(address, default=default)


class ShopSettingsDialog(QDialog):
    """Settings → Shop and addresses: the profile above, the warehouses below (one default)."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Shop and addresses"))
        self.resize(900, 620)
        self.profile_form = ProfileForm(self)
        profile_box = QGroupBox(self.tr("Shop"), self)
        QVBoxLayout(profile_box).addWidget(self.profile_form)

        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.new_button = QPushButton(self.tr("New warehouse"), self)
        self.new_button.clicked.connect(self._new)
        self.default_button = QPushButton(self.tr("Make default"), self)
        self.default_button.clicked.connect(self._make_default)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Warehouses (ship-from addresses)")))
        left.addWidget(self.list, 1)
        for button in (self.new_button, self.default_button, self.remove_button):
            left.addWidget(button)

        self.address_form = AddressForm(self)
        self.returns = ReturnAddressBox(self)
        self.returns.setTitle(self.tr("Returns"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.address_form)
        right.addWidget(self.returns)
        right.addWidget(self.message)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(profile_box)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.profile_form.load(ws.shop.profile())
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for address in self.ws.shop.warehouses():
            text = address.name + ("  " + self.tr("(default)") if address.is_default else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.list.addItem(item)
            if address.name == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def current(self) -> WarehouseAddress | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_current(self) -> None:
        address = self.current()
        if address is None:
            self.address_form.clear()
            self.returns.load({})
        else:
            self.address_form.load(address)
            self.returns.load(address.return_address)
        self.default_button.setEnabled(address is not None and not address.is_default)
        self.remove_button.setEnabled(address is not None)

    def _new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.address_form.clear()
        self.returns.load({})
        self.address_form.warehouse.setFocus()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020" if error else "")
        self.message.setText(text)

    def save(self) -> bool:
        missing = self.address_form.missing()
        if missing:
            self._say(self.tr("The ship-from address needs: %1").replace("%1", ", ".join(missing)), error=True)
            return False
        current = self.current()
        address = replace(
            self.address_form.address(),
            return_address=self.returns.value(),
            id=current.id if current is not None else None,
        )
        try:
            saved = save_shop(self.ws, self.profile_form.profile(), address)
        except ShipbenchError as exc:
            self._say(error_text(exc), error=True)
            return False
        self._say(self.tr("Saved %1").replace("%1", saved.name))
        self.reload(select=saved.name)
        return True

    def _make_default(self) -> None:
        address = self.current()
        if address is None:
            return
        try:
            self.ws.shop.make_default(address.name)
        except ShipbenchError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload(select=address.name)

    def _remove(self) -> None:
        address = self.current()
        if address is None:
            return
        try:
            self.ws.shop.remove_warehouse(address.name)
        except ShipbenchError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload()
