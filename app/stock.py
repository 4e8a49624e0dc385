"""Stock as an append-only movement ledger: approve reserves, scan-out deducts, cancel releases.

Every commit that wrote movements settles the stock alerts of the products it moved
(:func:`settle_alerts`): whoever writes a movement — a service, an import, the demo — raises
the alert when available stock falls to the reorder point or below zero, and resolves it
when stock comes back, without having to remember to.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, event, func, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import InvalidInput
from app.messages import Message
from db import queries
from db.models import Parcel, Product, StockAlert, StockMovement

POLICIES = ("block", "warn", "ignore")


def _per_product(parcel: Parcel) -> dict[int, int]:
    totals: dict[int, int] = {}
    for line in parcel.lines:
        if line.product_id is not None:
            totals[line.product_id] = totals.get(line.product_id, 0) + line.quantity
    return totals


def _move(session: Session, parcel: Parcel, actor: Actor, kind: str, on_hand: int, reserved: int, reason: str) -> None:
    for product_id, qty in _per_product(parcel).items():
        session.add(
            StockMovement(
                product_id=product_id,
                kind=kind,
                on_hand_delta=on_hand * qty,
                reserved_delta=reserved * qty,
                order_id=parcel.order_id,
                parcel_id=parcel.id,
                reason=reason,
                user_id=actor.user_id,
                station_id=actor.station_id,
            )
        )


def reserve(session: Session, parcel: Parcel, actor: Actor) -> None:
    _move(session, parcel, actor, "reserve", 0, +1, "approved")


def release(session: Session, parcel: Parcel, actor: Actor, *, reason: str) -> None:
    _move(session, parcel, actor, "release", 0, -1, reason)


def deduct(session: Session, parcel: Parcel, actor: Actor) -> None:
    """Scan-out: the goods leave; the reservation turns into an on-hand deduction."""
    _move(session, parcel, actor, "deduct", -1, -1, "shipped")


def undo_deduct(session: Session, parcel: Parcel, actor: Actor, *, reason: str) -> None:
    """A scan-out taken back: the goods are on the shelf and reserved for the parcel again."""
    _move(session, parcel, actor, "adjust", +1, +1, f"scan undone: {reason}")


def receive(session: Session, product_id: int, quantity: int, actor: Actor, *, reason: str = "received") -> None:
    session.add(
        StockMovement(
            product_id=product_id,
            kind="receive",
            on_hand_delta=quantity,
            reserved_delta=0,
            reason=reason,
            user_id=actor.user_id,
            station_id=actor.station_id,
        )
    )


def levels(session: Session, product_ids: list[int]) -> dict[int, dict[str, int]]:
    return {
        pid: {"on_hand": on_hand, "reserved": reserved, "available": on_hand - reserved}
        for pid, (on_hand, reserved) in queries.stock_levels(session, product_ids).items()
    }


def adjust(session: Session, product_id: int, delta: int, actor: Actor, *, reason: str) -> None:
    """A stock count or a correction: on hand moves by ``delta``, with the reason in the ledger."""
    if not reason.strip():
        raise InvalidInput(Message("stock_adjustment_needs_reason"))
    if delta == 0:
        return
    session.add(
        StockMovement(
            product_id=product_id,
            kind="adjust",
            on_hand_delta=delta,
            reserved_delta=0,
            reason=reason.strip()[:200],
            user_id=actor.user_id,
            station_id=actor.station_id,
        )
    )


@dataclass(frozen=True)
class StockRow:
    product_id: int
    sku: str
    name: str
    bin_location: str
    on_hand: int
    reserved: int
    available: int
    low_stock_threshold: int | None
    lead_time_days: int | None = None

    @property
    def low(self) -> bool:
        return self.low_stock_threshold is not None and self.available <= self.low_stock_threshold


def _levels_stmt(text: str, low_only: bool) -> Select[Product, int, int]:
    """One statement behind both the page and its count, so the two always agree."""
    sums = (
        select(
            StockMovement.product_id.label("pid"),
            func.sum(StockMovement.on_hand_delta).label("on_hand"),
            func.sum(StockMovement.reserved_delta).label("reserved"),
        )
        .group_by(StockMovement.product_id)
        .subquery()
    )
    on_hand = func.coalesce(sums.c.on_hand, 0)
    reserved = func.coalesce(sums.c.reserved, 0)
    stmt = select(Product, on_hand, reserved).outerjoin(sums, sums.c.pid == Product.id)
    if text.strip():
        from app.pairing import _product_filter

        cond = _product_filter(text)
        if cond is not None:
            stmt = stmt.where(cond)
    if low_only:
        stmt = stmt.where(Product.low_stock_threshold.is_not(None), (on_hand - reserved) <= Product.low_stock_threshold)
    return stmt


def stock_page(
    session: Session, text: str = "", *, low_only: bool = False, offset: int = 0, limit: int = 100
) -> list[StockRow]:
    """A page of stock levels (on hand, reserved, available) by SKU; ``low_only``: at or below threshold."""
    rows = session.execute(_levels_stmt(text, low_only).order_by(Product.sku).offset(offset).limit(limit)).all()
    return [
        StockRow(
            p.id,
            p.sku,
            p.name,
            p.bin_location,
            int(oh),
            int(rs),
            int(oh) - int(rs),
            p.low_stock_threshold,
            p.lead_time_days,
        )
        for p, oh, rs in rows
    ]


def stock_count(session: Session, text: str = "", *, low_only: bool = False) -> int:
    sub = _levels_stmt(text, low_only).subquery()
    return int(session.scalar(select(func.count()).select_from(sub)) or 0)


# --- alerts at the reorder point -------------------------------------------------------------

_TOUCHED = "stock_touched"


def alert_kind(available: int, threshold: int | None) -> str | None:
    """ "negative" below zero, "low" at or below the reorder point, else None."""
    if available < 0:
        return "negative"
    if threshold is not None and available <= threshold:
        return "low"
    return None


def settle_alerts(session: Session, product_ids: Iterable[int], now: dt.datetime | None = None) -> list[StockAlert]:
    """Raise or resolve these products' alerts from their levels now; returns the alerts raised.

    A product has at most one open alert: crossing into "low" raises one, falling further
    below zero raises a "negative" one in its place, coming back above the point resolves it.
    """
    ids = sorted(set(product_ids))
    if not ids:
        return []
    now = now or dt.datetime.now(dt.UTC)
    levels = queries.stock_levels(session, ids)
    thresholds = dict(session.execute(select(Product.id, Product.low_stock_threshold).where(Product.id.in_(ids))).all())
    open_alerts = {
        a.product_id: a
        for a in session.scalars(
            select(StockAlert).where(StockAlert.product_id.in_(ids), StockAlert.resolved_at.is_(None))
        )
    }
    raised = []
    for pid in ids:
        if pid not in thresholds:
            continue
        on_hand, reserved = levels[pid]
        kind = alert_kind(on_hand - reserved, thresholds[pid])
        current = open_alerts.get(pid)
        if current is not None and (kind is None or (kind == "negative" and current.kind != "negative")):
            current.resolved_at = now
            current = None
        if kind is not None and current is None:
            alert = StockAlert(
                product_id=pid, kind=kind, available=on_hand - reserved, threshold=thresholds[pid], raised_at=now
            )
            session.add(alert)
            raised.append(alert)
    return raised


def _note_movements(session: Session, _flush_context: object) -> None:
    moved = {obj.product_id for obj in session.new if isinstance(obj, StockMovement)}
    if moved:
        session.info.setdefault(_TOUCHED, set()).update(moved)


def _settle_before_commit(session: Session) -> None:
    if session.new:
        session.flush()
    touched = session.info.pop(_TOUCHED, None)
    if touched:
        settle_alerts(session, touched)


event.listen(Session, "after_flush", _note_movements)
event.listen(Session, "before_commit", _settle_before_commit)


@dataclass(frozen=True)
class AlertRow:
    id: int
    sku: str
    name: str
    kind: str  # low | negative
    available: int  # when it was raised
    threshold: int | None
    raised_at: dt.datetime

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "sku": self.sku,
            "name": self.name,
            "kind": self.kind,
            "available": self.available,
            "reorder_point": self.threshold,
            "raised_at": self.raised_at.isoformat(),
        }


def open_alerts(session: Session, *, after_id: int = 0, limit: int = 200) -> list[AlertRow]:
    """The alerts not resolved yet (``after_id``: only the ones raised since), oldest first."""
    rows = session.execute(
        select(StockAlert, Product.sku, Product.name)
        .join(Product, Product.id == StockAlert.product_id)
        .where(StockAlert.resolved_at.is_(None), StockAlert.id > after_id)
        .order_by(StockAlert.id)
        .limit(limit)
    ).all()
    return [AlertRow(a.id, sku, name, a.kind, a.available, a.threshold, a.raised_at) for a, sku, name in rows]


# --- reorder suggestions -------------------------------------------------------------------


@dataclass(frozen=True)
class Reorder:
    """What to buy of one product: enough for the lead time and the cover, above the reorder point."""

    sku: str
    name: str
    on_hand: int
    available: int
    sold: int  # units ordered (reserved, net of releases) in the window
    per_day: float
    lead_time_days: int
    days_left: float | None  # at this pace; None when nothing sells
    reorder_point: int | None
    quantity: int  # the suggestion; 0: enough

    def as_dict(self) -> dict[str, object]:
        return {
            "sku": self.sku,
            "name": self.name,
            "on_hand": self.on_hand,
            "available": self.available,
            "sold": self.sold,
            "per_day": round(self.per_day, 2),
            "lead_time_days": self.lead_time_days,
            "days_left": None if self.days_left is None else round(self.days_left, 1),
            "reorder_point": self.reorder_point,
            "quantity": self.quantity,
        }


def suggest_quantity(available: int, per_day: float, lead_days: int, cover_days: int, reorder_point: int | None) -> int:
    """Units to order now: what sells until it arrives and over the cover after, plus the
    reorder point kept as safety stock, less what is available."""
    need = math.ceil(per_day * (lead_days + cover_days) - 1e-9) + (reorder_point or 0)
    return max(0, need - available)


def reorder(
    session: Session,
    *,
    days: int,
    lead_days: int,
    cover_days: int | None = None,
    now: dt.datetime | None = None,
    everything: bool = False,
) -> list[Reorder]:
    """Suggestions from the sales velocity over the last ``days`` days, by SKU.

    Velocity is what orders took (reservations less releases: a held or cancelled order
    gives its units back) per day over the window. A product's own lead time beats
    ``lead_days``; the cover (days of stock to have after the goods arrive) defaults to the
    window. Only products with something to order, unless ``everything``.
    """
    if days <= 0:
        raise InvalidInput("the sales window is 1 day or more")
    if lead_days < 0 or (cover_days is not None and cover_days < 0):
        raise InvalidInput("lead time and cover cannot be negative")
    cover = days if cover_days is None else cover_days
    since = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
    sold = dict(
        session.execute(
            select(StockMovement.product_id, func.sum(StockMovement.reserved_delta))
            .where(StockMovement.kind.in_(("reserve", "release")), StockMovement.at >= since)
            .group_by(StockMovement.product_id)
        ).all()
    )
    out = []
    for row in stock_page(session, limit=1_000_000):
        units = max(0, int(sold.get(row.product_id) or 0))
        per_day = units / days
        lead = row.lead_time_days if row.lead_time_days is not None else lead_days
        quantity = suggest_quantity(row.available, per_day, lead, cover, row.low_stock_threshold)
        if quantity or everything:
            out.append(
                Reorder(
                    row.sku,
                    row.name,
                    row.on_hand,
                    row.available,
                    units,
                    per_day,
                    lead,
                    max(row.available, 0) / per_day if per_day else None,
                    row.low_stock_threshold,
                    quantity,
                )
            )
    return out


PURCHASE_HEADER: Sequence[str] = (
    "SKU",
    "Name",
    "Order quantity",
    "On hand",
    "Available",
    "Sold in window",
    "Per day",
    "Lead time (days)",
    "Days left",
)


def purchase_rows(suggestions: Iterable[Reorder]) -> list[list[str | int | float | None]]:
    """The purchase list's rows for :mod:`app.exports` (only what is to be ordered)."""
    return [
        [
            r.sku,
            r.name,
            r.quantity,
            r.on_hand,
            r.available,
            r.sold,
            round(r.per_day, 2),
            r.lead_time_days,
            None if r.days_left is None else round(r.days_left, 1),
        ]
        for r in suggestions
        if r.quantity > 0
    ]
