"""What every service is built with: the database, who acts, and the settings."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import NotFound
from app.messages import Message

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

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
# killed batch leaves each order done or untouched. A chunk holds the write lock about
# CHUNK_SECONDS, sized from the pace of the chunk before, and is at most CHUNK orders
# and at least FEW (fewer only at the end): a chunk's fixed costs (its queries, the
# commit's fsync) are not paid per order on a slow machine.
# SQLite has one writer and a waiting one polls: its busy handler sleeps between tries,
# never longer than it has waited so far (+2 ms) nor than 100 ms. So after each chunk the
# batch leaves a gap as long as a scan that started waiting during the chunk can sleep,
# min(SQLITE_GAP, time the chunk held the lock + a margin), or it would take the lock
# again before the scan wakes up; PostgreSQL locks rows and needs no gap.
CHUNK = 300
FEW = 20
CHUNK_SECONDS = 0.3
SQLITE_GAP = 0.1
GAP_MARGIN = 0.01


def chunked(
    ids: Sequence[int],
    *,
    most: int = CHUNK,
    least: int = FEW,
    seconds: float = CHUNK_SECONDS,
    gap: float = 0.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[list[int]]:
    """The ids in order, a chunk at a time; each next chunk sized by how long the last one took."""
    start, size = 0, min(least, most)
    while start < len(ids):
        chunk = list(ids[start : start + size])
        t0 = clock()
        yield chunk  # the caller does the chunk's work and commits before asking for the next
        held = clock() - t0
        start += len(chunk)
        fits = int(seconds * len(chunk) / held) if held > 0 else most
        size = max(min(least, most), min(most, fits))
        if gap and start < len(ids):
            sleep(min(gap, held + GAP_MARGIN))


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
