"""The search index: FTS5 with the trigram tokenizer on SQLite, pg_trgm on PostgreSQL.

SQLite keeps two small indexes in step through triggers:

* ``search_docs``: one row per order, rowid = order id, column ``own`` holding the
  order's texts (number, buyer name and e-mail, recipient) and ``parcels`` each parcel's
  number and tracking number, joined with ``SEP``. ``detail=none`` and ``columnsize=0``:
  only which trigram is in which order is stored, no positions, so the index is small
  and cheap to write. An orders trigger rewrites ``own``, a parcels trigger ``parcels``.
* ``search_values``: each distinct SKU and product name of the order lines, once,
  with its FTS table ``search_values_fts``. Lines are found from a matched value
  through the B-tree indexes ``ix_search_lines_sku`` / ``ix_search_lines_title``
  (value, order id), newest order first. A product sold 10,000 times is indexed once,
  not 10,000 times. Values no line uses any more stay until the next rebuild: they
  find no line, so they find nothing.

A query of three characters or more is one case-insensitive substring (spaces
included). The index only narrows the orders down: it is asked for (at most three of)
the query's rarest trigrams, newest order first -- how rare, it counts among the newest
orders, cheaply, and remembers a few minutes -- and each candidate is checked against
the whole text (first by SQLite's LIKE, then field by field), so a trigram index without
positions still gives exact answers, and a common piece of text stops after ``limit``
orders.

A query of one or two characters (a Chinese name, 张伟; a short SKU) has no trigram. For
those SQLite keeps ``search_short`` (and ``search_values_short`` for SKUs and products):
contentless FTS5 tables whose tokens are the hex of every character and every pair of
neighbouring characters of the order's texts in ``search_docs`` (ASCII letters folded to
lower case, as SQLite's ``lower`` does). A one- or two-character query is one token (OR
its case variants), so the index gives exactly the orders holding it, newest first, and
the same check as above confirms each field. The triggers that write ``search_docs``
write ``search_short`` in the same statement list; its tokens are removed with FTS5's
``'delete'`` command computed from the ``search_docs`` row being replaced, so the two
always agree. ``search_positions`` (1 .. ``POSITIONS``) numbers the characters in SQL.

PostgreSQL: the same texts are searched where they live, through trigram GIN indexes
(``ix_search_*``), one ILIKE per field; one or two characters through GIN indexes on
``search_grams(text)`` (the text's characters and pairs, an array) per table, migration
0016.

Search objects are not in the models (virtual tables, opclass indexes); Alembic's
comparison leaves them alone through ``is_search_object``.
"""

from __future__ import annotations

import heapq
import itertools
import re
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

SEP = "\x1f"  # between the texts of one order in search_docs
SAME = "\x1e"  # in place of the buyer's name when it is the recipient's
MIN_LENGTH = 3  # a trigram index finds substrings of three characters or more
POSITIONS = 16_384  # characters of one order's texts numbered for the short-query index
RAREST = 3  # trigrams asked of the index per query
WINDOW = 50_000  # newest orders in which a trigram's frequency is estimated
COUNT_CAP = 2_000  # ... counted up to this many
RARE = 200  # a trigram in fewer of those is rare

# the texts of search_docs, in order: the order's, then (number, tracking) per parcel
ORDER_FIELDS = (
    ("order number", "number"),
    ("buyer", "buyer_name"),
    ("buyer e-mail", "buyer_email"),
    ("recipient", "ship_name"),
)
PARCEL_FIELDS = (("parcel", "number"), ("tracking number", "tracking_number"))
# field number in search_values -> (name shown, order_lines column)
LINE_FIELDS: dict[int, tuple[str, str]] = {5: ("SKU", "sku"), 6: ("product", "title")}

