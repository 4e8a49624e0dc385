"""Scan-to-verify at the station: the items table fills up, a wrong item is red at once."""

from __future__ import annotations

from typing import Any

from app.workstation import Workstation
from printers.profiles import PrinterProfile
from tests.fakes.printer_emulator import PrinterEmulator
from tests.ui.test_station_support import FakePlayer, cmd, mug_bundle


def test_verify_a_parcel_to_green(station: Any, ear: FakePlayer, ws: Workstation, codes: dict[str, str]) -> None:
    tracking, barcodes = mug_bundle(ws)
    station.scan(cmd("VERIFY"))
    station.scan(tracking)
    panel = station.verify_panel
    assert station.title.text() == "Pack these items"
    assert set(panel.packed()) == {"MUG-BLU", "MUG-RED", "MUG-WHT", "COASTER-4"}
    assert all(packed == 0 for packed, _ in panel.packed().values())
    assert panel.items.item(0, 2).text()  # the bin column ("–" when the product has no bin)

    station.scan(barcodes["LAMP-USB"])
    assert station.colour == "red"
    assert station.title.text() == "Wrong item"
    assert "LAMP-USB" in station.message.text()
    assert ear.played[-1] == "alarm"
    station.scan(cmd("OK"))  # the packer saw it and took the lamp out
    assert station.title.text() == "Go on packing"

    expected = {sku: qty for sku, (_, qty) in panel.packed().items()}
    first = next(iter(expected))
    station.scan(barcodes[first])
    assert panel.packed()[first][0] == 1
    assert station.colour == "green"
    assert station.message.text().endswith("more to pack")

    for sku, qty in expected.items():
        for _ in range(qty - (1 if sku == first else 0)):
            station.scan(barcodes[sku])
    assert station.colour == "green"
    assert station.title.text() == "Contents verified"
    assert all(packed == qty for packed, qty in panel.packed().values())
    assert "verified" in panel.heading.text()
    assert ear.played[-1] == "chime"


def test_one_too_many_is_red_and_cancel_abandons(station: Any, ws: Workstation, codes: dict[str, str]) -> None:
    tracking, barcodes = mug_bundle(ws)
    station.set_mode("verify")
    station.scan(tracking)
    sku, (_, qty) = next(iter(station.verify_panel.packed().items()))
    for _ in range(qty + 1):
        station.scan(barcodes[sku])
    assert station.colour == "red"
    assert station.title.text() == "Too many"
    assert station.verify_panel.packed()[sku] == (qty, qty)

    station.scan(cmd("OK"))
    station.scan(cmd("CANCEL"))
    assert station.verify_session is None
    assert station.title.text() == "Verify cancelled"
    assert station.verify_panel.items.rowCount() == 0


def test_print_after_verify_prints_the_parcel_label(qtbot: Any, station: Any, ws: Workstation) -> None:
    ws.orders.approve(None)  # booked but not printed: the label comes off the printer after packing
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    tracking, barcodes = mug_bundle(ws)
    station.set_mode("verify")
    station.verify_panel.print_after.setChecked(True)
    station.scan(tracking)
    items = station.verify_panel.packed()
    with PrinterEmulator(seconds_per_label=0.05) as printer:  # a Zebra that says what it printed
        ws.printing.save_printer(PrinterProfile(name="Bench Zebra", uri=printer.uri))
        with qtbot.waitSignal(station.label_printed, timeout=15_000) as printed:
            for sku, (_, qty) in items.items():
                for _ in range(qty):
                    station.scan(barcodes[sku])
        assert len(printer.printed) == 1
    assert station.title.text() == "Contents verified"
    assert not isinstance(printed.args[0], Exception), printed.args[0]
    assert station.verify_panel.print_status.text() == "Label printed"
    (state,) = {p["state"] for p in ws.queues.parcels_summary() if p["tracking_number"] == tracking}
    assert state == "printed"


def test_one_more_item_after_a_complete_parcel_is_too_many_not_an_unknown_parcel(
    station: Any, ws: Workstation, codes: dict[str, str]
) -> None:
    tracking, barcodes = mug_bundle(ws)
    station.set_mode("verify")
    station.scan(tracking)
    items = station.verify_panel.packed()
    for sku, (_, qty) in items.items():
        for _ in range(qty):
            station.scan(barcodes[sku])
    assert station.title.text() == "Contents verified"
    first = next(iter(items))
    station.scan(barcodes[first])
    assert (station.colour, station.title.text()) == ("red", "Too many")
    assert first in station.message.text()
    assert station.verify_session is not None and station.verify_session.completed
    station.scan(cmd("OK"))
    station.scan(tracking)  # the next parcel's label (here: the same one again) starts a new check
    assert station.title.text() == "Pack these items"
    assert not station.verify_session.completed
