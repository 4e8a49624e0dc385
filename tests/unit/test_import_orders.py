"""Order files → marketplace orders: Amazon reports, Shopify exports, mapped CSVs."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from app.importing import formats, samples
from app.importing.orders import ParsedOrders, parse
from app.importing.report import Errors
from app.importing.table import read_bytes

AMAZON_HEAD = "\t".join(samples.AMAZON_HEADER)


def amazon(*rows: dict[str, str]) -> bytes:
    lines = [AMAZON_HEAD]
    for r in rows:
        lines.append("\t".join(r.get(h, "") for h in samples.AMAZON_HEADER))
    return ("\n".join(lines) + "\n").encode("utf-8")


def row(order: str, item: str, sku: str, **kw: str) -> dict[str, str]:
    base = {
        "order-id": order,
        "order-item-id": item,
        "purchase-date": "2024-03-01T10:20:30+00:00",
        "payments-date": "2024-03-01T10:25:00+00:00",
        "promise-date": "2024-03-05T23:59:59+00:00",
        "buyer-email": "x@marketplace.amazon.com",
        "buyer-name": "Jane Doe",
        "sku": sku,
        "product-name": "Mug",
        "quantity-purchased": "2",
        "quantity-to-ship": "2",
        "currency": "USD",
        "item-price": "25.00",
        "item-tax": "2.00",
        "shipping-price": "4.99",
        "ship-service-level": "Standard",
        "recipient-name": "Jane Doe",
        "ship-address-1": "1 Main St",
        "ship-address-2": "Apt 4",
        "ship-city": "Springfield",
        "ship-state": "IL",
        "ship-postal-code": "62701",
        "ship-country": "US",
        "ship-phone-number": "+1 555 0101",
    }
    base.update({k.replace("_", "-"): v for k, v in kw.items()})
    return base


def parsed(data: bytes, fmt: formats.Format | None = None) -> tuple[ParsedOrders, Errors]:
    table = read_bytes(data, "f")
    errors = Errors()
    return parse(table, fmt or formats.BUILT_IN[formats.detect(table.headers) or "amazon"], errors), errors


def test_amazon_report_rows_become_one_order_per_order_id() -> None:
    data = amazon(
        row("111-1", "A1", "MUG-BLU"),
        row("111-1", "A2", "MUG-RED", item_price="10.00", shipping_price="0"),
        row("111-2", "B1", "LAMP-USB", quantity_to_ship="1", quantity_purchased="1"),
    )
    out, errors = parsed(data)
    assert not errors
    first = out.orders[0].fields
    assert [o.id for o in out.orders] == ["111-1", "111-2"]
    assert [(ln.line_id, ln.sku, ln.quantity, ln.unit_price) for ln in first["lines"]] == [
        ("A1", "MUG-BLU", 2, Decimal("12.50")),
        ("A2", "MUG-RED", 2, Decimal("5.00")),
    ]
    assert first["total"] == Decimal("25.00") + Decimal("2.00") + Decimal("4.99") + Decimal("10.00") + Decimal("2.00")
    assert first["ship_by"] == dt.datetime(2024, 3, 5, 23, 59, 59, tzinfo=dt.UTC)
    assert first["paid_at"] == dt.datetime(2024, 3, 1, 10, 25, tzinfo=dt.UTC)
    assert first["ship_to"].address2 == "Apt 4"
    assert first["ship_to"].country == "US"


def test_amazon_unpaid_order_has_no_payment_date() -> None:
    out, _ = parsed(amazon(row("111-1", "A1", "MUG-BLU", payments_date="")))
    assert out.orders[0].fields["paid_at"] is None


def test_every_problem_is_reported_with_row_and_column() -> None:
    data = amazon(
        row("111-1", "A1", "MUG-BLU"),
        row("111-1", "A2", "", quantity_to_ship="zwei"),
        row("111-2", "B1", "LAMP", item_price="12,34,56.7x", ship_country="XX", purchase_date="yesterday"),
        row("111-1", "A3", "MUG-RED", recipient_name="Someone Else"),
    )
    _, errors = parsed(data)
    got = {(e.row, e.column, e.problem.split(":")[0]) for e in errors.final()}
    assert got == {
        (3, "sku", "missing required value (SKU)"),
        (3, "quantity-to-ship", "bad quantity"),
        (4, "item-price", "bad money"),
        (4, "ship-country", "unknown country code 'XX' (use the two-letter code, e.g. US, DE, CN)"),
        (4, "purchase-date", "bad date"),
        (5, "recipient-name", "inconsistent order fields"),
    }


def test_a_missing_required_column_is_one_file_level_error() -> None:
    data = b"order-id\tsku\tquantity-purchased\n1\tA\t1\n"
    out, errors = parsed(data.replace(b"\tsku", b"\tproduct"), formats.AMAZON)
    assert [(e.row, e.column) for e in errors.final()] == [(1, "sku")]
    assert out.orders == []


def test_shopify_export_order_fields_on_the_first_row_only() -> None:
    out, errors = parsed(samples.shopify_export(8).encode())
    assert not errors
    first = out.orders[0]
    assert first.fields["number"] == "#1001"
    assert first.id == "5000000"  # Shopify's order id, stable across renames
    assert len(first.fields["lines"]) == 2
    assert first.fields["buyer_note"] == "Please leave at the door,\nring twice"
    assert first.fields["total"] == Decimal("42.49")
    assert first.fields["paid_at"] is not None
    pending = out.orders[3]
    assert pending.fields["paid_at"] is None  # "pending" is not paid
    france = out.orders[2]
    assert france.fields["ship_to"].name == "François Lefèvre"


def shopify_with(changes: dict[tuple[int, str], str], orders: int = 3) -> bytes:
    """A Shopify export with some cells changed: (data row index, column) -> value."""
    rows = list(csv.reader(io.StringIO(samples.shopify_export(orders), newline="")))
    for (i, column), value in changes.items():
        rows[i + 1][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def test_shopify_cancelled_refunded_and_fulfilled_orders() -> None:
    # data rows: #1001 has two lines (rows 0, 1), #1002 one (row 2), #1003 one (row 3)
    data = shopify_with(
        {
            (0, "Cancelled at"): "2024-03-02 10:00:00 -0500",
            (2, "Fulfillment Status"): "fulfilled",
            (3, "Financial Status"): "refunded",
        }
    )
    out, errors = parsed(data)
    assert not errors
    assert [o.status for o in out.orders] == ["cancelled", "shipped", "cancelled"]


def test_shopify_authorized_is_not_paid() -> None:
    out, _ = parsed(shopify_with({(2, "Financial Status"): "authorized", (2, "Paid at"): ""}))
    assert out.orders[1].fields["paid_at"] is None


def test_leading_apostrophe_of_zip_codes_is_dropped() -> None:
    text = samples.shopify_export(1).replace(",62701,", ",'02134,")
    out, _ = parsed(text.encode())
    assert out.orders[0].fields["ship_to"].postcode == "02134"


def test_mapped_generic_csv() -> None:
    data = "单号,收件人,地址,城市,邮编,国家,SKU,数量,单价\nA1,张伟,科技园南路18号,深圳,518057,CN,MUG-BLU,2,9.90\n"
    fmt = formats.mapped("My ERP", formats.guess_mapping(data.split("\n")[0].split(",")) | {"order_id": "单号"})
    out, errors = parsed(data.encode("gb18030"), fmt)
    assert not errors
    o = out.orders[0].fields
    assert (o["ship_to"].name, o["ship_to"].city, o["ship_to"].country) == ("张伟", "深圳", "CN")
    assert o["total"] == Decimal("19.80")


def test_detect_formats_from_headers() -> None:
    assert formats.detect(samples.AMAZON_HEADER) == "amazon"
    assert formats.detect(samples.SHOPIFY_HEADER) == "shopify"
    assert formats.detect(["Order", "Qty"]) is None


def test_the_fingerprint_follows_the_content() -> None:
    a, _ = parsed(amazon(row("111-1", "A1", "MUG-BLU")))
    b, _ = parsed(amazon(row("111-1", "A1", "MUG-BLU")))
    c, _ = parsed(amazon(row("111-1", "A1", "MUG-BLU", ship_address_1="2 Main St")))
    assert a.orders[0].fingerprint == b.orders[0].fingerprint != c.orders[0].fingerprint
