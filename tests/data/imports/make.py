"""How the held import files here were made (run once; the files are kept, not regenerated).

uv run python tests/data/imports/make.py
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.importing import samples

HERE = Path(__file__).resolve().parent
HEAD = [*samples.AMAZON_HEADER, "order-status"]
STATUSES = ["Unshipped"] * 17 + ["Pending", "Cancelled", "Shipped"]


def _amazon_rows() -> list[list[str]]:
    rows = list(samples.amazon_rows(700, seed=5))
    rows += list(samples.amazon_rows(300, seed=6, chinese=True))
    orders: dict[str, int] = {}
    out = []
    for r in rows:
        n = orders.setdefault(r[0], len(orders))
        out.append([*r, STATUSES[n % len(STATUSES)]])
    out.append(out.pop(10))  # a row apart from its order's other rows (a file sorted by another column)
    return out


def _write(name: str, rows: list[list[str]], encoding: str = "utf-8") -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(HEAD)
    w.writerows(rows)
    (HERE / name).write_bytes(buf.getvalue().encode(encoding))


def main() -> None:
    day1 = _amazon_rows()
    _write("amazon-day1.txt", day1)
    day2 = [list(r) for r in day1]
    ids = sorted({r[0] for r in day2})
    for r in day2:
        k = ids.index(r[0])
        if k % 23 == 1:
            r[HEAD.index("ship-address-1")] += " (moved)"  # a changed address
        elif k % 29 == 2:
            r[HEAD.index("quantity-purchased")] = r[HEAD.index("quantity-to-ship")] = "3"  # changed lines
        elif k % 31 == 3:
            r[HEAD.index("order-status")] = "Cancelled"
        elif k % 37 == 4:
            r[HEAD.index("ship-phone-number")] = f"+1 555 {k:04d}"
    day2 += [[*r, "Unshipped"] for r in samples.amazon_rows(150, seed=7)]
    _write("amazon-day2.txt", day2)
    (HERE / "shopify-gb18030.csv").write_bytes(samples.shopify_export(150, start=3001, chinese=True).encode("gb18030"))


if __name__ == "__main__":
    main()