# field number -> (name shown, table, column, order id column); PostgreSQL searches these
FIELDS: dict[int, tuple[str, str, str, str]] = {
    1: ("order number", "orders", "number", "id"),
    2: ("buyer", "orders", "buyer_name", "id"),
    3: ("buyer e-mail", "orders", "buyer_email", "id"),
    4: ("recipient", "orders", "ship_name", "id"),
    5: ("SKU", "order_lines", "sku", "order_id"),
    6: ("product", "order_lines", "title", "order_id"),
    7: ("parcel", "parcels", "number", "order_id"),
    8: ("tracking number", "parcels", "tracking_number", "order_id"),
}
TRIGGERS = (
    "search_orders_ai",
    "search_orders_au",
    "search_orders_ad",
    "search_lines_ai",
    "search_lines_au",
    "search_parcels_ai",
    "search_parcels_au",
    "search_parcels_ad",
    "search_values_ai",
)
INDEXES = ("ix_search_lines_sku", "ix_search_lines_title")
TABLES = ("search_docs", "search_values", "search_values_fts")
SHORT_TABLES = ("search_positions", "search_short", "search_values_short")
LEGACY = ("search_terms", "search_lines_ad")  # the first version: one FTS row per text


def is_search_object(name: str | None) -> bool:
    """Names Alembic must not compare: the FTS5 tables with their shadow tables, the search indexes."""
    return name is not None and name.startswith(("search_", "ix_search_"))


# --- SQLite ---------------------------------------------------------------------------


def _own(ref: str) -> str:
    """The order's own texts, joined (``ref`` is an orders row: new, old, o).

    A buyer who is also the recipient (most orders) is written ``SAME``, not twice.
    """
    texts = [f"coalesce({ref}.{column}, '')" for _label, column in ORDER_FIELDS]
    texts[1] = f"CASE WHEN {ref}.buyer_name = {ref}.ship_name THEN char(30) ELSE {texts[1]} END"
    return " || char(31) || ".join(texts)


def _parcels(order_id: str) -> str:
    """Its parcels' numbers and tracking numbers, joined."""
    return (
        "coalesce((SELECT group_concat(coalesce(p.number, '') || char(31) || coalesce(p.tracking_number, ''), "
        f"char(31)) FROM parcels p WHERE p.order_id = {order_id}), '')"
    )


def _values(ref: str) -> str:
    parts = " UNION ALL ".join(
        f"SELECT {k}, {ref}.{column} WHERE {ref}.{column} <> ''" for k, (_l, column) in LINE_FIELDS.items()
    )
    return f"INSERT OR IGNORE INTO search_values(field, value) {parts};"


_DOC = "(search_docs.own || char(31) || search_docs.parcels)"


def _grams(t: str) -> str:
    """Tokens of the text expression ``t``: the hex of each character and each pair, ASCII folded."""
    return (
        f"(SELECT group_concat(hex(lower(substr({t}, n, 1))) || ' ' || hex(lower(substr({t}, n, 2))), ' ') "
        f"FROM search_positions WHERE n <= length({t}))"
    )


def _rewrite_doc(statement: str, rowid: str, short: bool) -> str:
    """``statement`` changes the search_docs row ``rowid``: its short tokens go out before and come in after."""
    if not short:
        return statement
    return (
        f"INSERT INTO search_short(search_short, rowid, grams) SELECT 'delete', rowid, {_grams(_DOC)} "
        f"FROM search_docs WHERE rowid = {rowid}; {statement} "
        f"INSERT INTO search_short(rowid, grams) SELECT rowid, {_grams(_DOC)} FROM search_docs WHERE rowid = {rowid};"
    )


