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
import queue
import threading
from collections.abc import Generator, Iterator
from dataclasses import asdict
from typing import cast

from app import coded
from app.actor import Actor
from app.connectors.base import MarketplaceConnector
from app.errors import NotFound, RemoteOutcomeUnknown, RemoteRejected, RemoteUnreachable
from app.inbound import PullStats, import_page
from app.messages import Message
from db.models import Shop, utcnow
from db.uow import Database

log = logging.getLogger(__name__)


def pull_shop(db: Database, shop_id: int, connector: MarketplaceConnector, actor: Actor) -> PullStats:
    """Pull every order changed since the shop's cursor; raises if the marketplace is unreachable."""
    with db.reader() as uow:
        shop = uow.session.get(Shop, shop_id)
        if shop is None:
            raise NotFound(Message("no_shop", {"shop_id": shop_id}))
        cursor = dt.datetime.fromisoformat(shop.pull_cursor) if shop.pull_cursor else None
    stats = PullStats()
    # Pages in updated_at order: each committed page moves the cursor. Otherwise the
    # cursor moves only with the last page, so a pull cut short starts again where it began.
    in_order = getattr(connector, "pages_in_update_order", True)
    newest = cursor
    pages = ahead(connector.pull_orders(cursor))  # the next page comes in while this one is written
    try:
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
        _record(db, shop_id, error=exc.message)
        raise
    finally:
        pages.close()
    _record(db, shop_id, error=None)
    log.info("pulled shop %s: %s", shop_id, asdict(stats))
    return stats


def ahead[T](items: Iterator[T]) -> Generator[T]:
    """``items``, the next one fetched in a thread while the caller works on the current one.

    At most one item waits; what the fetching raises is raised here, in its place. Closing
    the returned generator (or leaving it) stops the fetching after the item under way.
    """
    box: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def fetch() -> None:
        try:
            for item in items:
                if not _put(box, stop, ("item", item)):
                    return
        except BaseException as exc:  # handed over to the consumer, raised there
            _put(box, stop, ("error", exc))
            return
        _put(box, stop, ("end", None))

    thread = threading.Thread(target=fetch, name="pull-ahead", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "end":
                return
            if kind == "error":
                assert isinstance(value, BaseException)
                raise value
            yield cast(T, value)
    finally:
        stop.set()
        thread.join(timeout=1)  # a request under way finishes on its own; its page is dropped


def _put(box: queue.Queue[tuple[str, object]], stop: threading.Event, entry: tuple[str, object]) -> bool:
    while not stop.is_set():
        try:
            box.put(entry, timeout=0.1)
            return True
        except queue.Full:
            continue
    return False


def _record(db: Database, shop_id: int, *, error: Message | None) -> None:
    with db.uow() as uow:
        shop = uow.session.get(Shop, shop_id)
        if shop is not None:
            coded.store(shop, "last_pull_error", coded.scrubbed(error))
            if error is None:
                shop.last_pull_at = utcnow()
            uow.commit()
