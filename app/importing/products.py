"""Products, SKU pairings and stock counts from CSV/XLSX; products back out to CSV.

Each file is all-or-nothing with the same row report as order files. Products are
upserted by SKU: a column present in the file is authoritative (a blank cell clears
it), a column left out keeps what is stored.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from app.actor import Actor
from app.exports import safe_cell
from app.importing import values
from app.importing.report import Errors
from app.importing.table import Table
from app.messages import Message
from db import queries
from db.models import (
    Order,
    OrderLine,
    Product,
    ProductBarcode,
    Shop,
    SkuPairing,
    StockMovement,
)

# column -> (attribute, parser, default when blank)
Parser = Callable[[str], Any]


def _limited(n: int) -> Parser:
    return lambda v: values.text_of(v, n)


def _opt_money(v: str) -> Decimal:
    d = values.money(v)
    if d < 0:
        raise values.BadValue(Message("must_not_be_negative", {"value": v.strip()}))
    return d


PRODUCT_COLUMNS: dict[str, tuple[str, Parser, Any]] = {
    "sku": ("sku", _limited(100), ""),
    "name": ("name", _limited(300), ""),
    "name_zh": ("name_zh", _limited(300), ""),
    "weight_grams": ("weight_grams", lambda v: values.whole(v, maximum=1_000_000), 0),
    "length_mm": ("length_mm", lambda v: values.whole(v, maximum=100_000), 0),
    "width_mm": ("width_mm", lambda v: values.whole(v, maximum=100_000), 0),
    "height_mm": ("height_mm", lambda v: values.whole(v, maximum=100_000), 0),
    "bin_location": ("bin_location", _limited(32), ""),
    "customs_name_en": ("customs_name_en", _limited(200), ""),
    "customs_name_zh": ("customs_name_zh", _limited(200), ""),
    "hs_code": ("hs_code", _limited(16), ""),
    "declared_value": ("declared_value", _opt_money, None),
    "declared_currency": ("declared_currency", values.currency, "USD"),
    "origin_country": ("origin_country", values.country, "CN"),
    "has_battery": ("has_battery", values.flag, False),
    "has_liquid": ("has_liquid", values.flag, False),
    "has_magnet": ("has_magnet", values.flag, False),
    "low_stock_threshold": ("low_stock_threshold", lambda v: values.whole(v, maximum=10**7), None),
}
PRODUCT_ALIASES = {
    "weight": "weight_grams",
    "weight_g": "weight_grams",
    "length": "length_mm",
    "width": "width_mm",
    "height": "height_mm",
    "bin": "bin_location",
    "barcode": "barcodes",
    "ean": "barcodes",
}
EXPORT_COLUMNS = [c for c in PRODUCT_COLUMNS if c != "sku"]


def _columns(table: Table, known: set[str], aliases: dict[str, str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, h in enumerate(table.headers):
        key = h.strip().lower().replace(" ", "_").replace("-", "_")
        key = aliases.get(key, key)
        if key in known and key not in cols:
            cols[key] = i
    return cols


_PACK = re.compile(r"(.+?)\s*[xX×*]\s*(\d+)")


def parse_barcodes(text: str) -> list[tuple[str, int]]:
    """ "690123456789;690123456790x6" → [(code, 1), (code, 6)]."""
    out: list[tuple[str, int]] = []
    for part in text.replace("|", ";").replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        m = _PACK.fullmatch(part)
        code, pack = (m.group(1), int(m.group(2))) if m else (part, 1)
        if pack < 1 or pack > 100_000:
            raise values.BadValue(Message("bad_pack_quantity_write_codex", {"part": part}))
        if not code or len(code) > 64 or any(c.isspace() for c in code):
            raise values.BadValue(Message("not_barcode", {"part": part}))
        out.append((code, pack))
    return out


@dataclass
class ProductsResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rows: int = 0


def import_products(session: Session, table: Table, errors: Errors) -> ProductsResult:
    for p in table.problems:
        errors.add(p.row, p.column, p.message or p.problem)
    cols = _columns(table, set(PRODUCT_COLUMNS) | {"barcodes"}, PRODUCT_ALIASES)
    result = ProductsResult(rows=len(table.rows))
    if "sku" not in cols:
        errors.add(1, "sku", Message("required_column_missing", {"label": "SKU"}))
        return result
    wanted: dict[str, tuple[int, dict[str, Any], list[tuple[str, int]] | None]] = {}
    for number, cells in table.rows:
        row: dict[str, Any] = {}
        for name, i in cols.items():
            if name == "barcodes":
                continue
            attr, parse_fn, default = PRODUCT_COLUMNS[name]
            raw = cells[i].strip()
            if not raw:
                row[attr] = default
                continue
            try:
                row[attr] = parse_fn(raw)
            except values.BadValue as exc:
                errors.add(number, table.headers[i], exc.message)
        sku = row.get("sku", "")
        if not sku:
            errors.add(number, table.headers[cols["sku"]], Message("missing_required_value", {"field": "SKU"}))
            continue
        codes = None
        if "barcodes" in cols:
            try:
                codes = parse_barcodes(cells[cols["barcodes"]])
            except values.BadValue as exc:
                errors.add(number, table.headers[cols["barcodes"]], exc.message)
        if sku in wanted:
            errors.add(
                number, table.headers[cols["sku"]], Message("sku_already_row", {"sku": sku, "row": wanted[sku][0]})
            )
            continue
        wanted[sku] = (number, row, codes)
    existing = {
        p.sku: p
        for p in session.scalars(
            select(Product).where(Product.sku.in_(list(wanted))).options(selectinload(Product.barcodes))
        )
    }
    for sku, (number, row, _) in wanted.items():
        if sku not in existing and not row.get("name"):
            col = table.headers[cols["name"]] if "name" in cols else "name"
            errors.add(number, col, Message("missing_required_value_name_new", {"sku": sku}))
    _check_barcodes(session, wanted, existing, table, cols, errors)
    if errors:
        return result
    # barcodes leaving a product first, so one may move to another product in this file
    for sku, (_, _, codes) in wanted.items():
        product = existing.get(sku)
        if product is not None and codes is not None:
            keep = {c for c, _ in codes}
            for bc in list(product.barcodes):
                if bc.code not in keep or dict(codes)[bc.code] != bc.pack_quantity:
                    product.barcodes.remove(bc)
    session.flush()
    for sku, (_, row, codes) in wanted.items():
        product = existing.get(sku)
        if product is None:
            product = Product(**dict(row.items()))
            session.add(product)
            result.new += 1
        else:
            changed = any(getattr(product, k) != v for k, v in row.items())
            for k, v in row.items():
                if getattr(product, k) != v:
                    setattr(product, k, v)
            have = {bc.code for bc in product.barcodes}
            if codes is not None and (have != {c for c, _ in codes}):
                changed = True
            result.updated += changed
            result.unchanged += not changed
        if codes is not None:
            have = {bc.code for bc in product.barcodes}
            for code, pack in codes:
                if code not in have:
                    product.barcodes.append(ProductBarcode(code=code, pack_quantity=pack))
    session.flush()
    return result


def _check_barcodes(
    session: Session,
    wanted: dict[str, tuple[int, dict[str, Any], list[tuple[str, int]] | None]],
    existing: dict[str, Product],
    table: Table,
    cols: dict[str, int],
    errors: Errors,
) -> None:
    if "barcodes" not in cols:
        return
    col = table.headers[cols["barcodes"]]
    claimed: dict[str, tuple[str, int]] = {}
    for sku, (number, _, codes) in wanted.items():
        for code, _ in codes or []:
            if code in claimed and claimed[code][0] != sku:
                errors.add(
                    number,
                    col,
                    Message(
                        "barcode_also_given_row", {"code": code, "product": claimed[code][0], "row": claimed[code][1]}
                    ),
                )
            claimed[code] = (sku, number)
    if not claimed:
        return
    owners = session.execute(
        select(ProductBarcode.code, Product.sku)
        .join(Product, Product.id == ProductBarcode.product_id)
        .where(ProductBarcode.code.in_(list(claimed)))
    ).all()
    for code, owner in owners:
        sku, number = claimed[code]
        moving_away = owner in wanted and wanted[owner][2] is not None
        if owner != sku and not moving_away:
            errors.add(number, col, Message("barcode_already_belongs", {"code": code, "owner": owner}))


def export_products(session: Session) -> tuple[str, int]:
    """(CSV text, number of products), in the columns import_products reads."""
    out = io.StringIO()
    count = 0
    writer = csv.writer(out)
    writer.writerow(["sku", *EXPORT_COLUMNS[:1], "barcodes", *EXPORT_COLUMNS[1:]])
    last = 0
    while True:  # page through: a catalogue may be large
        batch = session.scalars(
            select(Product)
            .where(Product.id > last)
            .order_by(Product.id)
            .limit(1000)
            .options(selectinload(Product.barcodes))
        ).all()
        if not batch:
            break
        for p in batch:
            codes = ";".join(
                bc.code + (f"x{bc.pack_quantity}" if bc.pack_quantity != 1 else "")
                for bc in sorted(p.barcodes, key=lambda b: b.id)
            )
            row = [_out(getattr(p, PRODUCT_COLUMNS[c][0])) for c in EXPORT_COLUMNS]
            writer.writerow([safe_cell(c) for c in (p.sku, row[0], codes, *row[1:])])  # untrusted text: never a formula
        last = batch[-1].id
        count += len(batch)
        session.expunge_all()
    return out.getvalue(), count


def _out(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# --- pairings ------------------------------------------------------------------------

PAIRING_ALIASES = {
    "marketplace_sku": "marketplace_sku",
    "platform_sku": "marketplace_sku",
    "listing_sku": "marketplace_sku",
    "shop": "shop",
    "store": "shop",
    "sku": "sku",
    "warehouse_sku": "sku",
    "quantity": "quantity",
    "qty": "quantity",
}


@dataclass
class PairingsResult:
    pairings: int = 0
    marketplace_skus: int = 0
    rows: int = 0
    orders_rechecked: int = 0


def import_pairings(session: Session, table: Table, errors: Errors) -> tuple[PairingsResult, list[str]]:
    """Replace the pairing of each (shop, marketplace SKU) in the file; returns the SKUs touched."""
    for p in table.problems:
        errors.add(p.row, p.column, p.message or p.problem)
    cols = _columns(table, {"marketplace_sku", "shop", "sku", "quantity"}, PAIRING_ALIASES)
    result = PairingsResult(rows=len(table.rows))
    for need in ("marketplace_sku", "sku"):
        if need not in cols:
            errors.add(1, need, Message("required_column_missing_bare"))
    if errors:
        return result, []
    shops = {s.name: s.id for s in session.scalars(select(Shop))}
    skus = {cells[cols["sku"]].strip() for _, cells in table.rows}
    products = dict(session.execute(select(Product.sku, Product.id).where(Product.sku.in_(list(skus)))).all())
    groups: dict[tuple[int | None, str], dict[int, tuple[int, int]]] = {}
    for number, cells in table.rows:
        msku = cells[cols["marketplace_sku"]].strip()
        sku = cells[cols["sku"]].strip()
        shop_name = cells[cols["shop"]].strip() if "shop" in cols else ""
        qty = 1
        if not msku:
            errors.add(
                number,
                table.headers[cols["marketplace_sku"]],
                Message("missing_required_value", {"field": "marketplace SKU"}),
            )
        elif len(msku) > 100:
            errors.add(
                number, table.headers[cols["marketplace_sku"]], Message("longer_than_characters", {"limit": 100})
            )
        if not sku:
            errors.add(
                number, table.headers[cols["sku"]], Message("missing_required_value", {"field": "warehouse SKU"})
            )
        elif sku not in products:
            errors.add(number, table.headers[cols["sku"]], Message("no_product_with_sku", {"sku": sku}))
        if shop_name and shop_name not in shops:
            errors.add(number, table.headers[cols["shop"]], Message("no_shop_named_plain", {"shop_name": shop_name}))
        if "quantity" in cols and cells[cols["quantity"]].strip():
            try:
                qty = values.quantity(cells[cols["quantity"]])
            except values.BadValue as exc:
                errors.add(number, table.headers[cols["quantity"]], Message("bad_quantity", {"problem": exc.message}))
        if errors or not msku or sku not in products:
            continue
        group = groups.setdefault((shops.get(shop_name) if shop_name else None, msku), {})
        pid = products[sku]
        if pid in group:
            errors.add(
                number,
                table.headers[cols["sku"]],
                Message("already_paired_row", {"sku": sku, "msku": msku, "row": group[pid][1]}),
            )
        group[pid] = (qty, number)
    if errors:
        return result, []
    for (shop_id, msku), items in groups.items():
        cond = SkuPairing.shop_id.is_(None) if shop_id is None else SkuPairing.shop_id == shop_id
        session.execute(delete(SkuPairing).where(cond, SkuPairing.marketplace_sku == msku))
        for pid, (qty, _) in items.items():
            session.add(SkuPairing(shop_id=shop_id, marketplace_sku=msku, product_id=pid, quantity=qty))
        result.pairings += len(items)
    result.marketplace_skus = len(groups)
    session.flush()
    return result, sorted({m for _, m in groups})


def recheck_review(session: Session, skus: list[str]) -> int:
    """Refresh the review reasons of orders in Review that hold these marketplace SKUs."""
    from app.review import update_reasons

    if not skus:
        return 0
    n = 0
    for start in range(0, len(skus), 500):
        ids = select(OrderLine.order_id).where(OrderLine.sku.in_(skus[start : start + 500]))
        for order in session.scalars(select(Order).where(Order.status == "review", Order.id.in_(ids))):
            update_reasons(session, order)
            n += 1
    return n


# --- stock counts --------------------------------------------------------------------

COUNT_ALIASES = {
    "sku": "sku",
    "counted": "counted",
    "count": "counted",
    "quantity": "counted",
    "qty": "counted",
    "on_hand": "counted",
    "counted_quantity": "counted",
    "stock": "counted",
}


@dataclass
class CountResult:
    adjusted: int = 0
    unchanged: int = 0
    rows: int = 0
    changes: dict[str, int] = field(default_factory=dict)  # sku -> delta


def adjust(session: Session, product_id: int, delta: int, actor: Actor, *, reason: str) -> None:
    """An on-hand correction in the ledger (a count, a loss, a find)."""
    session.add(
        StockMovement(
            product_id=product_id,
            kind="adjust",
            on_hand_delta=delta,
            reserved_delta=0,
            reason=reason[:200],
            user_id=actor.user_id,
            station_id=actor.station_id,
        )
    )


def import_stock_count(session: Session, table: Table, errors: Errors, actor: Actor, *, filename: str) -> CountResult:
    for p in table.problems:
        errors.add(p.row, p.column, p.message or p.problem)
    cols = _columns(table, {"sku", "counted"}, COUNT_ALIASES)
    result = CountResult(rows=len(table.rows))
    for need in ("sku", "counted"):
        if need not in cols:
            errors.add(1, need, Message("required_column_missing_bare"))
    if errors:
        return result
    skus = [cells[cols["sku"]].strip() for _, cells in table.rows]
    products = dict(session.execute(select(Product.sku, Product.id).where(Product.sku.in_(skus))).all())
    counted: dict[str, tuple[int, int]] = {}
    for number, cells in table.rows:
        sku = cells[cols["sku"]].strip()
        if not sku:
            errors.add(number, table.headers[cols["sku"]], Message("missing_required_value", {"field": "SKU"}))
            continue
        if sku not in products:
            errors.add(number, table.headers[cols["sku"]], Message("no_product_with_sku", {"sku": sku}))
        try:
            n = values.whole(cells[cols["counted"]], maximum=10**8) if cells[cols["counted"]].strip() else None
        except values.BadValue as exc:
            errors.add(number, table.headers[cols["counted"]], Message("bad_quantity", {"problem": exc.message}))
            continue
        if n is None:
            errors.add(
                number, table.headers[cols["counted"]], Message("missing_required_value", {"field": "counted quantity"})
            )
            continue
        if sku in counted:
            errors.add(number, table.headers[cols["sku"]], f"SKU {sku} is already counted in row {counted[sku][1]}")
        counted[sku] = (n, number)
    if errors:
        return result
    levels = queries.stock_levels(session, [products[s] for s in counted])
    for sku, (n, _) in counted.items():
        on_hand = levels.get(products[sku], (0, 0))[0]
        delta = n - on_hand
        if delta:
            adjust(session, products[sku], delta, actor, reason=f"stock count {filename}")
            result.adjusted += 1
            result.changes[sku] = delta
        else:
            result.unchanged += 1
    session.flush()
    return result
