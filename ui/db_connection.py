"""The database connection in the status bar: lost → reconnecting → reconnected (issue #16).

When a read on the GUI thread finds the server away (a PostgreSQL restart, a terminated
backend the pool could not replace, a cut network), the window stops its 2-second reads
and says "Database connection lost — reconnecting…" in red; a probe then asks the server
every second *off the GUI thread*, so an unreachable server never freezes the window.
Once it answers, the status bar says "Reconnected to the database" for a few seconds and
every view is read again (what other stations did meanwhile shows). A lost connection
anywhere else on the GUI thread (a tab's page, a dialog) ends here too, through the
crash handler, which never shows the internal-error dialog for it (``ui.launcher``).
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from app.errors import database_lost
from ui.changes import Changes
from ui.operations import run_in_background

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

PROBE_MS = 1000  # how often the server is asked while it is away
RECONNECTED_MS = 5000  # how long "Reconnected" stays in the status bar

OK, LOST, RECONNECTED = "ok", "lost", "reconnected"

_links: weakref.WeakSet[DatabaseLink] = weakref.WeakSet()


class DatabaseLink(QObject):
    """The window's view of its database connection; ``state`` is ok, lost or reconnected."""

    state_changed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = OK
        self.label = QLabel(window)
        self.label.setObjectName("database-connection")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.hide()
        window.statusBar().insertPermanentWidget(0, self.label)
        self._probing = False
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(PROBE_MS)
        self._probe_timer.timeout.connect(self._probe)
        self._calm = QTimer(self)
        self._calm.setSingleShot(True)
        self._calm.timeout.connect(self._back_to_normal)
        _links.add(self)

    @property
    def down(self) -> bool:
        return self.state == LOST

    def lost(self, exc: BaseException | None = None) -> None:
        """The server cannot be reached: say so and probe until it answers."""
        if self.state == LOST:
            return
        log.warning("database connection lost; reconnecting (%s)", exc if exc is not None else "probe")
        self.state = LOST
        self._calm.stop()
        self.label.setText(self.tr("Database connection lost — reconnecting…"))
        self.label.setStyleSheet("color: #ffffff; background: #c62828; font-weight: bold; padding: 0 6px;")
        self.label.show()
        self._probe_timer.start()
        self.state_changed.emit(self.state)

    def _probe(self) -> None:
        if self._probing or self.state != LOST:
            return
        self._probing = True
        run_in_background(self.window, self.window.ws.stations.database_reachable, self._probed, self._probe_failed)

    def _probed(self, reachable: object) -> None:
        self._probing = False
        if reachable is True and self.state == LOST:
            self._reconnected()

    def _probe_failed(self, exc: BaseException) -> None:
        self._probing = False
        log.warning("database probe failed: %s", exc)

    def _reconnected(self) -> None:
        log.info("database reconnected")
        self._probe_timer.stop()
        self.state = RECONNECTED
        self.label.setText(self.tr("Reconnected to the database"))
        self.label.setStyleSheet("color: #1b8a3a; font-weight: bold; padding: 0 6px;")
        self._calm.start(RECONNECTED_MS)
        self.window.changed(Changes.everything())  # what changed meanwhile, here and elsewhere
        self.state_changed.emit(self.state)

    def _back_to_normal(self) -> None:
        if self.state == RECONNECTED:
            self.state = OK
            self.label.hide()
            self.state_changed.emit(self.state)

    def stop(self) -> None:
        self._probe_timer.stop()
        self._calm.stop()
        _links.discard(self)


def caught(exc: BaseException) -> bool:
    """For the crash handler: True when ``exc`` is a lost database connection, now shown as
    "reconnecting" on every window instead of an internal-error dialog."""
    if not database_lost(exc):
        return False
    for link in list(_links):
        link.lost(exc)
    return True
