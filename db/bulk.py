"""Many new orders at once, for an imported file's page or a pulled page (issue #17).

SQLite: plain DB-API ``executemany`` on the session's own connection (same
transaction), ids given up front (``max(id) + 1 ...``: the value SQLite would choose
itself, as ``orders`` has no AUTOINCREMENT), and the search index written here, a chunk at
a time, instead of by the two insert triggers (``search_orders_ai``, ``search_lines_ai``),
which are dropped for the chunk and put back, from their own stored text, before the
transaction can commit. The index rows are the very ones the triggers write:
``search_docs.own`` is :func:`own`, ``search_short.grams`` is :func:`grams` (the same
tokens, in the same order, as ``db.search._grams`` computes in SQL;
``tests/unit/test_bulk_search.py`` compares them on awkward texts) and ``search_values``
gets each line's SKU and product name. Should anything fail, the transaction rolls back
with the triggers in it; a trigger missing after a crash would be put back at the next
start anyway (``db.search.ensure_sqlite``).

Values go through each column's own bind processor (the SQLAlchemy type's), and columns
a row leaves out take the model's default, so the stored rows are those a Core
``insert`` writes. PostgreSQL (psycopg 3): ids drawn from the sequence in one statement,
then ``COPY`` for a page of ``COPY_FROM`` or more, Core ``insert ... RETURNING`` below that
(its search index is GIN over the columns themselves, nothing to compute).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnDefault, Table, insert, text
from sqlalchemy.orm import Session

from db import search
from db.models import Order, OrderLine
from db.queries import table_of

COPY_FROM = 50  # PostgreSQL: pages of at least this many orders go through COPY; smaller, INSERT
PAUSED = ("search_orders_ai", "search_lines_ai")
_HEX: dict[str, str] = {chr(c): f"{c:02X}" for c in range(128)}


def own(number: str | None, buyer_name: str | None, buyer_email: str | None, ship_name: str | None) -> str:
    """``search_docs.own`` of an order, as ``db.search._own`` builds it in SQL."""
    buyer = search.SAME if buyer_name is not None and buyer_name == ship_name else (buyer_name or "")
    return search.SEP.join((number or "", buyer, buyer_email or "", ship_name or ""))


def grams(text: str) -> str:
    """``search_short``'s tokens of ``text``: each character's and each pair's hex, ASCII folded
    (SQLite's ``lower``), for the first ``POSITIONS`` characters, space-separated."""
    n = min(len(text), search.POSITIONS)
    low = text[: n + 1].encode("utf-8").lower().decode("utf-8")  # bytes.lower folds ASCII only, as SQLite
    try:
        hx = list(map(_HEX.__getitem__, low))
    except KeyError:
        for c in set(low).difference(_HEX):
            _HEX[c] = c.encode("utf-8").hex().upper()
        hx = list(map(_HEX.__getitem__, low))
    pairs = list(map(str.__add__, hx, [*hx[1:], ""]))
    return " ".join(chain.from_iterable(zip(hx[:n], pairs[:n], strict=True)))


class _Rows:
    """A table's columns, those the rows give first, with each value's bind processor and default."""

    def __init__(self, table: Table, keys: Sequence[str], dialect: Any) -> None:
        given: list[str] = []
        self.processed: list[tuple[int, Callable[[Any], Any]]] = []  # (position, bind processor)
        others: list[str] = []
        # columns the rows leave out: (constant, default function, bind processor)
        self.fixed: list[tuple[Any, Callable[[Any], Any] | None, Callable[[Any], Any] | None]] = []
        for col in table.columns:
            process = col.type.dialect_impl(dialect).bind_processor(dialect)
            default = col.default
            if col.key in keys:
                if process is not None:
                    self.processed.append((len(given), process))
                given.append(col.key)
                continue
            if isinstance(default, ColumnDefault) and default.is_scalar:
                value = default.arg
                self.fixed.append((value if process is None else process(value), None, None))
            elif isinstance(default, ColumnDefault) and default.is_callable:
                self.fixed.append((None, default.arg, process))
            else:
                continue  # NULL or the server's default
            others.append(col.name)
        self.get = itemgetter(*given)
        self.single = len(given) == 1
        self.names = [f'"{c}"' for c in given + others]
        names = ", ".join(self.names)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * (len(given) + len(others)))})'

    def values(self, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        # A default function ("now") is called once per chunk: the rows of a chunk are written together.
        fixed = tuple(
            const if factory is None else (factory(None) if process is None else process(factory(None)))
            for const, factory, process in self.fixed
        )
        get, processed = self.get, self.processed
        memo: list[dict[Any, Any]] = [{} for _ in processed]  # the same time or amount, converted once
        out = []
        for r in rows:
            v = [get(r)] if self.single else list(get(r))
            for (i, process), seen in zip(processed, memo, strict=True):
                x = v[i]
                try:
                    v[i] = seen[x]
                except KeyError:
                    v[i] = seen[x] = process(x)
                except TypeError:  # a JSON list or object (review reason codes) is no key: converted each time
                    v[i] = process(x)
            out.append((*v, *fixed))
        return out


@contextmanager
def _triggers_paused(cur: Any) -> Iterator[dict[str, str]]:
    """Drop the search index's insert triggers for a chunk; they are created again, as stored."""
    marks = ", ".join("?" * len(PAUSED))
    stored = dict(
        cur.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})", PAUSED)
    )
    for name in stored:
        cur.execute(f'DROP TRIGGER "{name}"')
    try:
        yield stored
    finally:
        for sql in stored.values():
            cur.execute(sql)