def sqlite_ddl(*, short: bool = True) -> list[str]:
    """The FTS5 tables, the line indexes and the triggers that keep them in step.

    A trigger reads no other table than its own and the index's: a batch migration
    drops and renames tables, which SQLite refuses while another table's trigger names them.
    ``short=False`` is the definition before migration 0016 (no index for one or two characters).
    """
    order_cols = ", ".join(c for _l, c in ORDER_FIELDS)
    order_changed = " OR ".join(f"old.{c} IS NOT new.{c}" for _l, c in ORDER_FIELDS)
    parcel_cols = "number, tracking_number, order_id"
    parcel_changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in parcel_cols.split(", "))

    def set_parcels(order_id: str) -> str:
        return _rewrite_doc(
            f"UPDATE search_docs SET parcels = {_parcels(order_id)} WHERE rowid = {order_id};", order_id, short
        )

    value_short = (
        f"INSERT INTO search_values_short(rowid, grams) VALUES (new.id, {_grams('new.value')}); " if short else ""
    )
    tables = [
        (
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_docs USING "
            "fts5(own, parcels, tokenize = 'trigram', detail = 'none', columnsize = 0)"
        ),
        (
            "CREATE TABLE IF NOT EXISTS search_values (id INTEGER PRIMARY KEY, field INTEGER NOT NULL, "
            "value TEXT NOT NULL, UNIQUE (field, value))"
        ),
        (
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_values_fts USING fts5(value, content = 'search_values', "
            "content_rowid = 'id', tokenize = 'trigram', detail = 'none', columnsize = 0)"
        ),
    ]
    if short:
        tables += [
            "CREATE TABLE IF NOT EXISTS search_positions (n INTEGER PRIMARY KEY)",
            (
                f"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < {POSITIONS}) "
                "INSERT OR IGNORE INTO search_positions(n) SELECT n FROM c"
            ),
            *(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING "
                "fts5(grams, content = '', tokenize = 'ascii', detail = 'none', columnsize = 0)"
                for name in ("search_short", "search_values_short")
            ),
        ]
    return tables + [
        "CREATE INDEX IF NOT EXISTS ix_search_lines_sku ON order_lines (sku, order_id)",
        "CREATE INDEX IF NOT EXISTS ix_search_lines_title ON order_lines (title, order_id)",
        (
            "CREATE TRIGGER IF NOT EXISTS search_values_ai AFTER INSERT ON search_values "
            f"BEGIN INSERT INTO search_values_fts(rowid, value) VALUES (new.id, new.value); {value_short}END"
        ),
        (
            "CREATE TRIGGER IF NOT EXISTS search_orders_ai AFTER INSERT ON orders BEGIN "
            + _rewrite_doc(
                "DELETE FROM search_docs WHERE rowid = new.id; "
                f"INSERT INTO search_docs(rowid, own, parcels) VALUES (new.id, {_own('new')}, '');",
                "new.id",
                short,
            )
            + " END"
        ),
        (
            f"CREATE TRIGGER IF NOT EXISTS search_orders_au AFTER UPDATE OF {order_cols} ON orders "
            f"WHEN {order_changed} BEGIN "
            + _rewrite_doc(f"UPDATE search_docs SET own = {_own('new')} WHERE rowid = new.id;", "new.id", short)
            + " END"
        ),
        (
            "CREATE TRIGGER IF NOT EXISTS search_orders_ad AFTER DELETE ON orders BEGIN "
            + _rewrite_doc("DELETE FROM search_docs WHERE rowid = old.id;", "old.id", short)
            + " END"
        ),
        f"CREATE TRIGGER IF NOT EXISTS search_parcels_ai AFTER INSERT ON parcels BEGIN {set_parcels('new.order_id')} END",
        (
            f"CREATE TRIGGER IF NOT EXISTS search_parcels_au AFTER UPDATE OF {parcel_cols} ON parcels "
            f"WHEN {parcel_changed} BEGIN {set_parcels('old.order_id')} {set_parcels('new.order_id')} END"
        ),
        f"CREATE TRIGGER IF NOT EXISTS search_parcels_ad AFTER DELETE ON parcels BEGIN {set_parcels('old.order_id')} END",
        f"CREATE TRIGGER IF NOT EXISTS search_lines_ai AFTER INSERT ON order_lines BEGIN {_values('new')} END",
        (
            f"CREATE TRIGGER IF NOT EXISTS search_lines_au AFTER UPDATE OF sku, title ON order_lines "
            f"BEGIN {_values('new')} END"
        ),
    ]


def sqlite_backfill(*, short: bool = True) -> list[str]:
    """Fill the index from the orders already there (the tables and triggers exist)."""
    values = " UNION ".join(
        f"SELECT {k}, {column} FROM order_lines WHERE {column} <> ''" for k, (_l, column) in LINE_FIELDS.items()
    )
    return [
        (
            f"INSERT INTO search_docs(rowid, own, parcels) SELECT o.id, {_own('o')}, {_parcels('o.id')} "
            "FROM orders o ORDER BY o.id"
        ),
        *(
            [f"INSERT INTO search_short(rowid, grams) SELECT rowid, {_grams(_DOC)} FROM search_docs ORDER BY rowid"]
            if short
            else []
        ),
        f"INSERT OR IGNORE INTO search_values(field, value) {values}",
        "INSERT INTO search_docs(search_docs) VALUES ('optimize')",
        *(["INSERT INTO search_short(search_short) VALUES ('optimize')"] if short else []),
    ]


def sqlite_drop() -> list[str]:
    return (
        [f"DROP TRIGGER IF EXISTS {t}" for t in (*TRIGGERS, "search_lines_ad")]
        + [f"DROP INDEX IF EXISTS {i}" for i in INDEXES]
        + [
            f"DROP TABLE IF EXISTS {t}"
            for t in ("search_values_fts", "search_values", "search_docs", "search_terms", *SHORT_TABLES)
        ]
    )


def _found(conn: Connection) -> set[str]:
    return set(
        conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'table', 'index') "
            "AND (name LIKE 'search%' OR name LIKE 'ix_search%')"
        ).scalars()
    )


