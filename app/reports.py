"""Reports as values: rows of figures per day, carrier, shop or packer, the late orders, the
day's end per carrier — and their export through the one safe writer (``app.exports``).

The presentation rooms turn these into words (the CLI's English, the GUI's ``tr()``);
column keys below are stable names, not headings.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app import exports
from app.errors import InvalidInput

KINDS = ("daily", "carriers", "shops", "packers", "late")
GROUP_OF = {"daily": "day", "carriers": "carrier", "shops": "shop", "packers": "packer"}
FORMATS = ("csv", "xlsx", "json")
ZERO = Decimal("0.00")


@dataclass
class FigureRow:
    """One day, carrier account, shop or packer. ``orders_in`` is None where it does not
    apply (orders come in per shop and day, not per carrier or packer)."""

    key: str
    orders_in: int | None = None
    shipped: int = 0
    late: int = 0
    spent: dict[str, Decimal] = field(default_factory=dict)  # currency -> amount
    refunded: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class Report:
    kind: str
    start: dt.date  # first day in
    end: dt.date  # last day in
    rows: list[FigureRow] = field(default_factory=list)
    late_orders: list[dict[str, Any]] = field(default_factory=list)  # kind "late"

    @property
    def currencies(self) -> list[str]:
        return sorted({c for r in self.rows for c in (*r.spent, *r.refunded)})

    @property
    def total(self) -> FigureRow:
        total = FigureRow("total", orders_in=None if all(r.orders_in is None for r in self.rows) else 0)
        for r in self.rows:
            if r.orders_in is not None and total.orders_in is not None:
                total.orders_in += r.orders_in
            total.shipped += r.shipped
            total.late += r.late
            for c, v in r.spent.items():
                total.spent[c] = total.spent.get(c, ZERO) + v
            for c, v in r.refunded.items():
                total.refunded[c] = total.refunded.get(c, ZERO) + v
        return total

    def columns(self) -> list[str]:
        """Stable column keys of :meth:`table` (the presentation rooms name them)."""
        if self.kind == "late":
            return [
                "order",
                "shop",
                "ship_by",
                "shipped_at",
                "hours_late",
                "delivered_at",
                "carrier",
                "packer",
                "queue",
            ]
        money = [f"{what}_{c}" for c in self.currencies for what in ("postage_spent", "postage_refunded")]
        return [GROUP_OF[self.kind], "orders_in", "shipped", "late", *money]

    def table(self, now: dt.datetime | None = None) -> list[list[Any]]:
        """The rows as cells: ints, Decimals, text ('' where a figure does not apply)."""
        if self.kind == "late":
            now = now or dt.datetime.now(dt.UTC)
            return [
                [
                    o["order"],
                    o["shop"],
                    _when(o["ship_by"]),
                    _when(o["shipped_at"]),
                    hours_late(o["ship_by"], o["shipped_at"] or now),
                    _when(o.get("delivered_at")),
                    o["carrier"],
                    o["packer"],
                    o["queue"],
                ]
                for o in self.late_orders
            ]
        cur = self.currencies
        return [
            [
                r.key,
                "" if r.orders_in is None else r.orders_in,
                r.shipped,
                r.late,
                *[x for c in cur for x in (r.spent.get(c, ZERO), r.refunded.get(c, ZERO))],
            ]
            for r in self.rows
        ]

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"report": self.kind, "from": self.start.isoformat(), "to": self.end.isoformat()}
        if self.kind == "late":
            body["orders"] = [
                {
                    **o,
                    "ship_by": _when(o["ship_by"]),
                    "shipped_at": _when(o["shipped_at"]),
                    "hours_late": str(hours_late(o["ship_by"], o["shipped_at"] or dt.datetime.now(dt.UTC))),
                    "delivered_at": _when(o.get("delivered_at")),
                }
                for o in self.late_orders
            ]
            return body
        body["rows"] = [_row_json(r) for r in self.rows]
        body["total"] = _row_json(self.total)
        return body


def _row_json(r: FigureRow) -> dict[str, Any]:
    return {
        "key": r.key,
        "orders_in": r.orders_in,
        "shipped": r.shipped,
        "late": r.late,
        "postage_spent": {c: str(v) for c, v in sorted(r.spent.items())},
        "postage_refunded": {c: str(v) for c, v in sorted(r.refunded.items())},
    }


def hours_late(ship_by: dt.datetime, shipped: dt.datetime) -> Decimal:
    return (Decimal((shipped - ship_by).total_seconds()) / 3600).quantize(Decimal("0.1"))


def _when(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def export(report: Report, fmt: str, header: list[str] | None = None) -> bytes:
    """The report as a file, through the one formula-safe writer (headings: ``header`` or the keys)."""
    if fmt not in FORMATS:
        raise InvalidInput(f"export as one of {', '.join(FORMATS)}")
    if fmt == "json":
        return (json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    head = header or report.columns()
    rows = report.table()
    if fmt == "csv":
        return exports.csv_text(head, rows).encode("utf-8-sig")  # the BOM: Excel reads it as UTF-8
    return exports.xlsx_bytes(head, rows, sheet=f"{report.kind} {report.start}")


@dataclass(frozen=True)
class CarrierDay:
    """At the bench, the day's end: per carrier, what went out today and what is still to go."""

    carrier: str
    shipped: int
    to_go: int
