"""Waking up when another station commits: ``LISTEN`` on PostgreSQL, ``data_version`` on SQLite.

A ``Listener`` holds one connection of its own, outside the engine's pool, and
``wait(timeout)`` returns True as soon as some other connection committed a change the
feed follows (PostgreSQL: a ``pg_notify`` the triggers of migration 0023 send at commit)
or committed anything at all (SQLite: ``PRAGMA data_version`` moved; one cheap read every
``poll`` seconds), False when the time ran out. Nothing here reads the feed itself: that
is ``db.repositories.changes``, through a unit of work.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from typing import Any

from sqlalchemy import Engine

from db.quick import BUSY_TIMEOUT_MS

CHANNEL = "shipbench_changes"


class Listener:
    def __init__(self, engine: Engine, *, poll: float = 0.1, slice_: float = 0.3) -> None:
        self._engine = engine
        self._poll = poll
        self._slice = slice_
        self._pg = engine.dialect.name == "postgresql"
        self._conn: Any = None
        self._version: int | None = None
        self._closed = threading.Event()

    def _connect(self) -> None:
        if self._pg:
            raw = self._engine.raw_connection()
            conn = raw.driver_connection
            raw.detach()  # ours alone: never handed back to the pool with LISTEN on it
            assert conn is not None
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
            self._conn = conn
        else:
            path = self._engine.url.database
            self._conn = sqlite3.connect(
                path or ":memory:", timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            self._version = self._data_version()

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def open(self) -> None:
        """Connect (and start listening) now rather than at the first ``wait``."""
        if self._conn is None:
            self._connect()

    def wait(self, timeout: float) -> bool:
        """True when another connection committed since the last call; False after ``timeout``.

        A lost connection (a server restart, ``pg_terminate_backend``) is opened again on the
        next call, and that call says True: what happened meanwhile is unknown. A connect
        that fails raises (the server is still away); the caller waits a moment and calls again.
        """
        if self._closed.is_set():
            return False
        if self._conn is None:
            self._connect()
            return True
        try:
            return self._wait_pg(timeout) if self._pg else self._wait_sqlite(timeout)
        except Exception:  # noqa: BLE001 - a server restart, a terminated backend: reconnect next time
            self._drop()
            time.sleep(min(timeout, 0.5))
            return False

    def _wait_pg(self, timeout: float) -> bool:
        woke = False
        deadline = time.monotonic() + timeout
        while not woke and not self._closed.is_set():  # in slices: ``stop`` is seen within one
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            for _note in self._conn.notifies(timeout=min(self._slice, left), stop_after=1):
                woke = True
        if woke:  # drain what else arrived: one wake-up for a burst of commits
            for _note in self._conn.notifies(timeout=0.0):
                pass
        return woke

    def _wait_sqlite(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self._closed.is_set():
            version = self._data_version()
            if version != self._version:
                self._version = version
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._closed.wait(min(self._poll, left))
        return False

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001, S110 - already gone
                pass

    def stop(self) -> None:
        """Any thread: the next ``wait`` returns False at once (a PostgreSQL wait ends at its timeout)."""
        self._closed.set()

    def close(self) -> None:
        """The waiting thread, when done: the connection goes."""
        self._closed.set()
        self._drop()
