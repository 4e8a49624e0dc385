"""Handover mode: open a batch for a carrier, scan parcels into the van, close it, save the manifest.

A mixin of ``ScanStation``: its texts are translated in the ``ScanStation`` context.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from app.errors import ShipbenchError
from app.handover import HandoverSummary
from app.scanning import Verdict
from app.workstation import Workstation
from ui.i18n import plural
from ui.station_handover import HandoverPanel

log = logging.getLogger(__name__)

CONTEXT = "ScanStation"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class HandoverMode:
    """One open batch at a time; the panel shows printed vs scanned and what is missing."""

    _ws: Workstation
    batch_id: int | None
    batch_carrier: str
    confirm_box: QMessageBox | None
    handover_panel: HandoverPanel

    if TYPE_CHECKING:

        def show_idle(self) -> None: ...
        def show_verdict(self, verdict: Verdict, *, remaining: int | None = None) -> None: ...
        def _notice(self, kind: str, colour: str, title: str, message: str, code: str = "") -> Verdict: ...

    def _load_carriers(self) -> None:
        try:
            self.handover_panel.set_carriers(self._ws.bench.handover_carriers())
        except ShipbenchError as exc:
            log.warning("carriers not loaded: %s", exc)

    def open_batch(self, carrier_account_id: int | None = None) -> int | None:
        account = carrier_account_id if carrier_account_id is not None else self.handover_panel.carrier_id()
        if account is None:
            self._notice("no_carrier", "red", _t("No carrier"), _t("Set up a carrier before a handover."))
            return None
        try:
            self.batch_id = self._ws.bench.handover_open(account)
        except ShipbenchError as exc:
            self._notice("error", "red", _t("Batch not opened"), str(exc))
            return None
        self._refresh_handover()
        return self.batch_id

    def _refresh_handover(self) -> HandoverSummary | None:
        if self.batch_id is None:
            self.handover_panel.show_summary(None)
            return None
        try:
            summary = self._ws.bench.handover_summary(self.batch_id)
        except ShipbenchError as exc:
            log.warning("handover summary failed: %s", exc)
            return None
        self.batch_carrier = summary.carrier
        self.handover_panel.show_summary(summary)
        return summary

    def _scan_handover(self, code: str) -> Verdict | None:
        if self.batch_id is None and self.open_batch() is None:
            return None
        assert self.batch_id is not None
        verdict = self._ws.bench.handover_scan(self.batch_id, code)
        self.show_verdict(verdict)
        self._refresh_handover()
        return verdict

    def close_batch(self) -> None:
        """The driver signed: close the batch, asking first when parcels are missing."""
        summary = self._refresh_handover()
        if summary is None or summary.status != "open":
            self.show_idle()
            return
        if not summary.missing:
            self._close_batch(allow_missing=False)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _t("Close the handover?"),
            plural(
                "ScanStation",
                "%n printed parcel was not scanned into the van. Close the batch without it?",
                "%n printed parcels were not scanned into the van. Close the batch without them?",
                len(summary.missing),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._close_batch(allow_missing=True))
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _close_batch(self, *, allow_missing: bool) -> None:
        if self.batch_id is None:
            return
        try:
            closed = self._ws.bench.handover_close(self.batch_id, allow_missing=allow_missing)
        except ShipbenchError as exc:
            self._notice("error", "red", _t("Batch not closed"), str(exc))
            return
        self.handover_panel.show_summary(closed)
        self.last_batch_id, self.batch_id = self.batch_id, None
        self._notice(
            "handover_closed",
            "green",
            _t("Handed over"),
            plural("ScanStation", "%n parcel handed to %1", "%n parcels handed to %1", closed.scanned).replace(
                "%1", closed.carrier
            ),
        )

    def save_manifest(self, path: str | None = None) -> str | None:
        """The driver's copy: every parcel of the batch with its tracking barcode, as a PDF."""
        batch = self.batch_id or getattr(self, "last_batch_id", None)
        if batch is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(
                self, _t("Save the manifest"), f"manifest-{batch}.pdf", _t("PDF (*.pdf)")
            )
            if not path:
                return None
        try:
            with open(path, "wb") as out:
                out.write(self._ws.printing.document("manifest", [batch]))
        except (OSError, ShipbenchError) as exc:
            self._notice("error", "red", _t("Manifest not saved"), str(exc))
            return None
        return path
