"""Run blocking work off the GUI thread and hand the outcome back on it.

In the spirit of Anki's ``aqt.operations``: one small helper so that every action
which may touch the network or a printer has the same shape — work in a pool thread,
success or failure delivered by a queued signal to the GUI thread, and what the
operation changed (``ui.changes.Changes``) announced to the main window, which re-reads
only the views that show it. The GUI thread never waits on the network.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from app.errors import ShipbenchError, database_lost
from ui.changes import Changes
from ui.messages import error_text

log = logging.getLogger(__name__)

Report = Callable[[object], None]

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """One pool for the GUI's operations, so shutdown and tests can wait for it."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Block until every operation finished (at shutdown, and in tests)."""
    return pool().waitForDone(timeout_ms)


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """An expected failure becomes a message; anything else is a bug for the crash handler."""
    if isinstance(exc, ShipbenchError):
        log.info("action failed: %s", exc)
        QMessageBox.warning(parent, QCoreApplication.translate("operations", "Shipbench"), error_text(exc))
    elif database_lost(exc):  # the status bar says "reconnecting"; this action did nothing
        from ui import db_connection

        log.warning("action failed, database connection lost: %s", exc)
        db_connection.caught(exc)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("operations", "Shipbench"),
            QCoreApplication.translate(
                "operations",
                "The connection to the database was lost, so this was not saved. "
                "Shipbench reconnects by itself: try again once the status bar says it reconnected.",
            ),
        )
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


@runtime_checkable
class ChangeSink(Protocol):
    """The window that re-reads what an operation changed (``ui.main_window.MainWindow``)."""

    def changed(self, changes: Changes) -> None: ...


def sink_of(widget: QObject | None) -> ChangeSink | None:
    """The main window a widget, or a dialog opened on it, belongs to."""
    obj = widget
    while obj is not None:
        if isinstance(obj, QMainWindow) and isinstance(obj, ChangeSink):
            return obj
        obj = obj.parent()
    return None


def announce(widget: QObject | None, changes: Changes) -> None:
    """Tell the widget's main window what changed (nothing happens outside a main window)."""
    sink = sink_of(widget) if changes else None
    if sink is not None:
        sink.changed(changes)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call back to this thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self.succeeded.connect(self._success)
        self.failed.connect(self._failure)
        self.progressed.connect(self._progress)

    @Slot(object)
    def _success(self, result: object) -> None:
        _live.discard(self)
        self._on_success(result)

    @Slot(object)
    def _failure(self, exc: object) -> None:
        _live.discard(self)
        assert isinstance(exc, BaseException)
        self._on_failure(exc)

    @Slot(object)
    def _progress(self, value: object) -> None:
        if self._on_progress is not None:
            self._on_progress(value)


# Relays stay referenced until their outcome is delivered.
_live: set[_Relay] = set()


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, with_report: bool) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._with_report = with_report

    def run(self) -> None:
        relay = self._relay
        try:
            result = self._fn(relay.progressed.emit) if self._with_report else self._fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            if not isinstance(exc, ShipbenchError):
                log.error("background operation failed", exc_info=exc)
            outcome: tuple[Any, object] = (relay.failed, exc)
        else:
            outcome = (relay.succeeded, result)
        try:
            outcome[0].emit(outcome[1])
        except RuntimeError:  # the GUI went away while we worked (shutdown)
            log.info("operation finished after its window closed; result dropped")


def _delivering(
    parent: QWidget | None, changes: Changes | None, callback: Callable[[Any], None]
) -> Callable[[Any], None]:
    """``callback``, after the main window heard ``changes``; dropped when ``parent`` is gone.

    A dialog closed while its work ran (deleted on close) cannot show the outcome: the
    outcome is dropped, and what the work changed still reaches the main window, found
    when the work started.
    """
    sink = sink_of(parent) if changes else None

    def call(value: Any) -> None:
        if changes and sink is not None and shiboken6.isValid(sink):
            sink.changed(changes)
        if parent is not None and not shiboken6.isValid(parent):
            log.info("operation finished after its window closed; result dropped")
            return
        callback(value)

    return call


def run_in_background(
    parent: QWidget | None,
    fn: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    on_progress: Callable[[Any], None] | None = None,
    changes: Changes | None = None,
) -> None:
    """Run ``fn`` in the pool; ``on_success(result)`` or ``on_failure(exc)`` run on the GUI thread.

    ``changes`` (what ``fn`` may have changed) reach the parent's main window first,
    after a failure too (a batch may stop half done), so the callbacks see fresh views.

    With ``on_progress``, ``fn`` is called with a ``report(value)`` function that may be
    called from the worker; each value reaches ``on_progress`` on the GUI thread.
    Without ``on_failure``, a ``ShipbenchError`` is shown as a warning and anything
    else goes to the crash handler.
    """
    failure = on_failure or (lambda exc: show_failure(parent, exc))
    if on_progress is not None:
        on_progress = _delivering(parent, None, on_progress)
    relay = _Relay(_delivering(parent, changes, on_success), _delivering(parent, changes, failure), on_progress)
    _live.add(relay)
    pool().start(_Task(fn, relay, on_progress is not None))
