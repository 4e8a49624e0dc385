"""The command sheet: FINISH, CANCEL, FORCE, NEXT, UNDO, OK (and the mode words), and the
supervisor actions two of them start (force-ship, undo last scan) behind a PIN.

A mixin of ``ScanStation``: its texts are translated in the ``ScanStation`` context.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from app.scanning import Verdict
from app.verify import VerifySession
from app.workstation import Workstation
from ui.pin_dialog import PinDialog
from ui.station_modes import HANDOVER, MODE_WORDS, VERIFY
from ui.station_verify import VerifyPanel

log = logging.getLogger(__name__)

CONTEXT = "ScanStation"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CommandSheet:
    """What a command barcode (or its key) does in the current mode."""

    _ws: Workstation
    mode: str
    verify_session: VerifySession | None
    verify_panel: VerifyPanel
    last_intercepted: str | None
    pin_dialog: PinDialog | None
    scanned: Any  # Signal(object)

    if TYPE_CHECKING:

        def set_mode(self, mode: str) -> None: ...
        def show_idle(self) -> None: ...
        def show_verdict(self, verdict: Verdict, *, remaining: int | None = None) -> None: ...
        def _notice(self, kind: str, colour: str, title: str, message: str, code: str = "") -> Verdict: ...
        def verify_override(self) -> None: ...
        def close_batch(self) -> None: ...
        def acknowledge(self) -> bool: ...

    def command(self, word: str) -> Verdict | None:
        """A command-sheet barcode (or its key): FINISH, CANCEL, FORCE, NEXT, UNDO."""
        word = word.upper()
        log.info("command %s in %s mode", word, self.mode)
        if word in MODE_WORDS:
            self.set_mode(MODE_WORDS[word])
        elif word == "NEXT":
            if self.verify_session is not None and self.verify_session.completed:
                self.verify_session = None
                self.verify_panel.show_session(None)
            self.show_idle()
        elif word == "FINISH":
            self.finish()
        elif word == "CANCEL":
            self.cancel()
        elif word == "FORCE":
            self.force_ship()
        elif word == "UNDO":
            self.undo_last_scan()
        elif word == "OK":
            self.acknowledge()  # nothing red waiting: nothing to do
        else:
            return self._notice("command", "amber", _t("Unknown command"), word)
        return None

    def finish(self) -> None:
        if self.mode == VERIFY:
            session = self.verify_session
            if session is None or session.completed:
                self.verify_session = None
                self.verify_panel.show_session(None)
                self.show_idle()
            else:
                self.verify_override()
        elif self.mode == HANDOVER:
            self.close_batch()
        else:
            self.show_idle()

    def cancel(self) -> None:
        if self.mode == VERIFY and self.verify_session is not None and not self.verify_session.completed:
            number = self.verify_session.parcel_number
            self.verify_session = None
            self.verify_panel.show_session(None)
            self._notice(
                "verify_cancelled",
                "amber",
                _t("Verify cancelled"),
                _t("Parcel %1 was not verified. Scan the next parcel.").replace("%1", number),
            )
            return
        self.show_idle()

    # --- supervisor actions -------------------------------------------------------------

    def ask_supervisor(self, title: str, explanation: str, action: Callable[[str, str], Verdict]) -> PinDialog:
        """Open the PIN dialog without blocking; its verdict shows when the supervisor confirms."""
        dialog = PinDialog(title, explanation, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._supervised(dialog.result_value))
        dialog.finished.connect(lambda _result: setattr(self, "pin_dialog", None))
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def _supervised(self, verdict: object) -> None:
        if isinstance(verdict, Verdict):
            self.show_verdict(verdict)
            self.scanned.emit(verdict)

    def force_ship(self) -> None:
        code = self.last_intercepted
        if code is None:
            self._notice("nothing_to_force", "amber", _t("Nothing to force"), _t("Scan the stopped parcel first."))
            return
        self.ask_supervisor(
            _t("Force-ship"),
            _t("Ship the intercepted parcel %1 anyway? A supervisor confirms with PIN and reason.").replace("%1", code),
            lambda pin, reason: self._forced(self._ws.bench.force_ship(code, pin, reason)),
        )

    def _forced(self, verdict: Verdict) -> Verdict:
        self.last_intercepted = None
        return verdict

    def undo_last_scan(self) -> None:
        self.ask_supervisor(
            _t("Undo last scan"),
            _t("Put the last shipped parcel back in the Scan queue? A supervisor confirms with PIN and reason."),
            self._ws.bench.undo_last_scan,
        )
