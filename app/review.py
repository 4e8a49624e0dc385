"""Review: why an order cannot be approved yet, approving, holding, and the queues.

The queue an order sits in is derived from its status and its parcels' states
(``refresh_queue``) and stored, so a queue view pages through an index.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import addresses, audit, coded, customs, method_rules, parcels, stock
from app.actor import Actor
from app.coded import Said
from app.customs import Declared
from app.errors import NotAllowed
from app.messages import Message
from app.pairing import Component, auto_pair, components_for
from app.parcels import Plan
from app.queue_rules import queue_for
from db import queries
from db.models import Order, Parcel, Product, ShippingMethod, Shop

log = logging.getLogger(__name__)

OPEN_PARCEL = ("waybill", "requested", "failed", "labelled", "printed")


def refresh_queue(order: Order) -> str:
    """Put the order in the queue its status and parcels say; returns the queue.

    Orders merged into this one follow its parcel: same status, same queue.
    """
    order.status, order.queue = queue_for(order.status, [p.status for p in order.parcels])
    if order.merged_into_id is None and order.status != "review":
        for child in order.merged_orders:
            child.status, child.queue = order.status, order.queue
    return order.queue


def default_method(session: Session) -> ShippingMethod | None:
    return session.scalar(select(ShippingMethod).where(ShippingMethod.is_default.is_(True)).limit(1))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class ReviewContext:
    """What the checks need to know of the warehouse, loaded once for a batch of orders."""

    sellable_skus: frozenset[str]  # marketplace SKUs that are paired, or match a warehouse SKU
    has_default_method: bool
    components: Mapping[str, tuple[Component, ...]] = field(default_factory=dict)
    declared: Mapping[int, Declared] = field(default_factory=dict)  # product id → customs defaults
    available: Mapping[int, int] | None = None  # product id → available; loaded under "block" only
    stock_policy: str = "warn"
    sender_country: str = ""
    now: dt.datetime = field(default_factory=_now)

    @classmethod
    def load(cls, session: Session, shop_id: int, skus: Iterable[str], *, with_stock: bool = False) -> ReviewContext:
        """``with_stock`` loads stock levels under the "warn" policy too (for warnings); "ignore" never."""
        comps = components_for(session, shop_id, list(skus))
        product_ids = sorted({c.product_id for parts in comps.values() for c in parts})
        declared = (
            {p.id: Declared.of(p) for p in session.scalars(select(Product).where(Product.id.in_(product_ids)))}
            if product_ids
            else {}
        )
        shop = session.get(Shop, shop_id)
        policy = shop.stock_policy if shop is not None else "warn"
        available = None
        if policy == "block" or (with_stock and policy != "ignore"):
            available = {pid: lv["available"] for pid, lv in stock.levels(session, product_ids).items()}
        return cls(
            frozenset(comps),
            default_method(session) is not None,
            comps,
            declared,
            available,
            policy,
            customs.sender_country(session),
        )


def needed_stock(skus: Sequence[str], quantities: Sequence[int], ctx: ReviewContext) -> dict[int, int]:
    """Product id → units these lines take from the shelf."""
    needed: dict[int, int] = {}
    for sku, qty in zip(skus, quantities, strict=True):
        for comp in ctx.components.get(sku, ()):
            needed[comp.product_id] = needed.get(comp.product_id, 0) + qty * comp.quantity
    return needed


def stock_shortfalls(skus: Sequence[str], quantities: Sequence[int], ctx: ReviewContext) -> list[str]:
    return [Said(m) for m in shortfall_messages(skus, quantities, ctx)]


def shortfall_messages(skus: Sequence[str], quantities: Sequence[int], ctx: ReviewContext) -> list[Message]:
    if ctx.available is None:
        return []
    out = []
    for pid, qty in needed_stock(skus, quantities, ctx).items():
        have = ctx.available.get(pid, 0)
        if qty > have:
            sku = ctx.declared[pid].sku if pid in ctx.declared else str(pid)
            out.append(Message("not_enough_stock", {"sku": sku, "needed": qty, "available": max(have, 0)}))
    return out


def reasons_for(
    skus: list[str],
    *,
    has_method: bool,
    address: Mapping[str, str],
    paid: bool,
    ctx: ReviewContext,
    quantities: Sequence[int] | None = None,
    prices: Sequence[Decimal] | None = None,
    payment_hold_until: dt.datetime | None = None,
) -> list[str]:
    """Every reason, in words the seller fixes, why an order cannot be approved now.

    Pure: what it needs of the warehouse is in ``ctx`` (loaded once per batch).
    """
    qtys = list(quantities) if quantities is not None else [1] * len(skus)
    reasons: list[str] = []
    if not skus:
        reasons.append(Said(Message("no_order_lines")))
    reasons += [
        Said(Message("unpaired_sku", {"missing": sku})) for sku in dict.fromkeys(skus) if sku not in ctx.sellable_skus
    ]
    if not has_method and not ctx.has_default_method:
        reasons.append(Said(Message("parcel_no_shipping_method")))
    reasons += [Said(m) for m in addresses.problem_messages(address)]
    if customs.cross_border(ctx.sender_country, (address.get("ship_country") or "").strip().upper()):
        unit_prices = list(prices) if prices is not None else [Decimal(0)] * len(skus)
        declared = []
        for sku, price in zip(skus, unit_prices, strict=True):
            parts = ctx.components.get(sku, ())
            units = sum(c.quantity for c in parts) or 1
            for comp in parts:
                if comp.product_id in ctx.declared:
                    declared.append((ctx.declared[comp.product_id], Decimal(price) / units))
        reasons += customs.review_problems(declared)
    if not paid:
        reasons.append(Said(Message("payment_not_cleared")))
    elif payment_hold_until is not None and payment_hold_until > ctx.now:
        until = payment_hold_until.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
        reasons.append(Said(Message("payment_under_review_until", {"until": until})))
    if ctx.stock_policy == "block":
        reasons += stock_shortfalls(skus, qtys, ctx)
    return reasons


ADDRESS_REQUIRED = addresses.REQUIRED


def _facts(order: Order) -> dict[str, object]:
    lines = list(order.lines)
    return {
        "quantities": [ln.quantity for ln in lines],
        "prices": [ln.unit_price for ln in lines],
        "payment_hold_until": order.payment_hold_until,
    }


def review_reasons(session: Session, order: Order, ctx: ReviewContext | None = None) -> list[str]:
    skus = [ln.sku for ln in order.lines]
    ctx = ctx or ReviewContext.load(session, order.shop_id, skus)
    return reasons_for(
        skus,
        has_method=order.shipping_method_id is not None,
        address={key: getattr(order, key) for key in addresses.FIELDS},
        paid=order.paid_at is not None,
        ctx=ctx,
        **_facts(order),  # type: ignore[arg-type]
    )


def stock_warnings(session: Session, order: Order) -> list[str]:
    """Shortfalls shown (not blocking) under the shop's "warn" policy."""
    return [str(m) for m in stock_warning_messages(session, order)]


