"""Pick lists and packing slips for the selected orders: a PDF to save, or the receipt printer.

When the chosen printer (the one remembered by the Print dialog) speaks ESC/POS, the
document goes straight to it at 80 mm; otherwise it is saved as a PDF for a laser
printer. Rendering and sending run off the GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from app.errors import PrintFailed
from app.workstation import Workstation
from printers.errors import PrinterError
from ui.batch_actions import Host
from ui.operations import run_in_background, show_failure
from ui.print_setup import remembered

log = logging.getLogger(__name__)

KINDS = {
    "pick_list": QT_TRANSLATE_NOOP("DocumentActions", "Pick list"),
    "packing_slips": QT_TRANSLATE_NOOP("DocumentActions", "Packing slips"),
}


class DocumentActions(QObject):
    """``finished(kind)`` fires when a document was saved or sent, or failed."""

    finished = Signal(str)

    def __init__(self, ws: Workstation, window: QWidget, host: Host) -> None:
        super().__init__(window)
        self._ws = ws
        self._window = window
        self._host = host

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("Documents"), parent)
        self.pick_list_action = menu.addAction(self.tr("Pick list…"))
        self.pick_list_action.triggered.connect(lambda: self.make("pick_list"))
        self.packing_slips_action = menu.addAction(self.tr("Packing slips…"))
        self.packing_slips_action.triggered.connect(lambda: self.make("packing_slips"))
        return menu

    def _say(self, text: str) -> None:
        self._host.statusBar().showMessage(text, 10_000)

    def make(self, kind: str) -> None:
        order_ids = self._host.selected_order_ids()
        if not order_ids:
            self._say(self.tr("Select one or more orders first"))
            return
        ws = self._ws
        title = self.tr(KINDS[kind])
        choice = remembered(ws)
        if choice.language == "escpos":
            target = choice.printer or choice.uri

            def send() -> None:
                ids = [pid for order_id in order_ids for pid in ws.printing.parcel_ids_of(order_id)]
                data = ws.printing.document(kind, ids, fmt="escpos")
                try:
                    ws.printing.printer_transport(choice.uri).send(data, name=kind)
                except PrinterError as exc:
                    raise PrintFailed(str(exc)) from None

            self._say(self.tr("Sending %1 to %2…").replace("%1", title).replace("%2", target))
            self._go(kind, send, self.tr("%1 sent to %2").replace("%1", title).replace("%2", target))
            return
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save %1").replace("%1", title),
            f"{kind.replace('_', '-')}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return

        def save() -> None:
            ids = [pid for order_id in order_ids for pid in ws.printing.parcel_ids_of(order_id)]
            Path(path).write_bytes(ws.printing.document(kind, ids, fmt="pdf"))

        self._go(kind, save, self.tr("%1 saved to %2").replace("%1", title).replace("%2", path))

    def _go(self, kind: str, fn: object, success_text: str) -> None:
        def done(_result: object) -> None:
            self._say(success_text)
            self.finished.emit(kind)

        def failed(exc: BaseException) -> None:
            try:
                show_failure(self._window, exc)
            finally:
                self.finished.emit(kind)

        run_in_background(self._window, fn, done, failed)  # type: ignore[arg-type]
