"""Orders: by id and reference, per queue, and the queue tables' pages and filters."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, or_, select

from db import queries
from db.models import Order, OrderLine, Product, Shop, SkuPairing
from db.queries import OrderRow, QueueFilter
from db.repositories.base import Repository

__all__ = ["OrderRow", "OrdersRepository", "QueueFilter"]


class OrdersRepository(Repository):
    def get(self, order_id: int) -> Order | None:
        return self.session.get(Order, order_id)

    def by_ref(self, refs: Sequence[str]) -> list[Order]:
        """Orders by local id, order number or marketplace order id."""
        return queries.orders_by_ref(self.session, refs)

    def by_ids(self, order_ids: Sequence[int]) -> list[Order]:
        """The orders that exist among these ids, by id (unknown ids are left out)."""
        if not order_ids:
            return []
        return list(self.session.scalars(select(Order).where(Order.id.in_(list(order_ids))).order_by(Order.id)))

    def or_queue(self, order_ids: list[int] | None, queue: str) -> list[Order]:
        """The orders with these ids, or the whole ``queue`` when ids is None."""
        return queries.orders_or_queue(self.session, order_ids, queue)

    def for_approval(self, order_ids: list[int]) -> list[Order]:
        """These orders with their lines, parcels and merged orders loaded up front."""
        return queries.orders_for_approval(self.session, order_ids)

    def for_waybills(self, order_ids: list[int]) -> list[Order]:
        """These orders with their parcels, lines, products and methods loaded up front."""
        return queries.orders_for_waybills(self.session, order_ids)

    def all(self, queue: str | None = None) -> list[Order]:
        stmt = select(Order).order_by(Order.id)
        if queue:
            stmt = stmt.where(Order.queue == queue)
        return list(self.session.scalars(stmt))

    def in_review(self, shop_id: int | None = None) -> list[Order]:
        stmt = select(Order).where(Order.queue == "review").order_by(Order.id)
        if shop_id is not None:
            stmt = stmt.where(Order.shop_id == shop_id)
        return list(self.session.scalars(stmt))

    def waiting_on_stock(self, product_id: int) -> list[Order]:
        """Review orders of "block" shops that stock of this product may release.

        Those with a line of the product (its own SKU or a marketplace SKU paired with it),
        and any already refused for "not enough stock".
        """
        skus = select(SkuPairing.marketplace_sku).where(SkuPairing.product_id == product_id)
        own_sku = select(Product.sku).where(Product.id == product_id).scalar_subquery()
        with_product = select(OrderLine.order_id).where(or_(OrderLine.sku.in_(skus), OrderLine.sku == own_sku))
        return list(
            self.session.scalars(
                select(Order)
                .join(Shop, Shop.id == Order.shop_id)
                .where(Order.queue == "review", Shop.stock_policy == "block")
                .where(or_(Order.id.in_(with_product), Order.review_reasons.like("%not enough stock%")))
                .order_by(Order.id)
            )
        )

    def uses_method(self, method_id: int) -> bool:
        return bool(self.session.scalar(select(exists().where(Order.shipping_method_id == method_id))))

    # --- the queue tables ------------------------------------------------------------

    def queues_of(self, order_ids: Sequence[int]) -> dict[int, str]:
        """order id → the queue it is in now (the change feed: which tabs to re-read)."""
        if not order_ids:
            return {}
        return dict(self.session.execute(select(Order.id, Order.queue).where(Order.id.in_(list(order_ids)))).all())

    def ids_in_queue(self, queue: str) -> list[int]:
        return queries.order_ids_in_queue(self.session, queue)

    def queue_counts(self) -> dict[str, int]:
        return queries.queue_counts(self.session)

    def queue_size(self, queue: str) -> int:
        return queries.queue_size(self.session, queue)

    def queue_page(self, queue: str, offset: int, limit: int) -> list[OrderRow]:
        return queries.queue_page(self.session, queue, offset, limit)

    def queue_row(self, queue: str, order_id: int) -> int | None:
        return queries.queue_row(self.session, queue, order_id)

    def filtered_size(self, queue: str, flt: QueueFilter) -> int:
        return queries.filtered_size(self.session, queue, flt)

    def filtered_page(self, queue: str, flt: QueueFilter, offset: int, limit: int) -> list[OrderRow]:
        return queries.filtered_page(self.session, queue, flt, offset, limit)

    def filtered_ids(self, queue: str, flt: QueueFilter) -> list[int]:
        return queries.filtered_ids(self.session, queue, flt)

    def filter_choices(self, queue: str) -> dict[str, list[str]]:
        return queries.filter_choices(self.session, queue)
