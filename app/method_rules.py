"""What a shipping method allows: destinations, weight, batteries, liquids, customs fields.

Review asks `method_reasons` for every order; an order whose method forbids its parcel
cannot be approved. Rate shopping asks `forbids` of every candidate method.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import customs
from app.coded import Said
from app.messages import Message
from db import queries
from db.models import CustomsLine, Order, Product, ShippingMethod

# customs field -> how the seller calls what is missing
CUSTOMS_FIELDS = {
    "hs_code": "HS codes",
    "description_en": "English customs descriptions",
    "description_zh": "Chinese customs descriptions",
    "unit_value": "declared values",
    "origin_country": "countries of origin",
    "weight_grams": "item weights",
}


@dataclass(frozen=True)
class Contents:
    """What is in the parcel, as far as a shipping method cares."""

    country: str
    weight_grams: int
    battery: bool
    liquid: bool
    cross_border: bool
    # for each customs line: field -> value present?
    customs: tuple[dict[str, bool], ...]


def method_label(method: ShippingMethod) -> str:
    carrier = method.carrier_account.name if method.carrier_account is not None else ""
    if carrier and not method.name.lower().startswith(carrier.lower()):
        return f"{carrier} {method.name}"
    return method.name


def has_rules(method: ShippingMethod) -> bool:
    return bool(
        not method.allows_battery
        or not method.allows_liquid
        or method.max_weight_grams
        or (method.countries or {}).get("allow")
        or (method.countries or {}).get("deny")
        or method.required_customs
    )


def forbids(method: ShippingMethod, contents: Contents) -> list[str]:
    """Why ``method`` cannot carry ``contents``, in the seller's words ([] = it can)."""
    name = method_label(method)
    reasons: list[str] = []
    if contents.battery and not method.allows_battery:
        reasons.append(Said(Message("method_no_batteries", {"name": name})))
    if contents.liquid and not method.allows_liquid:
        reasons.append(Said(Message("method_no_liquids", {"name": name})))
    countries = method.countries or {}
    allow = [c.upper() for c in countries.get("allow") or ()]
    deny = [c.upper() for c in countries.get("deny") or ()]
    country = contents.country.upper()
    if country and ((allow and country not in allow) or country in deny):
        reasons.append(Said(Message("method_not_to_country", {"name": name, "country": country})))
    if method.max_weight_grams and contents.weight_grams > method.max_weight_grams:
        limit, weight = f"{method.max_weight_grams:,}", f"{contents.weight_grams:,}"
        reasons.append(Said(Message("method_max_weight", {"name": name, "max_grams": limit, "grams": weight})))
    if contents.cross_border:
        for field in method.required_customs or ():
            if field in CUSTOMS_FIELDS and (not contents.customs or not all(c.get(field) for c in contents.customs)):
                reasons.append(Said(Message("method_requires", {"name": name, "field": CUSTOMS_FIELDS[field]})))
    return reasons


def _sender_country(session: Session) -> str:
    return customs.sender_country(session)


def _product_fields(product: Product) -> dict[str, bool]:
    return {
        "hs_code": bool(product.hs_code.strip()),
        "description_en": bool((product.customs_name_en or product.name).strip()),
        "description_zh": bool((product.customs_name_zh or product.name_zh).strip()),
        "unit_value": product.declared_value is not None and product.declared_value > 0,
        "origin_country": bool(product.origin_country.strip()),
        "weight_grams": product.weight_grams > 0,
    }


def _line_fields(line: CustomsLine) -> dict[str, bool]:
    return {
        "hs_code": bool(line.hs_code.strip()),
        "description_en": bool(line.description_en.strip()),
        "description_zh": bool(line.description_zh.strip()),
        "unit_value": line.unit_value > 0,
        "origin_country": bool(line.origin_country.strip()),
        "weight_grams": line.weight_grams > 0,
    }


def contents_of(session: Session, order: Order) -> Contents:
    """The order's open parcels if it has any, else what its lines would pack."""
    parcels = [p for p in order.parcels if p.status not in ("voided", "shipped", "intercepted")]
    products: list[tuple[Product, int]] = []
    customs: list[dict[str, bool]] = []
    weight = 0
    if parcels:
        for parcel in parcels:
            weight = max(weight, parcel.weight_grams)
            products += [(ln.product, ln.quantity) for ln in parcel.lines if ln.product is not None]
            lines = list(session.scalars(select(CustomsLine).where(CustomsLine.parcel_id == parcel.id)))
            customs += [_line_fields(c) for c in lines]
        if not customs:
            customs = [_product_fields(p) for p, _ in products]
    else:
        skus = [ln.sku for ln in order.lines]
        pairings = queries.pairings_for(session, order.shop_id, skus)
        own = {p.sku: p for p in session.scalars(select(Product).where(Product.sku.in_(skus)))}
        for line in order.lines:
            # unpaired lines whose SKU is a warehouse SKU pack as that product (as approval pairs them)
            parts = [(pr.product, pr.quantity) for pr in pairings.get(line.sku, ())] or (
                [(own[line.sku], 1)] if line.sku in own else []
            )
            for product, per_line in parts:
                qty = line.quantity * per_line
                products.append((product, qty))
                weight += qty * product.weight_grams
        customs = [_product_fields(p) for p, _ in products]
    sender = _sender_country(session)
    return Contents(
        country=order.ship_country,
        weight_grams=weight,
        battery=any(p.has_battery for p, _ in products),
        liquid=any(p.has_liquid for p, _ in products),
        cross_border=not sender or order.ship_country.upper() != sender,
        customs=tuple(customs),
    )


def _method_of(session: Session, order: Order) -> ShippingMethod | None:
    if order.shipping_method_id is not None:
        return session.get(ShippingMethod, order.shipping_method_id)
    return session.scalar(select(ShippingMethod).where(ShippingMethod.is_default.is_(True)).limit(1))


def method_reasons(session: Session, order: Order) -> list[str]:
    """Reasons, in the seller's words, why the order's shipping method cannot carry it."""
    method = _method_of(session, order)
    if method is None or not has_rules(method):
        return []  # the common case costs one identity-map lookup
    if not order.lines:
        return []
    return forbids(method, contents_of(session, order))


def allowed_methods(session: Session, order: Order, methods: Iterable[ShippingMethod]) -> dict[int, list[str]]:
    """For each method: [] if it can carry the order, else why not."""
    contents: Contents | None = None
    result: dict[int, list[str]] = {}
    for method in methods:
        if not has_rules(method):
            result[method.id] = []
            continue
        contents = contents or contents_of(session, order)
        result[method.id] = forbids(method, contents)
    return result
