"""Making parcels: one per order, split by lines and quantities, or several orders merged into one.

A parcel's lines are warehouse products (a bundle line becomes its products × quantity);
its weight is the products' plus the packaging (Setting "packaging_grams", default
20 g); cross-border parcels get customs lines prefilled from the products. A parcel is
re-made (split again, merged, unmerged) only while it has no waybill: after that the
carrier has its contents.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import addresses, audit, customs, stock
from app.actor import Actor
from app.errors import InvalidInput, NotAllowed
from app.messages import Message
from app.pairing import Component, components_for
from db import queries
from db.models import Order, OrderLine, Parcel, ParcelLine, Product, Setting

DEFAULT_PACKAGING_GRAMS = 20
UNBOOKED = ("waybill", "failed")

# One parcel's share of order lines: (order line id, marketplace quantity).
Plan = Sequence[Sequence[tuple[int, int]]]


def packaging_grams(session: Session) -> int:
    setting = session.get(Setting, "packaging_grams")
    if setting is None:
        return DEFAULT_PACKAGING_GRAMS
    value = setting.value or {}
    try:
        return max(0, int(value.get("grams", value.get("value", DEFAULT_PACKAGING_GRAMS))))
    except (TypeError, ValueError):
        return DEFAULT_PACKAGING_GRAMS


def parcel_number(parcel_id: int) -> str:
    return f"P{parcel_id:08d}"


@dataclass(frozen=True)
class Packing:
    """What making parcels reads of the warehouse, loaded once for a batch of orders of one shop.

    Holding the products keeps them in the session: weights and customs lines read them
    without a query per parcel line.
    """

    components: Mapping[str, tuple[Component, ...]]  # marketplace SKU → what it is packed from
    products: Mapping[int, Product]
    packaging_grams: int
    sender_country: str

    @classmethod
    def load(
        cls,
        session: Session,
        shop_id: int,
        skus: Sequence[str],
        *,
        components: Mapping[str, tuple[Component, ...]] | None = None,
    ) -> Packing:
        """``components`` when the caller has them already (``components_for`` of these SKUs)."""
        comps = components if components is not None else components_for(session, shop_id, skus)
        ids = sorted({c.product_id for parts in comps.values() for c in parts})
        products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))} if ids else {}
        return cls(comps, products, packaging_grams(session), customs.sender_country(session))


def check_plan(lines: Sequence[OrderLine], plan: Plan) -> None:
    """Every line's quantity goes into the parcels exactly once; no parcel is empty."""
    by_id = {ln.id: ln for ln in lines}
    given: dict[int, int] = {}
    for n, share in enumerate(plan, start=1):
        if not share or all(q == 0 for _, q in share):
            raise InvalidInput(Message("parcel_split_empty", {"index": n}))
        for line_id, qty in share:
            if line_id not in by_id:
                raise InvalidInput(Message("line_not_line_order", {"line_id": line_id}))
            if qty < 0:
                raise InvalidInput(Message("quantity_split_cannot_negative"))
            given[line_id] = given.get(line_id, 0) + qty
    for line in lines:
        if given.get(line.id, 0) != line.quantity:
            raise InvalidInput(
                Message(
                    "line_has_ship_but_split",
                    {"sku": line.sku, "quantity": line.quantity, "given": given.get(line.id, 0)},
                )
            )


def build(
    session: Session,
    order: Order,
    lines: Sequence[OrderLine],
    plan: Plan | None,
    actor: Actor,
    packing: Packing | None = None,
) -> list[Parcel]:
    """Parcels for ``order`` holding ``lines`` (its own, or several orders' when merged); stock reserved."""
    made = make(session, order, lines, plan, packing)
    session.flush()
    finish(session, made, actor)
    session.flush()
    return made


def parcels_planned(plan: Plan | None) -> int:
    """How many parcels ``make`` makes of these lines."""
    return 1 if plan is None else len(plan)


