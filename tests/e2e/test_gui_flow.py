"""The whole flow through the GUI: simulator on loopback, a TCP printer, a wedge scanner."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QLineEdit  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app.bootstrap import build  # noqa: E402
from app.cli.demo import seed  # noqa: E402
from app.settings import Settings  # noqa: E402
from db.models import PrintJobItem  # noqa: E402
from printers.profiles import PrinterProfile  # noqa: E402
from tests.fakes.printers import FakeTcpPrinter  # noqa: E402
from tests.ui.conftest import FakeClock, fail_on_qt_warnings  # noqa: E402, F401
from tests.ui.test_main_window import click, count  # noqa: E402
from tests.zpl_decode import decode_zpl  # noqa: E402
from ui.changes import Changes  # noqa: E402
from ui.wedge_filter import WedgeFilter  # noqa: E402

SCANNER_GAP = 0.004


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A message box would block the flow forever: record it and fail instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    yield shown
    assert shown == [], f"the GUI showed: {shown}"


@pytest.fixture
def printer() -> Any:
    fake = FakeTcpPrinter()
    yield fake
    fake.close()


def test_an_order_goes_from_marketplace_to_shipped_through_the_gui(
    qtbot: Any, simulator: Any, printer: FakeTcpPrinter, tmp_path: Path
) -> None:
    from ui.launcher import create_main_window

    ws = build(
        Settings(
            db_url=f"sqlite:///{tmp_path / 'gui.db'}",
            data_dir=tmp_path,
            station="bench-1",
            user="alice",
            printer_uri=printer.uri,
        )
    )
    seed(ws, simulator.url)
    ws.sync.start_background(interval=0.05, pull_every=0.5)  # pulls now and then, runs the outbox
    window = create_main_window(ws, wedge=False)
    qtbot.addWidget(window)
    clock = FakeClock()
    window.install_wedge(WedgeFilter(clock=clock, parent=window))
    window.show()
    qtbot.waitExposed(window)
    try:
        qtbot.waitUntil(lambda: (window.changed(Changes.everything()), count(window, "review"))[1] > 50, timeout=10_000)

        window.select_all("review")
        with qtbot.waitSignal(window.actions_.finished, timeout=10_000):
            click(qtbot, window, window.approve_action)
        approved = count(window, "waybill")
        assert approved > 50

        window.select_all("waybill")
        with qtbot.waitSignal(window.actions_.finished, timeout=10_000):
            click(qtbot, window, window.waybill_action)
        # The background worker books them with the carrier; the GUI thread never waits.
        # (the marketplace may cancel one order once its label exists; a pull then intercepts it)
        qtbot.waitUntil(
            lambda: (
                (window.changed(Changes.everything()), count(window, "waybill"))[1] == 0
                and count(window, "print") + count(window, "exceptions") == approved
            ),
            timeout=20_000,
        )

        ws.printing.save_printer(PrinterProfile(name="Bench Zebra", uri=printer.uri))  # the shop's printer
        window.select_all("print")
        click(qtbot, window, window.print_action)
        dialog = window.actions_.print_setup_dialog  # Print asks which printer: the shop's is chosen
        assert dialog.ok_button.isEnabled()
        with qtbot.waitSignal(window.actions_.finished, timeout=30_000):
            dialog.accept()
        with ws.db.reader() as uow:  # a cancellation pulled meanwhile may have taken one out
            sent = uow.session.scalar(select(func.count()).where(PrintJobItem.printed_at.is_not(None)))
        assert sent >= approved - 1
        # the printer is asked what it is (SGD) before the batch: only formats are labels
        labels = [job for job in printer.wait_for(sent + 1) if b"^XA" in job]
        assert len(labels) == sent
        parcels = {p["number"]: p for p in ws.queues.parcels_summary()}
        tracking = set()
        for label in labels[:10]:
            decoded = [c for c in decode_zpl(label) if c.startswith("LP")]
            assert len(decoded) == 1
            tracking.add(decoded[0])
        assert tracking <= {p["tracking_number"] for p in parcels.values()}

        # The marketplace cancels one order once its label exists: the next pull intercepts it.
        qtbot.waitUntil(
            lambda: (window.changed(Changes.everything()), count(window, "exceptions"))[1] == 1, timeout=10_000
        )

        # The packer scans every printed label with a wedge scanner, focus in some text field.
        field = QLineEdit(window)
        window.statusBar().addWidget(field)
        field.setFocus()

        def scan(code: str) -> str:
            for char in code:
                clock.advance(SCANNER_GAP)
                QTest.keyClick(field, char)
            clock.advance(SCANNER_GAP)
            QTest.keyClick(field, Qt.Key.Key_Return)
            return window.scan_station.colour

        summary = ws.queues.parcels_summary()
        printed = [p["tracking_number"] for p in summary if p["state"] == "printed"]
        assert [scan(code) for code in printed] == ["green"] * len(printed)
        (intercepted,) = [p["tracking_number"] for p in summary if p["state"] == "intercepted"]
        assert scan(intercepted) == "red"
        assert field.text() == ""

        def confirmations() -> dict[str, Any]:
            with urllib.request.urlopen(simulator.url + "/mp/_ledger", timeout=5) as resp:
                return json.loads(resp.read())["confirmations"]

        qtbot.waitUntil(lambda: len(confirmations()) == len(printed), timeout=20_000)
        assert all(c["requests"] == 1 for c in confirmations().values())
        window.changed(Changes.everything())
        assert count(window, "shipped") == len(printed)
    finally:
        window.shutdown()
        ws.close()
