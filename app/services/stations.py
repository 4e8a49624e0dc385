"""Stations: who shares the database, their heartbeats, and the live change feed.

Every running station (a GUI, ``main.py sync --watch``) writes a heartbeat every
``HEARTBEAT_SECONDS``: what it runs, who is signed in, its printer and scanner settings
and the accounts whose secrets it holds. Settings → Stations and ``main.py stations``
show them; the outbox leaves the jobs of an account whose secrets this station lacks to a
live station that has them (``left_to_others``).

The change feed (``watch``): triggers write which orders, outbox jobs and print batches
changed, in the writer's transaction (migration 0023); a ``ChangeWatch`` thread wakes on
PostgreSQL's ``NOTIFY`` or SQLite's ``data_version`` (``db.listen``), reads the rows after
its cursor and hands a ``FeedChanges`` to its callback — so every station's views follow
another station's work within a second.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app import credentials
from app.errors import Outage, database_lost
from app.services.base import Context, Service

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10.0
LIVE_SECONDS = 3 * HEARTBEAT_SECONDS  # a station not heard from for this long is not running
FEED_KEEP_SECONDS = 15 * 60.0  # the change feed's rows are pruned after this
FALLBACK_SECONDS = 5.0  # the feed is read at least this often, even without a wake-up
ACCOUNTS_EVERY = 60.0  # how often the keyring is asked which accounts' secrets are here


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class FeedChanges:
    """What other stations (or this one) changed: order ids, and whether jobs or print batches did."""

    orders: frozenset[int] = frozenset()
    jobs: bool = False
    print_jobs: bool = False
    everything: bool = False  # too much, or a gap: reload every view

    def __bool__(self) -> bool:
        return bool(self.orders or self.jobs or self.print_jobs or self.everything)


def _feed_changes(rows: list[tuple[int, str, int]], overflow: bool) -> FeedChanges:
    if overflow:
        return FeedChanges(everything=True)
    return FeedChanges(
        orders=frozenset(ref for _id, kind, ref in rows if kind == "order"),
        jobs=any(kind == "job" for _id, kind, _ref in rows),
        print_jobs=any(kind == "print_job" for _id, kind, _ref in rows),
    )


@dataclass(frozen=True)
class StationView:
    id: int
    name: str
    seen_at: dt.datetime | None
    live: bool
    this: bool  # the station this process runs as
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def runs(self) -> list[str]:
        """What runs there now (gui, worker), by the roles' own heartbeats."""
        if not self.live:
            return []
        now = time.time()
        return sorted(r for r, at in (self.info.get("runs") or {}).items() if now - float(at) < LIVE_SECONDS)


class ChangeWatch:
    """A thread reading the change feed when woken; ``on_change`` runs on that thread."""

    def __init__(self, service: StationsService, on_change: Callable[[FeedChanges], None]) -> None:
        self._service = service
        self._on_change = on_change
        self._stop = threading.Event()
        self._listener = service.db.listener()
        try:
            self._listener.open()  # listening before the cursor is taken: nothing falls between
        except Exception:  # noqa: BLE001 - the thread connects again
            log.warning("change feed: cannot listen yet", exc_info=True)
        self.cursor = service.feed_cursor()
        self.wakes = 0  # how many times it read the feed (tests, the bench)
        self._thread = threading.Thread(target=self._run, name="change-feed", daemon=True)

    def start(self) -> ChangeWatch:
        self._thread.start()
        return self

    def _run(self) -> None:
        seen: dict[int, float] = {}  # PostgreSQL may hand a row twice (see db.repositories.changes)
        last_read = time.monotonic()
        outage = Outage(log, "change feed")
        try:
            while not self._stop.is_set():
                try:
                    woke = self._listener.wait(FALLBACK_SECONDS)
                except Exception as exc:  # noqa: BLE001 - the database is away: try again soon
                    if not outage.failed(exc):
                        log.warning("change feed: cannot listen; trying again", exc_info=True)
                    self._stop.wait(1.0)
                    continue
                if self._stop.is_set():
                    break
                if not woke and self._service.db.dialect == "sqlite":
                    continue  # nothing was committed: data_version did not move
                try:
                    changes, self.cursor = self._service.changes_since(self.cursor, seen)
                except Exception as exc:  # noqa: BLE001
                    if not outage.failed(exc):
                        log.warning("change feed: reading failed; trying again", exc_info=True)
                    self._stop.wait(1.0)
                    continue
                outage.ok()  # listening again: what changed meanwhile was just read (the cursor kept)
                now = time.monotonic()
                if now - last_read > FEED_KEEP_SECONDS / 2:  # asleep that long: rows may be gone
                    changes = FeedChanges(everything=True)
                last_read = now
                self.wakes += 1
                if changes:
                    try:
                        self._on_change(changes)
                    except Exception:  # noqa: BLE001 - a view's bug must not stop the feed
                        log.exception("change feed: the listener failed")
        finally:
            self._listener.close()

    def stop(self, wait: float = 2.0) -> None:
        self._stop.set()
        self._listener.stop()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(wait)


