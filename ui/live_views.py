"""Live views: what another station changed shows here within a second, and this station beats.

``ws.stations.watch`` reads the change feed on its own thread (woken by PostgreSQL's
NOTIFY or SQLite's data_version); a queued signal brings each ``FeedChanges`` to the GUI
thread, where it becomes a ``Changes``: the queue tabs that show one of the changed orders
or where such an order is now, the jobs, the print batches. The window re-reads just
those (``MainWindow.changed``), and the detail pane if it shows a changed order.

The heartbeat (every 10 s, ``ws.stations.start_heartbeat``) tells the other stations this
one runs, with its printer and scanner settings (Settings → Stations).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from app.services.stations import FeedChanges
from ui.changes import ALL_QUEUES, Changes
from ui.first_paint import after_first_paint

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def station_info(window: MainWindow) -> dict[str, Any]:
    """What this GUI says of itself in its heartbeat: its printer and scanner settings."""
    from ui.print_setup import ui_settings
    from ui.scan_inputs import serial_scanner_settings

    stored = QSettings("Shipbench", "Shipbench")
    serial = serial_scanner_settings()
    scanner: dict[str, Any] = {
        "wedge_suffix": str(stored.value("wedge/suffix", "") or ""),
        "wedge_prefix": str(stored.value("wedge/prefix", "") or ""),
    }
    if serial is not None:
        scanner["serial"] = f"{serial[0]} @ {serial[1]}"
    return {
        "printer": str(ui_settings(window.ws).value("print/printer", "") or ""),
        "printers": [p.name for p in window.ws.printing.printers()],
        "scanner": scanner,
    }


class LiveViews(QObject):
    """Turns the feed into the window's re-reads; ``arrived`` crosses from the feed's thread."""

    arrived = Signal(object)  # FeedChanges
    applied = Signal(object)  # Changes, once the window re-read them (tests, the bench)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending: FeedChanges | None = None  # what arrived and is not applied yet (merged)
        self._stopped = False
        self.arrived.connect(self._arrived)  # queued: emitted on the feed's thread
        self.watch = window.ws.stations.watch(self.arrived.emit)
        # Once the window has painted: the first beat asks the keyring which accounts this
        # station holds, a third of a second of the start-up's CPU otherwise.
        after_first_paint(window, self._start_heartbeat)

    def _start_heartbeat(self) -> None:
        if self._stopped:
            return
        try:
            self.window.ws.stations.start_heartbeat("gui", station_info(self.window))
        except Exception:  # noqa: BLE001 - no heartbeat is a station shown stopped, not a failure
            log.warning("heartbeat not started", exc_info=True)

    def _arrived(self, feed: FeedChanges) -> None:
        """Merge what arrives while the GUI is busy, and apply it once when it is free."""
        if self._stopped:
            return
        if self._pending is None:
            self._pending = feed
            QTimer.singleShot(0, self._flush)
        else:
            p = self._pending
            self._pending = FeedChanges(
                p.orders | feed.orders,
                p.jobs or feed.jobs,
                p.print_jobs or feed.print_jobs,
                p.everything or feed.everything,
            )

    def _flush(self) -> None:
        feed, self._pending = self._pending, None
        if feed is not None and not self._stopped:
            self.apply(feed)

    def changes_for(self, feed: FeedChanges) -> Changes:
        """The views to re-read: tabs that show a changed order or where it is now."""
        if feed.everything:
            return Changes.everything()
        queues: set[str] = set()
        if feed.orders:
            queues |= {q for q, model in self.window.models.items() if model.shows_any(feed.orders)}
            queues |= set(self.window.ws.queues.queues_of(sorted(feed.orders)).values()) & ALL_QUEUES
        return Changes(frozenset(queues), jobs=feed.jobs, print_jobs=feed.print_jobs)

    def apply(self, feed: FeedChanges) -> None:
        try:
            changes = self.changes_for(feed)
        except Exception:  # noqa: BLE001 - the database is away: the 2-second poll says so
            log.warning("live views: reading what changed failed", exc_info=True)
            return
        window = self.window
        if changes:
            window.changed(changes)
        self._refresh_detail(feed)
        self.applied.emit(changes)

    def _refresh_detail(self, feed: FeedChanges) -> None:
        window = self.window
        queue = window.current_queue()
        if queue is None:
            return
        view = window.views[queue]
        current = view.currentIndex()
        order_id = window.models[queue].order_id(current.row()) if current.isValid() else None
        if order_id is not None and (feed.everything or order_id in feed.orders):
            window.show_current_detail()

    def stop(self) -> None:
        """No more re-reads from the feed (the window closes; tests of a station's own re-reads)."""
        self._stopped = True
        self.watch.stop()


def install(window: MainWindow) -> LiveViews:
    return LiveViews(window)
