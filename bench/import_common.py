"""What the order-file benches share: the report, the bare anchor, child processes, medians.

The anchor is the simplest possible version of the same work: ``csv.reader`` over the
file and ``sqlite3`` ``executemany`` of every row into one table, pages of 2,000 rows, one
transaction, WAL and ``synchronous=FULL`` as Shipbench's own database.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    """This process's high-water mark of resident memory, from the kernel."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def write_report(path: Path, orders: int) -> None:
    """An Amazon unshipped-orders report of ``orders`` orders (~1.3 items each), streamed to disk."""
    from app.importing import samples

    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(samples.AMAZON_HEADER)
        w.writerows(samples.amazon_rows(orders))


def anchor(report: Path, db: Path) -> dict[str, float]:
    """csv + sqlite3 executemany of every row, in one transaction."""
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    before = peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    with report.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader)
        cols = ", ".join(f'"{h}"' for h in header)
        con.execute(f"CREATE TABLE rows ({cols})")
        insert = f"INSERT INTO rows VALUES ({', '.join('?' * len(header))})"
        with con:
            while batch := [row for _, row in zip(range(2000), reader, strict=False)]:
                con.executemany(insert, batch)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    orders = con.execute('SELECT COUNT(DISTINCT "order-id") FROM rows').fetchone()[0]
    con.close()
    return {"peak_mb": peak_mb(), "start_mb": before, "seconds": elapsed, "cpu": cpu, "orders": orders}


def shipbench(report: Path, folder: Path, *, again: bool = True) -> dict[str, float]:
    """The file imported into a fresh database, then (``again``) the same file once more."""
    from app.bootstrap import build
    from app.settings import Settings

    db = folder / "import.db"
    for leftover in folder.glob("import.db*"):
        leftover.unlink()
    ws = build(Settings(db_url=f"sqlite:///{db}", data_dir=folder))
    before = peak_mb()
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        result = ws.imports.import_orders(report, "Amazon US")
        out = {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "orders": result.new}
        out["peak_mb"], out["start_mb"] = peak_mb(), before
        if again:
            t0 = time.perf_counter()
            second = ws.imports.import_orders(report, "Amazon US")
            out["again_s"] = time.perf_counter() - t0
            out["again_unchanged"] = second.unchanged
            out["again_changed"] = second.new + second.updated
    finally:
        ws.close()
    return out


def child(kind: str, report: Path, folder: Path) -> dict[str, float]:
    """``kind`` (anchor | importer | importer-once: without the second import) in a fresh interpreter; wall time from start to exit included."""
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), kind, str(report), str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{out.stderr}")
    got: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    got["wall"] = wall
    return got


def median_spread(xs: list[float], fmt: str = ",.0f") -> str:
    return f"median {statistics.median(xs):{fmt}} (min {min(xs):{fmt}}, max {max(xs):{fmt}})"


def _main(argv: list[str]) -> None:
    kind, report, folder = argv
    if kind == "anchor":
        got = anchor(Path(report), Path(folder) / "anchor.db")
    else:
        got = shipbench(Path(report), Path(folder), again=kind != "importer-once")
    print(json.dumps(got))


def verdict(ok: bool, good: str = "ok", bad: str = "UNDER") -> str:
    return good if ok else bad


if __name__ == "__main__":
    _main(sys.argv[1:])
    sys.exit(0)
