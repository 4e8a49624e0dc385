"""The scan-out statements, on a pooled DBAPI connection used directly.

A packer scans all day and the verdict must be committed within a couple of
milliseconds; the ORM's per-object bookkeeping costs more than the disk here, so
this one hot path speaks plain parameterised SQL. The statements are fixed strings:
no scanned text is ever spliced into them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

_FIND = """
SELECT p.id, p.number, p.status, p.tracking_number, p.order_id, p.shipped_at, p.shipped_by_id,
       p.shipped_station_id, p.intercept_reason, o.number, o.shop_id, o.marketplace_order_id,
       o.status, ca.name
FROM parcels p
JOIN orders o ON o.id = p.order_id
LEFT JOIN shipping_methods sm ON sm.id = p.shipping_method_id
LEFT JOIN carrier_accounts ca ON ca.id = sm.carrier_account_id
WHERE p.{column} = ?
LIMIT 1
"""
_FIND_BY_TRACKING = _FIND.format(column="tracking_number")
_FIND_BY_NUMBER = _FIND.format(column="number")
_CLAIM = (
    "UPDATE parcels SET status = 'shipped', shipped_at = ?, shipped_by_id = ?, shipped_station_id = ? "
    "WHERE id = ? AND status = 'printed'"
)
# A label sent to a printer that cannot say it printed is in the packer's hand when its parcel is scanned.
_CONFIRM_SENT = (
    "UPDATE print_job_items SET state = 'printed', printed_at = ? "
    "WHERE parcel_id = ? AND state IN ('sent', 'uncertain')"
)
_PRINTED = "UPDATE parcels SET status = 'printed', printed_at = ? WHERE id = ? AND status = 'labelled'"
_JOBS_DONE = (
    "UPDATE print_jobs SET status = 'done', error = NULL WHERE status = 'sent' "
    "AND id IN (SELECT job_id FROM print_job_items WHERE parcel_id = ?) "
    "AND NOT EXISTS (SELECT 1 FROM print_job_items i WHERE i.job_id = print_jobs.id "
    "AND i.state NOT IN ('printed', 'skipped'))"
)
_RELEASE_CLAIM = "DELETE FROM print_claims WHERE parcel_id = ?"  # its label is in the packer's hand
_LINES = (
    "SELECT pl.product_id, pl.quantity, ol.remote_line_id, ol.quantity FROM parcel_lines pl "
    "JOIN order_lines ol ON ol.id = pl.order_line_id WHERE pl.parcel_id = ? ORDER BY pl.id"
)
_DEDUCT = (
    "INSERT INTO stock_movements (product_id, kind, on_hand_delta, reserved_delta, order_id, parcel_id, "
    "reason, user_id, station_id, at) VALUES (?, 'deduct', ?, ?, ?, ?, 'shipped', ?, ?, ?)"
)
_ENQUEUE = (
    "INSERT INTO outbox_jobs (kind, idempotency_key, state, shop_id, parcel_id, payload, attempts, "
    "next_attempt_at, created_at, updated_at) VALUES (?, ?, 'pending', ?, ?, ?, 0, ?, ?, ?) "
    "ON CONFLICT (kind, idempotency_key) DO NOTHING"
)
_ORDER_PARCELS = "SELECT status FROM parcels WHERE order_id = ?"
_INSTALLATION = "SELECT value FROM settings WHERE key = 'installation'"
_SET_ORDER = "UPDATE orders SET status = ?, queue = ?, updated_at = ? WHERE id = ?"
_AUDIT = (
    "INSERT INTO audit_events (at, user_id, station_id, action, order_id, parcel_id, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, '')"
)
_SCAN_EVENT = (
    "INSERT INTO scan_events (code, recognised_as, verdict, message, parcel_id, user_id, station_id, at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_NAMES = "SELECT (SELECT name FROM users WHERE id = ?), (SELECT name FROM stations WHERE id = ?)"


@dataclass(frozen=True)
class ScannedParcel:
    id: int
    number: str
    status: str
    tracking_number: str | None
    order_id: int
    shipped_at: dt.datetime | None
    shipped_by_id: int | None
    shipped_station_id: int | None
    intercept_reason: str | None
    order_number: str
    shop_id: int
    marketplace_order_id: str
    order_status: str
    carrier_name: str | None


@dataclass(frozen=True)
class ParcelLineRow:
    product_id: int | None
    quantity: int
    remote_line_id: str
    ordered_quantity: int


class ScanTx:
    """One scan's transaction. Parameters use ``?``; PostgreSQL gets ``%s``."""

    def __init__(self, cursor: Any, sqlite: bool) -> None:
        self._cur = cursor
        self._sqlite = sqlite

    def _sql(self, sql: str) -> str:
        return sql if self._sqlite else sql.replace("?", "%s")

    def _ts(self, value: dt.datetime) -> Any:
        # The format SQLAlchemy's SQLite DateTime writes (UTC, no offset); PostgreSQL takes the value.
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f") if self._sqlite else value

    def _read_ts(self, value: Any) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)

    def find_parcel(self, code: str) -> ScannedParcel | None:
        row = self._cur.execute(self._sql(_FIND_BY_TRACKING), (code,)).fetchone()
        if row is None:
            row = self._cur.execute(self._sql(_FIND_BY_NUMBER), (code,)).fetchone()
        if row is None:
            return None
        values = list(row)
        values[5] = self._read_ts(values[5])
        return ScannedParcel(*values)

    def claim(self, parcel_id: int, at: dt.datetime, user_id: int, station_id: int) -> bool:
        """Ship a printed parcel unless another station just did: exactly once."""
        self._cur.execute(self._sql(_CLAIM), (self._ts(at), user_id, station_id, parcel_id))
        return bool(self._cur.rowcount == 1)

    def confirm_sent_label(self, parcel_id: int, at: dt.datetime) -> bool:
        """The parcel's label was only *sent*: being scanned, it printed. False when none was sent."""
        ts = self._ts(at)
        self._cur.execute(self._sql(_CONFIRM_SENT), (ts, parcel_id))
        if self._cur.rowcount < 1:
            return False
        self._cur.execute(self._sql(_PRINTED), (ts, parcel_id))
        self._cur.execute(self._sql(_RELEASE_CLAIM), (parcel_id,))
        self._cur.execute(self._sql(_JOBS_DONE), (parcel_id,))
        return True

    def parcel_lines(self, parcel_id: int) -> list[ParcelLineRow]:
        return [ParcelLineRow(*r) for r in self._cur.execute(self._sql(_LINES), (parcel_id,)).fetchall()]

    def deduct_stock(
        self,
        rows: list[tuple[int, int]],
        *,
        order_id: int,
        parcel_id: int,
        user_id: int,
        station_id: int,
        at: dt.datetime,
    ) -> None:
        ts = self._ts(at)
        for product_id, qty in rows:
            self._cur.execute(
                self._sql(_DEDUCT), (product_id, -qty, -qty, order_id, parcel_id, user_id, station_id, ts)
            )

    def enqueue(
        self, kind: str, key: str, payload: dict[str, Any], *, shop_id: int, parcel_id: int, at: dt.datetime
    ) -> None:
        ts = self._ts(at)
        self._cur.execute(
            self._sql(_ENQUEUE),
            (kind, key, shop_id, parcel_id, json.dumps(payload, ensure_ascii=False), ts, ts, ts),
        )

    def installation_id(self) -> str | None:
        """This database's installation code (``app.references``), None if it has none yet."""
        row = self._cur.execute(_INSTALLATION).fetchone()
        if row is None:
            return None
        value = json.loads(row[0]) if isinstance(row[0], str | bytes) else row[0]
        code = value.get("id") if isinstance(value, dict) else None
        return str(code) if code else None

    def order_parcel_statuses(self, order_id: int) -> list[str]:
        return [r[0] for r in self._cur.execute(self._sql(_ORDER_PARCELS), (order_id,)).fetchall()]

    def set_order(self, order_id: int, status: str, queue: str, at: dt.datetime) -> None:
        self._cur.execute(self._sql(_SET_ORDER), (status, queue, self._ts(at), order_id))

    def audit(
        self,
        action: str,
        *,
        order_id: int | None,
        parcel_id: int | None,
        user_id: int,
        station_id: int,
        at: dt.datetime,
    ) -> None:
        self._cur.execute(self._sql(_AUDIT), (self._ts(at), user_id, station_id, action, order_id, parcel_id))

    def scan_event(
        self,
        code: str,
        recognised_as: str,
        verdict: str,
        message: str,
        *,
        parcel_id: int | None,
        user_id: int,
        station_id: int,
        at: dt.datetime,
    ) -> None:
        self._cur.execute(
            self._sql(_SCAN_EVENT),
            (code, recognised_as, verdict, message, parcel_id, user_id, station_id, self._ts(at)),
        )

    def names(self, user_id: int | None, station_id: int | None) -> tuple[str | None, str | None]:
        row = self._cur.execute(self._sql(_NAMES), (user_id, station_id)).fetchone()
        return row[0], row[1]


