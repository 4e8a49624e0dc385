"""A red verdict cannot be missed: the next scan waits for the packer's OK; colours are readable."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.workstation import Workstation
from db.models import ScanEvent
from scanners.commands import COMMANDS
from tests.ui.test_station_support import FakePlayer, cmd
from ui.station_verdict import COLOURS, INK, TEXT_ON


def scan_events(ws: Workstation) -> int:
    with ws.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(ScanEvent)) or 0


def parcel_state(ws: Workstation, tracking: str) -> str:
    (state,) = {p["state"] for p in ws.queues.parcels_summary() if p["tracking_number"] == tracking}
    return state


def test_a_scan_after_a_red_is_refused_and_not_recorded_until_ok(
    station: Any, ear: FakePlayer, ws: Workstation, codes: dict[str, str]
) -> None:
    station.scan(codes["intercepted"])
    assert station.colour == "red" and station.awaiting_ack is not None
    assert "OK" in station.ack_hint.text() and station.ack_hint.isVisible()
    recorded = scan_events(ws)

    refused = station.scan(codes["printed"])
    assert refused is not None and refused.kind == "unacknowledged"
    assert "acknowledge the red first" in station.ack_hint.text()
    assert "intercepted" in station.title.text()  # the red stays on the screen
    assert station.colour == "red"
    assert ear.played == ["alarm", "alarm"]
    assert scan_events(ws) == recorded  # not recorded
    assert parcel_state(ws, codes["printed"]) == "printed"  # not shipped
    assert station.history.item(0, 1).text() == codes["printed"]
    for word in ("NEXT", "FINISH", "VERIFY"):  # nor does any other command slip past the red
        assert station.scan(cmd(word)).kind == "unacknowledged"
    assert station.mode == "ship"

    station.scan(cmd("OK"))
    assert station.awaiting_ack is None and station.ack_hint.isHidden()
    assert station.title.text() == "Ready"
    assert station.scan(codes["printed"]).kind == "shipped"
    assert scan_events(ws) == recorded + 1


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_enter_or_space_acknowledges(station: Any, codes: dict[str, str], key: Qt.Key) -> None:
    station.scan(codes["intercepted"])
    assert station.awaiting_ack is not None
    station.entry.setFocus()
    QTest.keyClick(station.entry, key)
    assert station.awaiting_ack is None
    assert station.entry.text() == ""
    assert station.colour == "idle"


def test_typed_code_with_enter_is_a_refused_scan_not_an_ok(station: Any, codes: dict[str, str]) -> None:
    station.scan(codes["intercepted"])
    station.entry.setText(codes["printed"])
    QTest.keyClick(station.entry, Qt.Key.Key_Return)
    assert station.awaiting_ack is not None
    assert "acknowledge the red first" in station.ack_hint.text()


def test_unknown_and_misread_wait_too_and_green_or_amber_do_not(station: Any, codes: dict[str, str]) -> None:
    station.scan("NOSUCHPARCEL123")
    assert station.awaiting_ack is not None and station.awaiting_ack.kind == "unknown"
    station.scan(cmd("OK"))
    station.scan("RF770947604CN")  # a wrong check digit
    assert station.awaiting_ack is not None and station.awaiting_ack.kind == "misread"
    station.scan(cmd("OK"))
    station.scan(codes["printed"])
    station.scan(codes["printed"])  # already shipped: amber, no OK needed
    assert station.colour == "amber" and station.awaiting_ack is None


def test_force_ship_is_still_offered_on_an_intercepted_red(station: Any, codes: dict[str, str]) -> None:
    station.scan(codes["intercepted"])
    station.scan(cmd("FORCE"))
    assert station.pin_dialog is not None and station.pin_dialog.isVisible()
    station.scan(cmd("CANCEL"))
    assert station.awaiting_ack is not None  # cancelled: the red still waits for its OK


def test_a_red_in_verify_mode_waits_then_goes_back_to_the_parcel(
    station: Any, ws: Workstation, codes: dict[str, str]
) -> None:
    from tests.ui.test_station_support import mug_bundle

    tracking, barcodes = mug_bundle(ws)
    station.set_mode("verify")
    station.scan(tracking)
    station.scan(barcodes["LAMP-USB"])
    assert station.awaiting_ack is not None
    sku = next(iter(station.verify_panel.packed()))
    assert station.scan(barcodes[sku]).kind == "unacknowledged"
    assert station.verify_panel.packed()[sku][0] == 0  # not counted
    station.scan(cmd("OK"))
    assert station.title.text() == "Go on packing"
    assert station.scan(barcodes[sku]).kind in ("item_ok", "verified")


def test_ok_is_on_the_command_sheet() -> None:
    assert "OK" in COMMANDS


# --- contrast ----------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    c = colour.lstrip("#")
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two sRGB colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_contrast_formula_matches_known_pairs() -> None:
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#ffffff", "#e0a100") == pytest.approx(2.27, abs=0.01)  # the old white on amber


@pytest.mark.parametrize("colour", sorted(COLOURS))
def test_every_verdict_colour_pair_meets_wcag_aa(colour: str) -> None:
    assert contrast(COLOURS[colour], TEXT_ON[colour]) >= 4.5


@pytest.mark.parametrize("colour", sorted(INK))
def test_status_text_colours_meet_wcag_aa_on_the_window(qapp: Any, colour: str) -> None:
    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    for background in (window, "#ffffff"):
        assert contrast(INK[colour], background) >= 4.5, (colour, background)


def test_the_painted_verdict_uses_the_readable_pair(station: Any, codes: dict[str, str]) -> None:
    station.scan(codes["printed"])
    station.scan(codes["printed"])  # amber
    style = station.verdict_box.styleSheet()
    assert COLOURS["amber"] in style and f"color: {TEXT_ON['amber']}" in style
    item = station.history.item(0, 2)
    assert contrast(item.background().color().name(), item.foreground().color().name()) >= 4.5


def test_the_printable_command_sheet_carries_ok(ws: Workstation) -> None:
    import zxingcpp

    from printers import documents as docs
    from printers.render_png import render_image
    from scanners.commands import command_barcode

    pdf = ws.printing.document("command_sheet", [])
    assert pdf.startswith(b"%PDF")
    pages = docs.command_sheet([(command_barcode(w), t) for w, t in COMMANDS.items()])
    found = {r.text for page in pages for r in zxingcpp.read_barcodes(render_image(page))}
    assert command_barcode("OK") in found
    assert found == {command_barcode(w) for w in COMMANDS}
