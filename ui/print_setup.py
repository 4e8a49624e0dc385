"""Which printer, in which order: asked when printing, remembered for next time.

The choice is kept in a small ini file in the station's data folder (QSettings), so
each packing station remembers its own printer and tests never touch the user's own
settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.printing import ORDERS
from app.workstation import Workstation
from ui.i18n import plural

# print order id → what the seller reads (translated when shown)
ORDER_LABELS = {
    "queue": QT_TRANSLATE_NOOP("PrintSetup", "Queue order"),
    "carrier": QT_TRANSLATE_NOOP("PrintSetup", "Carrier"),
    "sku": QT_TRANSLATE_NOOP("PrintSetup", "SKU"),
    "bin": QT_TRANSLATE_NOOP("PrintSetup", "Bin location"),
    "order_date": QT_TRANSLATE_NOOP("PrintSetup", "Order date"),
}


def order_label(order_by: str) -> str:
    return QCoreApplication.translate("PrintSetup", ORDER_LABELS.get(order_by, order_by))


@dataclass(frozen=True)
class PrintChoice:
    printer: str  # the configured printer's name, or "" for the default folder printer
    uri: str
    language: str
    order_by: str = "queue"
    reverse: bool = False


def ui_settings(ws: Workstation) -> QSettings:
    return QSettings(str(ws.settings.data_dir / "ui.ini"), QSettings.Format.IniFormat)


def remembered(ws: Workstation) -> PrintChoice:
    """The last choice, checked against the printers configured now."""
    s = ui_settings(ws)
    name = str(s.value("print/printer", "") or "")
    order_by = str(s.value("print/order_by", "queue") or "queue")
    reverse = str(s.value("print/reverse", "false")).lower() == "true"
    printers = {p.name: p for p in ws.printing.printers()}
    if name in printers:
        p = printers[name]
        return PrintChoice(p.name, p.uri, p.language, order_by if order_by in ORDERS else "queue", reverse)
    if printers:
        p = next(iter(printers.values()))
        return PrintChoice(p.name, p.uri, p.language, order_by if order_by in ORDERS else "queue", reverse)
    folder = str(s.value("print/folder", "") or "")  # a folder the user chose before, never a hidden one
    return PrintChoice("", folder, "zpl", order_by if order_by in ORDERS else "queue", reverse)


def remember(ws: Workstation, choice: PrintChoice) -> None:
    s = ui_settings(ws)
    s.setValue("print/printer", choice.printer)
    s.setValue("print/order_by", choice.order_by)
    s.setValue("print/reverse", "true" if choice.reverse else "false")
    if choice.uri.startswith("folder://"):
        s.setValue("print/folder", choice.uri)
    s.sync()


class PrinterCombo(QComboBox):
    """Configured printers by name, and label files in a folder the user chooses (shown with its path).

    With no printer set up nothing is chosen for the user: the dialog asks."""

    CHOOSE_FOLDER = "choose-folder"

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        for p in ws.printing.printers():
            self.addItem(f"{p.name}  ({p.language.upper()}, {p.dpi} dpi)", (p.name, p.uri, p.language))
        folder = str(ui_settings(ws).value("print/folder", "") or "")
        if folder:
            self._add_folder(folder)
        self.addItem(self.tr("Write label files to a folder…"), self.CHOOSE_FOLDER)
        self.activated.connect(self._maybe_choose_folder)

    def _add_folder(self, uri: str) -> int:
        path = uri.removeprefix("folder://")
        data = ("", uri, "zpl")
        at = self.findData(data)
        if at < 0:
            at = (
                0
                if self.currentData() == self.CHOOSE_FOLDER
                else self.count() - (1 if self.findData(self.CHOOSE_FOLDER) >= 0 else 0)
            )
            self.insertItem(max(0, at), self.tr("Label files in %1").replace("%1", path), data)
            at = self.findData(data)
        return at

    def use_folder(self, path: str) -> None:
        """Print to .zpl files in ``path`` (the user chose it; its path is shown)."""
        self.setCurrentIndex(self._add_folder("folder://" + path))

    def _maybe_choose_folder(self, index: int) -> None:
        if self.itemData(index) != self.CHOOSE_FOLDER:
            return
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the label files"))
        if path:
            self.use_folder(path)

    def has_printer(self) -> bool:
        return self.currentData() not in (None, self.CHOOSE_FOLDER)

    def select(self, name: str) -> None:
        for i in range(self.count()):
            if self.itemData(i)[0] == name:
                self.setCurrentIndex(i)
                return

    def chosen(self) -> tuple[str, str, str]:
        data = self.currentData()
        if data in (None, self.CHOOSE_FOLDER):
            return ("", "", "")
        return (str(data[0]), str(data[1]), str(data[2]))


class PrintSetupDialog(QDialog):
    """Printer, print order and "last label first" before a batch goes out."""

    def __init__(self, ws: Workstation, parcels: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Print labels"))
        last = remembered(ws)
        self.printer_combo = PrinterCombo(ws, self)
        self.printer_combo.select(last.printer)
        self.order_combo = QComboBox(self)
        for order_by in ORDERS:
            self.order_combo.addItem(order_label(order_by), order_by)
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(last.order_by)))
        self.reverse_box = QCheckBox(self.tr("Last label first (for printers that stack face up)"), self)
        self.reverse_box.setChecked(last.reverse)

        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer_combo)
        form.addRow(self.tr("Print order"), self.order_combo)
        form.addRow("", self.reverse_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Print"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        count = QLabel(plural("PrintSetupDialog", "%n label to print", "%n labels to print", parcels), self)
        layout.addWidget(count)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.printer_combo.currentIndexChanged.connect(
            lambda *_: self.ok_button.setEnabled(self.printer_combo.has_printer())
        )
        self.ok_button.setEnabled(self.printer_combo.has_printer())

    def choice(self) -> PrintChoice:
        name, uri, language = self.printer_combo.chosen()
        return PrintChoice(name, uri, language, str(self.order_combo.currentData()), self.reverse_box.isChecked())

    def accept(self) -> None:
        remember(self.ws, self.choice())
        super().accept()
