"""Actions say what they changed: the views showing it are re-read, the others are left alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from app.workstation import Workstation
from tests.ui.conftest import ready_to_scan
from tests.ui.test_main_window import click, count
from tests.ui.test_order_desk import select_order
from tests.ui.test_station_support import FakePlayer
from ui.changes import ALL_QUEUES, Changes
from ui.models import REASONS_COLUMN
from ui.operations import run_in_background, sink_of


@pytest.fixture
def resets(window: Any) -> list[str]:
    """The queues whose table was reloaded (model reset), in order; the 2-second timer and the
    change feed (which would re-read this station's own changes a second time) are off."""
    window.timer.stop()
    window.live_views.stop()
    seen: list[str] = []
    for queue, model in window.models.items():
        model.modelReset.connect(lambda q=queue: seen.append(q))
    return seen


def read_every_tab(window: Any) -> None:
    """Have each queue table hold its first page, as after a seller looked at it."""
    for model in window.models.values():
        if model.rowCount():
            model.index(0, 0).data()


def rows(window: Any, queue: str) -> list[int]:
    """The order ids the table shows now (from its own cache, not from the database)."""
    model = window.models[queue]
    return [model.order_id(r) for r in range(model.rowCount())]


def ready_row(window: Any) -> int:
    model = window.models["review"]
    return next(r for r in range(model.rowCount()) if model.index(r, REASONS_COLUMN).data() == "ready to approve")


def test_approving_reloads_review_and_waybill_and_not_the_other_tabs(
    qtbot: Any, window: Any, resets: list[str]
) -> None:
    read_every_tab(window)
    window.tabs.setCurrentIndex(0)
    row = ready_row(window)
    order_id = window.models["review"].order_id(row)
    window.views["review"].selectRow(row)
    assert order_id not in rows(window, "waybill")
    with qtbot.waitSignal(window.actions_.finished, timeout=10_000):
        click(qtbot, window, window.approve_action)
    assert sorted(set(resets)) == ["review", "waybill"]
    assert order_id in rows(window, "waybill")  # the approved order is in the Waybill tab
    assert order_id not in rows(window, "review")
    assert count(window, "waybill") == 1


def test_a_fix_that_moves_nothing_still_reloads_its_queue(qtbot: Any, window: Any, resets: list[str]) -> None:
    """The same number of orders in Review, but one shows a new recipient: the tab shows it too."""
    order_id = select_order(window, qtbot, "MP-10001")
    row = rows(window, "review").index(order_id)
    before = count(window, "review")
    dialog = window.order_desk.edit_address()
    dialog.edits["ship_name"].setText("Renamed Recipient")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert count(window, "review") == before
    assert "review" in resets and "shipped" not in resets and "print" not in resets
    assert window.models["review"].index(row, 2).data() == "Renamed Recipient"


def test_a_scan_that_ships_reloads_scan_and_shipped_and_a_refused_scan_reloads_nothing(
    qtbot: Any, ws: Workstation, tmp_path: Path, window: Any
) -> None:
    codes = ready_to_scan(ws, tmp_path)
    window.scan_station.sound = FakePlayer()
    window.changed(Changes.everything())
    window.timer.stop()
    window.live_views.stop()  # this test is about the scan's own re-read
    seen: list[str] = []
    for queue, model in window.models.items():
        model.modelReset.connect(lambda q=queue: seen.append(q))
    in_scan = count(window, "scan")

    window.scan(codes["intercepted"])  # red: nothing moved
    qtbot.wait(50)  # the window's refresh after a scan is queued behind the verdict
    assert seen == []
    window.scan("SB-CMD:OK")  # the packer acknowledges the red
    window.scan(codes["printed"])
    qtbot.waitUntil(lambda: sorted(set(seen)) == ["exceptions", "scan", "shipped"], timeout=2000)
    assert count(window, "scan") == in_scan - 1


def test_the_window_reloads_exactly_the_queues_named(window: Any, resets: list[str]) -> None:
    window.changed(Changes.of("shipped", "cancelled"))
    assert sorted(resets) == ["cancelled", "shipped"]
    resets.clear()
    window.changed(Changes(jobs=True))
    assert resets == []
    window.changed(Changes.everything())
    assert sorted(resets) == sorted(ALL_QUEUES)


def test_the_sync_panel_rereads_only_when_jobs_or_accounts_changed(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.sync_dock.show()
    panel = window.sync_panel
    reads: list[int] = []
    monkeypatch.setattr(panel, "refresh", lambda: reads.append(1))
    window.changed(Changes.of("review", "waybill", stock=True))
    assert reads == []
    window.changed(Changes.of("waybill", jobs=True))
    assert reads == [1]
    window.changed(Changes(shops=True))
    assert reads == [1, 1]


def test_the_print_jobs_tab_rereads_only_when_print_jobs_changed(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_print_jobs()
    reads: list[int] = []
    monkeypatch.setattr(window.print_queue, "refresh", lambda: reads.append(1))
    window.changed(Changes.of("print", "scan"))
    assert reads == []
    window.changed(Changes.of("print", "scan", print_jobs=True))
    assert reads == [1]


def test_a_background_operation_carries_its_changes_to_the_window(qtbot: Any, window: Any, resets: list[str]) -> None:
    """Started from a dialog on the window, the operation still reaches the window; first, then the callback."""
    dialog = QDialog(window)
    assert sink_of(dialog) is window
    seen_in_callback: list[list[str]] = []

    def done(_result: Any) -> None:
        seen_in_callback.append(list(resets))

    with qtbot.waitSignal(window.changes_applied, timeout=10_000) as applied:
        run_in_background(dialog, lambda: None, done, changes=Changes.of("on_hold"))
    assert applied.args == [Changes.of("on_hold")]
    qtbot.waitUntil(lambda: bool(seen_in_callback))
    assert seen_in_callback == [["on_hold"]]


def test_an_outcome_for_a_dialog_closed_meanwhile_is_dropped_and_its_changes_still_reach_the_window(
    qtbot: Any, window: Any, resets: list[str]
) -> None:
    """The seller closed the dialog while its work ran: no crash, no message, the window re-reads."""
    import threading

    import shiboken6

    dialog = QDialog(window)
    release = threading.Event()
    called: list[object] = []
    run_in_background(dialog, lambda: release.wait(10), called.append, called.append, changes=Changes.of("on_hold"))
    shiboken6.delete(dialog)
    with qtbot.waitSignal(window.changes_applied, timeout=10_000) as applied:
        release.set()
    assert applied.args == [Changes.of("on_hold")]
    qtbot.wait(50)
    assert called == [] and resets == ["on_hold"]


def test_changes_combine_and_refuse_unknown_queues() -> None:
    both = Changes.of("review", stock=True) | Changes.of("waybill", jobs=True)
    assert both == Changes(frozenset({"review", "waybill"}), jobs=True, stock=True)
    assert not Changes() and both
    assert Changes.everything().queues == ALL_QUEUES and Changes.everything().printers
    with pytest.raises(ValueError, match="no such queue: archive"):
        Changes.of("archive")