def make(
    session: Session,
    order: Order,
    lines: Sequence[OrderLine],
    plan: Plan | None,
    packing: Packing | None = None,
    ids: Iterator[int] | None = None,
) -> list[Parcel]:
    """The parcels of ``build`` with their lines, weight, number and customs lines, added but not written.

    A batch makes the parcels of many orders, writes them in one flush, then ``finish``es them.
    ``packing`` holds what the batch loaded once for the order's shop (it has these lines' SKUs);
    ``ids`` the parcel ids it took for them (``queries.next_parcel_ids``).
    """
    if plan is None:
        plan = [[(ln.id, ln.quantity) for ln in lines]]
    check_plan(lines, plan)
    by_id = {ln.id: ln for ln in lines}
    if packing is None:
        packing = Packing.load(session, order.shop_id, [ln.sku for ln in lines])
    comps = packing.components
    missing = sorted({ln.sku for ln in lines if ln.sku not in comps})
    if missing:
        raise NotAllowed(Message("unpaired_sku", {"missing": missing[0]}))
    if ids is None:
        ids = iter(queries.next_parcel_ids(session, len(plan)))
    needs_customs = customs.cross_border(packing.sender_country, order.ship_country)
    parcels = []
    for share in plan:
        parcel_id = next(ids)
        parcel = Parcel(
            id=parcel_id, number=parcel_number(parcel_id), order=order, shipping_method_id=order.shipping_method_id
        )
        weight = 0
        prices: dict[int, Decimal] = {}
        for line_id, qty in share:
            if qty == 0:
                continue
            line = by_id[line_id]
            parts = comps[line.sku]
            units = sum(c.quantity for c in parts) or 1
            for comp in parts:
                parcel.lines.append(
                    ParcelLine(order_line_id=line.id, product_id=comp.product_id, quantity=qty * comp.quantity)
                )
                product = packing.products.get(comp.product_id) or session.get(Product, comp.product_id)
                weight += qty * comp.quantity * (product.weight_grams if product is not None else 0)
                prices.setdefault(comp.product_id, (line.unit_price / units).quantize(Decimal("0.01")))
        parcel.weight_grams = weight + packing.packaging_grams
        if needs_customs:
            customs.prefill(session, parcel, prices)
        else:
            parcel.customs_lines = []  # known empty: nobody asks the database later
        session.add(parcel)
        parcels.append(parcel)
    return parcels


def finish(session: Session, parcels: Sequence[Parcel], actor: Actor) -> None:
    """Reserve the stock of the parcels ``make`` made, once they are written."""
    for parcel in parcels:
        stock.reserve(session, parcel, actor)


def _unbooked_parcels(order: Order) -> list[Parcel]:
    live = [p for p in order.parcels if p.status != "voided"]
    for parcel in live:
        if parcel.status not in UNBOOKED or parcel.tracking_number:
            raise NotAllowed(Message("order_already_has_waybill_parcels", {"number": order.number}))
    return live


def withdraw(session: Session, order: Order, actor: Actor, reason: str) -> None:
    """Void the order's parcels that have no waybill yet and release their stock."""
    for parcel in _unbooked_parcels(order):
        stock.release(session, parcel, actor, reason=reason)
        parcel.status = "voided"


def split(session: Session, order: Order, plan: Plan, actor: Actor) -> list[Parcel]:
    """Re-split an approved order whose parcels have no waybill yet."""
    from app.review import refresh_queue

    if order.status != "approved":
        raise NotAllowed(
            Message("order_split_when_approving", {"number": order.number, "queue": order.queue.replace("_", " ")})
        )
    if order.merged_orders or order.merged_into_id:
        raise NotAllowed(Message("order_merged_with_another_order", {"number": order.number}))
    withdraw(session, order, actor, "split again")
    parcels = build(session, order, order.lines, plan, actor)
    refresh_queue(order)
    audit.record(session, actor, "split", order=order, detail=describe(parcels))
    return parcels


def describe(parcels: Sequence[Parcel]) -> str:
    parts = []
    for p in parcels:
        items = ", ".join(f"{pl.product.sku if pl.product else '?'}×{pl.quantity}" for pl in p.lines)
        parts.append(f"{p.number}: {items}")
    return "; ".join(parts)


def mergeable(orders: Sequence[Order]) -> None:
    """Refuse a merge that would put different buyers or shops in one parcel."""
    if len(orders) < 2:
        raise InvalidInput(Message("pick_two_more_orders_merge"))
    first = orders[0]
    fields = {k: getattr(first, k) for k in addresses.FIELDS}
    for other in orders[1:]:
        if other.shop_id != first.shop_id:
            raise NotAllowed(
                Message("orders_are_from_different_shops", {"number": first.number, "number2": other.number})
            )
        if not addresses.same_recipient(fields, {k: getattr(other, k) for k in addresses.FIELDS}):
            raise NotAllowed(
                Message("orders_go_different_addresses", {"number": first.number, "number2": other.number})
            )
    for order in orders:
        if order.merged_into_id is not None or order.merged_orders:
            raise NotAllowed(Message("order_already_merged_unmerge_first", {"number": order.number}))
        if order.status not in ("review", "approved"):
            raise NotAllowed(
                Message(
                    "order_only_open_orders_merge", {"number": order.number, "queue": order.queue.replace("_", " ")}
                )
            )
