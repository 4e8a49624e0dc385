"""A batch of labels against a printer that runs out of paper: nothing twice, nothing skipped."""

from __future__ import annotations

import re
from pathlib import Path

from app.bootstrap import build
from app.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from tests.fakes.printers import FakeTcpPrinter
from tests.zpl_decode import decode_zpl


def test_paper_out_at_label_73_resumes_to_200_labels_printed_once(tmp_path: Path) -> None:
    with Simulator(order_count=215) as sim:
        ws = build(Settings(db_url=f"sqlite:///{tmp_path / 'p.db'}", data_dir=tmp_path, station="s", user="u"))
        try:
            seed(ws, sim.url)
            ws.pull()
            ws.approve(None)
            ws.request_waybills(None)
            ws.runner.run_until_idle()
            ids = ws.printable_parcels(None)[:200]
            assert len(ids) == 200
            with FakeTcpPrinter(paper_out_after=73) as printer:
                job = ws.create_print_job(ids, printer.uri)
                stopped = ws.run_print_job(job)
                assert (stopped.status, stopped.printed) == ("stopped", 73)
                assert "out of labels" in stopped.error.lower()
                assert job in ws.unfinished_print_jobs()

                printer.load_paper()  # the packer puts a new roll in and presses Print again
                done = ws.run_print_job(job)
                assert (done.status, done.printed, done.total) == ("done", 200, 200)
                assert printer.unprinted == []
                labels = list(printer.printed)
            assert len(labels) == 200
            # The 200 tracking barcodes are the 200 parcels, none twice; a sample is rendered and scanned.
            tracking = [re.search(rb"\^BC[^\^]*\^FD(LP\w+)\^FS", label).group(1).decode() for label in labels]
            numbers = {p["tracking_number"] for p in ws.parcels_summary() if p["state"] == "printed"}
            assert len(set(tracking)) == 200 and set(tracking) == numbers
            for label, code in list(zip(labels, tracking, strict=True))[::40]:
                assert code in decode_zpl(label)
        finally:
            ws.close()


def test_a_printer_that_does_not_answer_stops_the_batch_before_sending(tmp_path: Path, workstation) -> None:
    ws = workstation
    ws.pull()
    ws.approve(None)
    ws.request_waybills(None)
    ws.runner.run_until_idle()
    with FakeTcpPrinter(status="head_open") as printer:
        stopped = ws.run_print_job(ws.create_print_job(ws.printable_parcels(None)[:3], printer.uri))
        assert stopped.status == "stopped" and stopped.printed == 0
        assert "head" in stopped.error.lower()
        assert printer.jobs == []