def needs_repair(conn: Connection) -> bool:
    """SQLite only: migration 0005 ran but an index object is missing (or is of the first version)."""
    found = _found(conn)
    every = set(TABLES + SHORT_TABLES + TRIGGERS + INDEXES)
    return "search_terms" in found or (bool(found & set(TABLES)) and not every <= found)


def ensure_sqlite(conn: Connection, *, refill: bool = True) -> bool:
    """Repair the index if a table rebuild dropped its triggers; True if it was repaired.

    SQLite cannot alter some columns in place, so a batch migration copies the table,
    drops the old one and its triggers with it: ``migrations/env.py`` calls this after
    every upgrade with ``refill=False`` (a table copy keeps the texts, so recreating the
    triggers and indexes is enough), the app before its first search (triggers missing
    there means writes went unindexed: the index is built again).
    """
    if not needs_repair(conn):
        return False
    found = _found(conn)
    if refill or "search_terms" in found or not set(TABLES + SHORT_TABLES) <= found:
        rebuild_sqlite(conn)
    else:
        for statement in sqlite_ddl():
            conn.exec_driver_sql(statement)
    return True


def rebuild_sqlite(conn: Connection) -> None:
    """Drop and build the whole index again."""
    for statement in sqlite_drop() + sqlite_ddl() + sqlite_backfill():
        conn.exec_driver_sql(statement)


# --- PostgreSQL -----------------------------------------------------------------------


def pg_indexes() -> list[tuple[str, str, str]]:
    """(index name, table, column) of the trigram indexes."""
    return [(f"ix_search_{table}_{column}", table, column) for _l, table, column, _o in FIELDS.values()]


def pg_ddl() -> list[str]:
    return [
        f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"
        for name, table, column in pg_indexes()
    ]


def pg_drop() -> list[str]:
    return [f"DROP INDEX IF EXISTS {name}" for name, _t, _c in pg_indexes()]


# PostgreSQL, one or two characters: per table, (field number, column) of its searchable columns
PG_COLUMNS: dict[str, list[tuple[int, str]]] = {
    table: [(k, column) for k, (_label, t, column, _o) in FIELDS.items() if t == table]
    for table in ("orders", "order_lines", "parcels")
}

# What search_grams costs a row (~30 µs), in the planner's units of a plain operator, declared
# (migration 0025) so that a table without statistics yet is searched through the index
GRAMS_COST = 10_000

# PostgreSQL, one or two characters (migration 0016): per table, a GIN index on the array
# of every character and pair of characters of its searchable columns
PG_GRAMS = {
    table: "search_grams(" + " || chr(31) || ".join(f"coalesce({c}, '')" for c in columns) + ")"
    for table, columns in (
        ("orders", ("number", "buyer_name", "buyer_email", "ship_name")),
        ("order_lines", ("sku", "title")),
        ("parcels", ("number", "tracking_number")),
    )
}


