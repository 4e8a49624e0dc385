"""Customs declarations: when a parcel needs one, what it says, and whether it is complete.

A parcel crossing a customs border (sender country from the "sender" setting vs the
destination; the EU is one territory) needs, for every line: an English description,
an HS code of 6 to 10 digits, a value above zero and an origin country. Lines are
prefilled from the products' customs defaults when the parcel is made (the declared
value falls back to the price the buyer paid); the seller fixes a product's defaults
(every future order) or one parcel's lines (this parcel only, before its waybill).

Tax ids (IOSS for EU destinations, VAT for GB, EORI…) are kept per shop and destination
and go on the parcel's shipment request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.address_rules import EU
from app.coded import Said
from app.errors import InvalidInput, NotAllowed, NotFound
from app.messages import Message
from app.shop import ship_from
from db.models import CustomsLine, Order, Parcel, Product, TaxId

HS_CODE = re.compile(r"^\d{6,10}$")
TAX_KINDS = ("IOSS", "VAT", "EORI", "GST", "ABN", "OTHER")
EDITABLE = ("description_en", "description_zh", "hs_code", "unit_value", "origin_country", "quantity", "weight_grams")


def sender_country(session: Session) -> str:
    """The default warehouse's country; "" while no ship-from address is set up."""
    return str(ship_from(session).get("country") or "").upper()


def cross_border(sender: str, destination: str) -> bool:
    """A declaration is needed unless both ends are in one customs territory."""
    if not sender or not destination:
        return False
    sender, destination = sender.upper(), destination.upper()
    if sender == destination:
        return False
    return not (sender in EU and destination in EU)


@dataclass(frozen=True)
class Declared:
    """What a product declares by default (a read model, so review needs no ORM objects)."""

    sku: str
    description_en: str
    hs_code: str
    value: Decimal | None
    origin_country: str
    has_battery: bool = False

    @classmethod
    def of(cls, product: Product) -> Declared:
        return cls(
            product.sku,
            product.customs_name_en or product.name,
            product.hs_code,
            product.declared_value,
            product.origin_country,
            bool(product.has_battery),
        )


def line_problems(sku: str, description_en: str, hs_code: str, value: Decimal | None, origin: str) -> list[str]:
    missing = []
    if not (description_en or "").strip():
        missing.append("English description")
    if not (hs_code or "").strip():
        missing.append("HS code")
    if value is None or value <= 0:
        missing.append("value")
    if not (origin or "").strip():
        missing.append("origin country")
    reasons: list[str] = [Said(Message("customs_incomplete_for", {"sku": sku, "missing": missing}))] if missing else []
    code = (hs_code or "").strip()
    if code and not HS_CODE.match(code):
        reasons.append(Said(Message("hs_code_of_sku_digits", {"code": code, "sku": sku})))
    return reasons


def review_problems(declared: Iterable[tuple[Declared, Decimal]]) -> list[str]:
    """Reasons for an order in Review: each (product defaults, price paid per unit) pair."""
    reasons: list[str] = []
    seen: set[str] = set()
    for d, fallback in declared:
        if d.sku in seen:
            continue
        seen.add(d.sku)
        value = d.value if d.value is not None else fallback
        reasons += line_problems(d.sku, d.description_en, d.hs_code, value, d.origin_country)
    return reasons


def parcel_problems(parcel: Parcel) -> list[str]:
    reasons: list[str] = []
    for line in parcel.customs_lines:
        sku = line_sku(line)
        reasons += line_problems(sku, line.description_en, line.hs_code, line.unit_value, line.origin_country)
    return reasons


def line_sku(line: CustomsLine) -> str:
    return line.product.sku if line.product is not None else (line.description_en or "?")


