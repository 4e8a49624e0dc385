"""A SQLite database opened with the standard library's driver alone, for one quick command.

``main.py scan`` records one scan and exits; loading SQLAlchemy, the models and the
pool costs more than the scan itself. When the database is a SQLite file whose schema is
already at the head revision, this opens it with ``sqlite3`` (same pragmas, same
durability as ``db.engine``) and runs the scan path's own statements (``db.scanpath``).
Anything else — PostgreSQL, a missing file, a schema to upgrade, an unknown user or
station — is left to the full start (``Database.open``), which says None here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.migrate import head_revision
from db.scanpath import ScanTx, dbapi_transaction

BUSY_TIMEOUT_MS = 5000
# What every Shipbench SQLite connection runs first (db.engine uses the same list).
SQLITE_PRAGMAS = ("journal_mode=WAL", "foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}", "synchronous=FULL")


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL (None for anything else)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = url[len(prefix) :]
    return Path(path) if path and path != ":memory:" else None


class QuickSqlite:
    """One sqlite3 connection; the names of who acts, and the scan transaction."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    @classmethod
    def open(cls, url: str) -> QuickSqlite | None:
        path = sqlite_path(url)
        if path is None or not path.is_file():
            return None
        try:
            con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error:
            return None
        try:
            for pragma in SQLITE_PRAGMAS:
                con.execute(f"PRAGMA {pragma}")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != head_revision():
                con.close()
                return None
        except sqlite3.Error:  # no version table, locked, damaged: the full start explains
            con.close()
            return None
        return cls(con)

    def actor(self, user_name: str, station_name: str) -> tuple[int, str, int] | None:
        """(user id, role, station id) when both exist; None leaves it to the full start."""
        user = self._con.execute("SELECT id, role FROM users WHERE name = ?", (user_name,)).fetchone()
        station = self._con.execute("SELECT id FROM stations WHERE name = ?", (station_name,)).fetchone()
        if user is None or station is None:
            return None
        return int(user[0]), str(user[1]), int(station[0])

    @contextmanager
    def scan_transaction(self) -> Iterator[ScanTx]:
        with dbapi_transaction(self._con, sqlite=True) as tx:
            yield tx

    def close(self) -> None:
        self._con.close()
