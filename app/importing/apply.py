"""Parsed orders → the database, through ``app.inbound.import_page``, in one transaction.

A file has no "last changed" time per order, so one is made up that does the right
thing in ``inbound._update`` (which skips an order whose ``updated_at`` is not newer
than the stored one): the order's content fingerprint (0..999,999) travels in the
microseconds of ``remote_updated_at``.

- same content as stored → the stored time is passed back: unchanged, nothing written
  (no audit event, no ``updated_at`` bump);
- changed content → a time in a later second than the stored one: applied, and an
  order already reviewed goes back to Review with "changed on marketplace: …".

Comparing fingerprints rather than the stored fields means a seller's local edits
(notes, tags, a corrected address) are not undone by importing the same file again.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.connectors.base import RemoteOrder
from app.importing.orders import ParsedOrder
from app.inbound import PullStats, import_page
from db.models import Order, Shop, utcnow

log = logging.getLogger(__name__)

PAGE = 2000


@dataclass
class Applied:
    stats: PullStats
    skipped: int = 0


def updated_at_for(order: ParsedOrder, stored: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    """The made-up ``updated_at`` (see the module docstring)."""
    if stored is not None and stored.microsecond == order.fingerprint:
        return stored
    base = now.replace(microsecond=0)
    if stored is not None:
        base = max(base, stored.replace(microsecond=0) + dt.timedelta(seconds=1))
    return base.replace(microsecond=order.fingerprint)


def unchanged(order: ParsedOrder, stored: dt.datetime | None) -> bool:
    """True when writing ``order`` would change nothing (its fingerprint is the stored one)."""
    return stored is not None and stored.microsecond == order.fingerprint


def stored_updates(session: Session, shop_id: int, remote_ids: list[str]) -> dict[str, dt.datetime | None]:
    """marketplace order id → stored ``remote_updated_at``, for those of ``remote_ids`` the shop has."""
    rows = session.execute(
        select(Order.marketplace_order_id, Order.remote_updated_at).where(
            Order.shop_id == shop_id, Order.marketplace_order_id.in_(remote_ids)
        )
    )
    return dict(rows.tuples().all())


def apply_orders(
    session: Session, shop_id: int, parsed: Iterable[ParsedOrder], actor: Actor, *, page: int | None = None
) -> Applied:
    """Upsert every parsed order, a page at a time as they stream in; the caller commits (or not)
    the whole file at once."""
    applied = Applied(PullStats())
    now = utcnow()
    for batch in itertools.batched(parsed, page or PAGE):
        chunk = list(batch)
        stored = stored_updates(session, shop_id, [p.id for p in chunk])
        remotes: list[RemoteOrder] = []
        for p in chunk:
            if p.id not in stored and p.status == "shipped":
                applied.skipped += 1  # fulfilled elsewhere before it ever reached us
                continue
            previous = stored.get(p.id)
            updated_at = updated_at_for(p, previous, now)
            if updated_at == previous:  # inbound would skip it too; not loading it is faster
                applied.stats.unchanged += 1
                continue
            remotes.append(RemoteOrder(updated_at=updated_at, **p.fields))  # type: ignore[arg-type]
        if not remotes:
            continue
        shop = session.get(Shop, shop_id)
        assert shop is not None
        import_page(session, shop, remotes, actor, applied.stats)
        session.flush()
        session.expunge_all()  # a 100,000-order file must not pile up in the identity map
    return applied
