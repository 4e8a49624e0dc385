"""Print batches against a printer that behaves like one (issue #13, DESIGN invariant 9).

The printer emulator buffers, prints at its own speed, runs out of paper, loses its
buffer in a power cut and resets connections; its log of labels that left the print head
is the ground truth. A label is "printed" in Shipbench only when the printer counted it,
and every label comes out exactly once however the batch is interrupted.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import build
from app.cli.demo import seed
from app.errors import NotAllowed
from app.settings import Settings
from app.simulator import Simulator
from app.workstation import Workstation
from tests.fakes.printer_emulator import PrinterEmulator
from tests.fakes.printers import FakeTcpPrinter
from tests.zpl_decode import decode_zpl

SPL = 0.02  # seconds per label: a fast printer keeps the tests short
_TRACKING = re.compile(rb"\^BC[^\^]*\^FD(?:>:)?(LP\w+)\^FS")


def labelled_workstation(tmp_path: Path, orders: int) -> Iterator[Workstation]:
    with Simulator(order_count=orders) as sim:
        ws = build(Settings(db_url=f"sqlite:///{tmp_path / 'p.db'}", data_dir=tmp_path, station="s", user="u"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            yield ws
        finally:
            ws.close()


@pytest.fixture
def ws40(tmp_path: Path) -> Iterator[Workstation]:
    yield from labelled_workstation(tmp_path, 45)


def tracking_of(label: bytes) -> str:
    found = _TRACKING.search(label)
    assert found is not None, label[:200]
    return found.group(1).decode()


def parcel_states(ws: Workstation) -> dict[str, str]:
    return {p["tracking_number"]: p["state"] for p in ws.queues.parcels_summary() if p["tracking_number"]}


def assert_each_printed_once(ws: Workstation, emu: PrinterEmulator, ids: list[int], *, decode_every: int = 10) -> None:
    labels = emu.payloads
    tracking = [tracking_of(label) for label in labels]
    states = parcel_states(ws)
    printed = {t for t, s in states.items() if s == "printed"}
    assert Counter(tracking).most_common(1)[0][1] == 1, "a label came out twice"
    assert len(tracking) == len(ids) and set(tracking) == printed
    for label, code in list(zip(labels, tracking, strict=True))[::decode_every]:
        assert code in decode_zpl(label)


def test_paper_out_mid_batch_then_resume_prints_each_label_once(ws40: Workstation) -> None:
    ws = ws40
    ids = ws.printing.printable_parcels(None)[:40]
    with PrinterEmulator(seconds_per_label=SPL, labels_on_roll=13) as emu:
        job = ws.printing.create_print_job(ids, emu.uri)
        stopped = ws.printing.run_print_job(job)
        assert (stopped.status, stopped.printed) == ("stopped", 13)
        assert "out of" in stopped.error.lower()
        assert stopped.sent >= 1  # in the printer's buffer: they print after the new roll, never sent again
        shown = {j.id: j for j in ws.printing.print_jobs()}[job]
        assert (shown.status, shown.printed, shown.sent) == ("stopped", 13, stopped.sent)

        emu.load_paper()  # the packer puts a new roll in and presses Print again
        done = ws.printing.run_print_job(job)
        assert (done.status, done.printed, done.total, done.sent) == ("done", 40, 40, 0)
        assert_each_printed_once(ws, emu, ids)
    assert job not in ws.printing.unfinished_print_jobs()


def test_power_cycle_mid_batch_loses_the_buffer_and_those_labels_are_sent_again(ws40: Workstation) -> None:
    ws = ws40
    ids = ws.printing.printable_parcels(None)[:30]
    with PrinterEmulator(seconds_per_label=SPL) as emu:
        job = ws.printing.create_print_job(ids, emu.uri)
        result: list[object] = []
        runner = threading.Thread(target=lambda: result.append(ws.printing.run_print_job(job)))
        runner.start()
        emu.wait_printed(11)
        emu.power_cycle(off_for=0.3)  # the label on the head and the buffer are gone
        runner.join(timeout=60)
        progress = result[0]
        if progress.status != "done":  # the printer was off too long for this run: resume
            progress = ws.printing.run_print_job(job)
        assert progress.status == "done" and progress.printed == 30
        assert_each_printed_once(ws, emu, ids)


def test_power_cycle_while_stopped_then_resume(ws40: Workstation) -> None:
    ws = ws40
    ids = ws.printing.printable_parcels(None)[:20]
    with PrinterEmulator(seconds_per_label=SPL, labels_on_roll=7) as emu:
        job = ws.printing.create_print_job(ids, emu.uri)
        assert ws.printing.run_print_job(job).printed == 7
        emu.power_cycle()  # switched off and on to clear the paper-out: its buffer is lost
        emu.load_paper()
        done = ws.printing.run_print_job(job)
        assert (done.status, done.printed) == ("done", 20)
        assert_each_printed_once(ws, emu, ids)


def test_connection_reset_after_a_whole_label_prints_it_once(ws40: Workstation) -> None:
    ws = ws40
    ids = ws.printing.printable_parcels(None)[:12]
    with PrinterEmulator(seconds_per_label=SPL, reset_after_label=5) as emu:
        job = ws.printing.create_print_job(ids, emu.uri)
        done = ws.printing.run_print_job(job)
        if done.status != "done":
            done = ws.printing.run_print_job(job)
        assert (done.status, done.printed) == ("done", 12)
        assert_each_printed_once(ws, emu, ids, decode_every=4)


def test_a_printer_with_its_head_open_stops_the_batch_before_a_label_goes(ws40: Workstation) -> None:
    ws = ws40
    with FakeTcpPrinter(status="head_open") as printer:
        stopped = ws.printing.run_print_job(
            ws.printing.create_print_job(ws.printing.printable_parcels(None)[:3], printer.uri)
        )
        assert stopped.status == "stopped" and stopped.printed == 0
        assert "head" in stopped.error.lower()
        assert printer.printed == []


def test_a_one_way_printer_leaves_labels_sent_until_confirmed_or_scanned(ws40: Workstation, tmp_path: Path) -> None:
    ws = ws40
    ids = ws.printing.printable_parcels(None)[:4]
    folder = tmp_path / "out"
    job = ws.printing.create_print_job(ids, "folder://" + str(folder))
    sent = ws.printing.run_print_job(job)
    assert (sent.status, sent.printed, sent.sent) == ("sent", 0, 4)  # honest: a folder cannot say what printed
    assert len(list(folder.glob("*.zpl"))) == 4
    assert not set(ids) & set(ws.printing.printable_parcels(None))  # `print --all` again sends none of them twice
    tracking = [tracking_of(f.read_bytes()) for f in sorted(folder.glob("*.zpl"))]
    states = parcel_states(ws)
    assert {states[t] for t in tracking} == {"labelled"}  # still in Print (not Scan) until confirmed

    verdict = ws.bench.scan(tracking[0])  # the label is in the packer's hand: it printed
    assert verdict.kind == "shipped"
    assert ws.bench.scan(tracking[0]).kind == "already_shipped"
    after = ws.printing.confirm_print_job(job)  # the user saw the rest come out
    assert (after.status, after.printed, after.sent) == ("done", 4, 0)
    with pytest.raises(NotAllowed):
        ws.printing.confirm_print_job(job)


def test_a_batch_that_raises_ends_stopped_with_its_reason(ws40: Workstation) -> None:
    ws = ws40
    from printers.profiles import PrinterProfile

    printer_id = ws.printing.save_printer(
        PrinterProfile("Receipt 58", "memory://", "escpos", 203, 58, 100), template="shipping-100x100"
    )
    uri = ws.printing.printers()[0].uri
    assert ws.printing.printers()[0].id == printer_id
    job = ws.printing.create_print_job(ws.printing.printable_parcels(None)[:2], uri)
    stopped = ws.printing.run_print_job(job)  # a 100 mm label, chosen by hand, is wider than 58 mm receipt paper
    assert stopped.status == "stopped" and stopped.error is not None
    assert (
        "a 799-dot wide label does not fit on 384-dot wide receipt paper: choose a narrower template" in stopped.error
    )
    assert {j.id: j.status for j in ws.printing.print_jobs()}[job] == "stopped"


def test_two_printers_print_at_once_and_a_stopped_job_blocks_neither(ws40: Workstation) -> None:
    ws = ws40
    ids = ws.printing.printable_parcels(None)[:24]
    with (
        PrinterEmulator(seconds_per_label=SPL) as one,
        PrinterEmulator(seconds_per_label=SPL) as two,
        PrinterEmulator(seconds_per_label=SPL, labels_on_roll=2) as empty,
    ):
        blocked = ws.printing.create_print_job(ids[:4], empty.uri)
        assert ws.printing.run_print_job(blocked).status == "stopped"
        a = ws.printing.create_print_job(ids[4:14], one.uri)
        b = ws.printing.create_print_job(ids[14:], two.uri)
        results: dict[int, object] = {}
        threads = [
            threading.Thread(target=lambda j=j: results.__setitem__(j, ws.printing.run_print_job(j))) for j in (a, b)
        ]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert {j: r.status for j, r in results.items()} == {a: "done", b: "done"}
        assert len(one.printed) == 10 and len(two.printed) == 10
        # at once: the two printers' print times overlap
        assert one.printed[0].at < two.printed[-1].at and two.printed[0].at < one.printed[-1].at
        assert time.monotonic() - started < 60
