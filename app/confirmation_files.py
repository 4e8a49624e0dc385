"""Shipment confirmations by file, for a shop whose API connection is not set up.

``export`` writes the shipped parcels the marketplace has not been told about yet in the
upload format the seller's back office accepts; ``mark_sent`` records the parcels of such
a file as confirmed (audited) and cancels their outbox confirmation jobs, so the same
shipment is never also sent by the API.

Formats (one row per parcel line):

- ``amazon``: Seller Central's shipping confirmation flat file, tab-delimited, header row
  ``order-id order-item-id quantity ship-date carrier-code carrier-name tracking-number
  ship-method`` (ship-date yyyy-mm-dd; carrier-code from Amazon's list, else ``Other`` +
  carrier-name), per Seller Central help page "Shipping confirmation template" (G641).
- ``ebay``: the columns of eBay's order fulfillment feed (Merchant Integration Platform
  guide): Order ID, Line Item ID, Logistics Status (SHIPPED), Shipment Carrier, Shipment Tracking.
- ``woocommerce``: the CSV import of the Advanced Shipment Tracking plugin (WooCommerce has
  none of its own): order_id, tracking_provider, tracking_number, date_shipped
  (DD-MM-YYYY), status_shipped (1 shipped, 2 partially shipped), sku, qty.
- ``shopify`` and ``aliexpress``: neither documents a tracking-upload file (Shopify imports
  tracking only through apps; AliExpress's batch-shipping template is only downloadable
  from the seller centre), so they get a plain CSV: order_id, order_number, line_id, sku,
  quantity, carrier, tracking_number, ship_date (ISO), package_reference.

Every cell is untrusted text: line breaks and tabs become spaces, and a cell starting with
``=``, ``+``, ``-``, ``@`` is prefixed with ``'`` so a spreadsheet never runs it as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import audit, coded
from app.actor import Actor
from app.errors import InvalidInput, NotFound
from app.exports import csv_text, unsafe_cell
from app.messages import Message
from app.references import package_reference_of
from db import queries
from db.models import Order, Parcel, Shop, utcnow
from db.uow import Database

FORMATS = ("amazon", "shopify", "ebay", "aliexpress", "woocommerce")


@dataclass(frozen=True)
class FileRow:
    """One parcel line as a confirmation file states it."""

    package_reference: str
    order_id: str  # the marketplace's order id
    order_number: str
    line_id: str
    sku: str
    quantity: int
    carrier: str
    tracking_number: str
    ship_date: dt.date
    ship_method: str = ""
    partial: bool = False  # the order has other parcels not in this one


@dataclass(frozen=True)
class Layout:
    header: tuple[str, ...]
    cells: Callable[[FileRow], list[str]]
    order_column: str
    tracking_column: str
    delimiter: str = ","


def _amazon_cells(row: FileRow) -> list[str]:
    from app.connectors.amazon import carrier_code

    code, name = carrier_code(row.carrier)
    return [
        row.order_id,
        row.line_id,
        str(row.quantity),
        row.ship_date.isoformat(),
        code,
        name or "",
        row.tracking_number,
        row.ship_method,
    ]


LAYOUTS: dict[str, Layout] = {
    "amazon": Layout(
        (
            "order-id",
            "order-item-id",
            "quantity",
            "ship-date",
            "carrier-code",
            "carrier-name",
            "tracking-number",
            "ship-method",
        ),
        _amazon_cells,
        "order-id",
        "tracking-number",
        delimiter="\t",
    ),
    "ebay": Layout(
        ("Order ID", "Line Item ID", "Logistics Status", "Shipment Carrier", "Shipment Tracking"),
        lambda r: [r.order_id, r.line_id, "SHIPPED", r.carrier, r.tracking_number],
        "Order ID",
        "Shipment Tracking",
    ),
    "woocommerce": Layout(
        ("order_id", "tracking_provider", "tracking_number", "date_shipped", "status_shipped", "sku", "qty"),
        lambda r: [
            r.order_id,
            r.carrier,
            r.tracking_number,
            r.ship_date.strftime("%d-%m-%Y"),
            "2" if r.partial else "1",
            r.sku,
            str(r.quantity),
        ],
        "order_id",
        "tracking_number",
    ),
}
_GENERIC = Layout(
    (
        "order_id",
        "order_number",
        "line_id",
        "sku",
        "quantity",
        "carrier",
        "tracking_number",
        "ship_date",
        "package_reference",
    ),
    lambda r: [
        r.order_id,
        r.order_number,
        r.line_id,
        r.sku,
        str(r.quantity),
        r.carrier,
        r.tracking_number,
        r.ship_date.isoformat(),
        r.package_reference,
    ],
    "order_id",
    "tracking_number",
)
LAYOUTS["shopify"] = LAYOUTS["aliexpress"] = _GENERIC


def layout(fmt: str) -> Layout:
    if fmt not in LAYOUTS:
        raise InvalidInput(f"unknown confirmation file format {fmt!r} (known: {', '.join(FORMATS)})")
    return LAYOUTS[fmt]


def render(fmt: str, rows: Iterable[FileRow]) -> bytes:
    spec = layout(fmt)
    return csv_text(spec.header, (spec.cells(row) for row in rows), delimiter=spec.delimiter).encode("utf-8")


def read_pairs(fmt: str, data: bytes) -> set[tuple[str, str]]:
    """(order id, tracking number) of every row of a file written in ``fmt``."""
    spec = layout(fmt)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("the confirmation file is not UTF-8 text") from None
    reader = csv.DictReader(io.StringIO(text), delimiter=spec.delimiter)
    if (
        not reader.fieldnames
        or spec.order_column not in reader.fieldnames
        or spec.tracking_column not in reader.fieldnames
    ):
        raise InvalidInput(
            f"this is not a {fmt} confirmation file: it needs the columns {spec.order_column!r} and {spec.tracking_column!r}"
        )
    return {
        (unsafe_cell(row[spec.order_column] or "").strip(), unsafe_cell(row[spec.tracking_column] or "").strip())
        for row in reader
        if row.get(spec.order_column)
    }


# --- the parcels -------------------------------------------------------------------------


def _shop(session: Session, name: str) -> Shop:
    shop = session.scalar(select(Shop).where(Shop.name == name))
    if shop is None:
        raise NotFound(Message("no_shop_named", {"name": name}))
    return shop


def _unconfirmed(session: Session, shop_id: int, since: dt.datetime | None) -> list[Parcel]:
    query = (
        select(Parcel)
        .join(Order, Parcel.order_id == Order.id)
        .where(Order.shop_id == shop_id, Parcel.status == "shipped", Parcel.confirmed_at.is_(None))
        .options(selectinload(Parcel.order).selectinload(Order.lines), selectinload(Parcel.shipping_method))
        .order_by(Parcel.shipped_at, Parcel.id)
    )
    if since is not None:
        query = query.where(Parcel.shipped_at >= since)
    return list(session.scalars(query))


def _rows(session: Session, parcel: Parcel) -> list[FileRow]:
    """The lines as the API confirmation would have sent them (the job's payload)."""
    job = queries.outbox_job(session, "confirm_shipment", parcel.number)
    order = parcel.order
    skus = {line.remote_line_id: line.sku for line in order.lines}
    payload = job.payload if job is not None else {}
    lines = payload.get("lines") or [
        {"line_id": pl.order_line.remote_line_id, "quantity": pl.quantity} for pl in parcel.lines
    ]
    partial = sum(1 for p in order.parcels if p.status not in ("voided",)) > 1
    shipped = parcel.shipped_at or utcnow()
    return [
        FileRow(
            package_reference=package_reference_of(session, parcel, job),
            order_id=order.marketplace_order_id,
            order_number=order.number,
            line_id=str(line["line_id"]),
            sku=skus.get(str(line["line_id"]), ""),
            quantity=int(line["quantity"]),
            carrier=str(payload.get("carrier") or _carrier(parcel)),
            tracking_number=parcel.tracking_number or str(payload.get("tracking_number") or ""),
            ship_date=shipped.date(),
            ship_method=parcel.shipping_method.name if parcel.shipping_method is not None else "",
            partial=partial,
        )
        for line in lines
    ]


def _carrier(parcel: Parcel) -> str:
    method = parcel.shipping_method
    return method.carrier_account.carrier if method is not None and method.carrier_account is not None else ""


@dataclass(frozen=True)
class Export:
    data: bytes
    parcels: list[str]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (parcel, why)


def export(db: Database, shop_name: str, fmt: str, since: dt.datetime | None = None) -> Export:
    """The file for the shop's shipped, unconfirmed parcels (a parcel being sent right now is left out)."""
    layout(fmt)
    with db.reader() as uow:
        session = uow.session
        shop = _shop(session, shop_name)
        rows: list[FileRow] = []
        numbers: list[str] = []
        skipped: list[tuple[str, str]] = []
        for parcel in _unconfirmed(session, shop.id, since):
            job = queries.outbox_job(session, "confirm_shipment", parcel.number)
            if job is not None and job.state in ("in_flight", "done"):
                skipped.append((parcel.number, f"its API confirmation is {job.state.replace('_', ' ')}"))
                continue
            if not parcel.tracking_number:
                skipped.append((parcel.number, "it has no tracking number"))
                continue
            rows += _rows(session, parcel)
            numbers.append(parcel.number)
        return Export(render(fmt, rows), numbers, skipped)


@dataclass(frozen=True)
class Marked:
    parcels: list[str]
    skipped: list[tuple[str, str]]
    not_found: list[tuple[str, str]]  # (order id, tracking number) rows matching no open parcel


def mark_sent(db: Database, actor: Actor, shop_name: str, fmt: str, data: bytes, *, file_name: str = "") -> Marked:
    """Record the file's parcels as confirmed by upload; their API confirmations are withdrawn."""
    pairs = read_pairs(fmt, data)
    marked: list[str] = []
    skipped: list[tuple[str, str]] = []
    with db.uow() as uow:
        session = uow.session
        shop = _shop(session, shop_name)
        open_parcels = {
            (p.order.marketplace_order_id, p.tracking_number or ""): p for p in _unconfirmed(session, shop.id, None)
        }
        found = set()
        for pair in sorted(pairs):
            parcel = open_parcels.get(pair)
            if parcel is None:
                continue
            found.add(pair)
            job = queries.outbox_job(session, "confirm_shipment", parcel.number)
            if job is not None and job.state == "in_flight":
                skipped.append(
                    (parcel.number, "its API confirmation is being sent right now; mark it again in a minute")
                )
                continue
            if job is not None and job.state != "done":
                job.state = "cancelled"
                coded.store(job, "last_error", Message("job_confirmed_by_file"))
            parcel.confirmed_at = utcnow()
            detail = f"{fmt} file {file_name}".strip()
            audit.record(session, actor, "confirmed by file", parcel=parcel, detail=detail)
            marked.append(parcel.number)
        uow.commit()
    return Marked(marked, skipped, sorted(pairs - found))