def prefill(session: Session, parcel: Parcel, prices: Mapping[int, Decimal]) -> None:
    """One customs line per product of the parcel, from the product's defaults.

    ``prices`` is the price paid per unit of each product (the fallback value).
    """
    totals: dict[int, int] = {}
    for line in parcel.lines:
        if line.product_id is not None:
            totals[line.product_id] = totals.get(line.product_id, 0) + line.quantity
    order = parcel.order
    for product_id, qty in totals.items():
        product = session.get(Product, product_id)
        if product is None:
            continue
        declared = product.declared_value is not None
        parcel.customs_lines.append(
            CustomsLine(
                product_id=product.id,
                description_en=product.customs_name_en or product.name,
                description_zh=product.customs_name_zh or product.name_zh,
                hs_code=product.hs_code,
                quantity=qty,
                unit_value=product.declared_value if declared else prices.get(product.id, Decimal(0)),
                currency=product.declared_currency if declared else order.currency,
                origin_country=product.origin_country,
                weight_grams=product.weight_grams,
            )
        )


def contains_battery(session: Session, parcel: Parcel) -> bool:
    ids = [ln.product_id for ln in parcel.lines if ln.product_id is not None]
    if not ids:
        return False
    return bool(session.scalar(select(Product.id).where(Product.id.in_(ids), Product.has_battery.is_(True)).limit(1)))


def parcel_lines(session: Session, parcel_id: int) -> list[CustomsLine]:
    parcel = session.get(Parcel, parcel_id)
    return list(parcel.customs_lines) if parcel is not None else []


def _editable(parcel: Parcel) -> None:
    if parcel.status not in ("waybill", "failed") or parcel.tracking_number:
        raise NotAllowed(Message("parcel_already_has_waybill_customs", {"number": parcel.number}))


def clean_values(values: Mapping[str, object]) -> dict[str, object]:
    """Validate what a seller typed; raises InvalidInput with the first problem."""
    out: dict[str, object] = {}
    for key, raw in values.items():
        if key not in EDITABLE:
            raise InvalidInput(Message("not_customs_field", {"key": key}))
        if key == "hs_code":
            code = str(raw).replace(".", "").replace(" ", "").strip()
            if not HS_CODE.match(code):
                raise InvalidInput(Message("hs_code_must_digits", {"raw": raw}))
            out[key] = code
        elif key == "unit_value":
            try:
                value = Decimal(str(raw)).quantize(Decimal("0.01"))
            except InvalidOperation:
                raise InvalidInput(Message("value_not_number", {"raw": raw})) from None
            if value <= 0:
                raise InvalidInput(Message("customs_value_must_above_zero"))
            out[key] = value
        elif key in ("quantity", "weight_grams"):
            try:
                number = int(str(raw))
            except ValueError:
                raise InvalidInput(Message("not_whole_number", {"raw": raw})) from None
            if number < (1 if key == "quantity" else 0):
                raise InvalidInput(Message("field_too_small", {"key": key.replace("_", " "), "raw": raw}))
            out[key] = number
        elif key == "origin_country":
            country = str(raw).strip().upper()
            if not re.fullmatch(r"[A-Z]{2}", country):
                raise InvalidInput(Message("origin_country_must_two_letter", {"raw": raw}))
            out[key] = country
        else:
            text = str(raw).strip()
            if key == "description_en" and not text:
                raise InvalidInput(Message("english_description_required"))
            out[key] = text
    return out


def edit_line(session: Session, line_id: int, values: Mapping[str, object], actor: Actor) -> CustomsLine:
    line = session.get(CustomsLine, line_id)
    if line is None:
        raise NotFound(Message("no_customs_line", {"line_id": line_id}))
    parcel = session.get(Parcel, line.parcel_id)
    assert parcel is not None
    _editable(parcel)
    clean = clean_values(values)
    changes = [f"{k}={v}" for k, v in clean.items() if getattr(line, k) != v]
    for key, value in clean.items():
        setattr(line, key, value)
    if changes:
        audit.record(session, actor, "edit customs", parcel=parcel, detail=f"{line_sku(line)}: " + ", ".join(changes))
    return line


@dataclass
class BatchCustomsResult:
    products: list[str]
    parcel_lines: int
    orders: list[Order]


