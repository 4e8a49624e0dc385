"""Printing batches from the window: the printer and order asked, the print jobs tab, resume, reprint, documents."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from app.workstation import Workstation
from printers.profiles import PrinterProfile
from tests.fakes.printers import FakeTcpPrinter
from ui.changes import Changes
from ui.operations import wait_idle
from ui.print_queue import RED, PrintJobsModel
from ui.print_setup import PrintChoice, remember, remembered

# Screenshots for the README are refreshed with SHIPBENCH_SCREENSHOTS=docs/screenshots;
# otherwise they go to a temporary folder and the checkout stays clean.
SHOTS = Path(os.environ.get("SHIPBENCH_SCREENSHOTS") or tempfile.mkdtemp(prefix="shipbench-shots-"))
BATCH = 6  # orders printed per test: enough for an order to matter, quick over loopback TCP


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def labelled(window: Any, ws: Workstation) -> None:
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    window.changed(Changes.everything())


def select_rows(window: Any, queue: str, rows: int) -> list[int]:
    window.select_all(queue)
    view = window.views[queue]
    view.clearSelection()
    for row in range(rows):
        view.selectRow(row) if row == 0 else view.selectionModel().select(
            window.models[queue].index(row, 0),
            view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
        )
    return window.selected_order_ids()


def click(qtbot: Any, window: Any, action: Any) -> None:
    button = window.findChild(QToolBar, "actions").widgetForAction(action)
    assert button is not None and button.isEnabled(), action.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def print_with(qtbot: Any, window: Any, printer: str, order_by: str, reverse: bool) -> None:
    click(qtbot, window, window.print_action)
    dialog = window.actions_.print_setup_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.printer_combo.select(printer)
    dialog.order_combo.setCurrentIndex(dialog.order_combo.findData(order_by))
    dialog.reverse_box.setChecked(reverse)
    with qtbot.waitSignal(window.actions_.finished, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_printing_by_bin_last_first_shows_the_job_done_in_print_jobs(
    qtbot: Any, window: Any, ws: Workstation, warnings: list[str]
) -> None:
    labelled(window, ws)
    with FakeTcpPrinter() as fake:
        ws.printing.save_printer(PrinterProfile(name="Zebra bench 1", uri=fake.uri))
        ws.printing.save_printer(
            PrinterProfile(name="Office PDF", uri="folder://" + str(ws.settings.data_dir / "pdf"), language="pdf")
        )
        ids = select_rows(window, "print", BATCH)
        parcels = ws.printing.printable_parcels(ids)
        print_with(qtbot, window, "Zebra bench 1", "bin", True)
        assert warnings == []
        assert len(fake.printed) == len(parcels)
    assert "Zebra bench 1" in window.statusBar().currentMessage()
    window.show_print_jobs()
    queue = window.print_queue
    job = queue.model.jobs[0]
    texts = queue.row_texts(job.id)
    assert texts[1:5] == ["Zebra bench 1", "done", f"{len(parcels)}/{len(parcels)}", "Bin location (last first)"]
    # The choice is remembered for the next batch.
    again = remembered(ws)
    assert (again.printer, again.order_by, again.reverse) == ("Zebra bench 1", "bin", True)


def test_a_batch_that_runs_out_of_labels_stops_says_why_and_resumes(
    qtbot: Any, window: Any, ws: Workstation, warnings: list[str]
) -> None:
    labelled(window, ws)
    with FakeTcpPrinter(paper_out_after=2) as fake:
        ws.printing.save_printer(PrinterProfile(name="Zebra", uri=fake.uri))
        ids = select_rows(window, "print", BATCH)
        total = len(ws.printing.printable_parcels(ids))
        print_with(qtbot, window, "Zebra", "queue", False)
        assert len(warnings) == 1 and "out of labels" in warnings[0]
        window.show_print_jobs()
        queue = window.print_queue
        job = queue.model.jobs[0]
        texts = queue.row_texts(job.id)
        assert texts[2:4] == ["stopped", f"2/{total}"]
        assert "out of labels" in texts[PrintJobsModel.PROBLEM]
        problem = queue.model.index(0, PrintJobsModel.PROBLEM)
        assert problem.data(Qt.ItemDataRole.ForegroundRole).color() == RED

        fake.load_paper()
        queue.select(job.id)
        assert queue.resume_button.isEnabled() and not queue.pause_button.isEnabled()
        qtbot.mouseClick(queue.resume_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "done" in queue.message.text(), timeout=20_000)
        assert queue.row_texts(job.id)[2:4] == ["done", f"{total}/{total}"]
        assert queue.row_texts(job.id)[PrintJobsModel.PROBLEM] == ""
        assert len(fake.printed) == total and fake.unprinted == []
        wait_idle()
        window.changed(Changes.everything())
        SHOTS.mkdir(parents=True, exist_ok=True)
        # A second, stopped batch so the screenshot shows both outcomes.
        fake.paper_out_after = len(fake.printed) + 1
        select_rows(window, "print", BATCH)
        print_with(qtbot, window, "Zebra", "carrier", False)
        window.show_print_jobs()
        queue.refresh()
        queue.view.clearSelection()
        queue.message.clear()
        window.resize(1280, 800)
        qtbot.wait(50)
        assert window.grab().save(str(SHOTS / "print-queue.png"))


def test_pause_stops_a_running_job_before_its_next_label(
    qtbot: Any, window: Any, ws: Workstation, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    labelled(window, ws)
    job_id = ws.printing.create_print_job(
        ws.printing.printable_parcels(None)[:4], "folder://" + str(tmp_path / "labels")
    )
    real = ws.printing.run_print_job

    def slow_printer(job: int, *, progress: Any, should_stop: Any) -> Any:
        deadline = time.monotonic() + 10
        while not should_stop() and time.monotonic() < deadline:  # the printer is busy…
            time.sleep(0.01)
        return real(job, progress=progress, should_stop=should_stop)

    monkeypatch.setattr(ws.printing, "run_print_job", slow_printer)
    window.show_print_jobs()
    queue = window.print_queue
    queue.refresh()
    queue.select(job_id)
    assert queue.row_texts(job_id)[2] == "waiting"
    qtbot.mouseClick(queue.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(queue.pause_button.isEnabled, timeout=5000)
    assert queue.row_texts(job_id)[2] == "printing" and not queue.cancel_button.isEnabled()
    qtbot.mouseClick(queue.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "stopped" in queue.message.text(), timeout=10_000)
    assert queue.row_texts(job_id)[2:4] == ["stopped", "0/4"]
    assert queue.row_texts(job_id)[PrintJobsModel.PROBLEM] == "paused"
    assert queue.resume_button.isEnabled()


def test_cancel_asks_first_then_the_job_is_cancelled(
    qtbot: Any, window: Any, ws: Workstation, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    labelled(window, ws)
    job_id = ws.printing.create_print_job(
        ws.printing.printable_parcels(None)[:3], "folder://" + str(tmp_path / "labels")
    )
    window.show_print_jobs()
    queue = window.print_queue
    queue.refresh()
    queue.select(job_id)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda parent, title, text, *a: (asked.append(text), answer)[1])
    )
    qtbot.mouseClick(queue.cancel_button, Qt.MouseButton.LeftButton)
    assert queue.row_texts(job_id)[2] == "waiting" and "3 labels not printed" in asked[0]
    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(queue.cancel_button, Qt.MouseButton.LeftButton)
    assert queue.row_texts(job_id)[2] == "cancelled"


def test_reprint_needs_a_reason_and_prints_the_labels_again(
    qtbot: Any, window: Any, ws: Workstation, warnings: list[str]
) -> None:
    labelled(window, ws)
    with FakeTcpPrinter() as fake:
        ws.printing.save_printer(PrinterProfile(name="Zebra", uri=fake.uri))
        job = ws.printing.create_print_job(ws.printing.printable_parcels(None)[:2], fake.uri)
        ws.printing.run_print_job(job)
        window.changed(Changes.everything())
        select_rows(window, "scan", 1)
        click(qtbot, window, window.reprint_action)
        dialog = window.actions_.reprint_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert not dialog.ok_button.isEnabled()  # no reason, no reprint
        dialog.reason_combo.setCurrentIndex(1)
        qtbot.keyClicks(dialog.details_edit, "roll 3")
        assert dialog.ok_button.isEnabled()
        dialog.printer_combo.select("Zebra")
        with qtbot.waitSignal(window.actions_.finished, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert warnings == []
        assert len(fake.printed) == 3
        assert fake.printed[2] == fake.printed[0] or fake.printed[2] == fake.printed[1]
    assert "Reprinted 1 label" in window.statusBar().currentMessage()


def test_a_pick_list_for_the_selected_orders_is_saved_as_pdf(
    qtbot: Any, window: Any, ws: Workstation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    labelled(window, ws)
    out = tmp_path / "pick.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)")))
    select_rows(window, "print", 3)
    with qtbot.waitSignal(window.documents.finished, timeout=10_000):
        window.documents.pick_list_action.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in window.statusBar().currentMessage()


def test_packing_slips_go_to_the_chosen_receipt_printer(
    qtbot: Any, window: Any, ws: Workstation, tmp_path: Path
) -> None:
    labelled(window, ws)
    folder = tmp_path / "receipts"
    ws.printing.save_printer(
        PrinterProfile(name="Receipt 80", uri="folder://" + str(folder), language="escpos", width_mm=80, height_mm=200)
    )
    remember(ws, PrintChoice("Receipt 80", "folder://" + str(folder), "escpos"))
    select_rows(window, "print", 2)
    with qtbot.waitSignal(window.documents.finished, timeout=10_000):
        window.documents.packing_slips_action.trigger()
    (sent,) = folder.iterdir()
    assert sent.read_bytes().startswith(b"\x1b@")
    assert "Packing slips sent to Receipt 80" in window.statusBar().currentMessage()


def test_a_folder_batch_shows_sent_until_the_seller_confirms_it(
    qtbot: Any, window: Any, ws: Workstation, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.fakes.printers import FakeTcpPrinter

    labelled(window, ws)
    job_id = ws.printing.create_print_job(ws.printing.printable_parcels(None)[:3], "folder://" + str(tmp_path / "out"))
    assert ws.printing.run_print_job(job_id).status == "sent"
    window.show_print_jobs()
    queue = window.print_queue
    queue.refresh()
    queue.select(job_id)
    assert queue.row_texts(job_id)[2:4] == ["sent, not confirmed", "0/3 (3 sent)"]
    assert queue.confirm_button.isEnabled()
    qtbot.mouseClick(queue.confirm_button, Qt.MouseButton.LeftButton)
    assert queue.row_texts(job_id)[2:4] == ["done", "3/3"] and not queue.confirm_button.isEnabled()

    # a label in flight when the link broke: resuming asks whether it printed
    with FakeTcpPrinter(silent=True, drop_at_job=2) as printer:
        doubt_job = ws.printing.create_print_job(ws.printing.printable_parcels(None)[:3], printer.uri)
        stopped = ws.printing.run_print_job(doubt_job)
        (doubt,) = stopped.uncertain
        queue.refresh()
        queue.select(doubt_job)
        assert f"Did the label of {doubt} print?" in queue.row_texts(doubt_job)[PrintJobsModel.PROBLEM]
        asked: list[str] = []
        monkeypatch.setattr(
            QMessageBox,
            "question",
            staticmethod(lambda parent, title, text, *a: (asked.append(text), QMessageBox.StandardButton.No)[1]),
        )
        qtbot.mouseClick(queue.resume_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "done" in queue.message.text() or "stopped" in queue.message.text(), timeout=20_000)
        assert doubt in asked[0]
        info = {j.id: j for j in ws.printing.print_jobs()}[doubt_job]
        assert (info.status, info.sent, info.uncertain) == ("sent", 3, ())
        assert len(printer.printed) == 3  # the one in doubt was said not printed, and sent again once