def stock_warning_messages(session: Session, order: Order) -> list[Message]:
    skus = [ln.sku for ln in order.lines]
    ctx = ReviewContext.load(session, order.shop_id, skus, with_stock=True)
    return shortfall_messages(skus, [ln.quantity for ln in order.lines], ctx)


def pair_exact(session: Session, orders: Sequence[Order]) -> None:
    """Store the automatic (exact or normalised) match of every unpaired line as a pairing."""
    auto_pair(session, orders)


def update_reasons(
    session: Session, order: Order, *, extra: list[str] | None = None, ctx: ReviewContext | None = None
) -> list[str]:
    reasons = (extra or []) + review_reasons(session, order, ctx) + method_rules.method_reasons(session, order)
    coded.store_lines(order, "review_reasons", "review_reason_codes", list(dict.fromkeys(reasons)))
    return reasons


def recheck(session: Session, orders: Iterable[Order]) -> int:
    """Recompute the reasons of these orders still in Review (after a pairing, a stock change…)."""
    n = 0
    for order in orders:
        if order.status == "review":
            update_reasons(session, order)
            n += 1
    return n


@dataclass
class ApproveResult:
    approved: list[str] = field(default_factory=list)
    refused: dict[str, list[str]] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)  # approved despite these (stock "warn")


