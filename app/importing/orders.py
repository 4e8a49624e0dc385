"""Order files → marketplace orders (``RemoteOrder``), all rows checked before any is used.

Rows are grouped by the order id column; order-level fields may repeat on every row
of an order (Amazon) or stand on its first row only (Shopify), but two rows of one
order that disagree are an error. Each order gets a fingerprint of its content so a
re-imported identical order is recognised as unchanged (see ``app.importing.apply``).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from app.connectors.base import RemoteAddress, RemoteLine
from app.importing import values
from app.importing.formats import FIELDS, LINE_FIELDS, ORDER_FIELDS, Format
from app.importing.report import Errors
from app.importing.table import Table, TableFile, header_lookup
from app.messages import Message

# Column widths of the orders table: a longer value is reported, never cut silently.
LIMITS = {
    "order_id": 64,
    "number": 64,
    "remote_id": 64,
    "buyer_name": 200,
    "buyer_email": 200,
    "ship_name": 200,
    "ship_company": 200,
    "ship_address1": 300,
    "ship_address2": 300,
    "ship_address3": 300,
    "ship_city": 120,
    "ship_region": 120,
    "ship_postcode": 32,
    "ship_phone": 64,
    "shipping_service": 64,
    "sku": 100,
    "line_id": 64,
    "buyer_note": 20_000,
}
TITLE_LIMIT = 300  # product names are display text: cut, not refused
ZERO = Decimal("0.00")
_UNPAID = {"pending", "authorized", "expired", "voided", "unpaid"}
# The cell parsers are pure; a file repeats its dates, prices and codes, so each is parsed once
# (a bad value raises every time: exceptions are not cached).
_date = functools.lru_cache(maxsize=16_384)(values.date)
_money = functools.lru_cache(maxsize=16_384)(values.money)
_quantity = functools.lru_cache(maxsize=1_024)(values.quantity)
_country = functools.lru_cache(maxsize=1_024)(values.country)
_currency = functools.lru_cache(maxsize=1_024)(values.currency)
_CANCELLED = {"cancelled", "canceled", "refunded", "voided", "cancel", "已取消", "取消"}
_SHIPPED = {"shipped", "fulfilled", "complete", "completed", "已发货"}


@dataclass
class ParsedOrder:
    id: str
    status: str  # unshipped | cancelled | shipped
    fields: dict[str, object]  # RemoteOrder keyword arguments, all but updated_at
    fingerprint: int  # 0..999999: travels in remote_updated_at's microseconds
    first_row: int
    line_rows: tuple[int, ...] = ()


@dataclass
class ParsedOrders:
    orders: list[ParsedOrder] = field(default_factory=list)
    rows: int = 0


def _bad_date(problem: Message) -> Message:
    return Message("bad_date", {"problem": problem})


def _bad_money(problem: Message) -> Message:
    return Message("bad_money", {"problem": problem})


def resolve(table: Table | TableFile, fmt: Format, errors: Errors) -> dict[str, int]:
    """field → column index; a required column not in the file is a file-level error."""
    look = table.lookup()
    cols: dict[str, int] = {}
    for fld, names in fmt.columns.items():
        for name in names:
            idx = look.get(name, look.get(name.strip().lower().replace(" ", "").replace("_", "-")))
            if idx is not None:
                cols[fld] = idx
                break
    for fld, (label, required) in FIELDS.items():
        if required and fld not in cols:
            wanted = " or ".join(fmt.columns.get(fld, ())) or label
            errors.add(1, wanted, Message("required_column_missing", {"label": label}))
    return cols


def parse(table: Table, fmt: Format, errors: Errors, *, default_currency: str = "USD") -> ParsedOrders:
    """Every order in a table held in memory; problems go to ``errors`` (the caller refuses if any)."""
    for p in table.problems:
        errors.add(p.row, p.column, p.message or p.problem)
    cols = resolve(table, fmt, errors)
    out = ParsedOrders(rows=table.total_rows or len(table.rows))
    if errors:
        return out
    held = scattered(table.rows, cols["order_id"])
    out.orders = [
        o
        for o in stream_orders(
            table.headers, table.rows, cols, fmt, errors, held=held, default_currency=default_currency
        )
        if o is not None
    ]
    return out


def order_key(cells: list[str], id_col: int) -> str:
    return cells[id_col].strip().removeprefix("'")


def scattered(rows: Iterable[tuple[int, list[str]]], id_col: int) -> set[int]:
    """Orders (by ``hash`` of their id) whose rows are not all together (a file sorted by another column)."""
    seen = array("q")
    current = None
    for _, cells in rows:
        key = order_key(cells, id_col)
        if key != current:
            seen.append(hash(key))
            current = key
    return repeats(seen)


def repeats(hashes: array[int]) -> set[int]:
    """The values met more than once (8 bytes an order while collecting, one sort at the end)."""
    out: set[int] = set()
    previous = None
    for h in sorted(hashes):
        if h == previous:
            out.add(h)
        previous = h
    return out


def stream_orders(
    headers: list[str],
    rows: Iterable[tuple[int, list[str]]],
    cols: dict[str, int],
    fmt: Format,
    errors: Errors,
    *,
    held: set[int] | frozenset[int] = frozenset(),
    seen: array[int] | None = None,
    unreadable: Errors | None = None,
    default_currency: str = "USD",
) -> Iterator[ParsedOrder | None]:
    """Each order as its rows end (None: it has errors), holding only one order's rows.

    The rows of an order are together in every marketplace export; the orders in ``held``
    (by id hash, see :func:`scattered`) are kept back and merged until the end. ``seen``
    collects the hash of each run of rows, so a caller streaming a file can find the
    scattered ones after a first pass (:func:`repeats`);
    an order with a row in ``unreadable`` (short, broken quote) is reported there only.
    """
    id_col = cols["order_id"]
    order_cols = [(f, i) for f, i in cols.items() if f not in LINE_FIELDS and f != "order_id"]
    look = header_lookup(headers)
    extra = [(name, i) for name, i in ((n, look.get(n)) for n in fmt.extra_money) if i is not None]
    kept: dict[str, list[tuple[int, list[str]]]] = {}

    def one(key: str, group: list[tuple[int, list[str]]], bad_before: int) -> ParsedOrder | None:
        if unreadable is not None and unreadable.total > bad_before:
            return None
        return _order(key, group, cols, order_cols, extra, fmt, headers, errors, default_currency)

    current: str | None = None
    group: list[tuple[int, list[str]]] = []
    bad_before = 0
    for number, cells in rows:
        key = order_key(cells, id_col)
        if not key:
            errors.add(number, headers[id_col], Message("missing_required_value", {"field": "order id"}))
            continue
        if held and hash(key) in held:
            kept.setdefault(key, []).append((number, cells))
            continue
        if key != current:
            if current is not None:
                yield one(current, group, bad_before)
                if seen is not None:
                    seen.append(hash(current))
            current, group = key, []
            bad_before = unreadable.total if unreadable is not None else 0
        group.append((number, cells))
    if current is not None:
        yield one(current, group, bad_before)
        if seen is not None:
            seen.append(hash(current))
    for key, group in kept.items():
        yield _order(key, group, cols, order_cols, extra, fmt, headers, errors, default_currency)


def _order_values(
    rows: list[tuple[int, list[str]]], order_cols: list[tuple[str, int]], headers: list[str], errors: Errors
) -> tuple[dict[str, str], dict[str, int]]:
    """(field → value, field → row it came from when not the first): the first non-blank
    value wins; a later, different one is an error."""
    first_row, first = rows[0]
    got = {f: first[i].strip() for f, i in order_cols}
    source: dict[str, int] = {}
    if len(rows) == 1:
        return got, source
    base = [first[i] for _, i in order_cols]
    for number, cells in rows[1:]:
        if [cells[i] for _, i in order_cols] == base:
            continue
        for f, i in order_cols:
            v = cells[i].strip()
            if not v:
                continue
            seen = got[f]
            if not seen:
                got[f] = v
                source[f] = number
            elif v != seen:
                at = source.get(f, first_row)
                errors.add(
                    number,
                    headers[i],
                    Message("inconsistent_order_fields_here_but", {"value": v, "other": seen, "row": at}),
                )
    return got, source


def _order(
    order_id: str,
    rows: list[tuple[int, list[str]]],
    cols: dict[str, int],
    order_cols: list[tuple[str, int]],
    extra: list[tuple[str, int]],
    fmt: Format,
    headers: list[str],
    errors: Errors,
    default_currency: str,
) -> ParsedOrder | None:
    before = errors.total
    got, source = _order_values(rows, order_cols, headers, errors)
    first_row = rows[0][0]
    for f, limit in _limited(order_cols):
        value = got[f]
        if len(value) > limit:
            errors.add(
                source.get(f, first_row),
                headers[cols[f]],
                Message("longer_than_characters_count", {"limit": limit, "count": len(value)}),
            )
            got[f] = ""
    v = {**_EMPTY, **got}

    def typed[T](f: str, parse_fn: Callable[[str], T], what: Callable[[Message], Message] | None = None) -> T | None:
        """``what`` says which kind of value was bad ("bad date: …")."""
        value, row = v[f], source.get(f, first_row)
        try:
            return parse_fn(value)
        except values.BadValue as exc:
            errors.add(row, headers[cols[f]], what(exc.message) if what else exc.message)
            return None

    if len(order_id) > LIMITS["order_id"]:
        errors.add(
            rows[0][0], headers[cols["order_id"]], Message("longer_than_characters", {"limit": LIMITS["order_id"]})
        )
    created = typed("created_at", _date, _bad_date) if v["created_at"] else None
    paid_at = typed("paid_at", _date, _bad_date) if v["paid_at"] else None
    ship_by = typed("ship_by", _date, _bad_date) if v["ship_by"] else None
    currency = (typed("currency", _currency) if v["currency"] else None) or default_currency
    country = (typed("ship_country", _country) if v["ship_country"] else None) or ""
    total = typed("total", _money, _bad_money) if v["total"] else None

    status_text = v["status"].lower()
    status = "cancelled" if status_text in _CANCELLED else "shipped" if status_text in _SHIPPED else "unshipped"
    paid = True
    if "paid_at" in cols:
        paid = paid_at is not None
    if "financial_status" in cols:  # Shopify
        fin = v["financial_status"].lower()
        paid = fin not in _UNPAID and fin != ""
        if fin in ("refunded", "voided"):
            status = "cancelled"
        if paid and paid_at is None:
            paid_at = created
    if v["fulfillment_status"].lower() == "fulfilled" and status != "cancelled":
        status = "shipped"
    if v["cancelled_at"]:
        status = "cancelled"
    if status_text == "pending":  # Amazon: payment not yet authorised
        paid = False
    if not paid:
        paid_at = None
    elif paid_at is None:
        paid_at = created or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

    lines, line_total = _lines(order_id, rows, cols, extra, headers, errors)
    if errors.total > before:
        return None
    if total is None:
        total = line_total
    address2 = ", ".join(x for x in (v["ship_address2"], v["ship_address3"]) if x)
    ship_to = RemoteAddress(
        name=v["ship_name"],
        address1=v["ship_address1"],
        city=v["ship_city"],
        postcode=_apostrophe(v["ship_postcode"]),
        country=country,
        address2=address2[:300],
        region=v["ship_region"],
        company=v["ship_company"],
        phone=_apostrophe(v["ship_phone"]),
    )
    remote_id = v["remote_id"] or order_id
    fields: dict[str, object] = {
        "id": remote_id,
        "number": v["number"] or order_id,
        "status": status,
        "created_at": created,
        "paid_at": paid_at,
        "currency": currency,
        "total": total,
        "shipping_service": v["shipping_service"],
        "buyer_name": v["buyer_name"] or ship_to.name,
        "buyer_email": v["buyer_email"],
        "buyer_note": v["buyer_note"],
        "ship_to": ship_to,
        "lines": tuple(lines),
        "ship_by": ship_by,
    }
    # The fingerprint covers every cell this format reads, exactly as in the file.
    h = hashlib.blake2b(order_id.encode(), digest_size=8)
    used = _used(cols, extra)
    for _, cells in rows:
        h.update("\x1f".join([cells[i] for i in used]).encode())
        h.update(b"\x1e")
    fingerprint = int.from_bytes(h.digest(), "big") % 1_000_000
    return ParsedOrder(remote_id, status, fields, fingerprint, rows[0][0], tuple(r for r, _ in rows))


_EMPTY: dict[str, str] = dict.fromkeys(
    [*ORDER_FIELDS, "remote_id", "cancelled_at", "financial_status", "fulfillment_status"], ""
)
_LIMITED: dict[tuple[tuple[str, int], ...], list[tuple[str, int]]] = {}


def _limited(order_cols: list[tuple[str, int]]) -> list[tuple[str, int]]:
    key = tuple(order_cols)
    found = _LIMITED.get(key)
    if found is None:
        found = _LIMITED[key] = [(f, LIMITS[f]) for f, _ in order_cols if f in LIMITS]
    return found


_USED: dict[tuple[tuple[str, int], ...], list[int]] = {}


def _used(cols: dict[str, int], extra: list[tuple[str, int]]) -> list[int]:
    key = tuple(cols.items()) + tuple(extra)
    found = _USED.get(key)
    if found is None:
        found = _USED[key] = sorted(set(cols.values()) | {i for _, i in extra})
    return found


def _apostrophe(v: str) -> str:
    """Spreadsheets keep leading zeros with a leading apostrophe ('02134); Shopify exports them so."""
    return v.removeprefix("'")


def _lines(
    order_id: str,
    rows: list[tuple[int, list[str]]],
    cols: dict[str, int],
    extra: list[tuple[str, int]],
    headers: list[str],
    errors: Errors,
) -> tuple[list[RemoteLine], Decimal]:
    lines: list[RemoteLine] = []
    seen_ids: dict[str, int] = {}
    total = ZERO
    sku_c, qty_c = cols["sku"], cols["quantity"]
    title_c, id_c = cols.get("title"), cols.get("line_id")
    unit_c, linep_c = cols.get("unit_price"), cols.get("line_price")
    for n, (number, cells) in enumerate(rows, start=1):
        sku = cells[sku_c].strip()
        qty_text = cells[qty_c].strip()
        if not sku:
            errors.add(number, headers[sku_c], Message("missing_required_value", {"field": "SKU"}))
        elif len(sku) > LIMITS["sku"]:
            errors.add(
                number,
                headers[sku_c],
                Message("longer_than_characters_count", {"limit": LIMITS["sku"], "count": len(sku)}),
            )
        qty = 0
        if not qty_text:
            errors.add(number, headers[qty_c], Message("missing_required_value", {"field": "quantity"}))
        else:
            try:
                qty = _quantity(qty_text)
            except values.BadValue as exc:
                errors.add(number, headers[qty_c], Message("bad_quantity", {"problem": exc.message}))
        unit = ZERO
        try:
            if linep_c is not None and cells[linep_c].strip():
                line_price = _money(cells[linep_c])
                unit = (line_price / qty).quantize(values.CENT) if qty else ZERO
                total += line_price
            elif unit_c is not None and cells[unit_c].strip():
                unit = _money(cells[unit_c])
                total += unit * qty
        except values.BadValue as exc:
            col = linep_c if linep_c is not None and cells[linep_c].strip() else unit_c
            errors.add(number, headers[col] if col is not None else "", Message("bad_money", {"problem": exc.message}))
        for name, i in extra:
            if cells[i].strip():
                try:
                    total += _money(cells[i])
                except values.BadValue as exc:
                    errors.add(number, name, Message("bad_money", {"problem": exc.message}))
        line_id = cells[id_c].strip() if id_c is not None else ""
        line_id = line_id.removeprefix("'")
        if not line_id:
            line_id = str(n)
        elif len(line_id) > LIMITS["line_id"]:
            errors.add(
                number, headers[id_c] if id_c is not None else "", Message("longer_than_characters", {"limit": 64})
            )
        if line_id in seen_ids:
            errors.add(
                number,
                headers[id_c] if id_c is not None else "",
                Message("line_repeats_row", {"line_id": line_id, "seen_ids": seen_ids[line_id]}),
            )
        seen_ids[line_id] = number
        title = cells[title_c].strip()[:TITLE_LIMIT] if title_c is not None else ""
        lines.append(RemoteLine(line_id=line_id, sku=sku, title=title, quantity=qty, unit_price=unit))
    return lines, total


def preview_rows(parsed: ParsedOrders, limit: int = 20) -> list[dict[str, object]]:
    """The first orders as the wizard shows them: one row per line."""
    out: list[dict[str, object]] = []
    for order in parsed.orders:
        f = order.fields
        a = f["ship_to"]
        assert isinstance(a, RemoteAddress)
        for ln, row in zip(f["lines"], order.line_rows, strict=False):  # type: ignore[call-overload]
            out.append(
                {
                    "row": row,
                    "order": f["number"],
                    "status": order.status,
                    "recipient": a.name,
                    "address": ", ".join(x for x in (a.address1, a.address2, a.city, a.region, a.postcode) if x),
                    "country": a.country,
                    "sku": ln.sku,
                    "quantity": ln.quantity,
                    "price": str(ln.unit_price),
                    "total": f"{f['total']} {f['currency']}",
                    "paid": f["paid_at"] is not None,
                }
            )
            if len(out) >= limit:
                return out
    return out


__all__ = [
    "LINE_FIELDS",
    "ORDER_FIELDS",
    "ParsedOrder",
    "ParsedOrders",
    "parse",
    "preview_rows",
    "resolve",
    "scattered",
    "stream_orders",
]
