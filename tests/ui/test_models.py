"""Queue tables read pages on demand, never the whole queue."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableView

from app.workstation import Workstation
from ui.models import QueueModel


def test_queue_model_passes_qt_model_checks(qtmodeltester: Any, ws: Workstation) -> None:
    model = QueueModel(ws.queues, "review")
    assert model.rowCount() == ws.queues.queue_size("review") > 50
    qtmodeltester.check(model, force_py=True)


def test_model_reads_only_the_pages_a_view_shows(qtbot: Any, ws: Workstation) -> None:
    model = QueueModel(ws.queues, "review", page_size=10)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)  # about ten rows visible
    view.show()
    qtbot.waitExposed(view)

    qtbot.waitUntil(lambda: model.page_fetches > 0)  # the first paint
    rows = model.rowCount()
    assert rows == ws.queues.queue_size("review") and sum(ws.queues.queue_counts().values()) == 60
    assert 1 <= model.page_fetches <= 2
    first = model.index(0, 0).data()

    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.page_fetches > 1)
    assert model.page_fetches <= 4
    assert model.index(rows - 1, 0).data() != first

    model.refresh()
    assert model.page_fetches <= 4  # a reset forgets the cache; it reloads only when painted


def test_default_pages_hold_the_whole_demo_queue_in_one_read(qtbot: Any, ws: Workstation) -> None:
    model = QueueModel(ws.queues, "review")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.page_fetches > 0)
    assert model.page_fetches == 1
    names = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert all(names) and model.page_fetches == 1
