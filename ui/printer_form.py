"""The form for one printer profile, with a live preview of its label template.

The form only collects values: ``PrinterProfile`` checks them and says every problem
at once, so the rules live in one place (``printers/profiles.py``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.printing import PrinterInfo
from app.workstation import Workstation
from printers.profiles import PrinterProfile
from ui.messages import error_text
from ui.operations import run_in_background

log = logging.getLogger(__name__)

LANGUAGES = (("zpl", "ZPL"), ("tspl", "TSPL"), ("escpos", "ESC/POS"), ("pdf", "PDF"))
# (label, width mm, height mm); the last entry, "Custom", keeps what was typed
MEDIA_PRESETS = (
    ("4 × 6 in", 101.6, 152.4),
    ("100 × 150 mm", 100.0, 150.0),
    ("100 × 100 mm", 100.0, 100.0),
    ("60 × 40 mm", 60.0, 40.0),
)
PREVIEW_SIZE = QSize(260, 340)
NO_DARKNESS = -31  # the spin box's "printer's own setting"
NO_SPEED = 0


# A template's file name says what it is (``shipping-100x150``, ``shipping-4x6-remarks``,
# ``product-60x40``, ``shipping-80mm``); the combo shows that in words.
TEMPLATE_KINDS = {
    "shipping": QT_TRANSLATE_NOOP("PrinterForm", "Shipping label %1"),
    "product": QT_TRANSLATE_NOOP("PrinterForm", "Product label %1"),
}
TEMPLATE_EXTRAS = {"remarks": QT_TRANSLATE_NOOP("PrinterForm", "%1, with remarks")}
_TEMPLATE = re.compile(r"(?P<kind>[a-z]+)-(?:(?P<w>\d+)x(?P<h>\d+)|(?P<roll>\d+)mm)(?:-(?P<extra>[a-z]+))?")


def template_title(name: str) -> str:
    """``shipping-100x150`` → "Shipping label 100 × 150 mm" in the user's language; a template of
    another shape (the seller's own) by its name."""
    found = _TEMPLATE.fullmatch(name)
    if found is None or found["kind"] not in TEMPLATE_KINDS or (found["extra"] or "remarks") not in TEMPLATE_EXTRAS:
        return name
    if found["roll"]:
        size = QCoreApplication.translate("PrinterForm", "%1 mm roll").replace("%1", found["roll"])
    elif (found["w"], found["h"]) == ("4", "6"):
        size = QCoreApplication.translate("PrinterForm", "%1 × %2 in").replace("%1", "4").replace("%2", "6")
    else:
        size = f"{found['w']} × {found['h']} mm"
    title = QCoreApplication.translate("PrinterForm", TEMPLATE_KINDS[found["kind"]]).replace("%1", size)
    if found["extra"]:
        title = QCoreApplication.translate("PrinterForm", TEMPLATE_EXTRAS[found["extra"]]).replace("%1", title)
    return title


def alive(widget: QWidget, fn: Callable[..., None]) -> Callable[..., None]:
    """A callback that does nothing once ``widget`` is gone (a result after the dialog closed)."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(widget):
            fn(*args)

    return call


class PrinterForm(QWidget):
    """Name, address, language, media and template of one printer; ``profile()`` checks them."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._preview_generation = 0
        self._preview_png = b""

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Zebra at bench 1"))
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText("tcp://192.168.1.50:9100")
        self.find_button = QPushButton(self.tr("Find printers"), self)
        self.find_button.clicked.connect(self.find_printers)
        self.found_combo = QComboBox(self)
        self.found_combo.setVisible(False)
        self.found_combo.activated.connect(self._found_chosen)
        address_row = QHBoxLayout()
        address_row.setContentsMargins(0, 0, 0, 0)
        address_row.addWidget(self.address_edit, 1)
        address_row.addWidget(self.find_button)

        self.language_combo = QComboBox(self)
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        self.dpi_combo = QComboBox(self)
        for dpi in (203, 300):
            self.dpi_combo.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        self.media_combo = QComboBox(self)
        for label, w, h in MEDIA_PRESETS:
            self.media_combo.addItem(label, (w, h))
        self.media_combo.addItem(self.tr("Custom"), None)
        self.media_combo.activated.connect(self._preset_chosen)
        self.width_spin = self._mm_spin(100.0, 300.0)
        self.height_spin = self._mm_spin(150.0, 2000.0)
        self.width_spin.valueChanged.connect(self._size_typed)
        self.height_spin.valueChanged.connect(self._size_typed)
        size_row = QHBoxLayout()
        size_row.setContentsMargins(0, 0, 0, 0)
        size_row.addWidget(self.media_combo, 1)
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×", self))
        size_row.addWidget(self.height_spin)
        self.gap_spin = self._mm_spin(3.0, 50.0)
        self.darkness_spin = QSpinBox(self)
        self.darkness_spin.setRange(NO_DARKNESS, 30)
        self.darkness_spin.setSpecialValueText(self.tr("printer's setting"))
        self.darkness_spin.setValue(NO_DARKNESS)
        self.speed_spin = QSpinBox(self)
        self.speed_spin.setRange(NO_SPEED, 14)
        self.speed_spin.setSpecialValueText(self.tr("printer's setting"))
        self.speed_spin.setSuffix(self.tr(" in/s"))
        self.x_spin = self._dots_spin()
        self.y_spin = self._dots_spin()
        offset_row = QHBoxLayout()
        offset_row.setContentsMargins(0, 0, 0, 0)
        offset_row.addWidget(QLabel(self.tr("x"), self))
        offset_row.addWidget(self.x_spin, 1)
        offset_row.addWidget(QLabel(self.tr("y"), self))
        offset_row.addWidget(self.y_spin, 1)
        self.rotation_combo = QComboBox(self)
        for degrees in (0, 90, 180, 270):
            self.rotation_combo.addItem(f"{degrees}°", degrees)
        self.template_combo = QComboBox(self)
        for name in ws.printing.label_templates():
            self.template_combo.addItem(template_title(name), name)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Address"), address_row)
        form.addRow("", self.found_combo)
        self.find_status = QLabel(self)
        self.find_status.setVisible(False)
        form.addRow("", self.find_status)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Resolution"), self.dpi_combo)
        form.addRow(self.tr("Media (mm)"), size_row)
        form.addRow(self.tr("Gap between labels"), self.gap_spin)
        form.addRow(self.tr("Darkness"), self.darkness_spin)
        form.addRow(self.tr("Speed"), self.speed_spin)
        form.addRow(self.tr("Offset (dots)"), offset_row)
        form.addRow(self.tr("Rotation"), self.rotation_combo)
        form.addRow(self.tr("Label template"), self.template_combo)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errors")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setVisible(False)

        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("preview")
        self.preview_label.setFixedSize(PREVIEW_SIZE)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_label.setStyleSheet("background: #e8eaed;")
        self.preview_note = QLabel(self.tr("Preview with sample data"), self)
        self.preview_note.setStyleSheet("color: #5f6368;")
        self.preview_note.setWordWrap(True)
        self.preview_note.setMaximumWidth(PREVIEW_SIZE.width())
        preview_box = QVBoxLayout()
        preview_box.addWidget(self.preview_label)
        preview_box.addWidget(self.preview_note)
        preview_box.addStretch(1)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.error_label)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(preview_box)

        self.template_combo.currentIndexChanged.connect(self.refresh_preview)
        self.dpi_combo.currentIndexChanged.connect(self.refresh_preview)
        self._size_typed()

    def _mm_spin(self, value: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0.0, high)
        spin.setDecimals(1)
        spin.setValue(value)
        spin.setSuffix(self.tr(" mm"))
        return spin

    def _dots_spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 9999)
        return spin

    # --- values -----------------------------------------------------------------------

    def load(self, info: PrinterInfo | None) -> None:
        """Fill the form from a saved printer, or with a new printer's defaults."""
        p = info.profile if info is not None else None
        self.name_edit.setText(p.name if p else "")
        self.address_edit.setText(p.uri if p else "")
        self.found_combo.setVisible(False)
        self.find_status.setVisible(False)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(p.language if p else "zpl")))
        self.dpi_combo.setCurrentIndex(max(0, self.dpi_combo.findData(p.dpi if p else 203)))
        self.width_spin.setValue(p.width_mm if p else 101.6)
        self.height_spin.setValue(p.height_mm if p else 152.4)
        self.gap_spin.setValue(p.gap_mm if p else 3.0)
        self.darkness_spin.setValue(p.darkness if p and p.darkness is not None else NO_DARKNESS)
        self.speed_spin.setValue(p.speed if p and p.speed is not None else NO_SPEED)
        self.x_spin.setValue(p.x_offset if p else 0)
        self.y_spin.setValue(p.y_offset if p else 0)
        self.rotation_combo.setCurrentIndex(max(0, self.rotation_combo.findData(p.rotation if p else 0)))
        template = info.template if info is not None else "shipping-4x6"
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(template)))
        self.show_errors("")
        self.refresh_preview()

    def profile(self) -> PrinterProfile:
        """The profile as typed; raises ``ValueError`` naming every problem."""
        darkness = self.darkness_spin.value()
        speed = self.speed_spin.value()
        return PrinterProfile(
            name=self.name_edit.text().strip(),
            uri=self.address_edit.text().strip(),
            language=self.language_combo.currentData(),
            dpi=int(self.dpi_combo.currentData()),
            width_mm=round(self.width_spin.value(), 1),
            height_mm=round(self.height_spin.value(), 1),
            darkness=None if darkness == NO_DARKNESS else darkness,
            speed=None if speed == NO_SPEED else speed,
            x_offset=self.x_spin.value(),
            y_offset=self.y_spin.value(),
            rotation=int(self.rotation_combo.currentData()),
            gap_mm=round(self.gap_spin.value(), 1),
        )

    def template(self) -> str:
        return str(self.template_combo.currentData() or "")

    def show_errors(self, message: str) -> None:
        """``printer profile 'x': a; b`` → one problem per line."""
        if not message:
            self.error_label.clear()
            self.error_label.setVisible(False)
            return
        _head, sep, problems = message.partition(": ")
        items = problems.split("; ") if sep else [message]
        self.error_label.setText("\n".join("• " + item for item in items))
        self.error_label.setVisible(True)

    # --- media presets ----------------------------------------------------------------

    def _preset_chosen(self, index: int) -> None:
        size = self.media_combo.itemData(index)
        if size is not None:
            self.width_spin.setValue(size[0])
            self.height_spin.setValue(size[1])

    def _size_typed(self, *_: object) -> None:
        w, h = round(self.width_spin.value(), 1), round(self.height_spin.value(), 1)
        for i in range(self.media_combo.count()):
            size = self.media_combo.itemData(i)
            if size is None or (round(size[0], 1), round(size[1], 1)) == (w, h):
                self.media_combo.setCurrentIndex(i)
                return

    # --- discovery --------------------------------------------------------------------

    def find_printers(self) -> None:
        """USB, CUPS, serial and the network (Zebra discovery, mDNS): up to 2 s, so off the GUI thread."""
        self.find_button.setEnabled(False)
        self.find_status.setText(self.tr("Looking for printers…"))
        self.find_status.setVisible(True)

        def found(printers: list[Any]) -> None:
            self.find_button.setEnabled(True)
            self.found_combo.clear()
            for p in printers:
                self.found_combo.addItem(f"{p.description} — {p.uri}", p.uri)
            self.found_combo.setVisible(bool(printers))
            if printers:
                self.find_status.setText(
                    self.tr("Found %1; pick one to use its address").replace("%1", str(len(printers)))
                )
                if not self.address_edit.text().strip():
                    self.address_edit.setText(printers[0].uri)
            else:
                self.find_status.setText(self.tr("No printers found. Type the address, e.g. tcp://192.168.1.50:9100"))

        def failed(exc: BaseException) -> None:
            self.find_button.setEnabled(True)
            self.find_status.setText(self.tr("Could not look for printers: %1").replace("%1", str(exc)))

        run_in_background(self, self.ws.printing.discover_printers, alive(self, found), alive(self, failed))

    def _found_chosen(self, index: int) -> None:
        uri = self.found_combo.itemData(index)
        if uri:
            self.address_edit.setText(str(uri))

    # --- preview ----------------------------------------------------------------------

    def refresh_preview(self, *_: object) -> None:
        """Render the template at the chosen dpi in a worker; only the newest render is shown."""
        template = self.template()
        if not template:
            return
        dpi = int(self.dpi_combo.currentData())
        self._preview_generation += 1
        generation = self._preview_generation

        def show(png: bytes) -> None:
            if generation != self._preview_generation:
                return
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self._preview_png = png
            self.preview_label.setPixmap(
                pixmap.scaled(
                    self.preview_label.contentsRect().size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.preview_note.setText(
                self.tr("%1 at %2 dpi, with sample data")
                .replace("%1", template_title(template))
                .replace("%2", str(dpi))
            )

        def failed(exc: BaseException) -> None:
            if generation != self._preview_generation:
                return
            self.preview_label.clear()
            self.preview_note.setText(self.tr("No preview: %1").replace("%1", error_text(exc)))

        ws = self.ws
        run_in_background(
            self, lambda: ws.printing.preview_template(template, dpi=dpi), alive(self, show), alive(self, failed)
        )