def batch_edit(
    session: Session,
    orders: list[Order],
    sku: str,
    values: Mapping[str, object],
    actor: Actor,
    *,
    save_as_default: bool = True,
) -> BatchCustomsResult:
    """Set customs fields for one warehouse SKU across these orders.

    Orders in Review read the product's defaults, so those are updated (for every
    future order too, when ``save_as_default``); parcels not yet booked get their lines
    changed in place. Booked parcels are left alone (the carrier has their data).
    """
    clean = clean_values(values)
    product = session.scalar(select(Product).where(Product.sku == sku.strip()))
    if product is None:
        raise NotFound(Message("no_product", {"sku": sku}))
    result = BatchCustomsResult([], 0, [])
    detail = f"{product.sku}: " + ", ".join(f"{k}={v}" for k, v in clean.items())
    if save_as_default:
        mapping = {
            "description_en": "customs_name_en",
            "description_zh": "customs_name_zh",
            "hs_code": "hs_code",
            "unit_value": "declared_value",
            "origin_country": "origin_country",
            "weight_grams": "weight_grams",
        }
        for key, value in clean.items():
            if key in mapping:
                setattr(product, mapping[key], value)
        if "unit_value" in clean:
            product.declared_currency = product.declared_currency or "USD"
        result.products.append(product.sku)
    for order in orders:
        touched = False
        for parcel in order.parcels:
            if parcel.status not in ("waybill", "failed") or parcel.tracking_number:
                continue
            for line in parcel.customs_lines:
                if line.product_id == product.id:
                    for key, value in clean.items():
                        if key != "quantity":
                            setattr(line, key, value)
                    result.parcel_lines += 1
                    touched = True
        if touched or order.status == "review":
            audit.record(session, actor, "edit customs", order=order, detail=detail)
            result.orders.append(order)
    return result


# --- tax ids -------------------------------------------------------------------------


def tax_ids_for(session: Session, shop_id: int, destination: str) -> dict[str, str]:
    """The numbers a parcel to ``destination`` carries: the country's own, then the EU's."""
    dest = destination.upper()
    wanted = [dest] + (["EU"] if dest in EU else [])
    rows = session.scalars(select(TaxId).where(TaxId.shop_id == shop_id, TaxId.destination.in_(wanted)))
    found: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: r.destination != dest):  # the country's own number first
        found.setdefault(row.kind, row.number)
    return found


def list_tax_ids(session: Session, shop_id: int | None = None) -> list[TaxId]:
    stmt = select(TaxId).order_by(TaxId.shop_id, TaxId.destination, TaxId.kind)
    if shop_id is not None:
        stmt = stmt.where(TaxId.shop_id == shop_id)
    return list(session.scalars(stmt))


def set_tax_id(session: Session, shop_id: int, destination: str, kind: str, number: str) -> TaxId:
    dest, kind, number = destination.strip().upper(), kind.strip().upper(), number.strip().replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}|EU", dest):
        raise InvalidInput(Message("destination_must_two_letter_country", {"destination": destination}))
    if kind not in TAX_KINDS:
        raise InvalidInput(Message("tax_id_kind_must_one", {"tax_kinds": ", ".join(TAX_KINDS)}))
    if not number:
        raise InvalidInput(Message("tax_id_needs_number"))
    if kind == "IOSS" and not re.fullmatch(r"IM\d{10}", number):
        raise InvalidInput(Message("ioss_number_must_im_followed", {"number": number}))
    if kind == "IOSS" and dest != "EU" and dest not in EU:
        raise InvalidInput(Message("ioss_number_eu_destinations"))
    row = session.scalar(select(TaxId).where(TaxId.shop_id == shop_id, TaxId.destination == dest, TaxId.kind == kind))
    if row is None:
        row = TaxId(shop_id=shop_id, destination=dest, kind=kind, number=number)
        session.add(row)
    else:
        row.number = number
    session.flush()
    return row


def delete_tax_id(session: Session, tax_id: int) -> None:
    row = session.get(TaxId, tax_id)
    if row is None:
        raise NotFound(Message("no_tax_id", {"tax_id": tax_id}))
    session.delete(row)
