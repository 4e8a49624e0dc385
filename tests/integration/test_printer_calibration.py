"""Calibrating a label printer's media sensor from its settings (issue #13).

The printer emulator on a loopback socket takes the command the way a printer does:
ZPL `~JC` and TSPL `GAPDETECT` / `AUTODETECT` feed a few blank labels past the sensor and
print nothing. The printer must receive exactly the calibration command and no label.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.bootstrap import build
from app.errors import InvalidInput
from app.settings import Settings
from app.workstation import Workstation
from printers.profiles import PrinterProfile
from tests.fakes.printer_emulator import PrinterEmulator

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ws(sqlite_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = build(Settings(db_url=sqlite_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
    try:
        yield ws
    finally:
        ws.close()


def calibrated(emulator: PrinterEmulator, count: int = 1) -> list[bytes]:
    """The calibrations the printer took, once it has read them off the socket."""
    deadline = time.monotonic() + 10
    while len(emulator.calibrations) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return list(emulator.calibrations)


def test_a_zebra_gets_exactly_jc_and_prints_no_label(ws: Workstation) -> None:
    with PrinterEmulator("zpl", odometer=120) as zebra:
        printer_id = ws.printing.save_printer(PrinterProfile("Zebra", zebra.uri, "zpl", 203, 101.6, 152.4))
        assert ws.printing.calibrate(printer_id) == "~JC"
        assert calibrated(zebra) == [b"~JC"]
        assert zebra.fed_blank == 3  # the labels it fed to measure them
        assert zebra.received_formats == 0 and zebra.printed == []  # no label
        assert zebra.label_count == 120  # nothing counted as printed


@pytest.mark.parametrize(("gap_mm", "command"), [(2.5, b"GAPDETECT"), (0.0, b"AUTODETECT")])
def test_a_tspl_printer_gets_its_detection_command_and_prints_no_label(
    ws: Workstation, gap_mm: float, command: bytes
) -> None:
    with PrinterEmulator("tspl") as tsc:
        printer_id = ws.printing.save_printer(PrinterProfile("TSC", tsc.uri, "tspl", 203, 100, 150, gap_mm=gap_mm))
        assert ws.printing.calibrate(printer_id) == command.decode()
        assert calibrated(tsc) == [command]
        assert tsc.received_formats == 0 and tsc.printed == []


def test_a_receipt_printer_has_nothing_to_calibrate_and_is_sent_nothing(ws: Workstation, tmp_path: Path) -> None:
    folder = tmp_path / "receipt"
    printer_id = ws.printing.save_printer(PrinterProfile("Receipt", "folder://" + str(folder), "escpos", 203, 80, 200))
    assert not ws.printing.can_calibrate("escpos") and ws.printing.can_calibrate("zpl")
    with pytest.raises(InvalidInput, match="escpos printers have no media sensor to calibrate"):
        ws.printing.calibrate(printer_id)
    assert not folder.exists() or not any(folder.iterdir())


def test_printers_calibrate_on_the_command_line(ws: Workstation, sqlite_url: str, tmp_path: Path) -> None:
    with PrinterEmulator("zpl") as zebra:
        ws.printing.save_printer(PrinterProfile("Dock Zebra", zebra.uri, "zpl", 203, 101.6, 152.4))
        env = {
            **os.environ,
            "SHIPBENCH_DATA_DIR": str(tmp_path / "data"),
            "SHIPBENCH_STATION": "bench-1",
            "SHIPBENCH_USER": "alice",
        }

        def cli(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--db", sqlite_url, "printers", *args],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )

        done = cli("calibrate", "Dock Zebra")
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "Dock Zebra: sent ~JC; the printer feeds a few labels to measure them"
        assert calibrated(zebra) == [b"~JC"] and zebra.received_formats == 0
        unknown = cli("calibrate", "Nobody")
        assert (
            unknown.returncode == 1
            and unknown.stderr.strip() == "error: no printer named 'Nobody' (printers: Dock Zebra)"
        )
