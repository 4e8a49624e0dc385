"""The seller's flow through the queue tabs, and how failures reach them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolBar

from app.workstation import Workstation


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


def test_print_labels_moves_the_print_queue_to_scan(qtbot: Any, window: Any, ws: Workstation) -> None:
    ws.approve(None)
    ws.request_waybills(None)
    ws.runner.run_until_idle()
    window.refresh_all()
    to_print = count(window, "print")
    assert to_print > 0
    window.select_all("print")
    with qtbot.waitSignal(window.actions_.finished, timeout=15_000):
        click(qtbot, window, window.print_action)
    assert count(window, "print") == 0
    assert count(window, "scan") == to_print
    labels = list(Path(ws.settings.default_printer_uri.removeprefix("folder://")).glob("*"))
    assert len(labels) >= to_print


def test_detail_panel_shows_the_current_order(qtbot: Any, window: Any) -> None:
    window.select_all("review")
    qtbot.waitUntil(lambda: "Recipient" in window.detail.toPlainText())
    text = window.detail.toPlainText()
    assert window.models["review"].index(0, 0).data() in text
    assert "Lines" in text


def test_an_expected_failure_is_a_warning_not_a_crash(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    window.select_all("review")
    # Review orders have no labels yet: the workstation refuses with a ShipbenchError.
    with qtbot.waitSignal(window.actions_.finished, timeout=10_000):
        window.actions_.print_labels()
    assert shown == ["nothing to print"]
    assert count(window, "print") == 0


def test_status_bar_tells_online_and_pending(window: Any, ws: Workstation) -> None:
    window.refresh_status()
    assert window.online_label.text() == "Online"
    assert window.pending_label.text() == "0 jobs pending"
    assert window.sync_label.text().startswith("Last sync")
