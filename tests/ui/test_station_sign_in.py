"""Who is packing at the station: badge or name + PIN, sign-out, and no scans before a sign-in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.workstation import Workstation
from tests.ui.test_station_pin import intercepted_before_void
from tests.ui.test_station_support import cmd


def printed_code(ws: Workstation, tmp_path: Path) -> list[str]:
    intercepted_before_void(ws, tmp_path)
    return [p["tracking_number"] for p in ws.queues.parcels_summary() if p["state"] == "printed"]


def test_one_user_is_signed_in_at_once_and_scans_as_themselves(station: Any, ws: Workstation, tmp_path: Path) -> None:
    assert ws.bench.signed_in is not None and ws.bench.signed_in.user_name == "alice"
    assert station.sign_in_bar.sign_out_button.isVisible()
    code = printed_code(ws, tmp_path)[0]
    assert station.scan(code).kind == "shipped"


def test_several_users_sign_in_by_badge_or_pin_and_out_by_command(
    qtbot: Any, station: Any, ws: Workstation, tmp_path: Path
) -> None:
    codes = printed_code(ws, tmp_path)
    badge = ws.bench.add_user("pat", "packer", "1357")
    ws.bench.add_user("sam", "supervisor", "2468")
    station.scan(cmd("SIGNOUT"))
    assert ws.bench.signed_in is None and station.colour == "amber"
    bar = station.sign_in_bar
    assert bar.names.isVisible() and not bar.sign_out_button.isVisible()

    assert station.scan(codes[0]) is None  # refused: nobody signed in
    assert station.colour == "amber" and station.title.text() == "Sign in first"
    assert {p["state"] for p in ws.queues.parcels_summary() if p["tracking_number"] == codes[0]} == {"printed"}

    station.scan(f"SB-USER:{badge}")
    assert station.colour == "green" and ws.bench.signed_in.user_name == "pat"
    assert "pat" in bar.who.text()
    assert station.scan(codes[0]).kind == "shipped"

    station.scan(cmd("SIGNOUT"))
    bar.names.setCurrentText("sam")
    qtbot.keyClicks(bar.pin, "0000")
    qtbot.mouseClick(bar.sign_in_button, Qt.MouseButton.LeftButton)
    assert ws.bench.signed_in is None and "wrong PIN" in bar.error.text()
    qtbot.keyClicks(bar.pin, "2468")
    qtbot.mouseClick(bar.sign_in_button, Qt.MouseButton.LeftButton)
    assert ws.bench.signed_in.user_name == "sam" and bar.error.text() == ""
    assert station.scan(codes[0]).message.startswith("Already shipped") and "by pat" in station.scan(codes[0]).message
