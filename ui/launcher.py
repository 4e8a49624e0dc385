"""Start the GUI: application, crash handler, workstation, main window, wedge filter."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QTimer, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import ShipbenchError
from app.settings import Settings, data_dir, default_db_url
from app.workstation import Workstation
from ui.fonts import apply_font_fallback
from ui.i18n import install_translator
from ui.main_window import MainWindow
from ui.operations import wait_idle
from scanners.wedge import WedgeDecoder
from ui.wedge_filter import WedgeFilter, load_wedge_settings

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("launcher", text)


def log_path() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def install_excepthook() -> None:
    """A bug is logged with its traceback and shown, never silently swallowed by Qt."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected failure\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        where = log_path()
        text = _t("Shipbench hit an unexpected problem: %1").replace("%1", f"{kind.__name__}: {exc}")
        if where is not None:
            text += "\n\n" + _t("Details are in the log: %1").replace("%1", str(where))
        if QApplication.instance() is not None:
            box = QMessageBox(QMessageBox.Icon.Critical, _t("Shipbench — internal error"), text)
            box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
            box.exec()
        else:
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook


def create_application(argv: list[str] | None = None, *, language: str | None = None) -> QApplication:
    """The application with its fonts and translators: call before building any widget."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("Shipbench")
    app.setOrganizationName("Shipbench")
    apply_font_fallback(app)
    install_translator(app, language)
    return app


def create_main_window(ws: Workstation, *, wedge: bool = True) -> MainWindow:
    """The window over a built workstation, with the wedge filter on the application."""
    window = MainWindow(ws)
    if wedge:
        window.install_wedge(WedgeFilter(WedgeDecoder(load_wedge_settings()), parent=window))
        window.scan_station.start_device_inputs()  # and a serial scanner, if this PC has one set up
    return window


def build_workstation(args: argparse.Namespace, keep: list[Any]) -> Workstation:
    """Settings from the command line; the demo adds a throwaway folder and the simulator."""
    from app.bootstrap import build

    if not args.demo:
        ws = build(Settings(db_url=args.db) if args.db else Settings())
        if ws.has_shops():
            ws.start_background()
            return ws
        # Nothing to sync with yet: show the built-in demo rather than an empty window.
        log.info("no shop configured in %s: starting the built-in demo", ws.db.url)
        ws.close()
        args.demo = True
        args.db = None
    from app.demo import seed
    from app.simulator import Simulator

    folder = tempfile.TemporaryDirectory(prefix="shipbench-demo-")
    sim = Simulator().start()
    keep += [folder, sim]
    tmp = Path(folder.name)
    ws = build(Settings(db_url=args.db or default_db_url(tmp), data_dir=tmp))
    seed(ws, sim.url)
    # The first pull happens at once, in the worker: the window opens without waiting.
    ws.start_background(interval=1.0, pull_every=15)
    return ws


def run_gui(args: argparse.Namespace) -> int:
    app = create_application(language=getattr(args, "ui_lang", None))
    install_excepthook()
    keep: list[Any] = []  # the demo's folder and simulator live as long as the window
    try:
        ws = build_workstation(args, keep)
    except ShipbenchError as exc:
        log.error("cannot start: %s", exc)
        QMessageBox.critical(None, _t("Shipbench cannot start"), str(exc))
        _release(keep)
        return 1
    window = create_main_window(ws)
    if args.demo:
        window.setWindowTitle(window.windowTitle() + " — " + _t("demo (throwaway data)"))
    window.show()
    log.info("GUI started (data folder %s)", data_dir())
    if os.environ.get("SHIPBENCH_STARTUP_PROBE"):
        # bench/startup.py: report once the window is up and painted, then leave.
        QTimer.singleShot(0, lambda: (_report_started(), app.quit()))
    try:
        return app.exec()
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
        wait_idle()
        ws.close()
        _release(keep)


def _report_started() -> None:
    import resource

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ready rss_mb={rss_mb:.0f}", flush=True)


def _release(keep: list[Any]) -> None:
    for thing in reversed(keep):
        if hasattr(thing, "stop"):
            thing.stop()
        elif hasattr(thing, "cleanup"):
            thing.cleanup()
