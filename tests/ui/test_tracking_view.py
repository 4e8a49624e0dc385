"""Orders → Stuck in transit… lists the parcels not delivered after N days and the exceptions (#18)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.models import Parcel
from tests.integration.test_marketplace_rules import _ship_two
from tests.ui.test_stock_desk import _shot
from ui.operations import wait_idle


def test_stuck_parcels_are_listed_and_looked_up(qtbot: Any, window: Any, ws: Any, tmp_path: Path) -> None:
    first, second = _ship_two(ws, tmp_path)
    with ws.db.uow() as uow:
        for parcel in uow.session.scalars(select(Parcel).where(Parcel.number.in_([first, second]))):
            parcel.shipped_at -= dt.timedelta(days=12)
            if parcel.number == second:
                parcel.tracking_state, parcel.tracking_note = "exception", "Address not found — Lyon"
        uow.commit()
    window.tracking_views.action.trigger()
    dialog = window.tracking_views.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    states = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text() for r in range(2)}
    assert states == {first: "not looked up yet", second: "exception"}
    assert dialog.table.item(0, 4).text() == "12"
    _shot(dialog, "stuck-in-transit.png")
    dialog.look_up_now()
    assert wait_idle()
    qtbot.waitUntil(lambda: "being looked up" in dialog.summary.text(), timeout=5000)
    ws.outbox.run_until_idle()
    dialog.reload()
    # The carrier says both are moving again (the exception is over): still 12 days without delivery.
    qtbot.waitUntil(lambda: _states(dialog) == ["in transit", "in transit"], timeout=5000)
    dialog.days.setValue(20)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert dialog.summary.text().startswith("Nothing stuck")


def _states(dialog: Any) -> list[str]:
    return [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount()) if dialog.table.item(r, 3)]
