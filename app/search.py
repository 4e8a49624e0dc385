"""One search box over orders: number, buyer, recipient, tracking and parcel numbers, SKUs, products.

Substring search (three characters or more, spaces included, any case) through the index
of ``db.search``; results are orders, newest first, each with what matched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from db import search as index

LIMIT = 200


@dataclass(frozen=True)
class SearchHit:
    order_id: int
    number: str
    shop: str
    queue: str
    recipient: str
    country: str
    matched: list[tuple[str, str]] = field(default_factory=list)  # (field, value)

    @property
    def matched_text(self) -> str:
        return "; ".join(f"{f}: {v}" for f, v in self.matched)

    def as_dict(self) -> dict[str, object]:
        return {
            "order_id": self.order_id,
            "number": self.number,
            "shop": self.shop,
            "queue": self.queue,
            "recipient": self.recipient,
            "country": self.country,
            "matched": [{"field": f, "value": v} for f, v in self.matched],
        }


def search(session: Session, text: str, limit: int = LIMIT) -> list[SearchHit]:
    """Orders matching ``text``, newest first, at most ``limit``."""
    matches = index.search(session, text, limit)
    if not matches:
        return []
    by_order: dict[int, list[tuple[str, str]]] = {}
    for m in matches:
        seen = by_order.setdefault(m.order_id, [])
        if (m.field, m.value) not in seen:
            seen.append((m.field, m.value))
    ids = ",".join(str(int(oid)) for oid in by_order)  # integers from the index: inlined, no per-call compile
    rows = {
        r.id: r
        for r in session.execute(
            sql(
                "SELECT o.id, o.number, o.queue, o.ship_name, o.ship_country, s.name AS shop "
                f"FROM orders o JOIN shops s ON s.id = o.shop_id WHERE o.id IN ({ids})"
            )
        )
    }
    return [
        SearchHit(oid, r.number, r.shop, r.queue, r.ship_name, r.ship_country, matched)
        for oid, matched in sorted(by_order.items(), reverse=True)
        if (r := rows.get(oid)) is not None
    ]


def index_needs_repair(session: Session) -> bool:
    """SQLite: a table rebuild dropped the index's triggers (see ``db.search.ensure_sqlite``)."""
    return session.get_bind().dialect.name == "sqlite" and index.needs_repair(session.connection())


def repair_index(session: Session) -> bool:
    """Recreate the index's triggers and rebuild it; True if it was rebuilt."""
    return session.get_bind().dialect.name == "sqlite" and index.ensure_sqlite(session.connection())
