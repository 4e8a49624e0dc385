"""Verify mode: start a parcel, scan its items, a supervisor's override, weighing, print after verify.

A mixin of ``ScanStation``: its texts are translated in the ``ScanStation`` context.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.errors import ShipbenchError
from app.scanning import Verdict
from app.verify import VerifySession
from app.workstation import Workstation
from ui.operations import run_in_background
from ui.station_modes import VERIFY
from ui.station_verdict import INK
from ui.station_verify import VerifyPanel, scale_settings

if TYPE_CHECKING:
    from ui.pin_dialog import PinDialog

log = logging.getLogger(__name__)

CONTEXT = "ScanStation"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class VerifyMode:
    """Scan-to-verify: every item scan checks the parcel on the table against its order."""

    _ws: Workstation
    mode: str
    verify_session: VerifySession | None
    verify_panel: VerifyPanel
    weighed: Any  # Signal(object)
    label_printed: Any  # Signal(object)

    if TYPE_CHECKING:

        def show_verdict(self, verdict: Verdict, *, remaining: int | None = None) -> None: ...
        def ask_supervisor(self, title: str, explanation: str, action: Callable[[str, str], Verdict]) -> PinDialog: ...

    def _scan_verify(self, code: str) -> Verdict:
        session = self.verify_session
        # One item too many after the parcel was complete is "too many", not the next parcel.
        if session is None or (session.completed and not session.holds(code)):
            session, verdict = self._ws.bench.verify_start(code)
            self.verify_session = session
            self.show_verdict(verdict)
            self.verify_panel.show_session(session)
            return verdict
        verdict = self._ws.bench.verify_item(session, code)
        self.show_verdict(verdict, remaining=session.remaining())
        self.verify_panel.show_session(session)
        if verdict.kind == "verified":
            self._verified(session, verdict)
        return verdict

    def _verified(self, session: VerifySession, verdict: Verdict) -> Verdict:
        self.verify_panel.show_session(session)
        if self.verify_panel.print_after.isChecked():
            self.print_label(session.parcel_id)
        return verdict

    def verify_override(self) -> None:
        session = self.verify_session
        if session is None or session.completed:
            return
        self.ask_supervisor(
            _t("Accept as packed"),
            _t("Parcel %1 still misses %2 items. A supervisor accepts it with PIN and reason.")
            .replace("%1", session.parcel_number)
            .replace("%2", str(session.remaining())),
            lambda pin, reason: self._verified(session, self._ws.bench.verify_override(session, pin, reason)),
        )

    def print_label(self, parcel_id: int) -> None:
        """Print-after-verify: the label comes off the printer while the packer tapes the box."""
        ws = self._ws
        status = self.verify_panel.print_status
        status.setText(_t("Printing the label…"))
        status.setStyleSheet("color: #555;")

        def work() -> object:
            return ws.printing.run_print_job(ws.printing.create_print_job([parcel_id]))

        def done(progress: object) -> None:
            status.setText(_t("Label printed"))
            status.setStyleSheet(f"color: {INK['green']}; font-weight: bold;")
            self.label_printed.emit(progress)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ShipbenchError):
                log.error("print after verify failed", exc_info=exc)
            status.setText(_t("Label not printed: %1").replace("%1", str(exc)))
            status.setStyleSheet(f"color: {INK['red']}; font-weight: bold;")
            self.label_printed.emit(exc)

        run_in_background(self, work, done, failed)

    def weigh(self) -> None:
        """Read the bench scale into the parcel on the table; a weight far off its contents warns."""
        status = self.verify_panel.weight_status
        session = self.verify_session
        if self.mode != VERIFY or session is None:
            status.setText(_t("Scan a parcel first, then weigh it"))
            return
        scale = scale_settings()
        if scale is None:
            status.setText(_t("Set up the scale under Test scanner / scale first"))
            status.setStyleSheet(f"color: {INK['amber']}; font-weight: bold;")
            return
        ws, code = self._ws, session.tracking_number or session.parcel_number
        status.setText(_t("Weighing…"))
        status.setStyleSheet("color: #555;")

        def work() -> object:
            from scanners.scale import ScaleError, SerialScale

            port, protocol, baud = scale
            device = SerialScale(port, protocol=protocol, baudrate=baud)
            try:
                reading = device.read_stable(5.0)
            except ScaleError as exc:
                return str(exc)
            finally:
                device.close()
            return ws.bench.record_weight(code, int(reading.grams))

        def done(result: object) -> None:
            if isinstance(result, str):
                status.setText(result)
                status.setStyleSheet(f"color: {INK['red']}; font-weight: bold;")
                return
            warning = getattr(result, "warning", None)
            grams = getattr(result, "actual_grams", 0)
            status.setText(warning or _t("%1 g recorded").replace("%1", str(grams)))
            colour = INK["amber"] if warning else INK["green"]
            status.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.weighed.emit(result)

        run_in_background(self, work, done)
