"""Who is packing: the sign-in bar above the scan station.

A packer signs in by scanning their badge (``SB-USER:<badge>``) or by choosing their name
and typing their PIN; ``SB-CMD:SIGNOUT`` (or the button) signs them out, and so does the
idle time (``settings.sign_out_after``, 15 minutes), which the bar notices on its timer.
Until someone is signed in the station refuses scans (amber, "Sign in first"). A shop
with one user, or the demo, is signed in automatically and never times out.

The station calls :meth:`SignInBar.intercept` first with every scanned code; the rest of
the station does not know about signing in. The services hold who is signed in
(``ws.bench.signed_in``) and record them on every scan and audit event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.errors import ShipbenchError
from app.scanning import Verdict
from app.users import BADGE_PREFIX
from app.workstation import Workstation
from scanners.commands import parse_command

log = logging.getLogger(__name__)

REFRESH_MS = 15_000  # how often the bar looks whether the idle time signed the packer out

Notice = Callable[[str, str, str, str, str], Verdict]  # the station's _notice(kind, colour, title, message, code)


class SignInBar(QWidget):
    """The signed-in packer and a sign-out button, or a name list and a PIN field to sign in."""

    def __init__(self, ws: Workstation, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signIn")
        self._ws = ws
        self._notice = notice
        ws.bench.require_sign_in = True
        if ws.bench.signed_in is None:
            ws.bench.sign_in_automatically()

        self.who = QLabel(self)
        self.who.setObjectName("signedIn")
        self.names = QComboBox(self)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setMaximumWidth(100)
        self.pin.returnPressed.connect(self.sign_in_with_pin)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.clicked.connect(self.sign_in_with_pin)
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.who, self.names, self.pin, self.sign_in_button, self.error):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.sign_out_button)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Show who is signed in (the idle time may just have signed them out)."""
        actor = self._ws.bench.signed_in
        signed = actor is not None
        if actor is not None:
            self.who.setText(
                self.tr("Packing: %1 (%2)").replace("%1", actor.user_name).replace("%2", self._role(actor.role))
            )
        else:
            self.who.setText(self.tr("Nobody signed in: scan your badge, or choose your name and type your PIN"))
            self._fill_names()
        for widget in (self.names, self.pin, self.sign_in_button):
            widget.setVisible(not signed)
        self.sign_out_button.setVisible(signed)

    def _role(self, role: str) -> str:
        return {"packer": self.tr("packer"), "supervisor": self.tr("supervisor"), "admin": self.tr("admin")}.get(
            role, role
        )

    def _fill_names(self) -> None:
        try:
            names = [name for name, _role in self._ws.bench.users()]
        except ShipbenchError as exc:
            log.warning("users not loaded: %s", exc)
            return
        current = self.names.currentText()
        self.names.clear()
        self.names.addItems(names)
        if current in names:
            self.names.setCurrentText(current)

    # --- what the station asks first -----------------------------------------------------

    def intercept(self, code: str) -> bool:
        """True when ``code`` was about signing in or out, or was refused because nobody is."""
        if code[: len(BADGE_PREFIX)].upper() == BADGE_PREFIX:
            self._sign_in(code, None)
            return True
        if parse_command(code) == "SIGNOUT":
            self.sign_out()
            return True
        if self._ws.bench.signed_in is None:
            self.refresh()
            self._notice(
                "sign_in", "amber", self.tr("Sign in first"), self.tr("Scan your badge before scanning parcels."), code
            )
            return True
        return False

    def sign_in_with_pin(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        self._sign_in(self.names.currentText(), pin)

    def _sign_in(self, badge_or_name: str, pin: str | None) -> None:
        try:
            actor = self._ws.bench.sign_in(badge_or_name, pin)
        except ShipbenchError as exc:
            self.error.setText(str(exc))
            self._notice("sign_in", "red", self.tr("Not signed in"), str(exc), "")
            return
        self.error.clear()
        self.refresh()
        self._notice(
            "signed_in", "green", self.tr("Signed in"), self.tr("Hello %1.").replace("%1", actor.user_name), ""
        )

    def sign_out(self) -> None:
        self._ws.bench.sign_out()
        self.refresh()
        self._notice("signed_out", "amber", self.tr("Signed out"), self.tr("Scan your badge to sign in."), "")
