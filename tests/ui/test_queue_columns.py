"""Queue tables at 1366×768: the columns that matter fit, a header click sorts, the column choice is kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from app.workstation import Workstation
from ui.models import COLUMNS

MUST_SHOW = ("number", "ship_name", "ship_country", "method", "tracking", "ship_by")


def _column(key: str) -> int:
    return next(i for i, (_t, k) in enumerate(COLUMNS) if k == key)


def _open(qtbot: Any, ws: Workstation) -> Any:
    from ui.launcher import create_main_window

    win = create_main_window(ws, wedge=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def _fully_visible(view: QTableView, column: int) -> bool:
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return not header.isSectionHidden(column) and left >= 0 and left + header.sectionSize(column) <= header.width()


def test_every_queue_shows_the_columns_that_matter_without_scrolling(qtbot: Any, ws: Workstation) -> None:
    win = _open(qtbot, ws)
    try:
        for queue, view in win.views.items():
            win.tabs.setCurrentWidget(view)
            qtbot.wait(1)
            assert not view.horizontalScrollBar().isVisible(), queue
            assert all(_fully_visible(view, _column(k)) for k in MUST_SHOW), queue
    finally:
        win.shutdown()


def test_a_header_click_sorts_by_the_database(qtbot: Any, ws: Workstation) -> None:
    win = _open(qtbot, ws)
    try:
        view, model = win.views["review"], win.models["review"]
        names = lambda: [model.index(r, _column("ship_name")).data() for r in range(model.rowCount())]  # noqa: E731
        assert len(names()) > 5 and names() != sorted(names())
        header = view.horizontalHeader()
        rect = header.sectionViewportPosition(_column("ship_name")) + 5
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect, 5))
        assert names() == sorted(names()) and model.order_id(0) is not None
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect, 5))
        assert names() == sorted(names(), reverse=True)
        before = names()
        tracking = header.sectionViewportPosition(_column("tracking")) + 5  # not a database column: order kept
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(tracking, 5))
        assert names() == before and header.sortIndicatorSection() == _column("ship_name")
    finally:
        win.shutdown()


def test_the_column_choice_is_remembered_across_a_restart(qtbot: Any, ws: Workstation) -> None:
    win = _open(qtbot, ws)
    try:
        view = win.views["review"]
        assert view.horizontalHeader().isSectionHidden(_column("total"))  # hidden at first: room for tracking
        menu = win.queue_columns.chooser(view)
        total = next(a for a in menu.actions() if a.text() == "Total")
        total.setChecked(True)
        country = next(a for a in menu.actions() if a.text() == "Country")
        country.setChecked(False)
        assert not win.views["shipped"].horizontalHeader().isSectionHidden(_column("total"))
    finally:
        win.shutdown()
    again = _open(qtbot, ws)
    try:
        header = again.views["review"].horizontalHeader()
        assert not header.isSectionHidden(_column("total")) and header.isSectionHidden(_column("ship_country"))
    finally:
        again.shutdown()


def test_an_empty_queue_says_what_to_do_next(qtbot: Any, ws: Workstation) -> None:
    from PySide6.QtWidgets import QLabel

    win = _open(qtbot, ws)
    try:
        hint = win.views["waybill"].viewport().findChild(QLabel, "empty_hint")
        win.tabs.setCurrentWidget(win.views["waybill"])
        qtbot.wait(1)
        assert hint.isVisible() and "Approve orders in Review" in hint.text()
        review_hint = win.views["review"].viewport().findChild(QLabel, "empty_hint")
        assert not review_hint.isVisible() and win.models["review"].rowCount() > 0
    finally:
        win.shutdown()


def test_the_sync_dock_never_makes_the_window_taller(qtbot: Any, ws: Workstation) -> None:
    win = _open(qtbot, ws)
    try:
        height = win.height()
        win.sync_dock.show()
        qtbot.waitUntil(lambda: win.sync_dock.isVisible())
        # and it shows something: the dock takes its third of the window once the layout
        # has run (the scan station's tall page scrolls rather than keeping the room)
        qtbot.waitUntil(lambda: win.sync_dock.height() >= 250, timeout=5000)
        assert win.height() == height == 768
    finally:
        win.shutdown()