def pg_short_ddl() -> list[str]:
    return [
        (
            "CREATE OR REPLACE FUNCTION search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE "
            f"COST {GRAMS_COST} "
            "AS $$ SELECT ARRAY(SELECT substr(t, i, 1) FROM generate_series(1, length(t)) i "
            "UNION SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) i) $$"
        ),
        *(
            f"CREATE INDEX IF NOT EXISTS ix_search_{table}_grams ON {table} USING gin ({expression})"
            for table, expression in PG_GRAMS.items()
        ),
    ]


def pg_short_drop() -> list[str]:
    return [f"DROP INDEX IF EXISTS ix_search_{table}_grams" for table in PG_GRAMS] + [
        "DROP FUNCTION IF EXISTS search_grams(text)"
    ]


# --- searching ------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    order_id: int
    field: str
    value: str


def search(session: Session, query: str, limit: int) -> list[Match]:
    """Matches, newest order first, for at most ``limit`` orders (every matching field of each).

    ``query`` is one piece of text (spaces included), found case-insensitively inside any
    one field, from one character up.
    """
    query = query.strip()
    if not query or limit <= 0:
        return []
    sqlite = session.get_bind().dialect.name == "sqlite"
    if len(query) < MIN_LENGTH:
        if sqlite:
            return _search_sqlite(session.connection(), query, limit)
        return _search_pg(session, query, limit, short=True)
    if sqlite:
        return _search_sqlite(session.connection(), query, limit)
    return _search_pg(session, query, limit)


def case_variants(query: str, *, ascii_folded: bool) -> list[str]:
    """The one- or two-character query in each case its letters can take (a token of the short index each).

    ``ascii_folded``: the SQLite index folds ASCII letters (SQLite's ``lower``) and keeps every other one.
    """

    def spellings(c: str) -> set[str]:
        found = {x for x in (c, c.lower(), c.upper()) if len(x) == 1}
        return {x.lower() if ascii_folded and x.isascii() else x for x in found}

    return sorted({"".join(p) for p in itertools.product(*(spellings(c) for c in query))})


def _short_match(query: str) -> str:
    """The FTS query of ``search_short``: any case variant of the one or two characters, as hex tokens."""
    return " OR ".join(_quote(v.encode().hex()) for v in case_variants(query, ascii_folded=True))


def _quote(gram: str) -> str:
    return '"' + gram.replace('"', '""') + '"'


def _trigrams(query: str) -> list[str]:
    grams: dict[str, str] = {}
    for i in range(len(query) - 2):
        grams.setdefault(query[i : i + 3].lower(), query[i : i + 3])
    return list(grams.values())


_counts: dict[tuple[str, str], int] = {}
_counted_at = 0.0