class StationsService(Service):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._runs: dict[str, dict[str, Any]] = {}  # role → what that role says (a GUI's printer …)
        self._beat_stop = threading.Event()
        self._beat_thread: threading.Thread | None = None
        self._accounts: list[str] | None = None
        self._accounts_at = 0.0
        self._left: tuple[float, frozenset[str]] = (0.0, frozenset())
        self._watches: list[ChangeWatch] = []
        self._beat_outage = Outage(log, "heartbeat")

    # --- the change feed ------------------------------------------------------------------

    def feed_cursor(self) -> int:
        with self.db.reader() as uow:
            return uow.changes.horizon()

    def changes_since(self, cursor: int, seen: dict[int, float] | None = None) -> tuple[FeedChanges, int]:
        """What changed after ``cursor``, and the next cursor. ``seen``: row ids already handed (kept 60 s)."""
        with self.db.reader() as uow:
            page = uow.changes.since(cursor)
        rows = page.rows
        if seen is not None:
            now = time.monotonic()
            rows = [r for r in rows if r[0] not in seen]
            for r in rows:
                seen[r[0]] = now
            for row_id in [i for i, at in seen.items() if now - at > 60.0]:
                del seen[row_id]
        return _feed_changes(rows, page.overflow), page.cursor

    def watch(self, on_change: Callable[[FeedChanges], None]) -> ChangeWatch:
        """Start following the feed; ``on_change`` is called on the watch's own thread."""
        watch = ChangeWatch(self, on_change).start()
        self._watches.append(watch)
        return watch

    # --- the connection -----------------------------------------------------------------------

    def database_reachable(self) -> bool:
        """One round trip to the database: False while the server is away (the GUI's reconnecting probe)."""
        try:
            self.db.ping()
        except Exception as exc:
            if database_lost(exc):
                return False
            raise
        return True

    # --- heartbeats ---------------------------------------------------------------------------

    def accounts_here(self) -> list[str]:
        """The accounts ("shop:3", "carrier:1") whose secrets this station's keyring holds."""
        now = time.monotonic()
        if self._accounts is not None and now - self._accounts_at < ACCOUNTS_EVERY:
            return self._accounts
        with self.db.reader() as uow:
            accounts = [("shop", s.id) for s in uow.shops.all()] + [("carrier", a.id) for a in uow.carriers.accounts()]
        held = []
        for kind, account_id in accounts:
            try:
                if credentials.has_secrets(kind, account_id):
                    held.append(f"{kind}:{account_id}")
            except Exception:  # noqa: BLE001 - no keyring here: holds none
                pass
        self._accounts, self._accounts_at = held, now
        return held

    def forget_accounts(self) -> None:
        """Secrets were stored or removed: ask the keyring again at the next heartbeat."""
        self._accounts = None

    def beat(self, role: str | None = None, info: dict[str, Any] | None = None) -> None:
        """Write this station's heartbeat now (``role``: what runs — gui, worker — with its ``info``)."""
        if role is not None:
            self._runs[role] = dict(info or {})
        accounts = self.accounts_here()
        now = time.time()
        with self.db.uow() as uow:
            station = uow.stations.get(self.actor.station_id)
            if station is None:
                return
            old = dict(station.info or {})
            runs = {r: at for r, at in (old.get("runs") or {}).items() if now - float(at) < LIVE_SECONDS}
            merged: dict[str, Any] = dict(old)
            for r, said in self._runs.items():
                runs[r] = now
                merged.update(said)
            merged.update(
                runs=runs,
                host=socket.gethostname(),
                pid=os.getpid(),
                accounts=accounts,
                user=self.actor.user_name,
            )
            uow.stations.beat(self.actor.station_id, merged, utcnow())
            uow.changes.prune(now - FEED_KEEP_SECONDS)
            uow.commit()

    def prune_feed(self) -> int:
        """Forget the change feed's rows older than ``FEED_KEEP_SECONDS`` (heartbeats do it too)."""
        with self.db.uow() as uow:
            n = uow.changes.prune(time.time() - FEED_KEEP_SECONDS)
            uow.commit()
        return n

    def start_heartbeat(self, role: str, info: dict[str, Any] | None = None) -> None:
        """Beat at once and then every ``HEARTBEAT_SECONDS``, on a thread (the keyring may be slow) until ``stop``."""
        self._runs[role] = dict(info or {})
        if self._beat_thread is not None:
            return
        self._beat_thread = threading.Thread(target=self._beat_loop, name="heartbeat", daemon=True)
        self._beat_thread.start()

    def _safe_beat(self) -> None:
        try:
            self.beat()
        except Exception as exc:  # noqa: BLE001 - a missed heartbeat is only a late one
            if not self._beat_outage.failed(exc):
                log.warning("heartbeat failed", exc_info=True)
        else:
            self._beat_outage.ok()

    def _beat_loop(self) -> None:
        self._safe_beat()
        while not self._beat_stop.wait(HEARTBEAT_SECONDS):
            self._safe_beat()

    def stop(self) -> None:
        """Stop the heartbeat and every watch (the workstation closes)."""
        self._beat_stop.set()
        for watch in self._watches:
            watch.stop()
        self._watches.clear()
        if self._beat_thread is not None:
            self._beat_thread.join(2.0)
            self._beat_thread = None

    # --- who is there ---------------------------------------------------------------------------

    def stations(self) -> list[StationView]:
        """Every registered station, live or not, with what its last heartbeat said."""
        cutoff = utcnow() - dt.timedelta(seconds=LIVE_SECONDS)
        with self.db.reader() as uow:
            return [
                StationView(
                    s.id,
                    s.name,
                    s.seen_at,
                    s.seen_at is not None and s.seen_at >= cutoff,
                    s.id == self.actor.station_id,
                    dict(s.info or {}),
                )
                for s in uow.stations.all()
            ]

    def left_to_others(self) -> frozenset[str]:
        """Accounts whose secrets this station lacks and a live station holds: their jobs are left to it."""
        at, left = self._left
        if time.monotonic() - at < 5.0:
            return left
        mine = set(self.accounts_here())
        cutoff = utcnow() - dt.timedelta(seconds=LIVE_SECONDS)
        with self.db.reader() as uow:
            others = [s for s in uow.stations.seen_since(cutoff) if s.id != self.actor.station_id]
            held = {a for s in others for a in (s.info or {}).get("accounts", []) if isinstance(a, str)}
        left = frozenset(held - mine)
        self._left = (time.monotonic(), left)
        return left

    def account_names(self) -> dict[str, tuple[str, str]]:
        """account (``shop:1``, ``carrier:2``) → (kind ``shop`` or ``carrier``, the name the seller gave it)."""
        with self.db.reader() as uow:
            shops = {f"shop:{s.id}": ("shop", s.name) for s in uow.shops.all()}
            carriers = {f"carrier:{a.id}": ("carrier", a.name) for a in uow.carriers.accounts()}
        return shops | carriers

    def senders(self) -> dict[str, str]:
        """account → the station that sends its requests: the one that sent last, else a live one with its secrets."""
        cutoff = utcnow() - dt.timedelta(seconds=LIVE_SECONDS)
        with self.db.reader() as uow:
            last = uow.rates.senders()
            stations = uow.stations.all()
            names = {s.id: s.name for s in stations}
            live = [
                (s.name, list((s.info or {}).get("accounts", [])))
                for s in stations
                if s.seen_at is not None and s.seen_at >= cutoff
            ]
        out: dict[str, str] = {}
        for account, (station_id, _at) in last.items():
            if station_id in names:
                out[account] = names[station_id]
        for name, accounts in live:
            for account in accounts:
                if isinstance(account, str):
                    out.setdefault(account, name)
        return out
