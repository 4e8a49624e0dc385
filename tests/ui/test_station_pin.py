"""The supervisor PIN dialog: a wrong or a packer's PIN is refused in place; a supervisor's works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.workstation import Workstation
from tests.ui.test_station_support import FakePlayer, cmd, mug_bundle
from ui.pin_dialog import PinDialog


def fill(qtbot: Any, dialog: PinDialog, pin: str, reason: str) -> None:
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    dialog.reason.setText(reason)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def intercepted_before_void(ws: Workstation, tmp_path: Path) -> str:
    """Printed, then the cancel pulled; the waybill void not yet sent, so a force-ship is possible."""
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    # a folder printer cannot say what printed: the user confirms the batch
    ws.printing.confirm_print_job(
        ws.printing.run_print_job(
            ws.printing.create_print_job(ws.printing.printable_parcels(None), "folder://" + str(tmp_path / "labels"))
        ).job_id
    )
    ws.sync.pull()
    return next(p["tracking_number"] for p in ws.queues.parcels_summary() if p["state"] == "intercepted")


def test_force_ship_refuses_wrong_and_packer_pins_then_ships(
    qtbot: Any, station: Any, ear: FakePlayer, ws: Workstation, tmp_path: Path
) -> None:
    ws.bench.add_user("sam", "supervisor", "2468")
    ws.bench.add_user("pat", "packer", "1357")
    station.scan(intercepted_before_void(ws, tmp_path))
    assert station.colour == "red"

    station.scan(cmd("FORCE"))
    dialog = station.pin_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.pin, "12ab")
    assert dialog.pin.text() == "12"  # digits only
    dialog.reason.setText("")
    assert not dialog.ok_button.isEnabled()  # a reason is required

    fill(qtbot, dialog, "0000", "buyer called back")
    assert dialog.isVisible()
    assert "wrong PIN" in dialog.error.text()
    fill(qtbot, dialog, "1357", "buyer called back")
    assert dialog.isVisible()
    assert "packer" in dialog.error.text()
    assert station.colour == "red"

    fill(qtbot, dialog, "2468", "buyer called back")
    assert station.pin_dialog is None
    assert station.colour == "green"
    assert station.title.text() == "Shipped (forced)"
    assert ear.played[-1] == "chime"


def test_undo_last_scan_with_a_supervisor_pin(qtbot: Any, station: Any, ws: Workstation, codes: dict[str, str]) -> None:
    ws.bench.add_user("sam", "supervisor", "2468")
    station.scan(codes["printed"])
    assert station.title.text() == "Shipped"
    station.scan(cmd("UNDO"))
    fill(qtbot, station.pin_dialog, "2468", "wrong pile")
    assert station.colour == "amber"
    assert station.title.text() == "Scan undone"
    station.scan(codes["printed"])
    assert station.title.text() == "Shipped"


def test_finish_with_items_missing_asks_for_a_supervisor_override(
    qtbot: Any, station: Any, ws: Workstation, codes: dict[str, str]
) -> None:
    ws.bench.add_user("sam", "supervisor", "2468")
    tracking, _ = mug_bundle(ws)
    station.set_mode("verify")
    station.scan(tracking)
    station.scan(cmd("FINISH"))
    dialog = station.pin_dialog
    assert "still misses" in dialog.findChildren(type(dialog.error))[0].text()
    station.scan(cmd("CANCEL"))  # the command sheet closes the dialog too
    assert station.pin_dialog is None
    station.scan(cmd("FINISH"))
    fill(qtbot, station.pin_dialog, "2468", "coasters out of stock")
    assert station.title.text() == "Contents verified"
    assert station.colour == "green"
