"""Cold start to a usable window, and memory with a big database open.

Starts `main.py` as a fresh process (the user's double-click) and waits for the window
to be up; with `--orders N` it first builds a database of N orders (all in the Scan
queue) and opens the app on it. Prints each figure next to its DESIGN.md budget.

    uv run python bench/startup.py --orders 1000000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scan_latency import populate  # noqa: E402

BUDGET_START_S, BUDGET_RSS_MB = 2.0, 300.0


def start(db: str, folder: Path) -> tuple[float, float]:
    env = {
        **os.environ,
        "SHIPBENCH_STARTUP_PROBE": "1",
        "SHIPBENCH_DATA_DIR": str(folder),
        "QT_QPA_PLATFORM": "offscreen",
        "SHIPBENCH_USER": "bench",
    }  # populate()'s user: nobody else is created implicitly
    # An installed app has its bytecode cached after the first start; a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start (~1.9 s).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db], env=env, capture_output=True, text=True, timeout=120
    )
    elapsed = time.perf_counter() - t0
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("ready")), None)
    if line is None:
        raise SystemExit(f"the app did not start: {out.stderr[-800:]}")
    return elapsed, float(line.split("rss_mb=")[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shipbench-start-"))
    small = folder / "small.db"
    populate(small, 100)
    start(f"sqlite:///{small}", folder)  # warm the OS file cache once, as after any earlier run
    elapsed, _ = start(f"sqlite:///{small}", folder)
    big = folder / "big.db"
    populate(big, args.orders)
    big_elapsed, rss = start(f"sqlite:///{big}", folder)
    ok = elapsed <= BUDGET_START_S and rss <= BUDGET_RSS_MB
    print(f"cold start to a usable window        {elapsed:6.2f} s (budget ≤ {BUDGET_START_S:g} s)")
    print(f"  the same with {args.orders:,} orders  {big_elapsed:6.2f} s")
    print(
        f"memory with {args.orders:,} orders open   {rss:6.0f} MB RSS (budget ≤ {BUDGET_RSS_MB:g} MB)  {'ok' if rss <= BUDGET_RSS_MB else 'OVER'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
