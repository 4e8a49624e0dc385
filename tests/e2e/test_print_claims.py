"""Several stations, one shop (issue #16): a print batch claims its parcels; a station resumes
only its own batches, or one it took over from a station that is gone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from tests.fakes.printer_emulator import PrinterEmulator
from tests.integration.test_print_batches import tracking_of

pytestmark = pytest.mark.slow  # real child processes, several seconds each: CI runs them in its `pytest -m slow` step

ROOT = Path(__file__).resolve().parents[2]


def station(db: str, name: str, *args: str, data: Path) -> subprocess.Popen[str]:
    """`main.py …` as station ``name`` would run it (its own SHIPBENCH_STATION)."""
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(data), "SHIPBENCH_STATION": name, "SHIPBENCH_USER": "alice"}
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", db, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(db: str, name: str, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    proc = station(db, name, *args, data=data)
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.fixture
def shop(db_url: str, tmp_path: Path) -> Iterator[tuple[str, Path, set[str]]]:
    """A shop database (SQLite file or PostgreSQL) with parcels in the Print queue, and their tracking numbers."""
    data = tmp_path / "data"
    with Simulator(order_count=30) as sim:
        ws = build(Settings(db_url=db_url, data_dir=data, station="office", user="alice"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            tracking = {p["tracking_number"] for p in ws.queues.parcels_summary() if p["tracking_number"]}
            assert len(ws.printing.printable_parcels(None)) == len(tracking) >= 20
        finally:
            ws.close()
        yield db_url, data, tracking


def test_two_stations_printing_all_at_once_print_each_label_once(shop: tuple[str, Path, set[str]]) -> None:
    db, data, tracking = shop
    with PrinterEmulator(seconds_per_label=0.002) as a, PrinterEmulator(seconds_per_label=0.002) as b:
        procs = [
            station(db, "bench-A", "print", "--all", "--printer", a.uri, data=data),
            station(db, "bench-B", "print", "--all", "--printer", b.uri, data=data),
        ]
        results = [p.communicate(timeout=120) for p in procs]
        for proc, (_, err) in zip(procs, results, strict=True):
            assert proc.returncode == 0, err
            assert "internal error" not in err
        labels = [tracking_of(p) for p in a.payloads + b.payloads]
    counts = Counter(labels)
    assert set(counts) == tracking and max(counts.values()) == 1, "a label came out on both printers"

    jobs = json.loads(run(db, "bench-A", "print-jobs", "--json", data=data).stdout)
    assert {j["status"] for j in jobs} == {"done"}
    assert sum(j["printed"] for j in jobs) == len(tracking)
    assert all(not j["skipped"] for j in jobs)


def test_a_station_leaves_another_stations_batch_alone_until_it_takes_it_over(
    shop: tuple[str, Path, set[str]],
) -> None:
    db, data, tracking = shop
    with PrinterEmulator(seconds_per_label=0.002, labels_on_roll=5) as printer:
        first = run(db, "bench-A", "print", "--all", "--printer", printer.uri, data=data)
        assert first.returncode == 1 and "printing stopped" in first.stderr  # out of labels after 5
        (job,) = json.loads(run(db, "bench-A", "print-jobs", "--json", data=data).stdout)
        assert (job["status"], job["station"], job["printed"]) == ("stopped", "bench-A", 5)

        # station B prints everything there is on the same printer: A's batch is not its to resume
        other = run(db, "bench-B", "print", "--all", "--printer", printer.uri, data=data)
        assert other.returncode == 0, other.stderr
        assert f"print job {job['id']} of bench-A is unfinished" in other.stderr
        assert f"print-jobs take-over {job['id']}" in other.stderr
        assert len(printer.printed) == 5  # not one of A's labels sent again by B

        refused = run(db, "bench-B", "print-jobs", "resume", str(job["id"]), data=data)
        assert refused.returncode == 1 and "bench-A's" in refused.stderr and "take-over" in refused.stderr
        assert len(printer.printed) == 5

        # bench-A is gone: B takes its batch over and prints the rest, each label once
        printer.load_paper()
        taken = run(db, "bench-B", "print-jobs", "take-over", str(job["id"]), data=data)
        assert taken.returncode == 0, taken.stderr
        rest = run(db, "bench-B", "print", "--all", "--printer", printer.uri, data=data)
        assert rest.returncode == 0, rest.stderr
        assert f"printed {len(tracking)} of {len(tracking)}" in rest.stdout
        labels = Counter(tracking_of(p) for p in printer.payloads)
    assert set(labels) == tracking and max(labels.values()) == 1
    again = run(db, "bench-A", "print-jobs", "take-over", str(job["id"]), data=data)
    assert again.returncode == 1 and "nothing left to send" in again.stderr
