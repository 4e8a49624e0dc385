"""A batch of labels to a printer that prints 6 inches a second, every label confirmed.

Issue #13: "a 500-label batch to an emulator printing 6 ips keeps the printer busy (no
idle gap longer than one label's print time) while confirming every label." The run goes
through the whole application path a packer's *Print* does — a database at the demo's
Print stage, `ws.printing.create_print_job` + `run_print_job` (each label drawn when its
turn comes, recorded sending → sent → printed by the printer's own counter) — to the
printer emulator (`tests/fakes/printer_emulator.py`) on a loopback socket. The emulator's
log of labels leaving its head is the ground truth for the idle gaps.

The bare anchor, in the same run: the very bytes the printer received, written straight
down one socket to a fresh emulator with no confirmation and no database, until it has
printed them all. Figures: total time for each and the ratio; the longest idle gap of the
print head between two labels against the budget (one label's print time); labels
confirmed printed.

    uv run python bench/print_confirm.py                       # 500 labels, 6 ips, 6" labels (~17 min)
    uv run python bench/print_confirm.py --labels 50 --ips 60  # the quick variant (~20 s)
"""

from __future__ import annotations

import argparse
import multiprocessing
import socket
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.bootstrap import build  # noqa: E402
from app.cli.demo import run_until  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.simulator import Simulator  # noqa: E402
from tests.fakes.printer_emulator import PrinterEmulator  # noqa: E402

Printed = list[tuple[float, bytes]]  # (when the label left the head, its bytes), in order


def _emulate(conn: Connection, ips: float, length: float) -> None:
    with PrinterEmulator(inches_per_second=ips, label_length_in=length) as emu:
        conn.send((emu.host, emu.port))
        count = conn.recv()
        emu.wait_printed(count, timeout=count * emu.seconds_per_label * 3 + 60)
        conn.send([(label.at, label.payload) for label in emu.printed])


class Printer:
    """The emulator in a process of its own, so its print engine keeps its own time
    whatever the application does with the interpreter (monotonic clocks agree across
    processes)."""

    def __init__(self, ips: float, length: float) -> None:
        self._conn, child = multiprocessing.get_context("spawn").Pipe()
        self._process = multiprocessing.get_context("spawn").Process(
            target=_emulate, args=(child, ips, length), daemon=True
        )
        self._process.start()
        self.host, self.port = self._conn.recv()
        self.uri = f"tcp://{self.host}:{self.port}"

    def printed(self, count: int) -> Printed:
        """Wait until the printer printed `count` labels; what left its head, when."""
        self._conn.send(count)
        log: Printed = self._conn.recv()
        self._process.join(timeout=10)
        return log


def head_gaps(printed: Printed, seconds_per_label: float) -> list[float]:
    """Idle time of the print head between one label leaving it and the next starting."""
    return [max(0.0, b[0] - a[0] - seconds_per_label) for a, b in zip(printed, printed[1:], strict=False)]


def build_database(folder: Path, labels: int) -> tuple[str, list[int]]:
    """The demo at its Print stage with at least `labels` parcels waiting; (db url, parcel ids)."""
    db_url = f"sqlite:///{folder / 'print.db'}"
    orders = labels + labels // 6 + 10  # a few demo orders stay in Review (unpaired SKUs)
    with Simulator(order_count=orders) as sim:
        ws = build(Settings(db_url=db_url, data_dir=folder / "data", station="bench", user="bench"))
        try:
            run_until(ws, sim.url, "print", folder / "labels")
            parcels = ws.printing.printable_parcels(None)
        finally:
            ws.close()
    if len(parcels) < labels:
        raise SystemExit(f"the demo made only {len(parcels)} parcels ready to print, {labels} wanted")
    return db_url, parcels[:labels]


def confirmed_run(db_url: str, folder: Path, parcel_ids: list[int], emu: Printer) -> tuple[float, int]:
    """The application's print job to `emu`; (seconds from Print to the last confirmation, printed)."""
    ws = build(Settings(db_url=db_url, data_dir=folder / "data", station="bench", user="bench"))
    try:
        job_id = ws.printing.create_print_job(parcel_ids, emu.uri)
        started = time.monotonic()
        progress = ws.printing.run_print_job(job_id)
        elapsed = time.monotonic() - started
    finally:
        ws.close()
    if progress.status != "done":
        raise SystemExit(f"the batch did not finish: {progress}")
    return elapsed, progress.printed


def bare_run(payloads: list[bytes], emu: Printer) -> tuple[float, Printed]:
    """The same bytes down one socket, no confirmation: until the printer printed them all."""
    started = time.monotonic()
    with socket.create_connection((emu.host, emu.port)) as sock:
        sock.sendall(b"".join(payloads))
        printed = emu.printed(len(payloads))
    return printed[-1][0] - started, printed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=int, default=500)
    parser.add_argument("--ips", type=float, default=6.0, help="print speed, inches per second")
    parser.add_argument("--label-length", type=float, default=6.0, help='label length in inches (4x6": 6)')
    args = parser.parse_args()
    spl = args.label_length / args.ips
    print(f"{args.labels} labels of {args.label_length:g} in at {args.ips:g} ips: {spl:.3f} s per label")

    with tempfile.TemporaryDirectory(prefix="bench-print-") as tmp:
        folder = Path(tmp)
        t0 = time.monotonic()
        db_url, parcel_ids = build_database(folder, args.labels)
        print(f"database at the Print stage: {len(parcel_ids)} parcels in {time.monotonic() - t0:.1f} s")

        emu = Printer(args.ips, args.label_length)
        confirmed_s, printed = confirmed_run(db_url, folder, parcel_ids, emu)
        done = emu.printed(len(parcel_ids))
        bare_s, bare_done = bare_run([payload for _, payload in done], Printer(args.ips, args.label_length))

    gaps, bare_gaps = head_gaps(done, spl), head_gaps(bare_done, spl)
    longest, bare_longest = max(gaps, default=0.0), max(bare_gaps, default=0.0)
    over = [i + 1 for i, g in enumerate(gaps) if g > spl]
    print(f"printed by the emulator: {len(done)}; confirmed printed in the database: {printed}")
    print(f"confirmed batch: {confirmed_s:.2f} s   bare socket: {bare_s:.2f} s   ratio {confirmed_s / bare_s:.3f}x")
    print(f"ideal: {len(done) * spl:.2f} s ({len(done)} x {spl:.3f} s)")
    print(
        f"longest idle gap of the head: {longest * 1000:.1f} ms   budget: {spl * 1000:.1f} ms (one label)   "
        f"bare: {bare_longest * 1000:.1f} ms   gaps over budget: {len(over)}"
        + (f" (before labels {over[:10]})" if over else "")
    )
    ok = printed == len(done) == args.labels and longest <= spl
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
