"""The seller's flow through the queue tabs, and how failures reach them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolBar

from app.workstation import Workstation
from ui.changes import Changes


def count(window: Any, queue: str) -> int:
    match = re.search(r"\((\d+)\)", window.tab_text(queue))
    assert match, window.tab_text(queue)
    return int(match.group(1))


def click(qtbot: Any, window: Any, action: Any) -> None:
    button = window.findChild(QToolBar, "actions").widgetForAction(action)
    assert button is not None and button.isEnabled(), action.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_approving_all_of_review_moves_orders_to_waybill(qtbot: Any, window: Any) -> None:
    in_review = count(window, "review")
    assert in_review > 50 and count(window, "waybill") == 0
    window.select_all("review")
    with qtbot.waitSignal(window.actions_.finished, timeout=10_000):
        click(qtbot, window, window.approve_action)
    assert count(window, "review") < in_review
    assert count(window, "waybill") == in_review - count(window, "review")
    assert "Approved" in window.statusBar().currentMessage()


def test_print_labels_moves_the_print_queue_to_scan(qtbot: Any, window: Any, ws: Workstation, tmp_path: Path) -> None:
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    window.changed(Changes.everything())
    to_print = count(window, "print")
    assert to_print > 0
    window.select_all("print")
    click(qtbot, window, window.print_action)
    dialog = window.actions_.print_setup_dialog  # no printer set up: it asks, it does not pick a hidden folder
    assert not dialog.ok_button.isEnabled()
    folder = tmp_path / "chosen"
    dialog.printer_combo.use_folder(str(folder))
    assert str(folder) in dialog.printer_combo.currentText()  # the folder is shown
    with qtbot.waitSignal(window.actions_.finished, timeout=15_000):
        dialog.accept()
    labels = list(folder.glob("*.zpl"))
    assert len(labels) >= to_print
    # a folder cannot say what printed: the labels are sent, and the seller confirms the batch
    (job,) = ws.printing.print_jobs()
    assert (job.status, job.sent) == ("sent", len(labels))
    ws.printing.confirm_print_job(job.id)
    window.changed(Changes.everything())
    assert count(window, "print") == 0
    assert count(window, "scan") == to_print


def test_detail_panel_shows_the_current_order(qtbot: Any, window: Any) -> None:
    window.select_all("review")
    qtbot.waitUntil(lambda: "Recipient" in window.detail.toPlainText())
    text = window.detail.toPlainText()
    assert window.models["review"].index(0, 0).data() in text
    assert "Lines" in text


def test_an_expected_failure_is_a_warning_not_a_crash(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    window.select_all("review")
    # Review orders have no labels yet: the workstation refuses with a ShipbenchError.
    window.actions_.print_labels()
    dialog = window.actions_.print_setup_dialog
    dialog.printer_combo.use_folder(str(tmp_path / "labels"))
    with qtbot.waitSignal(window.actions_.finished, timeout=10_000):
        dialog.accept()
    assert shown == ["nothing to print"]
    assert count(window, "print") == 0


def test_status_bar_tells_online_and_pending(window: Any, ws: Workstation) -> None:
    window.refresh_status()
    assert window.online_label.text() == "Online"
    assert window.pending_label.text() == "0 jobs pending"
    assert window.sync_label.text().startswith("Last sync")
