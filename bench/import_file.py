"""Order file import, whole process: an Amazon report of N orders into a fresh SQLite file.

Each round, interleaved: the **anchor** (``csv`` + ``sqlite3`` ``executemany`` of every
row, one transaction; see ``bench/import_common.py``) and **shipbench**
(``ws.imports.import_orders``: scan, check every row, then write all or nothing with
review reasons, the search index, queue counts; then the same file again, a no-op), each
in a fresh interpreter, wall time from start to exit. Prints the median and spread of
the rounds, the ratio, and the budgets of issue #17: ≥ 20,000 orders/s and ≤ 4× the
anchor; the unchanged file again ≥ 50,000 orders/s; peak memory ≤ 300 MB
(``bench/import_memory.py`` for that alone).

    uv run python bench/import_file.py --orders 1000000
    uv run python bench/import_file.py --orders 20000      # quick (.ci/run)
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

BUDGET = 20_000.0
RATIO = 4.0
AGAIN = 50_000.0
MEMORY_MB = 300.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shipbench-import-file-") as tmp:
        folder = Path(tmp)
        report = folder / "amazon-unshipped.txt"
        t0 = time.perf_counter()
        write_report(report, args.orders)
        gen, size = time.perf_counter() - t0, report.stat().st_size
        ours: list[dict[str, float]] = []
        bare: list[dict[str, float]] = []
        for _ in range(args.rounds):
            bare.append(child("anchor", report, folder))
            ours.append(child("importer", report, folder))
    n = args.orders
    assert all(r["orders"] == n for r in ours + bare), (ours, bare)
    for r in ours:  # the child imports twice; the whole process of one import leaves the second out
        r["wall"] -= r["again_s"]
    rate = [n / r["wall"] for r in ours]
    in_import = [n / r["seconds"] for r in ours]
    cpu = [n / r["cpu"] for r in ours]
    anchor_rate = [n / r["wall"] for r in bare]
    ratio = [o["wall"] / a["wall"] for o, a in zip(ours, bare, strict=True)]
    cpu_ratio = [o["cpu"] / a["cpu"] for o, a in zip(ours, bare, strict=True)]
    again = [r["again_unchanged"] / r["again_s"] for r in ours]
    peak = [r["peak_mb"] for r in ours]
    ok_rate = statistics.median(rate) >= BUDGET
    ok_ratio = statistics.median(ratio) <= RATIO
    ok_again = statistics.median(again) >= AGAIN and all(r["again_changed"] == 0 for r in ours)
    print(
        f"order file import, whole process (Amazon report → SQLite): {n:,} orders, {size / 1e6:,.1f} MB"
        f" (generated in {gen:.1f} s), {args.rounds} rounds interleaved"
    )
    print(f"  shipbench  {median_spread(rate)} orders/s wall  (budget ≥ {BUDGET:,.0f})  {verdict(ok_rate)}")
    print(f"             {median_spread(in_import)} orders/s inside the import call; CPU {median_spread(cpu)}")
    print(f"  anchor     {median_spread(anchor_rate)} orders/s wall  (csv + sqlite3 executemany)")
    print(
        f"  ratio      {median_spread(ratio, '.2f')}× the anchor's wall time  (budget ≤ {RATIO:.0f}×)"
        f"  {verdict(ok_ratio, bad='OVER')}"
    )
    print(f"             {median_spread(cpu_ratio, '.2f')}× its CPU time, import call against copy loop")
    print(f"  same file again  {median_spread(again)} orders/s  (budget ≥ {AGAIN:,.0f})  {verdict(ok_again)}")
    print(
        f"  peak memory      {median_spread(peak, '.0f')} MB  (budget ≤ {MEMORY_MB:.0f})"
        f"  {verdict(max(peak) <= MEMORY_MB, bad='OVER')}"
    )
    return 0 if ok_rate and ok_ratio and ok_again else 1


if __name__ == "__main__":
    sys.exit(main())
