"""Products, SKU pairings and stock: what an order's lines are in the warehouse.

A pairing or a stock movement rechecks the Review orders it concerns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from app import customs, pairing, review, stock
from app.errors import InvalidInput, NotFound
from app.messages import Message
from app.services.base import Service, orders_of, shop_id_of
from db.models import Product, ProductBarcode
from db.uow import UnitOfWork

PRODUCT_FIELDS = (
    "sku",
    "name",
    "name_zh",
    "weight_grams",
    "bin_location",
    "length_mm",
    "width_mm",
    "height_mm",
    "low_stock_threshold",
    "lead_time_days",
    "customs_name_en",
    "customs_name_zh",
    "hs_code",
    "declared_value",
    "declared_currency",
    "origin_country",
    "has_battery",
    "has_liquid",
    "has_magnet",
)


class ProductsService(Service):
    """The warehouse side of an order: products, SKU pairings and stock levels."""

    # --- pairing --------------------------------------------------------------------------

    def unpaired_skus(self, order_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The marketplace SKUs of these orders that pair with nothing (for the pairing dialog)."""
        with self.db.reader() as uow:
            out: dict[tuple[str, int], dict[str, Any]] = {}
            for order in orders_of(uow, order_ids):
                comps = pairing.components_for(uow.session, order.shop_id, [ln.sku for ln in order.lines])
                for line in order.lines:
                    if line.sku not in comps:
                        out.setdefault(
                            (line.sku, order.shop_id),
                            {
                                "sku": line.sku,
                                "title": line.title,
                                "shop_id": order.shop_id,
                                "shop": order.shop.name,
                            },
                        )
            return list(out.values())

    def pair(self, marketplace_sku: str, components: Sequence[tuple[int, int]], shop: str | int | None = None) -> int:
        """Remember marketplace SKU → products × qty (a bundle when several); returns Review orders rechecked."""
        with self.db.uow() as uow:
            s = uow.session
            orders = pairing.pair(s, marketplace_sku, shop_id_of(uow, shop), components, self.actor)
            review.recheck(s, orders)
            uow.commit()
            return len(orders)

    def pair_skus(self, marketplace_sku: str, parts: Sequence[tuple[str, int]], shop: str | int | None = None) -> int:
        """``pair`` by warehouse SKU (the CLI's way)."""
        with self.db.reader() as uow:
            ids = []
            for sku, qty in parts:
                product_id = uow.products.id_of_sku(sku)
                if product_id is None:
                    raise NotFound(Message("no_product", {"sku": sku}))
                ids.append((product_id, qty))
        return self.pair(marketplace_sku, ids, shop)

    def unpair(self, marketplace_sku: str, shop: str | int | None = None) -> int:
        with self.db.uow() as uow:
            s = uow.session
            orders = pairing.unpair(s, marketplace_sku, shop_id_of(uow, shop), self.actor)
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
            p = uow.products.get(product_id)
            if p is None:
                raise NotFound(Message("no_product", {"sku": product_id}))
            row = product_row(p)
            row["barcodes"] = [{"code": b.code, "pack_quantity": b.pack_quantity} for b in p.barcodes]
            return row

    def save_product(self, values: Mapping[str, Any], barcodes: Sequence[tuple[str, int]] | None = None) -> int:
        """Create (no "id") or edit a product, incl. customs defaults and barcodes; returns its id."""
        clean = clean_product(values)
        with self.db.uow() as uow:
            if values.get("id"):
                found = uow.products.get(int(values["id"]))
                if found is None:
                    raise NotFound(Message("no_product", {"sku": values["id"]}))
                product = found
            else:
                if "sku" not in clean or "name" not in clean:
                    raise InvalidInput(Message("new_product_needs_sku_name"))
                product = Product(sku=clean["sku"], name=clean["name"])
                uow.add(product)
            if "sku" in clean and clean["sku"] != product.sku:
                taken = uow.products.id_of_sku(clean["sku"])
                if taken is not None and taken != product.id:
                    raise InvalidInput(Message("another_product_already_has_sku", {"sku": clean["sku"]}))
            for key, value in clean.items():
                setattr(product, key, value)
            if barcodes is not None:
                wanted = {c.strip(): max(1, int(q)) for c, q in barcodes if c.strip()}
                for code in wanted:
                    other = uow.products.barcode(code)
                    if other is not None and other.product_id != product.id:
                        raise InvalidInput(Message("barcode_already_belongs_another_product", {"code": code}))
                product.barcodes = [b for b in product.barcodes if b.code in wanted]
                have = {b.code: b for b in product.barcodes}
                for code, qty in wanted.items():
                    if code in have:
                        have[code].pack_quantity = qty
                    else:
                        product.barcodes.append(ProductBarcode(code=code, pack_quantity=qty))
            uow.flush()
            product_id = product.id
            uow.commit()
        return product_id

    # --- stock ----------------------------------------------------------------------------

    def stock_page(
        self, text: str = "", *, low_only: bool = False, offset: int = 0, limit: int = 100
    ) -> list[stock.StockRow]:
        with self.db.reader() as uow:
            return stock.stock_page(uow.session, text, low_only=low_only, offset=offset, limit=limit)

    def stock_count(self, text: str = "", *, low_only: bool = False) -> int:
        with self.db.reader() as uow:
            return stock.stock_count(uow.session, text, low_only=low_only)

    def stock_alerts(self, after_id: int = 0) -> list[stock.AlertRow]:
        """Open low-stock alerts (``after_id``: only those raised since; the GUI's poll)."""
        with self.db.reader() as uow:
            return stock.open_alerts(uow.session, after_id=after_id)

    def reorder(
        self, days: int = 14, lead_days: int = 7, cover_days: int | None = None, *, everything: bool = False
    ) -> list[stock.Reorder]:
        """Reorder suggestions from the last ``days`` days' sales (see :func:`app.stock.reorder`)."""
        with self.db.reader() as uow:
            return stock.reorder(
                uow.session, days=days, lead_days=lead_days, cover_days=cover_days, everything=everything
            )

    def export_purchase_list(self, path: str, suggestions: Sequence[stock.Reorder]) -> int:
        """The suggestions to order as a purchase list, CSV or XLSX by the file's name; rows written."""
        from app import exports

        rows = stock.purchase_rows(suggestions)
        if str(path).lower().endswith(".xlsx"):
            exports.write_out(path, exports.xlsx_bytes(stock.PURCHASE_HEADER, rows, sheet="Purchase list"))
        else:
            exports.write_out(path, exports.csv_text(stock.PURCHASE_HEADER, rows).encode("utf-8-sig"))
        return len(rows)

    def _product_id(self, uow: UnitOfWork, sku: str) -> int:
        product_id = uow.products.id_of_sku(sku.strip())
        if product_id is None:
            raise NotFound(Message("no_product", {"sku": sku}))
        return product_id

    def receive(self, sku: str, quantity: int, reason: str = "received") -> dict[str, int]:
        if quantity <= 0:
            raise InvalidInput(Message("receive_quantity_more"))
        with self.db.uow() as uow:
            pid = self._product_id(uow, sku)
            stock.receive(uow.session, pid, quantity, self.actor, reason=reason or "received")
            self._recheck_stock(uow, pid)
            uow.commit()
        return self.levels(sku)

    def adjust_stock(self, sku: str, delta: int, reason: str) -> dict[str, int]:
        with self.db.uow() as uow:
            pid = self._product_id(uow, sku)
            stock.adjust(uow.session, pid, delta, self.actor, reason=reason)
            self._recheck_stock(uow, pid)
            uow.commit()
        return self.levels(sku)

    def levels(self, sku: str) -> dict[str, int]:
        with self.db.reader() as uow:
            pid = self._product_id(uow, sku)
            return stock.levels(uow.session, [pid])[pid]

    def _recheck_stock(self, uow: UnitOfWork, product_id: int) -> None:
        """Orders blocked on stock of this product (policy "block") may pass now."""
        uow.flush()
        review.recheck(uow.session, uow.orders.waiting_on_stock(product_id))

    def stock_policies(self) -> list[dict[str, Any]]:
        """Each shop with its stock policy (block, warn or ignore)."""
        with self.db.reader() as uow:
            return [{"id": s.id, "name": s.name, "stock_policy": s.stock_policy} for s in uow.shops.all()]

    def set_stock_policy(self, shop: str | int, policy: str) -> None:
        """What approving does short of stock: block (stays in Review), warn (approves and
        records the shortfall) or ignore; the shop's Review orders are rechecked."""
        if policy not in stock.POLICIES:
            raise InvalidInput(Message("stock_policy_choices"))
        with self.db.uow() as uow:
            shop_id = shop_id_of(uow, shop)
            shop_row = uow.shops.get(shop_id) if shop_id is not None else None
            if shop_row is None:
                raise NotFound(Message("no_shop", {"shop_id": shop}))
            shop_row.stock_policy = policy
            review.recheck(uow.session, uow.orders.in_review(shop_row.id))
            uow.commit()


