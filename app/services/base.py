"""What every service is built with: the database, who acts, and the settings."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import NotFound
from app.messages import Message

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from app.actor import Actor
    from app.settings import Settings
    from db.models import Order
    from db.uow import Database, UnitOfWork


@dataclass
class Context:
    """Shared by the services of one application; ``actor`` changes when a packer signs in."""

    db: Database
    actor: Actor
    settings: Settings


class Service:
    """One area of the application (orders, printing, the bench …), built by ``Workstation``.

    A plain class: its dependencies come in through the constructor, each method runs in
    its own unit of work (``self.db.uow()`` to write, ``self.db.reader()`` to read).
    """

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @property
    def db(self) -> Database:
        return self._ctx.db

    @property
    def actor(self) -> Actor:
        return self._ctx.actor

    @property
    def settings(self) -> Settings:
        return self._ctx.settings

    @property
    def chunk_gap(self) -> float:
        """The pause a batch leaves between its chunks for other writers (see ``chunked``)."""
        return SQLITE_GAP if self.db.dialect == "sqlite" else 0.0


# A batch action (approve, request waybills) commits chunk by chunk: a packer's scan on
# another connection waits at most one chunk, never the whole batch (issue #16), and a
# killed batch leaves each order done or untouched. A chunk is at most CHUNK orders and
# is sized to hold the write lock about CHUNK_SECONDS, however slow the machine is.
# SQLite has one writer and a waiting one polls (its busy handler sleeps up to 100 ms):
# the batch leaves a gap of SQLITE_GAP after each chunk, or it would take the lock again
# before the packer's scan wakes up.
CHUNK = 200
CHUNK_SECONDS = 0.3
SQLITE_GAP = 0.1


def chunked(
    ids: Sequence[int], *, most: int = CHUNK, seconds: float = CHUNK_SECONDS, gap: float = 0.0
) -> Iterator[list[int]]:
    """The ids in order, a chunk at a time; each next chunk sized by how long the last one took."""
    start, size = 0, 1  # the first order measures the pace
    while start < len(ids):
        chunk = list(ids[start : start + size])
        t0 = time.monotonic()
        yield chunk  # the caller does the chunk's work and commits before asking for the next
        per_order = (time.monotonic() - t0) / len(chunk)
        start += len(chunk)
        size = max(1, min(most, int(seconds / per_order) if per_order > 0 else most))
        if gap and start < len(ids):
            time.sleep(gap)


def order_of(uow: UnitOfWork, order_id: int) -> Order:
    """The order, or ``NotFound`` with its id."""
    order = uow.orders.get(order_id)
    if order is None:
        raise NotFound(Message("no_order", {"order_id": order_id}))
    return order


def orders_of(uow: UnitOfWork, order_ids: Sequence[int]) -> list[Order]:
    """The orders in the order given, each once; ``NotFound`` for the first missing."""
    return [order_of(uow, i) for i in dict.fromkeys(order_ids)]


def shop_id_of(uow: UnitOfWork, shop: str | int | None) -> int | None:
    """A shop given by id or name (None or "" for every shop)."""
    if shop is None or shop == "":
        return None
    if isinstance(shop, int):
        return shop
    found = uow.shops.by_name(shop)
    if found is None:
        raise NotFound(Message("no_shop", {"shop_id": shop}))
    return found.id
