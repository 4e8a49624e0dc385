"""Start the GUI: application, crash handler, workstation, main window, wedge filter."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import credentials
from app.errors import ShipbenchError
from app.settings import Settings, data_dir, default_db_url
from app.workstation import Workstation
from scanners.wedge import WedgeDecoder
from ui import db_connection
from ui.first_paint import after_first_paint
from ui.fonts import apply_font_fallback
from ui.i18n import install_translator
from ui.main_window import MainWindow
from ui.operations import wait_idle
from ui.wedge_filter import WedgeFilter, load_wedge_settings

if TYPE_CHECKING:
    from ui.setup_assistant import SetupAssistant

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
        if db_connection.caught(exc):  # the server is away: the status bar says "reconnecting"
            log.warning("database connection lost: %s", exc)
            return
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
        # An empty database is the shop's own, never the demo: the setup assistant opens on it.
        # The background sync starts once the first window has painted (run_gui): its first
        # pull loads the connectors and asks the keyring, CPU the first paint needs.
        return build(Settings(db_url=args.db) if args.db else Settings())
    from app.cli.demo import seed
    from app.simulator import Simulator

    folder = tempfile.TemporaryDirectory(prefix="shipbench-demo-")
    sim = Simulator().start()
    keep += [folder, sim]
    tmp = Path(folder.name)
    ws = build(Settings(db_url=args.db or default_db_url(tmp), data_dir=tmp))
    seed(ws, sim.url)
    ws.bench.sign_in_automatically(demo=True)  # the demo's packer is whoever started it
    # The first pull happens at once, in the worker: the window opens without waiting.
    ws.sync.start_background(interval=1.0, pull_every=15)
    return ws


def open_setup_assistant(
    ws: Workstation, app: QApplication, on_done: Callable[[], None], open_now: list[SetupAssistant]
) -> SetupAssistant:
    """The assistant (kept in ``open_now``); choosing another language opens it again in that language."""
    from ui.i18n import choose_language, install_translator, save_language
    from ui.setup_assistant import SetupAssistant

    assistant = SetupAssistant(ws, choose_language())
    open_now.append(assistant)

    def language_changed(code: str) -> None:
        save_language(code)
        install_translator(app, code)
        close_assistant(assistant, open_now)
        open_setup_assistant(ws, app, on_done, open_now)

    def finished(_result: int) -> None:
        open_now.remove(assistant)
        on_done()

    assistant.language_changed.connect(language_changed)
    assistant.finished.connect(finished)
    assistant.show()
    return assistant


def close_assistant(assistant: SetupAssistant, open_now: list[SetupAssistant]) -> None:
    """Close it without "finishing" it: nothing else opens."""
    assistant.finished.disconnect()
    assistant.close()
    assistant.deleteLater()
    open_now.remove(assistant)


def ask_secrets_passphrase(parent: QWidget | None = None) -> bool:
    """Without an OS keyring, the encrypted secrets file is opened at start (the outbox needs
    the keys); Cancel goes on without it (Settings → Marketplace accounts unlocks it later)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    if credentials.where() != "locked" or not credentials.file_exists():
        return credentials.available()
    prompt = _t("No system keyring on this computer: the account keys are in an encrypted file.\nPassphrase:")
    while True:
        text, ok = QInputDialog.getText(parent, _t("Unlock the secrets file"), prompt, QLineEdit.EchoMode.Password)
        if not ok:
            log.warning("the secrets file stays locked: marketplaces and carriers cannot be reached")
            return False
        try:
            credentials.unlock(text)
            return True
        except credentials.WrongPassphrase:
            prompt = _t("This passphrase does not open the secrets file. Try again.\nPassphrase:")


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
    # Only a secrets file asks for its passphrase; without one, the OS keyring (slow to
    # look up, ~0.3 s) is not asked at start either, only when an account needs it.
    if not args.demo and credentials.file_exists():
        ask_secrets_passphrase()
    windows: list[MainWindow] = []
    assistants: list[SetupAssistant] = []  # the one open now, if any

    def open_main_window() -> None:
        window = create_main_window(ws)
        if args.demo:
            window.setWindowTitle(window.windowTitle() + " — " + _t("demo (throwaway data)"))
        window.show()
        windows.append(window)
        log.info("GUI started (data folder %s)", data_dir())
        if os.environ.get("SHIPBENCH_STARTUP_PROBE"):
            # bench/startup.py: report once the window is painted, then leave.
            after_first_paint(window, lambda: (_report_started(), app.quit()))

    first: QWidget
    if not args.demo and ws.shop.needs_setup():
        log.info("empty database %s: opening the setup assistant", ws.db.url)
        first = open_setup_assistant(ws, app, open_main_window, assistants)
    else:
        open_main_window()
        first = windows[0]
    if not args.demo:  # the demo's worker started with it, to pull at once
        after_first_paint(first, ws.sync.start_background)
    try:
        return app.exec()
    finally:
        for assistant in list(assistants):
            close_assistant(assistant, assistants)
        for window in windows:
            window.shutdown()
            window.close()
            window.deleteLater()
        app.processEvents()
        wait_idle()
        ws.close()
        _release(keep)


def _report_started() -> None:
    import resource
    import time

    usage = resource.getrusage(resource.RUSAGE_SELF)
    rss_mb, cpu_s = usage.ru_maxrss / 1024, time.process_time()  # CPU: every thread's, so far
    print(f"ready rss_mb={rss_mb:.0f} cpu_s={cpu_s:.3f}", flush=True)


def _release(keep: list[Any]) -> None:
    for thing in reversed(keep):
        if hasattr(thing, "stop"):
            thing.stop()
        elif hasattr(thing, "cleanup"):
            thing.cleanup()
