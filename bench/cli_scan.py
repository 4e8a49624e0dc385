"""`main.py scan --json CODE` as a whole process, with N printed parcels in the database.

DESIGN.md: "a CLI command that needs no GUI ≤ 0.3 s over a bare interpreter". Each run
starts a fresh process that ships one printed parcel, and the same run times the bare
anchor (`python -c pass`) interleaved with it, so a busy machine slows both alike.
Three figures per run, p50 and p90:

- verdict: until the verdict is on stdout and stdout is closed (the packer's answer);
- whole process, `--no-send`: the scan alone, exit included;
- whole process, default: the scan, then the marketplace confirmation sent after the
  verdict (here to a closed port: the whole application loads, the network refuses).

    uv run python bench/cli_scan.py                       # 1,000,000 parcels (built once, ~minutes)
    uv run python bench/cli_scan.py --reuse /tmp/1m.db    # build there once, reuse afterwards
    uv run python bench/cli_scan.py --parcels 20000 --runs 10   # the quick variant
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scan_latency import populate, tracking  # noqa: E402

BUDGET_OVER_BARE_S = 0.3


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def printed_ids(path: Path, count: int, rng: random.Random) -> list[int]:
    """``count`` parcels still printed (a reused database has shipped some already)."""
    con = sqlite3.connect(path)
    try:
        top = con.execute("SELECT max(id) FROM parcels").fetchone()[0]
        picked: list[int] = []
        while len(picked) < count:
            i = rng.randint(1, top)
            row = con.execute("SELECT status FROM parcels WHERE id = ?", (i,)).fetchone()
            if row and row[0] == "printed" and i not in picked:
                picked.append(i)
        return picked
    finally:
        con.close()


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """(seconds until stdout closed, seconds until the process ended, stdout)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    out = proc.stdout.read()
    t_answer = time.perf_counter() - t0
    proc.wait()
    return t_answer, time.perf_counter() - t0, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--reuse", type=Path, metavar="PATH", help="the database file: built there if missing, reused if present"
    )
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="shipbench-cli-scan-"))
    path = args.reuse or folder / f"cli-scan-{args.parcels}.db"
    if not path.exists():
        t0 = time.perf_counter()
        populate(path, args.parcels)
        print(f"built {args.parcels:,} parcels in {time.perf_counter() - t0:.0f} s", flush=True)
    con = sqlite3.connect(path)
    parcels = con.execute("SELECT count(*) FROM parcels").fetchone()[0]
    con.close()

    env = {
        **os.environ,
        "SHIPBENCH_DATA_DIR": str(path.parent),
        "SHIPBENCH_USER": "bench",
        "SHIPBENCH_STATION": "bench",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed Shipbench has its bytecode cached
    url = f"sqlite:///{path}"
    scan = [sys.executable, str(ROOT / "main.py"), "--db", url, "scan", "--json"]
    bare = [sys.executable, "-c", "pass"]
    rng = random.Random(parcels)
    ids = printed_ids(path, 3 * args.runs + 2, rng)
    timed(scan + ["--no-send", tracking(ids.pop())], env)  # warm-up: bytecode, page cache
    timed(scan + [tracking(ids.pop())], env)

    anchor, verdict, quiet, whole = [], [], [], []
    for _ in range(args.runs):
        anchor.append(timed(bare, env)[1])
        t_answer, t_exit, out = timed(scan + ["--no-send", tracking(ids.pop())], env)
        assert b'"kind": "shipped"' in out, out[:300]
        quiet.append(t_exit)
        verdict.append(t_answer)
        t_answer, t_exit, out = timed(scan + [tracking(ids.pop())], env)
        assert b'"kind": "shipped"' in out, out[:300]
        verdict.append(t_answer)
        whole.append(t_exit)

    a50, a90 = pct(anchor, 0.5), pct(anchor, 0.9)
    print(f"main.py scan --json, {parcels:,} parcels, {args.runs} runs each (p50 / p90, wall):")
    print(f"  bare `python -c pass`            {a50 * 1000:6.0f} / {a90 * 1000:6.0f} ms")
    ok = True
    for name, values, budgeted in (
        ("verdict on stdout", verdict, True),
        ("whole process, --no-send", quiet, True),
        ("whole process, sending after", whole, False),
    ):
        p50, p90 = pct(values, 0.5), pct(values, 0.9)
        over = p50 - a50
        verdict_text = ""
        if budgeted:
            fine = over <= BUDGET_OVER_BARE_S
            ok = ok and fine
            verdict_text = f"  budget ≤ {BUDGET_OVER_BARE_S * 1000:.0f} ms over bare: {'ok' if fine else 'OVER'}"
        print(
            f"  {name:<32} {p50 * 1000:6.0f} / {p90 * 1000:6.0f} ms  "
            f"= bare + {over * 1000:4.0f} ms, {p50 / a50:4.1f}× bare{verdict_text}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
