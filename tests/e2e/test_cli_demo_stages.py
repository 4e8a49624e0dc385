"""`demo --headless --until STAGE --db URL`: a demo database left at any queue (issue #13).

A seller tries a new printer on demo parcels; tests and benchmarks get a database at a
stage from outside. Each test runs the real processes and reads the queues back through
`main.py status --json`, as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.printer_emulator import PrinterEmulator

ROOT = Path(__file__).resolve().parents[2]
ORDERS = 8  # the simulator's orders: a few of each outcome, and a fast run


def main_py(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(data), "SHIPBENCH_STATION": "bench-1", "SHIPBENCH_USER": "alice"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def queues(db: str, data: Path) -> dict[str, int]:
    result = main_py("--db", db, "status", "--json", data=data)
    assert result.returncode == 0, result.stderr
    counts: dict[str, int] = json.loads(result.stdout)["queues"]
    return counts


def demo_until(stage: str, tmp_path: Path) -> tuple[str, Path]:
    db, data = f"sqlite:///{tmp_path / 'demo.db'}", tmp_path / "data"
    result = main_py("demo", "--headless", "--until", stage, "--orders", str(ORDERS), "--db", db, data=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["until"] == stage
    return db, data


@pytest.mark.parametrize("stage", ["review", "waybill", "print", "scan"])
def test_demo_stops_with_the_parcels_waiting_in_the_queue_asked_for(stage: str, tmp_path: Path) -> None:
    db, data = demo_until(stage, tmp_path)
    counts = queues(db, data)
    waiting = {q: n for q, n in counts.items() if q in ("review", "waybill", "print", "scan", "shipped") and n}
    assert counts[stage] >= ORDERS // 2, counts  # most orders reach the stage asked for
    # … and none went past it (a couple may stay in review: the demo has unpaired SKUs).
    assert set(waiting) <= {"review", stage}, counts
    assert counts["shipped"] == 0


def test_a_seller_tries_a_printer_on_the_demo_parcels(tmp_path: Path) -> None:
    db, data = demo_until("print", tmp_path)
    to_print = queues(db, data)["print"]
    with PrinterEmulator(seconds_per_label=0.01) as printer:
        result = main_py("--db", db, "print", "--all", "--printer", printer.uri, "--json", data=data)
        assert result.returncode == 0, result.stderr
        assert len(printer.printed) == to_print
    counts = queues(db, data)
    assert counts["print"] == 0 and counts["scan"] == to_print  # confirmed by the printer's counter


def test_the_db_option_is_taken_before_the_command_word_too(tmp_path: Path) -> None:
    db, data = f"sqlite:///{tmp_path / 'early.db'}", tmp_path / "data"
    result = main_py("--db", db, "demo", "--headless", "--until", "review", "--orders", "3", data=data)
    assert result.returncode == 0, result.stderr
    assert queues(db, data)["review"] >= 2
