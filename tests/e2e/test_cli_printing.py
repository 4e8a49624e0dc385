"""`print` and `print-jobs` on the command line, as a shop owner meets them (issue #13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from tests.fakes.printer_emulator import PrinterEmulator
from tests.fakes.printers import FakeTcpPrinter

ROOT = Path(__file__).resolve().parents[2]


def cli(db: str, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(data), "SHIPBENCH_STATION": "bench-1", "SHIPBENCH_USER": "alice"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A database with a few parcels in the Print queue."""
    db, data = f"sqlite:///{tmp_path / 'shop.db'}", tmp_path / "data"
    with Simulator(order_count=12) as sim:
        ws = build(Settings(db_url=db, data_dir=data, station="bench-1", user="alice"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            assert len(ws.printing.printable_parcels(None)) >= 6
        finally:
            ws.close()
        yield db, data


def test_print_with_no_printer_refuses_and_says_how_to_add_one(shop: tuple[str, Path]) -> None:
    db, data = shop
    result = cli(db, "print", "--all", data=data)
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "no printer is set up" in line and "--printer" in line
    assert not (data / "labels").exists()  # no hidden folder pretends to be a printer


def test_a_folder_printer_says_sent_and_the_user_confirms_the_batch(shop: tuple[str, Path], tmp_path: Path) -> None:
    db, data = shop
    out = tmp_path / "labels"
    printed = cli(db, "print", "--all", "--printer", f"folder://{out}", data=data)
    assert printed.returncode == 0, printed.stderr
    assert "printed 0 of" in printed.stdout and "sent" in printed.stdout and "print-jobs confirm 1" in printed.stdout
    files = sorted(out.glob("*.zpl"))
    assert files

    (job,) = json.loads(cli(db, "print-jobs", "--json", data=data).stdout)
    assert (job["id"], job["status"], job["printed"], job["sent"]) == (1, "sent", 0, len(files))
    again = cli(db, "print", "--all", "--printer", f"folder://{out}", data=data)
    assert again.returncode == 0 and again.stdout.strip() == "nothing to print"  # sent labels are not sent twice

    confirmed = cli(db, "print-jobs", "confirm", "1", data=data)
    assert confirmed.returncode == 0 and f"printed {len(files)} of {len(files)}" in confirmed.stdout
    (job,) = json.loads(cli(db, "print-jobs", "--json", data=data).stdout)
    assert (job["status"], job["printed"], job["sent"]) == ("done", len(files), 0)


def test_the_label_in_doubt_must_be_resolved_before_the_batch_goes_on(shop: tuple[str, Path]) -> None:
    db, data = shop
    # a printer that does not answer (one-way) drops the connection while the third label goes out
    with FakeTcpPrinter(silent=True, drop_at_job=3) as printer:
        ws = build(Settings(db_url=db, data_dir=data, station="bench-1", user="alice"))
        try:
            job = ws.printing.create_print_job(ws.printing.printable_parcels(None), printer.uri)
            stopped = ws.printing.run_print_job(job)
        finally:
            ws.close()
        assert stopped.status == "stopped" and stopped.sent == 2 and len(stopped.uncertain) == 1
        (doubt,) = stopped.uncertain

        refused = cli(db, "print", "--all", "--printer", printer.uri, data=data)
        assert refused.returncode == 1
        assert f"say whether {doubt} printed" in refused.stderr and f"print-jobs resolve {job}" in refused.stderr
        listed = cli(db, "print-jobs", data=data).stdout
        assert f"in doubt: {doubt}" in listed

        resolved = cli(db, "print-jobs", "resolve", str(job), "--not-printed", data=data)
        assert resolved.returncode == 0, resolved.stderr
        done = cli(db, "print", "--all", "--printer", printer.uri, data=data)
        assert done.returncode == 0, done.stderr
        assert "sent" in done.stdout
    # the two sent before, the one in doubt sent again, and the rest: each parcel's label once
    labels = printer.printed
    assert len(labels) == stopped.total


def test_a_stopped_job_on_one_printer_blocks_nothing_on_another(shop: tuple[str, Path]) -> None:
    db, data = shop
    with (
        PrinterEmulator(seconds_per_label=0.01, labels_on_roll=2) as first,
        PrinterEmulator(seconds_per_label=0.01) as other,
    ):
        ws = build(Settings(db_url=db, data_dir=data, station="bench-1", user="alice"))
        try:
            total = len(ws.printing.printable_parcels(None))
            stuck = ws.printing.create_print_job(ws.printing.printable_parcels(None)[:4], first.uri)
            assert ws.printing.run_print_job(stuck).status == "stopped"  # out of paper after 2
        finally:
            ws.close()

        result = cli(db, "print", "--all", "--printer", other.uri, data=data)
        assert result.returncode == 0, result.stderr
        assert f"printed {total - 4} of {total - 4}" in result.stdout
        assert len(other.printed) == total - 4 and len(first.printed) == 2
        jobs = {j["id"]: j for j in json.loads(cli(db, "print-jobs", "--json", data=data).stdout)}
        assert jobs[stuck]["status"] == "stopped" and jobs[stuck]["printer_uri"] == first.uri

        assert cli(db, "print-jobs", "cancel", str(stuck), data=data).returncode == 0
        assert json.loads(cli(db, "print-jobs", "--json", data=data).stdout)[-1]["status"] == "cancelled"


def test_the_printer_says_what_it_speaks_and_a_wrong_profile_stops_the_batch(shop: tuple[str, Path]) -> None:
    db, data = shop
    with PrinterEmulator("tspl", seconds_per_label=0.01, model="TE200") as tsc:
        result = cli(db, "print", "--all", "--printer", tsc.uri, data=data)
        printers = json.loads(cli(db, "printers", "--json", data=data).stdout)["printers"]
        assert [(p["uri"], p["language"]) for p in printers] == [(tsc.uri, "tspl")]  # asked, not assumed ZPL
        assert result.returncode == 0, result.stderr

    with PrinterEmulator(seconds_per_label=0.01, dpi=300) as zebra:
        ws = build(Settings(db_url=db, data_dir=data, station="bench-1", user="alice"))
        try:
            from printers.profiles import PrinterProfile

            ws.printing.save_printer(PrinterProfile("Dock Zebra", zebra.uri, "zpl", 203, 101.6, 152.4))
        finally:
            ws.close()
        wrong = cli(db, "print", "--all", "--printer", "Dock Zebra", data=data)
        assert wrong.returncode == 1
        (line,) = wrong.stderr.strip().splitlines()
        assert "300 dpi" in line and "'Dock Zebra' says 203 dpi" in line
        assert zebra.printed == []
