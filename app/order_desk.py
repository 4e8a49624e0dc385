"""The order desk: pairing, stock policy, customs, addresses, split and merge, notes and tags.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor` and
`self.settings`, each in its own unit of work. Every change to an order is an audit
event, so it shows in the order's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app import addresses, audit, customs, pairing, parcels, review, stock
from app.errors import InvalidInput, NotAllowed, NotFound
from db.models import (
    AuditEvent,
    Order,
    OrderLine,
    Product,
    ProductBarcode,
    Shop,
    SkuPairing,
    Station,
    User,
)

if TYPE_CHECKING:
    from app.actor import Actor
    from db.uow import Database

NOTE_KINDS = ("buyer_note", "seller_note", "service_note")
PRODUCT_FIELDS = (
    "sku", "name", "name_zh", "weight_grams", "bin_location", "length_mm", "width_mm", "height_mm",
    "low_stock_threshold", "customs_name_en", "customs_name_zh", "hs_code", "declared_value",
    "declared_currency", "origin_country", "has_battery", "has_liquid", "has_magnet",
)


# --- ship-by deadlines (pure; the GUI shows them, H3's queues sort by them) -----------------


def time_left(ship_by: dt.datetime | None, now: dt.datetime | None = None) -> dt.timedelta | None:
    if ship_by is None:
        return None
    now = now or dt.datetime.now(dt.UTC)
    return ship_by - now


def urgency(ship_by: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """overdue | today (under 24 h) | soon (under 72 h) | later | none."""
    left = time_left(ship_by, now)
    if left is None:
        return "none"
    if left.total_seconds() < 0:
        return "overdue"
    if left <= dt.timedelta(hours=24):
        return "today"
    if left <= dt.timedelta(hours=72):
        return "soon"
    return "later"


def countdown(ship_by: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """"ship within 5 h 10 min", "overdue by 2 d 3 h", "" without a deadline."""
    left = time_left(ship_by, now)
    if left is None:
        return ""
    seconds = abs(int(left.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        span = f"{days} d {hours} h"
    elif hours:
        span = f"{hours} h {minutes} min"
    else:
        span = f"{minutes} min"
    return f"overdue by {span}" if left.total_seconds() < 0 else f"ship within {span}"


def parse_tags(text: str | Sequence[str]) -> list[str]:
    items = text.replace(";", ",").split(",") if isinstance(text, str) else list(text)
    out = []
    for item in items:
        tag = item.strip().lower().replace(",", "")
        if tag and tag not in out:
            out.append(tag[:40])
    return out


def tags_of(order: Order) -> list[str]:
    return [t for t in (order.tags or "").split(",") if t]


def _set_tags(order: Order, tags: list[str]) -> None:
    order.tags = "," + ",".join(tags) + "," if tags else ""


def history(session: Session, order_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(AuditEvent, User.name, Station.name)
        .join(User, User.id == AuditEvent.user_id)
        .join(Station, Station.id == AuditEvent.station_id)
        .where(AuditEvent.order_id == order_id)
        .order_by(AuditEvent.at, AuditEvent.id)
    ).all()
    return [
        {"at": e.at.isoformat(), "action": e.action, "detail": e.detail, "user": u, "station": st}
        for e, u, st in rows
    ]


def desk_extras(session: Session, order: Order) -> dict[str, Any]:
    """What the detail pane shows beyond the basics: notes, tags, deadline, customs, history."""
    parcels_customs = []
    for parcel in order.parcels:
        if parcel.status == "voided":
            continue
        parcels_customs.append({
            "parcel": parcel.number,
            "weight_grams": parcel.weight_grams,
            "editable": parcel.status in parcels.UNBOOKED and not parcel.tracking_number,
            "lines": [
                {"id": c.id, "sku": customs.line_sku(c), "description_en": c.description_en,
                 "description_zh": c.description_zh, "hs_code": c.hs_code, "quantity": c.quantity,
                 "unit_value": f"{c.unit_value:.2f}", "currency": c.currency, "origin_country": c.origin_country}
                for c in parcel.customs_lines
            ],
        })
    warnings = review.stock_warnings(session, order) if order.status == "review" and order.lines else []
    merged_into = session.get(Order, order.merged_into_id) if order.merged_into_id else None
    return {
        "seller_note": order.seller_note,
        "service_note": order.service_note,
        "tags": tags_of(order),
        "ship_by": order.ship_by.isoformat() if order.ship_by else None,
        "deadline": countdown(order.ship_by),
        "urgency": urgency(order.ship_by),
        "payment_hold_until": order.payment_hold_until.isoformat() if order.payment_hold_until else None,
        "warnings": warnings,
        "customs": parcels_customs,
        "merged_into": merged_into.number if merged_into is not None else None,
        "merged_orders": [o.number for o in order.merged_orders],
        "history": history(session, order.id),
        "line_ids": [ln.id for ln in order.lines],
    }


class OrderDesk:
    db: Database
    actor: Actor

    # --- helpers ----------------------------------------------------------------------

    def _order(self, session: Session, order_id: int) -> Order:
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(f"no order {order_id}")
        return order

    def _orders_by_id(self, session: Session, order_ids: Sequence[int]) -> list[Order]:
        return [self._order(session, i) for i in dict.fromkeys(order_ids)]

    def _shop_id(self, session: Session, shop: str | int | None) -> int | None:
        if shop is None or shop == "":
            return None
        if isinstance(shop, int):
            return shop
        found = session.scalar(select(Shop).where(Shop.name == shop))
        if found is None:
            raise NotFound(f"no shop {shop}")
        return found.id

    # --- review: fix in place -----------------------------------------------------------

    def address_problems(self, fields: Mapping[str, str]) -> list[str]:
        """Live validation for the address dialog (no database)."""
        return addresses.problems(fields)

    def edit_address(self, order_id: int, fields: Mapping[str, str]) -> list[str]:
        """Correct the shipping address; the order's reasons are recomputed and returned."""
        with self.db.uow() as uow:
            s = uow.session
            order = self._order(s, order_id)
            if order.merged_orders or order.merged_into_id:
                raise NotAllowed(f"order {order.number} is merged with another order: unmerge it first")
            if order.status == "approved":
                parcels.withdraw(s, order, self.actor, "address edited")
                order.status = "review"
            elif order.status not in ("review", "on_hold"):
                raise NotAllowed(f"order {order.number} is {order.queue.replace('_', ' ')}: its address cannot change")
            merged = {k: getattr(order, k) for k in addresses.FIELDS}
            merged.update({k: v for k, v in fields.items() if k in addresses.FIELDS})
            clean = addresses.normalised(merged)
            changes = [f"{k.removeprefix('ship_')}: {getattr(order, k)!r} → {v!r}"
                       for k, v in clean.items() if getattr(order, k) != v]
            for key, value in clean.items():
                setattr(order, key, value)
            reasons = review.update_reasons(s, order) if order.status == "review" else []
            review.refresh_queue(order)
            if changes:
                audit.record(s, self.actor, "edit address", order=order, detail="; ".join(changes))
            uow.commit()
            return reasons

    def set_note(self, order_id: int, kind: str, text: str) -> None:
        if kind not in NOTE_KINDS:
            raise InvalidInput(f"note must be one of {', '.join(NOTE_KINDS)}")
        with self.db.uow() as uow:
            order = self._order(uow.session, order_id)
            if getattr(order, kind) != text:
                setattr(order, kind, text)
                audit.record(uow.session, self.actor, "note", order=order, detail=f"{kind.replace('_', ' ')}: {text}")
            uow.commit()

    def tag(self, order_ids: Sequence[int], add: str | Sequence[str] = (), remove: str | Sequence[str] = ()) -> int:
        """Add and remove tags on these orders; returns how many orders changed."""
        plus, minus = parse_tags(add), parse_tags(remove)
        changed = 0
        with self.db.uow() as uow:
            for order in self._orders_by_id(uow.session, order_ids):
                before = tags_of(order)
                after = [t for t in before if t not in minus] + [t for t in plus if t not in before]
                if after != before:
                    _set_tags(order, after)
                    detail = " ".join([f"+{t}" for t in plus if t not in before] + [f"-{t}" for t in minus if t in before])
                    audit.record(uow.session, self.actor, "tags", order=order, detail=detail)
                    changed += 1
            uow.commit()
        return changed

    def release_hold(self, order_ids: Sequence[int]) -> list[str]:
        with self.db.uow() as uow:
            released = review.release_hold(uow.session, self._orders_by_id(uow.session, order_ids), self.actor)
            uow.commit()
        return released

    def recheck(self, order_ids: Sequence[int] | None = None) -> int:
        """Recompute the review reasons (e.g. a payment hold has run out)."""
        with self.db.uow() as uow:
            s = uow.session
            if order_ids is None:
                orders = list(s.scalars(select(Order).where(Order.queue == "review").order_by(Order.id)))
            else:
                orders = self._orders_by_id(s, order_ids)
            n = review.recheck(s, orders)
            uow.commit()
        return n

    def order_history(self, order_id: int) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            return history(uow.session, order_id)

    # --- pairing --------------------------------------------------------------------------

    def unpaired_skus(self, order_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The marketplace SKUs of these orders that pair with nothing (for the pairing dialog)."""
        with self.db.reader() as uow:
            s = uow.session
            out: dict[tuple[str, int], dict[str, Any]] = {}
            for order in self._orders_by_id(s, order_ids):
                comps = pairing.components_for(s, order.shop_id, [ln.sku for ln in order.lines])
                for line in order.lines:
                    if line.sku not in comps:
                        out.setdefault((line.sku, order.shop_id), {
                            "sku": line.sku, "title": line.title, "shop_id": order.shop_id, "shop": order.shop.name,
                        })
            return list(out.values())

    def pair(self, marketplace_sku: str, components: Sequence[tuple[int, int]], shop: str | int | None = None) -> int:
        """Remember marketplace SKU → products × qty (a bundle when several); returns Review orders rechecked."""
        with self.db.uow() as uow:
            s = uow.session
            orders = pairing.pair(s, marketplace_sku, self._shop_id(s, shop), components, self.actor)
            review.recheck(s, orders)
            uow.commit()
            return len(orders)

    def pair_skus(self, marketplace_sku: str, parts: Sequence[tuple[str, int]], shop: str | int | None = None) -> int:
        """``pair`` by warehouse SKU (the CLI's way)."""
        with self.db.reader() as uow:
            ids = []
            for sku, qty in parts:
                product_id = uow.session.scalar(select(Product.id).where(Product.sku == sku))
                if product_id is None:
                    raise NotFound(f"no product {sku}")
                ids.append((product_id, qty))
        return self.pair(marketplace_sku, ids, shop)

    def unpair(self, marketplace_sku: str, shop: str | int | None = None) -> int:
        with self.db.uow() as uow:
            s = uow.session
            orders = pairing.unpair(s, marketplace_sku, self._shop_id(s, shop), self.actor)
            review.recheck(s, orders)
            uow.commit()
            return len(orders)

    def pairings_of(self, marketplace_sku: str) -> list[dict[str, object]]:
        with self.db.reader() as uow:
            return pairing.pairings_of(uow.session, marketplace_sku)

    # --- products -------------------------------------------------------------------------

    def search_products(self, text: str = "", offset: int = 0, limit: int = 50) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            return [product_row(p) for p in pairing.search_products(uow.session, text, offset, limit)]

    def count_products(self, text: str = "") -> int:
        with self.db.reader() as uow:
            return pairing.count_products(uow.session, text)

    def product(self, product_id: int) -> dict[str, Any]:
        with self.db.reader() as uow:
            p = uow.session.get(Product, product_id)
            if p is None:
                raise NotFound(f"no product {product_id}")
            row = product_row(p)
            row["barcodes"] = [{"code": b.code, "pack_quantity": b.pack_quantity} for b in p.barcodes]
            return row

    def save_product(self, values: Mapping[str, Any], barcodes: Sequence[tuple[str, int]] | None = None) -> int:
        """Create (no "id") or edit a product, incl. customs defaults and barcodes; returns its id."""
        clean = clean_product(values)
        with self.db.uow() as uow:
            s = uow.session
            if values.get("id"):
                product = s.get(Product, int(values["id"]))
                if product is None:
                    raise NotFound(f"no product {values['id']}")
            else:
                if "sku" not in clean or "name" not in clean:
                    raise InvalidInput("a new product needs a SKU and a name")
                product = Product(sku=clean["sku"], name=clean["name"])
                s.add(product)
            if "sku" in clean and clean["sku"] != product.sku:
                taken = s.scalar(select(Product.id).where(Product.sku == clean["sku"]))
                if taken is not None and taken != product.id:
                    raise InvalidInput(f"another product already has the SKU {clean['sku']}")
            for key, value in clean.items():
                setattr(product, key, value)
            if barcodes is not None:
                wanted = {c.strip(): max(1, int(q)) for c, q in barcodes if c.strip()}
                for code in wanted:
                    other = s.scalar(select(ProductBarcode).where(ProductBarcode.code == code))
                    if other is not None and other.product_id != product.id:
                        raise InvalidInput(f"barcode {code} already belongs to another product")
                product.barcodes = [b for b in product.barcodes if b.code in wanted]
                have = {b.code: b for b in product.barcodes}
                for code, qty in wanted.items():
                    if code in have:
                        have[code].pack_quantity = qty
                    else:
                        product.barcodes.append(ProductBarcode(code=code, pack_quantity=qty))
            s.flush()
            product_id = product.id
            uow.commit()
        return product_id

    # --- stock ----------------------------------------------------------------------------

    def stock_page(self, text: str = "", *, low_only: bool = False, offset: int = 0, limit: int = 100) -> list[stock.StockRow]:
        with self.db.reader() as uow:
            return stock.stock_page(uow.session, text, low_only=low_only, offset=offset, limit=limit)

    def stock_count(self, text: str = "", *, low_only: bool = False) -> int:
        with self.db.reader() as uow:
            return stock.stock_count(uow.session, text, low_only=low_only)

    def _product_id(self, session: Session, sku: str) -> int:
        product_id = session.scalar(select(Product.id).where(Product.sku == sku.strip()))
        if product_id is None:
            raise NotFound(f"no product {sku}")
        return product_id

    def receive(self, sku: str, quantity: int, reason: str = "received") -> dict[str, int]:
        if quantity <= 0:
            raise InvalidInput("receive a quantity of 1 or more")
        with self.db.uow() as uow:
            s = uow.session
            pid = self._product_id(s, sku)
            stock.receive(s, pid, quantity, self.actor, reason=reason or "received")
            self._recheck_stock(s, pid)
            uow.commit()
        return self.levels(sku)

    def adjust_stock(self, sku: str, delta: int, reason: str) -> dict[str, int]:
        with self.db.uow() as uow:
            s = uow.session
            pid = self._product_id(s, sku)
            stock.adjust(s, pid, delta, self.actor, reason=reason)
            self._recheck_stock(s, pid)
            uow.commit()
        return self.levels(sku)

    def levels(self, sku: str) -> dict[str, int]:
        with self.db.reader() as uow:
            pid = self._product_id(uow.session, sku)
            return stock.levels(uow.session, [pid])[pid]

    def _recheck_stock(self, session: Session, product_id: int) -> None:
        """Orders blocked on stock of this product (policy "block") may pass now."""
        session.flush()
        product = session.get(Product, product_id)
        assert product is not None
        skus = select(SkuPairing.marketplace_sku).where(SkuPairing.product_id == product_id)
        with_product = select(OrderLine.order_id).where(or_(OrderLine.sku.in_(skus), OrderLine.sku == product.sku))
        orders = session.scalars(
            select(Order).join(Shop, Shop.id == Order.shop_id)
            .where(Order.queue == "review", Shop.stock_policy == "block")
            .where(or_(Order.id.in_(with_product), Order.review_reasons.like("%not enough stock%")))
        )
        review.recheck(session, list(orders))

    def set_stock_policy(self, shop: str | int, policy: str) -> None:
        if policy not in ("block", "warn"):
            raise InvalidInput("stock policy is block or warn")
        with self.db.uow() as uow:
            s = uow.session
            shop_row = s.get(Shop, self._shop_id(s, shop))
            if shop_row is None:
                raise NotFound(f"no shop {shop}")
            shop_row.stock_policy = policy
            review.recheck(s, list(s.scalars(select(Order).where(Order.queue == "review", Order.shop_id == shop_row.id))))
            uow.commit()

    # --- parcels: split and merge --------------------------------------------------------

    def split(self, order_id: int, plan: parcels.Plan) -> list[str]:
        """Ship an order as several parcels: approves it (Review) or re-splits it (no waybill yet)."""
        with self.db.uow() as uow:
            s = uow.session
            order = self._order(s, order_id)
            if order.status == "review":
                result = review.approve(s, [order], self.actor, plans={order.id: plan})
                if result.refused:
                    raise NotAllowed(f"order {order.number} cannot be approved: " + "; ".join(result.refused[order.number]))
                made = [p for p in order.parcels if p.status != "voided"]
                audit.record(s, self.actor, "split", order=order, detail=parcels.describe(made))
            else:
                made = parcels.split(s, order, plan, self.actor)
            numbers = [p.number for p in made]
            uow.commit()
        return numbers

    def merge(self, order_ids: Sequence[int]) -> review.ApproveResult:
        with self.db.uow() as uow:
            s = uow.session
            result = review.merge(s, self._orders_by_id(s, order_ids), self.actor)
            uow.commit()
        return result

    def unmerge(self, order_id: int) -> list[str]:
        with self.db.uow() as uow:
            orders = review.unmerge(uow.session, self._order(uow.session, order_id), self.actor)
            uow.commit()
            return [o.number for o in orders]

    def order_lines(self, order_id: int) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            order = self._order(uow.session, order_id)
            return [{"id": ln.id, "sku": ln.sku, "title": ln.title, "quantity": ln.quantity} for ln in order.lines]

    # --- customs and tax ids -------------------------------------------------------------

    def edit_customs_line(self, line_id: int, values: Mapping[str, object]) -> None:
        with self.db.uow() as uow:
            customs.edit_line(uow.session, line_id, values, self.actor)
            uow.commit()

    def batch_edit_customs(
        self, order_ids: Sequence[int], sku: str, values: Mapping[str, object], *, save_as_default: bool = True
    ) -> dict[str, Any]:
        with self.db.uow() as uow:
            s = uow.session
            result = customs.batch_edit(s, self._orders_by_id(s, order_ids), sku, values, self.actor,
                                        save_as_default=save_as_default)
            review.recheck(s, result.orders)
            summary = {"orders": len(result.orders), "parcel_lines": result.parcel_lines, "products": result.products}
            uow.commit()
        return summary

    def customs_skus(self, order_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The warehouse products in these orders, with their customs defaults (batch edit dialog)."""
        with self.db.reader() as uow:
            s = uow.session
            ids: dict[int, None] = {}
            for order in self._orders_by_id(s, order_ids):
                comps = pairing.components_for(s, order.shop_id, [ln.sku for ln in order.lines])
                for parts in comps.values():
                    for c in parts:
                        ids[c.product_id] = None
            products = s.scalars(select(Product).where(Product.id.in_(list(ids))).order_by(Product.sku)) if ids else []
            return [product_row(p) for p in products]

    def tax_ids(self, shop: str | int | None = None) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            s = uow.session
            return [
                {"id": t.id, "shop_id": t.shop_id, "destination": t.destination, "kind": t.kind, "number": t.number}
                for t in customs.list_tax_ids(s, self._shop_id(s, shop))
            ]

    def set_tax_id(self, shop: str | int, destination: str, kind: str, number: str) -> int:
        with self.db.uow() as uow:
            s = uow.session
            shop_id = self._shop_id(s, shop)
            if shop_id is None:
                raise InvalidInput("a tax id belongs to a shop")
            row = customs.set_tax_id(s, shop_id, destination, kind, number)
            tax_id = row.id
            uow.commit()
        return tax_id

    def delete_tax_id(self, tax_id: int) -> None:
        with self.db.uow() as uow:
            customs.delete_tax_id(uow.session, tax_id)
            uow.commit()


def product_row(p: Product) -> dict[str, Any]:
    return {
        "id": p.id, "sku": p.sku, "name": p.name, "name_zh": p.name_zh, "weight_grams": p.weight_grams,
        "bin_location": p.bin_location, "length_mm": p.length_mm, "width_mm": p.width_mm, "height_mm": p.height_mm,
        "low_stock_threshold": p.low_stock_threshold, "customs_name_en": p.customs_name_en,
        "customs_name_zh": p.customs_name_zh, "hs_code": p.hs_code,
        "declared_value": f"{p.declared_value:.2f}" if p.declared_value is not None else "",
        "declared_currency": p.declared_currency, "origin_country": p.origin_country,
        "has_battery": p.has_battery, "has_liquid": p.has_liquid, "has_magnet": p.has_magnet,
    }


def clean_product(values: Mapping[str, Any]) -> dict[str, Any]:
    """What a seller typed for a product, checked; raises InvalidInput with the first problem."""
    out: dict[str, Any] = {}
    for key, raw in values.items():
        if key not in PRODUCT_FIELDS:
            continue
        if key in ("sku", "name"):
            text = str(raw).strip()
            if not text:
                raise InvalidInput(f"a product needs a {key.upper() if key == 'sku' else key}")
            out[key] = text
        elif key in ("weight_grams", "length_mm", "width_mm", "height_mm", "low_stock_threshold"):
            text = str(raw).strip() if raw is not None else ""
            if key == "low_stock_threshold" and text == "":
                out[key] = None
                continue
            try:
                number = int(text or "0")
            except ValueError:
                raise InvalidInput(f"{key.replace('_', ' ')} must be a whole number") from None
            if number < 0:
                raise InvalidInput(f"{key.replace('_', ' ')} cannot be negative")
            out[key] = number
        elif key == "declared_value":
            text = str(raw).strip() if raw is not None else ""
            if not text:
                out[key] = None
                continue
            try:
                value = Decimal(text).quantize(Decimal("0.01"))
            except InvalidOperation:
                raise InvalidInput(f"declared value {text} is not a number") from None
            if value <= 0:
                raise InvalidInput("a declared value must be above zero")
            out[key] = value
        elif key == "hs_code":
            code = str(raw).replace(".", "").replace(" ", "").strip()
            if code and not customs.HS_CODE.match(code):
                raise InvalidInput(f"HS code {raw} must be 6 to 10 digits")
            out[key] = code
        elif key in ("origin_country", "declared_currency"):
            text = str(raw).strip().upper()
            size = 2 if key == "origin_country" else 3
            if len(text) != size or not text.isalpha():
                raise InvalidInput(f"{key.replace('_', ' ')} {raw} must be {size} letters")
            out[key] = text
        elif key in ("has_battery", "has_liquid", "has_magnet"):
            out[key] = bool(raw)
        else:
            out[key] = str(raw).strip()
    return out