def approve(
    session: Session, orders: list[Order], actor: Actor, *, plans: Mapping[int, Plan] | None = None
) -> ApproveResult:
    """Approve each order whose checks pass: its parcel(s) made, stock reserved.

    ``plans`` splits an order (by id) into several parcels by lines and quantities.
    """
    result = ApproveResult()
    method = default_method(session)
    in_review = [o for o in orders if o.status == "review"]
    pair_exact(session, in_review)
    contexts = _batch_contexts(session, in_review)
    packings = {
        shop_id: parcels.Packing.load(session, shop_id, list(ctx.components), components=ctx.components)
        for shop_id, ctx in contexts.items()
    }
    passed: list[tuple[Order, Plan | None, list[str]]] = []
    for order in orders:
        if order.status != "review":
            result.refused[order.number] = [f"order is {order.queue.replace('_', ' ')}, not in Review"]
            continue
        ctx = _passes(session, order, method, result, contexts.get(order.shop_id), paired=True)
        if ctx is None:
            continue
        skus, qtys = [ln.sku for ln in order.lines], [ln.quantity for ln in order.lines]
        passed.append((order, (plans or {}).get(order.id), stock_shortfalls(skus, qtys, ctx)))
        if isinstance(ctx.available, dict):  # what this order reserves is gone for the next one
            for pid, qty in needed_stock(skus, qtys, ctx).items():
                ctx.available[pid] = ctx.available.get(pid, 0) - qty
    # Every parcel of the batch made, then written at once (their ids taken up front), then finished.
    ids = iter(queries.next_parcel_ids(session, sum(parcels.parcels_planned(p) for _o, p, _w in passed)))
    made = [parcels.make(session, o, o.lines, plan, packings.get(o.shop_id), ids) for o, plan, _ in passed]
    session.flush()
    for (order, _plan, warnings), order_parcels in zip(passed, made, strict=True):
        parcels.finish(session, order_parcels, actor)
        _approved(session, order, order_parcels, actor, warnings, result)
    return result


def _batch_contexts(session: Session, orders: list[Order]) -> dict[int, ReviewContext]:
    """One context per shop for a whole approval batch (stock kept up to date as it goes)."""
    skus: dict[int, set[str]] = {}
    for order in orders:
        skus.setdefault(order.shop_id, set()).update(ln.sku for ln in order.lines)
    return {shop_id: ReviewContext.load(session, shop_id, s, with_stock=True) for shop_id, s in skus.items()}


def _passes(
    session: Session,
    order: Order,
    method: ShippingMethod | None,
    result: ApproveResult,
    ctx: ReviewContext | None = None,
    *,
    paired: bool = False,
) -> ReviewContext | None:
    """The order's context when every check passes (stock loaded for warnings), else None.

    ``paired``: the batch has stored its lines' automatic pairings already.
    """
    if not paired:
        pair_exact(session, [order])
    if order.shipping_method_id is None and method is not None:
        order.shipping_method_id = method.id
    if ctx is None:
        ctx = ReviewContext.load(session, order.shop_id, [ln.sku for ln in order.lines], with_stock=True)
    # A "changed on marketplace" note is shown, not blocking: approving is the fix.
    reasons = update_reasons(session, order, ctx=ctx)
    if reasons:
        result.refused[order.number] = reasons
        return None
    return ctx


def _approved(
    session: Session, order: Order, made: list[Parcel], actor: Actor, warnings: list[str], result: ApproveResult
) -> None:
    order.status = "approved"
    coded.store_lines(order, "review_reasons", "review_reason_codes", [])
    refresh_queue(order)
    for parcel in made:
        audit.record(session, actor, "approve", order=order, parcel=parcel)
    if warnings:
        audit.record(session, actor, "approved short of stock", order=order, detail="; ".join(warnings))
        result.warnings[order.number] = warnings
    result.approved.append(order.number)