@contextmanager
def scan_transaction(engine: Engine) -> Iterator[ScanTx]:
    """A writing transaction on a pooled connection; commits on success, rolls back otherwise."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        with dbapi_transaction(dbapi, sqlite=sqlite) as tx:
            yield tx


def storage_failure(exc: BaseException) -> bool:
    """The database was locked, busy or gone during the scan (so nothing was recorded): the
    packer scans again; not a bug. SQLite's and psycopg's OperationalError, and SQLAlchemy's
    wrapping of them (a pooled connection that went away)."""
    name, module = type(exc).__name__, type(exc).__module__.split(".")[0]
    return name in ("OperationalError", "InterfaceError") and module in ("sqlite3", "psycopg", "sqlalchemy")


@contextmanager
def dbapi_transaction(dbapi: Any, *, sqlite: bool) -> Iterator[ScanTx]:
    """The scan's transaction on a DBAPI connection (SQLite: opened with ``isolation_level=None``)."""
    cur = dbapi.cursor()
    try:
        if sqlite:
            cur.execute("BEGIN IMMEDIATE")
        yield ScanTx(cur, sqlite)
        dbapi.commit() if not sqlite else cur.execute("COMMIT")
    except BaseException:
        if sqlite:
            if dbapi.in_transaction:
                cur.execute("ROLLBACK")
        else:
            dbapi.rollback()
        raise
    finally:
        cur.close()