def insert_orders(
    session: Session, orders: Sequence[dict[str, Any]], lines: Sequence[Sequence[dict[str, Any]]]
) -> list[int]:
    """Insert new orders (column → value, one shop) and each one's lines; their ids, in order.

    ``lines[i]`` are the lines of ``orders[i]`` (without ``order_id``).
    """
    if not orders:
        return []
    conn = session.connection()
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg" and len(orders) >= COPY_FROM:
        return _insert_copy(session, orders, lines)
    if conn.dialect.name != "sqlite":
        return _insert_core(session, orders, lines)
    dialect = conn.dialect
    order_keys = ["id", *orders[0]]
    line_keys = ["order_id", *(next((ls[0] for ls in lines if ls), {}))]
    order_rows, line_rows = _Rows(table_of(Order), order_keys, dialect), _Rows(table_of(OrderLine), line_keys, dialect)
    raw = conn.connection.driver_connection
    assert raw is not None
    cur = raw.cursor()
    try:
        start = cur.execute("SELECT coalesce(max(id), 0) + 1 FROM orders").fetchone()[0]
        ids = list(range(start, start + len(orders)))
        with_ids = [{**o, "id": i} for o, i in zip(orders, ids, strict=True)]
        line_dicts = [{**ln, "order_id": i} for i, ls in zip(ids, lines, strict=True) for ln in ls]
        with _triggers_paused(cur) as paused:
            cur.executemany(order_rows.sql, order_rows.values(with_ids))
            if line_dicts:
                cur.executemany(line_rows.sql, line_rows.values(line_dicts))
            if "search_orders_ai" in paused:
                docs = [
                    (o["id"], own(o.get("number"), o.get("buyer_name"), o.get("buyer_email"), o.get("ship_name")))
                    for o in with_ids
                ]
                cur.executemany("INSERT INTO search_docs(rowid, own, parcels) VALUES (?, ?, '')", docs)
                if "search_short" in paused["search_orders_ai"]:
                    cur.executemany(
                        "INSERT INTO search_short(rowid, grams) VALUES (?, ?)",
                        [(i, grams(text + search.SEP)) for i, text in docs],
                    )
            if "search_lines_ai" in paused:
                found: dict[tuple[int, str], None] = {}
                for ln in line_dicts:
                    for field, (_label, column) in search.LINE_FIELDS.items():
                        value = ln.get(column) or ""
                        if value != "":
                            found[(field, value)] = None
                cur.executemany("INSERT OR IGNORE INTO search_values(field, value) VALUES (?, ?)", list(found))
    finally:
        cur.close()
    return ids


def _insert_copy(
    session: Session, orders: Sequence[dict[str, Any]], lines: Sequence[Sequence[dict[str, Any]]]
) -> list[int]:
    """PostgreSQL: ids drawn from the sequence in one statement, then ``COPY`` (psycopg 3)."""
    conn = session.connection()
    dialect = conn.dialect
    ids = sorted(
        session.execute(
            text("SELECT nextval(pg_get_serial_sequence('orders', 'id')) FROM generate_series(1, :n)"),
            {"n": len(orders)},
        ).scalars()
    )
    with_ids = [{**o, "id": i} for o, i in zip(orders, ids, strict=True)]
    line_dicts = [{**ln, "order_id": i} for i, ls in zip(ids, lines, strict=True) for ln in ls]
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur:
        for table, rows in ((table_of(Order), with_ids), (table_of(OrderLine), line_dicts)):
            if not rows:
                continue
            spec = _Rows(table, list(rows[0]), dialect)
            with cur.copy(f"COPY {table.name} ({', '.join(spec.names)}) FROM STDIN") as copy:
                for row in spec.values(rows):
                    copy.write_row(row)
    return ids


def _insert_core(
    session: Session, orders: Sequence[dict[str, Any]], lines: Sequence[Sequence[dict[str, Any]]]
) -> list[int]:
    table = table_of(Order)
    # Rows come back matched by marketplace order id (one shop per call), in any order.
    got = session.execute(insert(table).returning(table.c.id, table.c.marketplace_order_id), list(orders)).all()
    by_remote = {remote_id: order_id for order_id, remote_id in got}
    ids = [by_remote[o["marketplace_order_id"]] for o in orders]
    line_rows = [{**ln, "order_id": i} for i, ls in zip(ids, lines, strict=True) for ln in ls]
    if line_rows:
        session.execute(insert(table_of(OrderLine)), line_rows)
    return ids
