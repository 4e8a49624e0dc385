"""Peak memory of an order file import, whole process, beside a bare csv + sqlite3 anchor.

Writes an Amazon unshipped-orders report of N orders (~1.3 items each, streamed to disk),
then, each round interleaved, imports it in a fresh child process and reads that
process's peak resident set (``VmHWM`` in ``/proc/self/status``) after the import; the
anchor, in another child of the same round, does the simplest possible version of the
same work (``bench/import_common.py``: ``csv.reader`` over the file, ``sqlite3``
``executemany`` of every row into one table, one transaction). Median and spread of the
rounds. Budget (DESIGN.md, issue #17): a peak ≤ 300 MB whatever the file size.

    uv run python bench/import_memory.py                        # 1,000,000 orders (~0.5 GB file)
    uv run python bench/import_memory.py --orders 20000         # quick (.ci/run)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_common import child, median_spread, verdict, write_report  # noqa: E402

BUDGET_MB = 300.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shipbench-import-memory-") as tmp:
        folder = Path(tmp)
        report = folder / "amazon-unshipped.txt"
        t0 = time.perf_counter()
        write_report(report, args.orders)
        gen, size = time.perf_counter() - t0, report.stat().st_size
        ours, bare = [], []
        for _ in range(args.rounds):
            bare.append(child("anchor", report, folder))
            ours.append(child("importer-once", report, folder))
    peak = [r["peak_mb"] for r in ours]
    anchor_peak = [r["peak_mb"] for r in bare]
    ok = max(peak) <= BUDGET_MB and all(r["orders"] == args.orders for r in ours)
    print(
        f"order file import, peak memory of the whole process: {args.orders:,} orders,"
        f" {size / 1e6:,.0f} MB file (generated in {gen:.0f} s), {args.rounds} rounds interleaved"
    )
    print(
        f"  shipbench  peak {median_spread(peak, '.1f')} MB  (budget ≤ {BUDGET_MB:.0f})  {verdict(ok, bad='OVER')};"
        f" {statistics.median([r['start_mb'] for r in ours]):.0f} MB before the import;"
        f" {median_spread([args.orders / r['seconds'] for r in ours])} orders/s"
    )
    print(
        f"  anchor     peak {median_spread(anchor_peak, '.1f')} MB  (csv + sqlite3 executemany);"
        f" {median_spread([args.orders / r['seconds'] for r in bare])} orders/s"
    )
    ratio = [o["peak_mb"] / a["peak_mb"] for o, a in zip(ours, bare, strict=True)]
    times = [o["seconds"] / a["seconds"] for o, a in zip(ours, bare, strict=True)]
    print(f"  ratio      {median_spread(ratio, '.2f')}× the anchor's peak, {median_spread(times, '.1f')}× its time")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
