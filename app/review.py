"""Review: why an order cannot be approved yet, approving, holding, and the queues.

The queue an order sits in is derived from its status and its parcels' states
(``refresh_queue``) and stored, so a queue view pages through an index.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, method_rules, stock
from app.actor import Actor
from app.errors import NotAllowed
from db import queries
from db.models import Order, Parcel, ParcelLine, Product, ShippingMethod, SkuPairing

log = logging.getLogger(__name__)

OPEN_PARCEL = ("waybill", "requested", "failed", "labelled", "printed")
WAYBILL_STAGE = ("waybill", "requested", "failed")


def queue_for(status: str, parcel_statuses: list[str]) -> tuple[str, str]:
    """(order status, queue) for an order in ``status`` whose parcels are in these states."""
    parcels = [p for p in parcel_statuses if p != "voided"]
    if status == "cancelled":
        return status, "exceptions" if "intercepted" in parcels else "cancelled"
    if status in ("review", "on_hold"):
        return status, status
    if "intercepted" in parcels:
        return status, "exceptions"
    if not parcels:
        return status, "shipped" if status == "shipped" else "waybill"
    if any(p in WAYBILL_STAGE for p in parcels):
        return status, "waybill"
    if "labelled" in parcels:
        return status, "print"
    if "printed" in parcels:
        return status, "scan"
    return "shipped", "shipped"


def refresh_queue(order: Order) -> str:
    """Put the order in the queue its status and parcels say; returns the queue."""
    order.status, order.queue = queue_for(order.status, [p.status for p in order.parcels])
    return order.queue


def default_method(session: Session) -> ShippingMethod | None:
    return session.scalar(select(ShippingMethod).where(ShippingMethod.is_default.is_(True)).limit(1))


@dataclass(frozen=True)
class ReviewContext:
    """What the checks need to know of the warehouse, loaded once for a batch of orders."""

    sellable_skus: frozenset[str]  # marketplace SKUs that are paired, or are warehouse SKUs
    has_default_method: bool

    @classmethod
    def load(cls, session: Session, shop_id: int, skus: Iterable[str]) -> ReviewContext:
        wanted = sorted(set(skus))
        paired = set(queries.pairings_for(session, shop_id, wanted)) | queries.existing_skus(session, wanted)
        return cls(frozenset(paired), default_method(session) is not None)


def reasons_for(
    skus: list[str], *, has_method: bool, address: dict[str, str], paid: bool, ctx: ReviewContext
) -> list[str]:
    """Every reason, in words the seller fixes, why an order cannot be approved now."""
    reasons: list[str] = []
    if not skus:
        reasons.append("no order lines")
    reasons += [f"unpaired SKU {sku}" for sku in dict.fromkeys(skus) if sku not in ctx.sellable_skus]
    if not has_method and not ctx.has_default_method:
        reasons.append("no shipping method")
    missing = [label for label, key in ADDRESS_REQUIRED if not address.get(key, "").strip()]
    if missing:
        reasons.append("address incomplete: " + ", ".join(missing) + " missing")
    if not paid:
        reasons.append("payment not cleared")
    return reasons


ADDRESS_REQUIRED = (
    ("recipient name", "ship_name"),
    ("street", "ship_address1"),
    ("city", "ship_city"),
    ("postcode", "ship_postcode"),
    ("country", "ship_country"),
)


def review_reasons(session: Session, order: Order, ctx: ReviewContext | None = None) -> list[str]:
    skus = [ln.sku for ln in order.lines]
    ctx = ctx or ReviewContext.load(session, order.shop_id, skus)
    return reasons_for(
        skus,
        has_method=order.shipping_method_id is not None,
        address={key: getattr(order, key) for _, key in ADDRESS_REQUIRED},
        paid=order.paid_at is not None,
        ctx=ctx,
    )


def _product_by_sku(session: Session, sku: str) -> Product | None:
    return session.scalar(select(Product).where(Product.sku == sku))


def pair_exact(session: Session, order: Order) -> None:
    """Pair every unpaired line whose marketplace SKU is exactly a warehouse SKU, for all shops."""
    pairings = queries.pairings_for(session, order.shop_id, [ln.sku for ln in order.lines])
    for line in order.lines:
        if line.sku in pairings:
            continue
        product = _product_by_sku(session, line.sku)
        if product is not None:
            pairing = SkuPairing(shop_id=None, marketplace_sku=line.sku, product=product, quantity=1)
            session.add(pairing)
            session.flush()
            pairings[line.sku] = [pairing]


def update_reasons(
    session: Session, order: Order, *, extra: list[str] | None = None, ctx: ReviewContext | None = None
) -> list[str]:
    reasons = (extra or []) + review_reasons(session, order, ctx) + method_rules.method_reasons(session, order)
    order.review_reasons = "\n".join(dict.fromkeys(reasons))
    return reasons


@dataclass
class ApproveResult:
    approved: list[str] = field(default_factory=list)
    refused: dict[str, list[str]] = field(default_factory=dict)


def approve(session: Session, orders: list[Order], actor: Actor) -> ApproveResult:
    """Approve each order whose checks pass: one parcel per order, stock reserved."""
    result = ApproveResult()
    method = default_method(session)
    for order in orders:
        if order.status != "review":
            result.refused[order.number] = [f"order is {order.queue.replace('_', ' ')}, not in Review"]
            continue
        pair_exact(session, order)
        if order.shipping_method_id is None and method is not None:
            order.shipping_method_id = method.id
        # A "changed on marketplace" note is shown, not blocking: approving is the fix.
        reasons = update_reasons(session, order)
        if reasons:
            result.refused[order.number] = reasons
            continue
        parcel = _create_parcel(session, order)
        stock.reserve(session, parcel, actor)
        order.status = "approved"
        order.review_reasons = ""
        refresh_queue(order)
        audit.record(session, actor, "approve", order=order, parcel=parcel)
        result.approved.append(order.number)
    return result


def _create_parcel(session: Session, order: Order) -> Parcel:
    pairings = queries.pairings_for(session, order.shop_id, [ln.sku for ln in order.lines])
    # Numbers come from the id so they are unique across stations sharing one database;
    # the id exists only after the insert, so a unique placeholder goes first.
    parcel = Parcel(number=f"new-{uuid.uuid4().hex[:24]}", order=order, shipping_method_id=order.shipping_method_id)
    weight = 0
    for line in order.lines:
        for pairing in pairings[line.sku]:
            qty = line.quantity * pairing.quantity
            parcel.lines.append(ParcelLine(order_line_id=line.id, product_id=pairing.product_id, quantity=qty))
            weight += qty * pairing.product.weight_grams
    parcel.weight_grams = weight
    session.add(parcel)
    session.flush()
    parcel.number = parcel_number(parcel.id)
    session.flush()
    return parcel


def parcel_number(parcel_id: int) -> str:
    return f"P{parcel_id:08d}"


def hold(session: Session, orders: list[Order], reason: str, actor: Actor) -> list[str]:
    held = []
    for order in orders:
        if order.status not in ("review", "approved"):
            continue
        if any(p.status not in ("waybill", "failed", "voided") for p in order.parcels):
            raise NotAllowed(
                f"order {order.number} already has a waybill; void it before holding the order"
            )
        for parcel in order.parcels:
            if parcel.status != "voided":
                stock.release(session, parcel, actor, reason="held")
                parcel.status = "voided"
        order.status = "on_hold"
        order.hold_reason = reason
        refresh_queue(order)
        audit.record(session, actor, "hold", order=order, detail=reason)
        held.append(order.number)
    return held