def merge(session: Session, orders: list[Order], actor: Actor) -> ApproveResult:
    """Pack orders of one buyer at one address (one shop) into one parcel.

    Orders in Review are approved on the way (all must pass their checks); approved
    ones must have no waybill yet. The first order carries the parcel; the others point
    at it (``merged_into_id``) and their queue follows it.
    """
    parcels.mergeable(orders)
    result = ApproveResult()
    method = default_method(session)
    for order in orders:
        if order.status == "review":
            _passes(session, order, method, result)
    if result.refused:
        return result
    primary, others = orders[0], orders[1:]
    for order in orders:
        parcels.withdraw(session, order, actor, "merged")
    lines = [ln for o in orders for ln in o.lines]
    warnings = [w for o in orders if o.status == "review" for w in stock_warnings(session, o)]
    made = parcels.build(session, primary, lines, None, actor)
    for other in others:
        other.merged_into_id = primary.id
        other.status = "approved"
        coded.store_lines(other, "review_reasons", "review_reason_codes", [])
        audit.record(session, actor, "merge", order=other, detail=f"packed with {primary.number} in {made[0].number}")
    session.flush()
    session.refresh(primary, ["merged_orders"])
    _approved(session, primary, made, actor, warnings, result)
    audit.record(
        session,
        actor,
        "merge",
        order=primary,
        parcel=made[0],
        detail="packed with " + ", ".join(o.number for o in others),
    )
    result.approved = [o.number for o in orders]
    return result


def unmerge(session: Session, primary: Order, actor: Actor) -> list[Order]:
    """Take merged orders apart again (before the waybill): all back to Review, reasons recomputed."""
    if primary.merged_into_id is not None:
        found = session.get(Order, primary.merged_into_id)
        assert found is not None
        primary = found
    children = list(primary.merged_orders)
    if not children:
        raise NotAllowed(Message("order_not_merged_with_another", {"number": primary.number}))
    parcels.withdraw(session, primary, actor, "unmerged")
    for order in [primary, *children]:
        order.merged_into_id = None
        order.status = "review"
        update_reasons(session, order)
        audit.record(session, actor, "unmerge", order=order)
    session.flush()
    session.refresh(primary, ["merged_orders"])
    for order in [primary, *children]:
        refresh_queue(order)
    return [primary, *children]


def split_merge_on_cancel(session: Session, order: Order, actor: Actor, withdraw: Callable[[Order, str], int]) -> int:
    """A merged order was cancelled on the marketplace: its parcel cannot ship as it is.

    The shared parcel is withdrawn (``withdraw`` voids it, or intercepts it when booked),
    the merge is undone, and the other orders go back to Review to be packed again.
    Returns how many parcels were intercepted.
    """
    primary = session.get(Order, order.merged_into_id) if order.merged_into_id is not None else order
    assert primary is not None
    children = list(primary.merged_orders)
    if not children:
        return 0
    reason = Said(Message("merged_order_cancelled", {"number": order.number}))
    intercepted = withdraw(primary, reason)
    group = [primary, *children]
    for other in group:
        other.merged_into_id = None
    session.flush()
    session.refresh(primary, ["merged_orders"])
    for other in group:
        if other is order or other.status in ("cancelled", "shipped"):
            continue
        other.status = "review"
        update_reasons(session, other, extra=[reason])
        refresh_queue(other)
        audit.record(session, actor, "back to review", order=other, detail=reason)
    return intercepted


def parcel_number(parcel_id: int) -> str:
    return parcels.parcel_number(parcel_id)


def hold(session: Session, orders: list[Order], reason: Message | str, actor: Actor) -> list[str]:
    """Put orders on hold: ``reason`` is a message (a rule's) or the user's own words."""
    held = []
    for order in orders:
        if order.status not in ("review", "approved"):
            continue
        if order.merged_into_id is not None or order.merged_orders:
            raise NotAllowed(Message("order_merged_unmerge_before_hold", {"number": order.number}))
        if any(p.status not in ("waybill", "failed", "voided") for p in order.parcels):
            raise NotAllowed(Message("order_already_has_waybill_void", {"number": order.number}))
        for parcel in order.parcels:
            if parcel.status != "voided":
                stock.release(session, parcel, actor, reason="held")
                parcel.status = "voided"
        order.status = "on_hold"
        coded.store(order, "hold_reason", reason)
        refresh_queue(order)
        audit.record(session, actor, "hold", order=order, detail=reason)
        held.append(order.number)
    return held


def release_hold(session: Session, orders: list[Order], actor: Actor) -> list[str]:
    """Back to Review with the reasons computed afresh; the hold reason stays in the history."""
    released = []
    for order in orders:
        if order.status != "on_hold":
            continue
        order.status = "review"
        reason = order.hold_reason
        coded.store(order, "hold_reason", None)
        update_reasons(session, order)
        refresh_queue(order)
        audit.record(session, actor, "release hold", order=order, detail=reason or "")
        released.append(order.number)
    return released
