"""Pairing marketplace SKUs to warehouse products (one product, or a bundle of several).

A pairing is remembered for every future order: ``shop_id`` None pairs the SKU in every
shop, a shop's own pairing beats it. Without a pairing, a marketplace SKU still pairs
automatically with the warehouse product whose SKU is

- exactly the same, or
- the same after normalising both: Unicode NFKC (full-width letters), case, whitespace,
  dashes, underscores, dots and slashes ignored, and leading zeros dropped
  ("mug_blu " → "MUGBLU", "00123-A" → "123A") — but only when exactly one product
  normalises that way, so two look-alike products are never guessed between.

Approving stores the automatic match as a pairing, so the warehouse sees it later.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, SQLColumnExpression, delete, func, or_, select
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.errors import InvalidInput, NotFound
from app.messages import Message
from db import queries
from db.models import Order, OrderLine, Product, ProductBarcode, Shop, SkuPairing

_IGNORED = re.compile(r"[\s\-_./]+")
_SQL_IGNORED = (" ", "-", "_", ".", "/")


def normalise_sku(sku: str) -> str:
    key = _IGNORED.sub("", unicodedata.normalize("NFKC", sku)).upper().lstrip("0")
    return key


def sku_key(column: SQLColumnExpression[str]) -> ColumnElement[str]:
    """The same normalisation in SQL (SQLite and PostgreSQL), for warehouse SKUs."""
    expr: SQLColumnExpression[str] = column
    for ch in _SQL_IGNORED:
        expr = func.replace(expr, ch, "")
    return func.ltrim(func.upper(expr), "0")


def normalised_matches(session: Session, skus: Iterable[str]) -> dict[str, Product]:
    """Marketplace SKU → the one product whose SKU normalises the same (no exact match needed)."""
    by_key: dict[str, list[str]] = {}
    for sku in skus:
        key = normalise_sku(sku)
        if key:
            by_key.setdefault(key, []).append(sku)
    if not by_key:
        return {}
    product_key = sku_key(Product.sku)
    rows = session.execute(select(product_key, Product).where(product_key.in_(list(by_key)))).all()
    found: dict[str, list[Product]] = {}
    for k, product in rows:
        found.setdefault(k, []).append(product)
    return {sku: products[0] for k, products in found.items() if len(products) == 1 for sku in by_key[k]}


@dataclass(frozen=True)
class Component:
    """One warehouse product a marketplace SKU is packed from."""

    product_id: int
    sku: str
    quantity: int  # per marketplace unit


def components_for(session: Session, shop_id: int, skus: Sequence[str]) -> dict[str, tuple[Component, ...]]:
    """What each marketplace SKU is packed from: its pairing, else an exact or normalised match."""
    wanted = sorted(set(skus))
    out: dict[str, tuple[Component, ...]] = {
        sku: tuple(Component(p.product_id, p.product.sku, p.quantity) for p in pairs)
        for sku, pairs in queries.pairings_for(session, shop_id, wanted).items()
    }
    rest = [s for s in wanted if s not in out]
    if rest:
        exact = {p.sku: p for p in session.scalars(select(Product).where(Product.sku.in_(rest)))}
        for sku, product in exact.items():
            out[sku] = (Component(product.id, product.sku, 1),)
        rest = [s for s in rest if s not in out]
    if rest:
        for sku, product in normalised_matches(session, rest).items():
            out[sku] = (Component(product.id, product.sku, 1),)
    return out


def auto_pair(session: Session, orders: Sequence[Order]) -> None:
    """Store the automatic match of every unpaired line of these orders as an all-shops pairing.

    A few queries per shop, however many orders: an approval batch pairs its chunk at once.
    """
    skus_of: dict[int, set[str]] = {}
    for order in orders:
        skus_of.setdefault(order.shop_id, set()).update(ln.sku for ln in order.lines)
    added: set[str] = set()  # an all-shops pairing pairs the SKU in every shop from then on
    for shop_id, skus in skus_of.items():
        paired = queries.pairings_for(session, shop_id, sorted(skus))
        missing = sorted(s for s in skus if s not in paired and s not in added)
        if not missing:
            continue
        for sku, comps in components_for(session, shop_id, missing).items():
            added.add(sku)
            for comp in comps:
                session.add(SkuPairing(shop_id=None, marketplace_sku=sku, product_id=comp.product_id, quantity=1))
        session.flush()


def _describe(components: Sequence[tuple[Product, int]]) -> str:
    return " + ".join(f"{p.sku}×{q}" for p, q in components)


def review_orders_with_sku(session: Session, marketplace_sku: str, shop_id: int | None) -> list[Order]:
    stmt = (
        select(Order)
        .join(OrderLine, OrderLine.order_id == Order.id)
        .where(Order.queue == "review", OrderLine.sku == marketplace_sku)
        .distinct()
        .order_by(Order.id)
    )
    if shop_id is not None:
        stmt = stmt.where(Order.shop_id == shop_id)
    return list(session.scalars(stmt))


def pair(
    session: Session,
    marketplace_sku: str,
    shop_id: int | None,
    components: Sequence[tuple[int, int]],
    actor: Actor,
) -> list[Order]:
    """Pair (or re-pair) a marketplace SKU to products × quantity; returns the Review orders it touched.

    The caller recomputes those orders' reasons (see ``app.review.recheck``).
    """
    sku = marketplace_sku.strip()
    if not sku:
        raise InvalidInput(Message("name_marketplace_sku_pair"))
    if not components:
        raise InvalidInput(Message("pick_at_least_one_product"))
    merged: dict[int, int] = {}
    for product_id, qty in components:
        if qty < 1:
            raise InvalidInput(Message("paired_quantity_at_least"))
        merged[product_id] = merged.get(product_id, 0) + qty
    products = []
    for product_id, qty in merged.items():
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound(Message("no_product", {"sku": product_id}))
        products.append((product, qty))
    if shop_id is not None and session.get(Shop, shop_id) is None:
        raise NotFound(Message("no_shop", {"shop_id": shop_id}))
    _delete(session, sku, shop_id)
    for product, qty in products:
        session.add(SkuPairing(shop_id=shop_id, marketplace_sku=sku, product_id=product.id, quantity=qty))
    session.flush()
    orders = review_orders_with_sku(session, sku, shop_id)
    scope = "this shop" if shop_id is not None else "every shop"
    for order in orders:
        audit.record(session, actor, "pair", order=order, detail=f"{sku} → {_describe(products)} ({scope})")
    return orders


def unpair(session: Session, marketplace_sku: str, shop_id: int | None, actor: Actor) -> list[Order]:
    if not _delete(session, marketplace_sku, shop_id):
        raise NotFound(Message("no_pairing", {"marketplace_sku": marketplace_sku}))
    orders = review_orders_with_sku(session, marketplace_sku, shop_id)
    for order in orders:
        audit.record(session, actor, "unpair", order=order, detail=marketplace_sku)
    return orders


def _delete(session: Session, sku: str, shop_id: int | None) -> int:
    scope = SkuPairing.shop_id.is_(None) if shop_id is None else SkuPairing.shop_id == shop_id
    result = session.execute(delete(SkuPairing).where(SkuPairing.marketplace_sku == sku, scope))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def pairings_of(session: Session, marketplace_sku: str) -> list[dict[str, object]]:
    rows = session.scalars(
        select(SkuPairing).where(SkuPairing.marketplace_sku == marketplace_sku).order_by(SkuPairing.id)
    )
    return [
        {
            "shop_id": p.shop_id,
            "product_id": p.product_id,
            "sku": p.product.sku,
            "name": p.product.name,
            "quantity": p.quantity,
        }
        for p in rows
    ]


def _product_filter(text: str) -> ColumnElement[bool] | None:
    text = text.strip()
    if not text:
        return None
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = f"%{escaped}%"
    barcode = select(ProductBarcode.product_id).where(ProductBarcode.code == text)
    key = normalise_sku(text)
    conditions: list[ColumnElement[bool]] = [
        Product.sku.ilike(like, escape="\\"),
        Product.name.ilike(like, escape="\\"),
        Product.name_zh.like(like, escape="\\"),
        Product.id.in_(barcode),
    ]
    if key:
        conditions.append(sku_key(Product.sku) == key)
    return or_(*conditions)


def search_products(session: Session, text: str, offset: int = 0, limit: int = 50) -> list[Product]:
    """Products by SKU, name, Chinese name or barcode: a page, exact SKU first."""
    stmt = select(Product)
    cond = _product_filter(text)
    if cond is not None:
        stmt = stmt.where(cond).order_by((Product.sku != text.strip()), Product.sku)
    else:
        stmt = stmt.order_by(Product.sku)
    return list(session.scalars(stmt.offset(offset).limit(limit)))


def count_products(session: Session, text: str) -> int:
    stmt = select(func.count()).select_from(Product)
    cond = _product_filter(text)
    if cond is not None:
        stmt = stmt.where(cond)
    return int(session.scalar(stmt) or 0)
