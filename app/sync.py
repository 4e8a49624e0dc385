"""Inbound sync: incremental pulls with a cursor per shop, committed page by page.

The cursor is the newest ``updated_at`` seen and is inclusive, so a page that was
half-applied when the line dropped is simply pulled again (upserts are idempotent), and
it only moves in the transaction that commits the page it covers. A connector whose
pages are not in ``updated_at`` order says so (``pages_in_update_order = False``); its
cursor then moves only when the whole pull is committed.
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
    # Pages in updated_at order: each committed page moves the cursor. Otherwise the
    # cursor moves only with the last page, so a pull cut short starts again where it began.
    in_order = getattr(connector, "pages_in_update_order", True)
    newest = cursor
    try:
        pages = connector.pull_orders(cursor)
        page = next(pages, None)
        while page is not None:
            following = None if in_order else next(pages, None)
            last = in_order or following is None
            with db.uow() as uow:
                shop = uow.session.get(Shop, shop_id)
                assert shop is not None
                import_page(uow.session, shop, page, actor, stats)
                for remote in page:
                    if newest is None or remote.updated_at > newest:
                        newest = remote.updated_at
                if newest is not None and last:
                    shop.pull_cursor = newest.isoformat()  # committed with the page it covers
                uow.commit()
            page = next(pages, None) if in_order else following
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
