"""Handover at the station: parcels into the van, another carrier's parcel is amber, close asks first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from app.workstation import Workstation
from tests.integration.test_bench import move_one_to_another_carrier
from tests.ui.test_station_support import FakePlayer, cmd


def test_handover_in_the_van_other_carrier_and_close(
    qtbot: Any, station: Any, ear: FakePlayer, ws: Workstation, codes: dict[str, str], tmp_path: Any
) -> None:
    other_code = move_one_to_another_carrier(ws)
    station.scan(cmd("HANDOVER"))
    panel = station.handover_panel
    assert [panel.carrier.itemText(i) for i in range(panel.carrier.count())] == ["Demo Express", "Other Post"]

    station.scan(codes["printed"])  # the first scan opens the batch for the chosen carrier
    assert station.colour == "green"
    assert station.title.text() == "In the van"
    assert station.message.text() == "Added to the Demo Express handover."
    assert panel.scanned.text() == "1"
    printed_before = int(panel.printed.text())
    missing_before = panel.missing.count()
    assert missing_before == printed_before - 1 > 0
    assert not panel.carrier.isEnabled()

    station.scan(other_code)
    assert station.colour == "amber"
    assert station.title.text() == "Other carrier"
    assert "not Demo Express" in station.message.text()
    assert ear.played == ["chime", "double_beep"]
    assert panel.scanned.text() == "1"

    station.scan(cmd("FINISH"))  # parcels are missing: the station asks before closing
    box = station.confirm_box
    assert box is not None and box.isVisible()
    assert f"{missing_before} printed parcels were not scanned" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert station.batch_id is not None
    assert ws.bench.handover_summary(station.batch_id).status == "open"

    station.close_batch()
    station.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert station.batch_id is None
    assert station.title.text() == "Handed over"
    assert station.message.text() == "1 parcel handed to Demo Express"
    assert panel.state.text() == "Demo Express: handed over"
    # The driver's copy of the manifest: one tracking barcode per parcel handed over.
    assert panel.manifest_button.isEnabled()
    pdf_path = station.save_manifest(str(tmp_path / "manifest.pdf"))
    import pypdfium2
    import zxingcpp

    pdf = pypdfium2.PdfDocument(pdf_path)
    found = [r.text for page in pdf for r in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())]
    assert codes["printed"] in found
