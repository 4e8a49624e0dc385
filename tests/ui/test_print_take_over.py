"""The print queue finds another station's unfinished batch on the chosen printer: it asks before
taking it over, and never resumes it behind that station's back (issue #16)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.bootstrap import build
from app.settings import Settings
from app.workstation import Workstation
from printers.profiles import PrinterProfile
from tests.fakes.printers import FakeTcpPrinter
from tests.ui.test_printers_queue import BATCH, labelled, print_with, select_rows, warnings  # noqa: F401


@pytest.mark.parametrize("take_over", [False, True])
def test_another_stations_stopped_batch_is_taken_over_only_when_the_user_says(
    qtbot: Any,
    window: Any,
    ws: Workstation,
    warnings: list[str],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    take_over: bool,
) -> None:
    labelled(window, ws)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Yes if take_over else QMessageBox.StandardButton.No
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda parent, title, text, *a: asked.append(text) or answer)
    )
    with FakeTcpPrinter(paper_out_after=2) as fake:
        ws.printing.save_printer(PrinterProfile(name="Zebra", uri=fake.uri))
        ids = select_rows(window, "print", BATCH)
        parcels = ws.printing.printable_parcels(ids)
        other = build(Settings(db_url=ws.settings.db_url, data_dir=tmp_path / "b2", station="bench-2", user="alice"))
        try:
            job = other.printing.create_print_job(parcels, fake.uri)
            assert other.printing.run_print_job(job).status == "stopped"  # out of labels after 2
        finally:
            other.close()
        fake.load_paper()

        print_with(qtbot, window, "Zebra", "queue", False)
        assert len(asked) == 1 and f"Print job {job} of station bench-2" in asked[0]
        if take_over:
            assert len(fake.printed) == len(parcels)  # the rest of bench-2's batch, here, each once
            (info,) = [j for j in ws.printing.print_jobs() if j.id == job]
            assert (info.status, info.station) == ("done", ws.settings.station)
        else:
            assert len(fake.printed) == 2  # left to bench-2: nothing of it sent again from here
            (info,) = [j for j in ws.printing.print_jobs() if j.id == job]
            assert (info.status, info.station) == ("stopped", "bench-2")
