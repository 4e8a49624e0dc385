"""Rules over the whole Review queue: N orders (default 100,000), 20 rules.

Times the dry run (evaluation only) and a real run (set methods, tags, holds, each
audited) over every order in Review, and prints orders/s. DESIGN.md sets no budget for
this; the order-import budget (≥ 5,000 orders/s) includes the rules run on arrival.

    uv run python bench/rules.py --orders 100000
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build  # noqa: E402
from app.cli.demo import seed  # noqa: E402
from app.settings import Settings  # noqa: E402

NOW = "2026-01-01 00:00:00.000000"
COUNTRIES = ("DE", "FR", "PL", "IT", "ES", "NL", "GB", "US", "CA", "AU", "CN", "JP")
SKUS = ("MUG-BLU", "MUG-RED", "COASTER-4", "TEA-GRN-100", "NOTEBOOK-A5", "PEN-GEL-BLK", "LAMP-USB", "CABLE-USBC-1M")

RULES: list[tuple[str, list[dict], list[dict]]] = [
    ("Overdue first", [{"kind": "overdue"}], [{"kind": "add_tag", "tag": "late"}]),
    (
        "Buyer notes",
        [{"kind": "buyer_note"}, {"kind": "country", "in": ["JP"]}],
        [{"kind": "hold", "reason": "read the buyer's note"}],
    ),
    (
        "EU small",
        [{"kind": "country", "in": ["EU"]}, {"kind": "weight", "max": 500}],
        [{"kind": "set_method", "method": "EXP"}, {"kind": "add_tag", "tag": "eu-small"}],
    ),
    ("EU rest", [{"kind": "country", "in": ["EU"]}], [{"kind": "set_method", "method": "STD"}]),
    ("UK", [{"kind": "country", "in": ["GB"]}], [{"kind": "set_method", "method": "EXP"}]),
    (
        "North America",
        [{"kind": "country", "in": ["NA"]}, {"kind": "total", "min": "20", "currency": "EUR"}],
        [{"kind": "set_method", "method": "EXP"}],
    ),
    ("Cheap", [{"kind": "total", "max": "10"}], [{"kind": "add_tag", "tag": "cheap"}]),
    ("Lamps", [{"kind": "sku", "in": ["LAMP-USB"]}], [{"kind": "add_tag", "tag": "battery"}]),
    ("Mugs", [{"kind": "sku_contains", "text": "MUG"}], [{"kind": "add_tag", "tag": "fragile"}]),
    ("Many items", [{"kind": "items", "min": 3}], [{"kind": "add_tag", "tag": "bulky"}]),
    ("Due soon", [{"kind": "ship_by", "within_hours": 24}], [{"kind": "add_tag", "tag": "urgent"}]),
    ("VIP", [{"kind": "tags", "any": ["vip"]}], [{"kind": "set_method", "method": "EXP"}]),
    ("Heavy", [{"kind": "weight", "min": 2000}], [{"kind": "set_method", "method": "STD"}]),
    ("Australia", [{"kind": "country", "in": ["AU"]}], [{"kind": "set_method", "method": "STD"}]),
    ("China", [{"kind": "country", "in": ["CN"]}], [{"kind": "set_method", "method": "STD"}]),
    ("Tea", [{"kind": "sku", "in": ["TEA-GRN-100"]}], [{"kind": "add_tag", "tag": "food"}]),
    ("Cables", [{"kind": "sku_contains", "text": "CABLE"}], [{"kind": "add_tag", "tag": "small"}]),
    ("Big spender", [{"kind": "total", "min": "100"}], [{"kind": "add_tag", "tag": "big"}]),
    ("Japan", [{"kind": "country", "in": ["JP"]}], [{"kind": "set_method", "method": "EXP"}]),
    ("Everything else", [], [{"kind": "set_method", "method": "STD"}]),
]


def populate(path: Path, orders: int) -> None:
    """A migrated database with ``orders`` orders in Review (one to three lines of demo products)."""
    ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=path.parent, station="bench", user="bench"))
    seed(ws, "http://127.0.0.1:9")
    for name, conditions, actions in RULES:
        ws.rules.save(name, conditions, actions)
    ws.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO orders (id, shop_id, marketplace_order_id, number, status, queue, review_reasons, "
        "marketplace_status, buyer_name, buyer_email, buyer_note, ship_name, ship_company, ship_address1, "
        "ship_address2, ship_city, ship_region, ship_postcode, ship_country, ship_phone, currency, total, "
        "requested_service, tags, seller_note, service_note, ship_by, created_at, updated_at) "
        "VALUES (?, 1, ?, ?, 'review', 'review', '', 'unshipped', 'Buyer', '', ?, 'Recipient', '', 'Street 1', '', "
        "'City', '', '10115', ?, '', 'EUR', ?, 'Standard', ?, '', '', ?, ?, ?)",
        (
            (
                i,
                f"R{i}",
                f"RULES-{i}",
                "please gift wrap" if i % 17 == 0 else "",
                COUNTRIES[i % len(COUNTRIES)],
                f"{5 + (i * 37) % 150}.90",
                ",vip," if i % 50 == 0 else "",
                f"2026-01-0{1 + i % 3} 12:00:00.000000" if i % 4 else None,
                NOW,
                NOW,
            )
            for i in range(1, orders + 1)
        ),
    )
    con.executemany(
        "INSERT INTO order_lines (order_id, remote_line_id, sku, title, quantity, unit_price) VALUES (?, ?, ?, '', ?, 9.90)",
        (
            (i, f"L{i}-{k}", SKUS[(i + k * 3) % len(SKUS)], 1 + (i + k) % 2)
            for i in range(1, orders + 1)
            for k in range(1 + i % 3)
        ),
    )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shipbench-rules-"))
    path = folder / "rules.db"
    populate(path, args.orders)
    ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=folder, station="bench", user="bench"))
    t0 = time.perf_counter()
    explained = ws.rules.dry_run(None)
    dry = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = ws.rules.apply(None)
    real = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = ws.rules.apply(None)
    idle = time.perf_counter() - t0
    ws.close()
    print(f"rules, {len(RULES)} rules over {args.orders:,} orders in Review (no budget in DESIGN.md)")
    print(f"  dry run (explain every order)   {dry:6.2f} s  {len(explained) / dry:9,.0f} orders/s")
    print(
        f"  apply (first run, all audited)  {real:6.2f} s  {report.orders / real:9,.0f} orders/s  "
        f"({report.changed:,} changed: {report.method_set:,} methods, {report.tagged:,} tagged, {report.held:,} held)"
    )
    print(
        f"  apply again (nothing to change) {idle:6.2f} s  {again.orders / idle:9,.0f} orders/s  "
        f"({again.changed:,} changed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
