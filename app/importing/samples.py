"""Realistic example files of each format: for the benchmark, the tests and a seller's first try."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator

AMAZON_HEADER = [
    "order-id",
    "order-item-id",
    "purchase-date",
    "payments-date",
    "reporting-date",
    "promise-date",
    "days-past-promise",
    "buyer-email",
    "buyer-name",
    "buyer-phone-number",
    "sku",
    "product-name",
    "quantity-purchased",
    "quantity-shipped",
    "quantity-to-ship",
    "currency",
    "item-price",
    "item-tax",
    "shipping-price",
    "shipping-tax",
    "ship-service-level",
    "recipient-name",
    "ship-address-1",
    "ship-address-2",
    "ship-address-3",
    "ship-city",
    "ship-state",
    "ship-postal-code",
    "ship-country",
    "ship-phone-number",
    "delivery-start-date",
    "delivery-end-date",
    "delivery-time-zone",
    "delivery-Instructions",
    "is-business-order",
    "purchase-order-number",
    "price-designation",
    "is-prime",
]

SHOPIFY_HEADER = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Fulfilled at",
    "Accepts Marketing",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Total",
    "Discount Code",
    "Discount Amount",
    "Shipping Method",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem compare at price",
    "Lineitem sku",
    "Lineitem requires shipping",
    "Lineitem taxable",
    "Lineitem fulfillment status",
    "Billing Name",
    "Billing Street",
    "Billing Address1",
    "Billing Address2",
    "Billing Company",
    "Billing City",
    "Billing Zip",
    "Billing Province",
    "Billing Country",
    "Billing Phone",
    "Shipping Name",
    "Shipping Street",
    "Shipping Address1",
    "Shipping Address2",
    "Shipping Company",
    "Shipping City",
    "Shipping Zip",
    "Shipping Province",
    "Shipping Country",
    "Shipping Phone",
    "Notes",
    "Note Attributes",
    "Cancelled at",
    "Payment Method",
    "Payment Reference",
    "Refunded Amount",
    "Vendor",
    "Id",
    "Tags",
    "Risk Level",
    "Source",
    "Lineitem discount",
    "Tax 1 Name",
    "Tax 1 Value",
    "Phone",
    "Receipt Number",
    "Duties",
    "Billing Province Name",
    "Shipping Province Name",
    "Payment ID",
    "Payment Terms Name",
    "Next Payment Due At",
]

_PEOPLE = [
    ("Jane Doe", "1 Main St", "Apt 4", "Springfield", "IL", "62701", "US"),
    ("Jürgen Müller", "Hauptstraße 5", "", "München", "BY", "80331", "DE"),
    ("François Lefèvre", "12 rue de la Paix", "", "Besançon", "", "25000", "FR"),
    ("José Núñez", "Calle Mayor 3, 2º", "", "Córdoba", "CO", "14001", "ES"),
    ("Chloé Dubois", "8 avenue Foch", "Bâtiment B", "Orléans", "", "45000", "FR"),
]
_PEOPLE_ZH = [
    ("张伟", "广东省深圳市南山区科技园南路18号", "", "深圳市", "广东省", "518057", "CN"),
    ("李娜", "北京市朝阳区建国路88号SOHO现代城", "3号楼1502", "北京市", "北京市", "100022", "CN"),
    ("王芳", "上海市浦东新区陆家嘴环路1000号", "", "上海市", "上海市", "200120", "CN"),
    ("陈静", "台北市信义区信义路五段7号", "", "台北市", "", "110", "TW"),
]


def _rows_to_text(header: list[str], rows: Iterator[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n" if delimiter == "," else "\n")
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue()


def amazon_rows(orders: int, *, seed: int = 1, chinese: bool = False, items: float = 1.3) -> Iterator[list[str]]:
    rng = random.Random(seed)
    people = _PEOPLE_ZH if chinese else _PEOPLE
    extra_p = items - 1.0
    for n in range(orders):
        oid = f"{100 + n % 900:03d}-{n:07d}-{rng.randrange(10**7):07d}"
        name, a1, a2, city, region, zip_, country = people[n % len(people)]
        k = 1 + (rng.random() < extra_p) + (rng.random() < extra_p / 4)
        for i in range(k):
            qty = 1 + (rng.random() < 0.2)
            price = f"{qty * (5 + n % 40) + 0.99:.2f}"
            yield [
                oid,
                f"{n:08d}{i:04d}",
                "2024-03-01T10:20:30+00:00",
                "2024-03-01T10:25:00+00:00",
                "2024-03-01T11:00:00+00:00",
                "2024-03-05T23:59:59+00:00",
                "0",
                f"b{n}@marketplace.amazon.com",
                name,
                "+1 555 0100",
                f"SKU-{(n + i) % 50:03d}",
                f"Widget {(n + i) % 50} – blue, größe M",
                str(qty),
                "0",
                str(qty),
                "USD",
                price,
                "0.00",
                "4.99" if i == 0 else "0.00",
                "0.00",
                "Standard",
                name,
                a1,
                a2,
                "",
                city,
                region,
                zip_,
                country,
                "+1 555 0101",
                "",
                "",
                "",
                "",
                "false",
                "",
                "",
                "false",
            ]


def amazon_report(orders: int, *, seed: int = 1, chinese: bool = False) -> str:
    """An Amazon unshipped-orders report (tab-delimited), ~1.3 items per order."""
    return _rows_to_text(AMAZON_HEADER, amazon_rows(orders, seed=seed, chinese=chinese), "\t")


def shopify_export(orders: int, *, start: int = 1001, chinese: bool = False) -> str:
    """A Shopify orders export: one row per line item, order fields only on the first row."""
    people = _PEOPLE_ZH if chinese else _PEOPLE

    def rows() -> Iterator[list[str]]:
        for n in range(orders):
            name, a1, a2, city, region, zip_, country = people[n % len(people)]
            fin = "pending" if n % 7 == 3 else "paid"
            k = 1 + (n % 3 == 0)
            for i in range(k):
                row = dict.fromkeys(SHOPIFY_HEADER, "")
                row.update(
                    {
                        "Name": f"#{start + n}",
                        "Lineitem quantity": str(1 + i),
                        "Lineitem name": f"Mug {i} – 陶瓷",
                        "Lineitem price": "12.50",
                        "Lineitem sku": f"MUG-{i}",
                        "Lineitem requires shipping": "true",
                        "Lineitem fulfillment status": "pending",
                    }
                )
                if i == 0:
                    row.update(
                        {
                            "Email": f"buyer{n}@example.com",
                            "Financial Status": fin,
                            "Paid at": "" if fin == "pending" else "2024-03-01 10:25:00 -0500",
                            "Fulfillment Status": "unfulfilled",
                            "Currency": "USD",
                            "Subtotal": "25.00",
                            "Shipping": "4.99",
                            "Taxes": "0.00",
                            "Total": f"{12.5 * (1 + 2 * (k - 1)) + 4.99:.2f}",
                            "Shipping Method": "Standard Shipping",
                            "Created at": "2024-03-01 10:20:30 -0500",
                            "Billing Name": name,
                            "Shipping Name": name,
                            "Shipping Street": f"{a1} {a2}".strip(),
                            "Shipping Address1": a1,
                            "Shipping Address2": a2,
                            "Shipping City": city,
                            "Shipping Zip": "'" + zip_ if zip_.startswith("0") else zip_,
                            "Shipping Province": region,
                            "Shipping Country": country,
                            "Shipping Phone": "+1 555 0102",
                            "Notes": "Please leave at the door,\nring twice" if n == 0 else "",
                            "Id": str(5_000_000 + n),
                            "Tags": "vip" if n % 5 == 0 else "",
                        }
                    )
                yield [row[h] for h in SHOPIFY_HEADER]

    return _rows_to_text(SHOPIFY_HEADER, rows(), ",")
