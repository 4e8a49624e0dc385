"""Order file import rate, inside one process: the import call beside the bare anchor.

Each round, interleaved in this one process: the **anchor** (``csv`` + ``sqlite3``
``executemany`` of every row, one transaction; ``bench/import_common.py``) and
**shipbench** (``ws.imports.import_orders`` into a fresh database, then the same file
again). Wall and CPU time of the calls alone (no interpreter start; ``bench/import_file.py``
measures the whole process), median and spread of the rounds, the ratio (wall and CPU:
on a shared machine the CPU ratio is the steadier one) and the budgets of issue #17:
≥ 20,000 orders/s, ≤ 4× the anchor, the unchanged file again ≥ 50,000 orders/s.

    uv run python bench/import_rate.py --orders 20000      # quick (.ci/run)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_common import anchor, median_spread, shipbench, verdict, write_report  # noqa: E402

BUDGET = 20_000.0
RATIO = 4.0
AGAIN = 50_000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    n = args.orders
    with tempfile.TemporaryDirectory(prefix="shipbench-import-rate-") as tmp:
        folder = Path(tmp)
        report = folder / "amazon-unshipped.txt"
        write_report(report, n)
        ours, bare = [], []
        for r in range(args.rounds):
            bare.append(anchor(report, folder / f"anchor-{r}.db"))
            sub = folder / f"round-{r}"
            sub.mkdir()
            ours.append(shipbench(report, sub))
    assert all(r["orders"] == n for r in ours + bare), (ours, bare)
    rate = [n / r["seconds"] for r in ours]
    ratio = [o["seconds"] / a["seconds"] for o, a in zip(ours, bare, strict=True)]
    cpu_ratio = [o["cpu"] / a["cpu"] for o, a in zip(ours, bare, strict=True)]
    again = [r["again_unchanged"] / r["again_s"] for r in ours]
    ok = statistics.median(rate) >= BUDGET and statistics.median(ratio) <= RATIO
    print(f"order file import, in process (Amazon report → SQLite): {n:,} orders, {args.rounds} rounds interleaved")
    print(f"  shipbench  {median_spread(rate)} orders/s  (budget ≥ {BUDGET:,.0f})  {verdict(ok)}")
    print(f"             CPU {median_spread([n / r['cpu'] for r in ours])} orders/s")
    print(f"  anchor     {median_spread([n / r['seconds'] for r in bare])} orders/s  (csv + sqlite3 executemany)")
    print(
        f"  ratio      wall {median_spread(ratio, '.2f')}×, CPU {median_spread(cpu_ratio, '.2f')}×  (budget ≤ {RATIO:.0f}×)"
    )
    print(f"  same file again  {median_spread(again)} orders/s  (budget ≥ {AGAIN:,.0f})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