def _count(conn: Connection, table: str, gram: str, newest: int) -> int:
    """How many of the ``WINDOW`` newest rows of ``table`` hold ``gram``, up to ``COUNT_CAP``.

    A cheap estimate of how common the trigram is (the newest rows are where a search
    starts); remembered for a few minutes: it only steers the choice of trigrams.
    """
    global _counted_at
    if time.monotonic() - _counted_at > 300 or len(_counts) > 50_000:
        _counts.clear()
        _counted_at = time.monotonic()
    key = (table, gram.lower())
    found = _counts.get(key)
    if found is None:
        sql = (
            f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid > ? "
            f"ORDER BY rowid DESC LIMIT {COUNT_CAP})"
        )
        found = conn.exec_driver_sql(sql, (_quote(gram), newest - WINDOW)).scalar_one()
        if found >= COUNT_CAP:  # common: how common, from a narrower window
            narrow = conn.exec_driver_sql(sql, (_quote(gram), newest - COUNT_CAP)).scalar_one()
            found = max(COUNT_CAP, narrow * (WINDOW // COUNT_CAP))
        _counts[key] = found
    return found


def _rarest(conn: Connection, table: str, query: str) -> str:
    """An FTS query for the rarest trigrams of ``query``: the rarest, and up to two more (common ones
    only when the rarest is not rare either).

    Ties (a text of common pieces) go to trigrams far apart, which overlap least.
    """
    grams = _trigrams(query)
    if len(grams) > 1:
        newest = conn.exec_driver_sql(f"SELECT rowid FROM {table} ORDER BY rowid DESC LIMIT 1").scalar() or 0
        spread = {i: rank for rank, i in enumerate(_spread(0, len(grams) - 1))}
        counts = {i: _count(conn, table, grams[i], newest) for i in range(len(grams))}
        ranked = sorted(range(len(grams)), key=lambda i: (counts[i], spread[i]))
        chosen = ranked[:1]
        rare = counts[chosen[0]] < RARE  # few candidates already: a common trigram would only cost
        word = [query[: i + 2].count(" ") for i in range(len(grams))] if len(grams) == len(query) - 2 else None

        def weight(i: int) -> tuple[int, int]:
            """Trigrams overlapping a chosen one, or of its word, find much the same orders: commoner."""
            overlap = any(abs(i - j) < 3 for j in chosen)
            same_word = word is not None and any(word[i] == word[j] for j in chosen)
            return counts[i] * (4 if overlap else 1) * (4 if same_word else 1), spread[i]

        while len(chosen) < min(RAREST, len(grams)):
            i = min((i for i in ranked if i not in chosen), key=weight)
            if (counts[i] >= COUNT_CAP and rare) or (counts[i] * 4 >= WINDOW and counts[chosen[0]] * 4 < WINDOW):
                break  # nor one in nearly every order: all of its rows are read
            chosen.append(i)
        grams = [grams[i] for i in chosen]
    return " AND ".join(_quote(g) for g in grams)


def _spread(first: int, last: int) -> list[int]:
    """first, last, then the middles: trigrams far apart overlap least, so they narrow down most."""
    order, spans, seen = [first, last], [(first, last)], {first, last}
    while spans:
        a, b = spans.pop(0)
        if b - a > 1:
            m = (a + b) // 2
            order.append(m)
            seen.add(m)
            spans += [(a, m), (m, b)]
    return order + [i for i in range(first, last + 1) if i not in seen]


def _search_sqlite(conn: Connection, query: str, limit: int) -> list[Match]:
    needle = query.lower()
    streams = [_docs(conn, query, needle), _lines(conn, query, needle)]
    matches: list[Match] = []
    orders = 0
    last = None
    for order_id, field, value in heapq.merge(*streams, key=lambda m: -m[0]):
        if order_id != last:
            if orders >= limit:
                break
            orders, last = orders + 1, order_id
        matches.append(Match(order_id, field, value))
    for stream in streams:
        stream.close()
    return matches


def _docs(conn: Connection, query: str, needle: str) -> Generator[tuple[int, str, str], None, None]:
    """(order id, field, text) of the order's own texts and its parcels', newest order first."""
    if len(query) < MIN_LENGTH:
        sql = (
            "SELECT s.rowid, d.own, d.parcels FROM search_short s JOIN search_docs d ON d.rowid = s.rowid "
            "WHERE search_short MATCH ?"
        )
        params = [_short_match(query)]
    else:
        sql = "SELECT rowid, own, parcels FROM search_docs WHERE search_docs MATCH ?"
        params = [_rarest(conn, "search_docs", query)]
    # SQLite's LIKE ignores the case of ASCII letters only: the longest ASCII piece of the text
    # must be there, which spares Python most candidates; Python checks the whole text
    piece = max(re.findall(r"[\x00-\x7f]+", needle), key=len, default="")
    if len(piece) >= 2:
        sql += " AND (own LIKE ? ESCAPE '\\' OR parcels LIKE ? ESCAPE '\\')"
        params += [_like(piece)] * 2
    result = conn.exec_driver_sql(sql + " ORDER BY 1 DESC", tuple(params))
    try:
        while batch := result.fetchmany(64):
            for order_id, own, parcels in batch:
                texts = own.split(SEP)
                if len(texts) == len(ORDER_FIELDS) and texts[1] == SAME:
                    texts[1] = texts[3]
                for i, value in enumerate(texts):
                    if needle in value.lower():
                        yield order_id, ORDER_FIELDS[min(i, len(ORDER_FIELDS) - 1)][0], value
                for i, value in enumerate(parcels.split(SEP) if parcels else ()):
                    if needle in value.lower():
                        yield order_id, PARCEL_FIELDS[i % 2][0], value
    finally:
        result.close()


PER_VALUE = 64  # up to this many matched SKUs/product names: each one's lines through its index


def _lines(conn: Connection, query: str, needle: str) -> Generator[tuple[int, str, str], None, None]:
    """(order id, field, text) of the order lines whose SKU or product name holds ``needle``, newest first."""
    if len(query) < MIN_LENGTH:
        table, match = "search_values_short", _short_match(query)
    else:
        table, match = "search_values_fts", " AND ".join(_quote(g) for g in _trigrams(query))
    values = [
        (field, value)
        for field, value in conn.exec_driver_sql(
            f"SELECT v.field, v.value FROM {table} f JOIN search_values v ON v.id = f.rowid WHERE {table} MATCH ?",
            (match,),
        )
        if needle in value.lower()
    ]
    if not values:
        return
    if len(values) <= PER_VALUE:
        yield from heapq.merge(*(_value_lines(conn, f, v) for f, v in values), key=lambda m: -m[0])
        return
    wanted = {(LINE_FIELDS[f][1], v) for f, v in values}
    result = conn.exec_driver_sql("SELECT order_id, sku, title FROM order_lines ORDER BY order_id DESC")
    try:
        while batch := result.fetchmany(256):
            for order_id, sku, title in batch:
                if ("sku", sku) in wanted:
                    yield order_id, "SKU", sku
                if ("title", title) in wanted:
                    yield order_id, "product", title
    finally:
        result.close()


def _value_lines(conn: Connection, field: int, value: str) -> Iterator[tuple[int, str, str]]:
    label, column = LINE_FIELDS[field]
    result = conn.exec_driver_sql(
        f"SELECT DISTINCT order_id FROM order_lines WHERE {column} = ? ORDER BY order_id DESC", (value,)
    )
    try:
        first = 8
        while batch := result.fetchmany(first):
            for (order_id,) in batch:
                yield order_id, label, value
            first = 128
    finally:
        result.close()


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


READ_IN_ORDER = 8  # rows read newest first in the time the index gives one (a random heap fetch)
_stats: dict[str, dict[str, float]] = {}
_stats_read_at = 0.0


def _pg_gram_shares(session: Session) -> dict[str, dict[str, float]]:
    """Per table, the share of its rows holding each common character or pair.

    PostgreSQL's own statistics of the ``search_grams`` index expressions (``pg_stats``'s
    most common elements, filled by ANALYZE and autovacuum), read again every few minutes.
    A character or pair not listed is rarer than any listed one.
    """
    global _stats_read_at
    if time.monotonic() - _stats_read_at > 300:
        rows = session.execute(
            text(
                "SELECT tablename, CAST(CAST(most_common_elems AS text) AS text[]), most_common_elem_freqs "
                "FROM pg_stats WHERE tablename IN :names"
            ).bindparams(bindparam("names", expanding=True)),
            {"names": [f"ix_search_{table}_grams" for table in PG_GRAMS]},
        )
        _stats.clear()
        for name, elems, shares in rows:
            table = name.removeprefix("ix_search_").removesuffix("_grams")
            _stats[table] = dict(zip(elems or (), shares or (), strict=False))
        _stats_read_at = time.monotonic()
    return _stats


SAMPLE = 2_000  # the newest rows of a table in which a longer query's share is counted


def _search_pg(session: Session, query: str, limit: int, *, short: bool = False) -> list[Match]:
    """PostgreSQL: per table, one pass over its searchable columns, newest first.

    A text rare in a table is found through the table's indexes — the trigram indexes
    (``pg_trgm``), or for one or two characters the ``search_grams`` index (GIN: a bitmap,
    exact, whose grams are never computed again per row) — in a materialized CTE, so the
    rows they give are all there is to sort. A common one (a Latin letter, "@", a frequent
    Chinese given name, "ceramic mug") is read newest first, in windows of ids sized from
    its share of the rows, until ``limit`` orders hold it: a few thousand rows, never the
    whole table. Which of the two: the one that reads fewer rows, weighing an index's row
    (a random heap fetch) ``READ_IN_ORDER`` times a row read in order. How common: for one
    or two characters PostgreSQL's own statistics of the grams indexes (``pg_stats``); for
    longer texts a count among the table's ``SAMPLE`` newest rows. The planner is left no choice in either case: its guess for ``ILIKE``
    is far off both ways, and at a million orders a trigram index read whole, a backward
    scan that never meets its limit, or ``search_grams`` computed per row each cost
    seconds.
    """
    # psycopg prepares a statement run five times; PostgreSQL may then plan it once for any
    # text, as if ILIKE's pattern were unknown: a backward scan of the whole table, seconds.
    session.execute(text("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"))
    variants = case_variants(query, ascii_folded=False) if short else []
    like = _like(query)
    shares = _pg_gram_shares(session) if short else {}
    rows: list[tuple[int, int, str]] = []
    for table, columns in PG_COLUMNS.items():
        order_col = "id" if table == "orders" else "order_id"
        wanted = limit if table == "orders" else limit * 4  # an order has one row here, or several
        concat = " || chr(31) || ".join(f"coalesce(t.{c}, '')" for _k, c in columns)
        fields = ", ".join(f"({k}, t.{c})" for k, c in columns)
        split = f"CROSS JOIN LATERAL (VALUES {fields}) f(k, v) WHERE f.v ILIKE :w"
        if short:
            share = max((shares.get(table, {}).get(v, 0.0) for v in variants), default=0.0)
            indexed = f"{PG_GRAMS[table]} && CAST(:v AS text[])"
        else:
            newest = ", ".join(c for _k, c in columns)
            sample = (
                f"SELECT count(*) FROM (SELECT {newest} FROM {table} ORDER BY {order_col} DESC LIMIT {SAMPLE}) t "
                f"WHERE ({concat}) ILIKE :w"
            )
            share = (session.execute(text(sample), {"w": like}).scalar() or 0) / SAMPLE
            indexed = " OR ".join(f"{c} ILIKE :w" for _k, c in columns)
        top = session.execute(text(f"SELECT max({order_col}) FROM {table}")).scalar() or 0
        # Rows read newest first until `wanted` turn up, against rows the index would give
        # (each a random heap fetch, several times a row read in order).
        if not share or wanted / share * 1.5 > READ_IN_ORDER * share * top:
            sql = (
                f"WITH t AS MATERIALIZED (SELECT * FROM {table} WHERE {indexed}) "
                f"SELECT t.{order_col}, f.k, f.v FROM (SELECT * FROM t WHERE ({concat}) ILIKE :w "
                f"ORDER BY t.{order_col} DESC LIMIT :n) t {split}"
            )
            got = session.execute(text(sql), {"v": variants, "w": like, "n": wanted}).all()
            rows += [(r[0], r[1], r[2]) for r in got]
            continue
        span, found = max(1_000, int(wanted / share * 1.5)), 0
        window = (
            f"SELECT t.{order_col}, f.k, f.v FROM (SELECT * FROM {table} t WHERE t.{order_col} <= :hi "
            f"AND t.{order_col} > :lo AND ({concat}) ILIKE :w ORDER BY t.{order_col} DESC LIMIT :n) t {split}"
        )
        hi = top
        while hi > 0 and found < wanted:
            got = session.execute(text(window), {"hi": hi, "lo": hi - span, "w": like, "n": wanted - found}).all()
            rows += [(r[0], r[1], r[2]) for r in got]
            found += len({r[0] for r in got}) if table == "orders" else len(got)
            hi, span = hi - span, span * 2
    rows.sort(key=lambda r: (-r[0], r[1]))
    matches: list[Match] = []
    orders: set[int] = set()
    for order_id, field, value in rows:
        if order_id not in orders:
            if len(orders) >= limit:
                break
            orders.add(order_id)
        matches.append(Match(order_id, FIELDS[field][0], value))
    return matches
