"""Cold start to a painted window and to a CLI answer, each beside its bare anchor.

Every round starts fresh processes, interleaved so a busy machine slows all alike:

- a bare PySide6 window (QApplication + QMainWindow with a table, shown, painted): the anchor;
- `main.py` on a small database and on one of N orders (all in the Scan queue), until its
  window's first paint is done (``SHIPBENCH_STARTUP_PROBE``), with its memory;
- `python -c pass`: the anchor of the CLI commands that need no GUI;
- `main.py --help`, `main.py classify CODE` (no database) and `main.py status` on the big
  database, to their exit.

The big database is built once into a cache folder (named by its size and the schema's
head revision, so a new migration builds it again) and reused by later runs. Prints the
median and the spread (min–max) of each figure, its ratio to its anchor, and its budget
(DESIGN.md: ≤ 1 s to a painted window; a CLI command ≤ 0.3 s over a bare interpreter);
for a window also the CPU its process had used by then, steadier on a busy machine.

    uv run python bench/startup.py                   # 1,000,000 orders (built once, ~minutes)
    uv run python bench/startup.py --quick           # 20,000 orders, 3 rounds: well under a minute
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scan_latency import populate  # noqa: E402
from db.migrate import head_revision  # noqa: E402

BUDGET_WINDOW_S, BUDGET_CLI_OVER_BARE_S, BUDGET_RSS_MB = 1.0, 0.3, 300.0

BARE_WINDOW = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

def ready():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ready rss_mb={rss:.0f} cpu_s={time.process_time():.3f}", flush=True)
    app.quit()

class FirstPaint(QObject):  # as main.py's probe: once the window's first paint is done
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, ready)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(50, 8))
window.setCentralWidget(table)
window.resize(1280, 800)
window.installEventFilter(FirstPaint(window))
window.show()
app.exec()
"""


def cached_database(orders: int, cache: Path) -> Path:
    """A database of ``orders`` orders at the current schema: built once, then reused."""
    path = cache / f"startup-{orders}-{head_revision()}.db"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        building = path.with_suffix(".building")
        for stale in cache.glob(building.name + "*"):
            stale.unlink()
        t0 = time.perf_counter()
        populate(building, orders)
        building.rename(path)
        print(f"built {orders:,} orders into {path} in {time.perf_counter() - t0:.0f} s", flush=True)
    return path


def window_start(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds until the window's first paint is done, CPU seconds then, peak RSS in MB then).

    Timed to the probe's line on stdout, not to the exit: closing the window (joining the
    background threads, disposing of the database) is not part of the start.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = next((ln for ln in proc.stdout if ln.startswith("ready")), None)
    elapsed = time.perf_counter() - t0
    _, err = proc.communicate(timeout=120)
    if line is None:
        raise SystemExit(f"{cmd[-1]!r} did not start: {err[-800:]}")
    fields = dict(field.split("=") for field in line.split()[1:])
    return elapsed, float(fields["cpu_s"]), float(fields["rss_mb"])


def cli_run(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds until a fresh process exited (successfully)."""
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, capture_output=True, check=True, timeout=60)
    return time.perf_counter() - t0


def spread(values: list[float]) -> str:
    """Median and range, in ms."""
    return f"{statistics.median(values) * 1000:6.0f} ms ({min(values) * 1000:.0f}–{max(values) * 1000:.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="20,000 orders, 3 rounds")
    parser.add_argument(
        "--cache", type=Path, default=Path.home() / ".cache" / "shipbench-bench", help="where the big database is kept"
    )
    args = parser.parse_args()
    if args.quick:
        args.orders, args.rounds = 20_000, 3

    folder = Path(tempfile.mkdtemp(prefix="shipbench-start-"))
    small = folder / "small.db"
    populate(small, 100)
    big = cached_database(args.orders, args.cache)
    env = {
        **os.environ,
        "SHIPBENCH_STARTUP_PROBE": "1",
        "SHIPBENCH_DATA_DIR": str(folder),
        "XDG_CONFIG_HOME": str(folder),  # a fresh install's Qt settings, not this user's (a serial scanner…)
        "QT_QPA_PLATFORM": "offscreen",
        "SHIPBENCH_USER": "bench",  # populate()'s user: nobody else is created implicitly
    }
    # An installed app has its bytecode cached after the first start; a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start (~1.9 s).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python, main_py = sys.executable, str(ROOT / "main.py")
    windows = {
        "bare PySide6 window (anchor)": [python, "-c", BARE_WINDOW],
        "main.py, 100 orders": [python, main_py, "--db", f"sqlite:///{small}"],
        f"main.py, {args.orders:,} orders": [python, main_py, "--db", f"sqlite:///{big}"],
    }
    clis = {
        "bare `python -c pass` (anchor)": [python, "-c", "pass"],
        "main.py --help": [python, main_py, "--help"],
        "main.py classify CODE": [python, main_py, "classify", "1Z999AA10123456784"],
        f"main.py status, {args.orders:,} orders": [python, main_py, "--db", f"sqlite:///{big}", "status"],
    }
    for cmd in windows.values():  # warm-up: bytecode, the OS file cache
        window_start(cmd, env)
    for cmd in clis.values():
        cli_run(cmd, env)

    window_times: dict[str, list[float]] = {name: [] for name in windows}
    window_cpu: dict[str, list[float]] = {name: [] for name in windows}
    rss: dict[str, float] = {}
    cli_times: dict[str, list[float]] = {name: [] for name in clis}
    for _ in range(args.rounds):
        for name, cmd in windows.items():
            elapsed, cpu, rss[name] = window_start(cmd, env)
            window_times[name].append(elapsed)
            window_cpu[name].append(cpu)
        for name, cmd in clis.items():
            cli_times[name].append(cli_run(cmd, env))

    ok = True
    print(
        f"cold start to a painted window, {args.rounds} rounds, median (min–max), wall; median CPU of all its threads:"
    )
    anchor = statistics.median(next(iter(window_times.values())))
    for name, values in window_times.items():
        median = statistics.median(values)
        cpu = statistics.median(window_cpu[name])
        line = f"  {name:<34} {spread(values)}  {median / anchor:4.1f}× anchor  CPU {cpu * 1000:5.0f} ms  RSS {rss[name]:4.0f} MB"
        if "anchor" not in name:
            fine = median <= BUDGET_WINDOW_S and rss[name] <= BUDGET_RSS_MB
            ok = ok and fine
            line += f"  budget ≤ {BUDGET_WINDOW_S:g} s, ≤ {BUDGET_RSS_MB:g} MB: {'ok' if fine else 'OVER'}"
        print(line)
    print("a CLI command that needs no GUI, to its exit:")
    bare = statistics.median(next(iter(cli_times.values())))
    for name, values in cli_times.items():
        median = statistics.median(values)
        line = f"  {name:<34} {spread(values)}  {median / bare:4.1f}× anchor"
        if "anchor" not in name:
            fine = median - bare <= BUDGET_CLI_OVER_BARE_S
            ok = ok and fine
            line += f"  = bare + {(median - bare) * 1000:4.0f} ms, budget ≤ {BUDGET_CLI_OVER_BARE_S * 1000:.0f} ms over bare: {'ok' if fine else 'OVER'}"
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