def product_row(p: Product) -> dict[str, Any]:
    return {
        "id": p.id,
        "sku": p.sku,
        "name": p.name,
        "name_zh": p.name_zh,
        "weight_grams": p.weight_grams,
        "bin_location": p.bin_location,
        "length_mm": p.length_mm,
        "width_mm": p.width_mm,
        "height_mm": p.height_mm,
        "low_stock_threshold": p.low_stock_threshold,
        "lead_time_days": p.lead_time_days,
        "customs_name_en": p.customs_name_en,
        "customs_name_zh": p.customs_name_zh,
        "hs_code": p.hs_code,
        "declared_value": f"{p.declared_value:.2f}" if p.declared_value is not None else "",
        "declared_currency": p.declared_currency,
        "origin_country": p.origin_country,
        "has_battery": p.has_battery,
        "has_liquid": p.has_liquid,
        "has_magnet": p.has_magnet,
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
                raise InvalidInput(Message("product_needs", {"value": key.upper() if key == "sku" else key}))
            out[key] = text
        elif key in ("weight_grams", "length_mm", "width_mm", "height_mm", "low_stock_threshold", "lead_time_days"):
            text = str(raw).strip() if raw is not None else ""
            if key in ("low_stock_threshold", "lead_time_days") and text == "":
                out[key] = None
                continue
            try:
                number = int(text or "0")
            except ValueError:
                raise InvalidInput(Message("field_not_whole_number", {"key": key.replace("_", " ")})) from None
            if number < 0:
                raise InvalidInput(Message("field_negative", {"key": key.replace("_", " ")}))
            out[key] = number
        elif key == "declared_value":
            text = str(raw).strip() if raw is not None else ""
            if not text:
                out[key] = None
                continue
            try:
                value = Decimal(text).quantize(Decimal("0.01"))
            except InvalidOperation:
                raise InvalidInput(Message("declared_value_not_number", {"text": text})) from None
            if value <= 0:
                raise InvalidInput(Message("declared_value_must_above_zero"))
            out[key] = value
        elif key == "hs_code":
            code = str(raw).replace(".", "").replace(" ", "").strip()
            if code and not customs.HS_CODE.match(code):
                raise InvalidInput(Message("hs_code_must_digits", {"raw": raw}))
            out[key] = code
        elif key in ("origin_country", "declared_currency"):
            text = str(raw).strip().upper()
            size = 2 if key == "origin_country" else 3
            if len(text) != size or not text.isalpha():
                raise InvalidInput(Message("field_letters", {"key": key.replace("_", " "), "raw": raw, "size": size}))
            out[key] = text
        elif key in ("has_battery", "has_liquid", "has_magnet"):
            out[key] = bool(raw)
        else:
            out[key] = str(raw).strip()
    return out
