"""Inbound sync: incremental pulls with a cursor per shop, committed page by page.

The cursor is the newest ``updated_at`` seen and is inclusive, so a page that was
half-applied when the line dropped is simply pulled again (upserts are idempotent).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import asdict

from app.actor import Actor
from app.connectors.base import MarketplaceConnector
from app.errors import NotFound, RemoteOutcomeUnknown, RemoteRejected, RemoteUnreachable
from app.inbound import PullStats, import_page
from db.models import Shop, utcnow
from db.uow import Database

log = logging.getLogger(__name__)


def pull_shop(db: Database, shop_id: int, connector: MarketplaceConnector, actor: Actor) -> PullStats:
    """Pull every order changed since the shop's cursor; raises if the marketplace is unreachable."""
    with db.reader() as uow:
        shop = uow.session.get(Shop, shop_id)
        if shop is None:
            raise NotFound(f"no shop {shop_id}")
        cursor = dt.datetime.fromisoformat(shop.pull_cursor) if shop.pull_cursor else None
    stats = PullStats()
    try:
        for page in connector.pull_orders(cursor):
            with db.uow() as uow:
                shop = uow.session.get(Shop, shop_id)
                assert shop is not None
                import_page(uow.session, shop, page, actor, stats)
                for remote in page:
                    if cursor is None or remote.updated_at > cursor:
                        cursor = remote.updated_at
                if cursor is not None:
                    shop.pull_cursor = cursor.isoformat()
                uow.commit()
    except (RemoteUnreachable, RemoteOutcomeUnknown, RemoteRejected) as exc:
        _record(db, shop_id, error=str(exc))
        raise
    _record(db, shop_id, error=None)
    log.info("pulled shop %s: %s", shop_id, asdict(stats))
    return stats


def _record(db: Database, shop_id: int, *, error: str | None) -> None:
    with db.uow() as uow:
        shop = uow.session.get(Shop, shop_id)
        if shop is not None:
            shop.last_pull_error = error
            if error is None:
                shop.last_pull_at = utcnow()
            uow.commit()
