"""Inbound pull rate: orders pulled per second from the simulator into SQLite.

Three pulls of the same shop: the first (every order new), the same window again
(every order unchanged: the overlap a cursor leaves), and an incremental pull after 1%
of the orders changed on the marketplace. Budget (DESIGN.md): ≥ 5,000 orders/s.

    uv run python bench/pull_rate.py --orders 20000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from app.bootstrap import build
from app.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator
from db.models import Shop

BUDGET = 5000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--faults", default="", help="simulator faults, e.g. latency=5ms,throttle=0.05")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shipbench-pull-"))
    faults = Faults.parse(args.faults) if args.faults else None
    with Simulator(order_count=args.orders, faults=faults) as sim:
        ws = build(Settings(db_url=f"sqlite:///{folder / 'pull.db'}", data_dir=folder))
        seed(ws, sim.url)

        t0 = time.perf_counter()
        first = ws.pull()["Demo Marketplace"]
        t_first = time.perf_counter() - t0
        assert first["ok"], first

        with ws.db.uow() as uow:
            shop = uow.session.scalar(select(Shop))
            assert shop is not None
            shop.pull_cursor = None
            uow.commit()
        t0 = time.perf_counter()
        again = ws.pull()["Demo Marketplace"]
        t_again = time.perf_counter() - t0
        assert again["ok"] and again["new"] == 0, again

        changed = max(1, args.orders // 100)
        for i in range(changed):
            sim.marketplace.change_ship_to(f"MP-{10001 + i * 97 % args.orders}", {"phone": f"+1 555 {i:04d}"})
        t0 = time.perf_counter()
        incremental = ws.pull()["Demo Marketplace"]
        t_incr = time.perf_counter() - t0
        ws.close()

    rate = first["new"] / t_first
    ok = rate >= BUDGET
    print(f"inbound pull (simulator → SQLite), {args.orders:,} orders{' with faults ' + args.faults if args.faults else ''}")
    print(f"  first pull      {first['new']:>7,} new        {t_first:6.2f} s  {rate:9,.0f} orders/s "
          f"(budget ≥ {BUDGET:,.0f})  {'ok' if ok else 'UNDER'}")
    print(f"  same window     {again['unchanged']:>7,} unchanged  {t_again:6.2f} s  "
          f"{again['unchanged'] / t_again:9,.0f} orders/s")
    seen = incremental["updated"] + incremental["unchanged"] + incremental["new"]
    print(f"  incremental     {incremental['updated']:>7,} updated    {t_incr:6.2f} s  ({seen:,} orders read "
          "since the cursor)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
