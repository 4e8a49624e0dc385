"""Products with their barcodes, SKU pairings and stock levels."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from db import queries
from db.models import Product, ProductBarcode, SkuPairing
from db.repositories.base import Repository


class ProductsRepository(Repository):
    def get(self, product_id: int) -> Product | None:
        return self.session.get(Product, product_id)

    def id_of_sku(self, sku: str) -> int | None:
        return self.session.scalar(select(Product.id).where(Product.sku == sku))

    def by_ids(self, product_ids: Sequence[int]) -> list[Product]:
        """These products, by SKU."""
        if not product_ids:
            return []
        return list(
            self.session.scalars(select(Product).where(Product.id.in_(list(product_ids))).order_by(Product.sku))
        )

    def barcode(self, code: str) -> ProductBarcode | None:
        return self.session.scalar(select(ProductBarcode).where(ProductBarcode.code == code))

    def pairings_for(self, shop_id: int, skus: Sequence[str]) -> dict[str, list[SkuPairing]]:
        """Pairings per marketplace SKU; a shop's own pairing beats an all-shops one."""
        return queries.pairings_for(self.session, shop_id, skus)

    def stock_levels(self, product_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        """product id → (on hand, reserved), summed from the movement ledger."""
        return queries.stock_levels(self.session, product_ids)
