"""Order file formats: which column holds which order field.

Amazon's order reports (tab-delimited, one row per item) and Shopify's orders export
(one row per line item, order fields on the first row only) are known by their
headers; any other CSV/XLSX goes through a column mapping (field → header) that the
seller saves as a named preset.
"""

from __future__ import annotations

from dataclasses import dataclass

# field -> (label, required). Order-level fields first, then line fields.
ORDER_FIELDS: dict[str, tuple[str, bool]] = {
    "order_id": ("Order id", True),
    "number": ("Order number", False),
    "status": ("Order status", False),
    "created_at": ("Order date", False),
    "paid_at": ("Payment date", False),
    "currency": ("Currency", False),
    "total": ("Order total", False),
    "shipping_service": ("Shipping service", False),
    "buyer_name": ("Buyer name", False),
    "buyer_email": ("Buyer email", False),
    "buyer_note": ("Buyer note", False),
    "ship_name": ("Recipient name", False),
    "ship_company": ("Company", False),
    "ship_address1": ("Street (line 1)", False),
    "ship_address2": ("Street (line 2)", False),
    "ship_address3": ("Street (line 3)", False),
    "ship_city": ("City", False),
    "ship_region": ("State / province", False),
    "ship_postcode": ("Postcode", False),
    "ship_country": ("Country code", False),
    "ship_phone": ("Phone", False),
    "ship_by": ("Ship by", False),
}
LINE_FIELDS: dict[str, tuple[str, bool]] = {
    "line_id": ("Line id", False),
    "sku": ("SKU", True),
    "title": ("Product name", False),
    "quantity": ("Quantity", True),
    "unit_price": ("Unit price", False),
    "line_price": ("Line price (quantity × unit)", False),
}
FIELDS = {**ORDER_FIELDS, **LINE_FIELDS}
# order-level fields only the built-in formats read
HIDDEN_ORDER_FIELDS = ("remote_id", "cancelled_at", "financial_status", "fulfillment_status")


@dataclass(frozen=True)
class Format:
    name: str  # amazon | shopify | a preset's name
    # field -> header names to look for, first found wins
    columns: dict[str, tuple[str, ...]]
    extra_money: tuple[str, ...] = ()  # per-row amounts added to the order total (Amazon)
    order_fields_first_row_only: bool = False  # Shopify: later rows of an order are blank
    marketplace: str = "manual"


AMAZON = Format(
    "amazon",
    {
        "order_id": ("order-id", "amazon-order-id"),
        "status": ("order-status",),
        "created_at": ("purchase-date",),
        "paid_at": ("payments-date",),
        "currency": ("currency",),
        "shipping_service": ("ship-service-level",),
        "buyer_name": ("buyer-name",),
        "buyer_email": ("buyer-email",),
        "buyer_note": ("delivery-instructions", "delivery-Instructions"),
        "ship_name": ("recipient-name",),
        "ship_company": ("ship-company", "company-name"),
        "ship_address1": ("ship-address-1",),
        "ship_address2": ("ship-address-2",),
        "ship_address3": ("ship-address-3",),
        "ship_city": ("ship-city",),
        "ship_region": ("ship-state",),
        "ship_postcode": ("ship-postal-code",),
        "ship_country": ("ship-country",),
        "ship_phone": ("ship-phone-number", "buyer-phone-number"),
        "ship_by": ("latest-ship-date", "promise-date"),
        "line_id": ("order-item-id", "amazon-order-item-id"),
        "sku": ("sku",),
        "title": ("product-name",),
        "quantity": ("quantity-to-ship", "quantity-purchased", "quantity"),
        "line_price": ("item-price",),
    },
    extra_money=("item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax"),
    marketplace="amazon",
)

SHOPIFY = Format(
    "shopify",
    {
        "order_id": ("Name",),
        "number": ("Name",),
        "remote_id": ("Id",),
        "cancelled_at": ("Cancelled at",),
        "financial_status": ("Financial Status",),
        "fulfillment_status": ("Fulfillment Status",),
        "created_at": ("Created at",),
        "paid_at": ("Paid at",),
        "currency": ("Currency",),
        "total": ("Total",),
        "shipping_service": ("Shipping Method",),
        "buyer_name": ("Billing Name",),
        "buyer_email": ("Email",),
        "buyer_note": ("Notes",),
        "ship_name": ("Shipping Name",),
        "ship_company": ("Shipping Company",),
        "ship_address1": ("Shipping Address1", "Shipping Street"),
        "ship_address2": ("Shipping Address2",),
        "ship_city": ("Shipping City",),
        "ship_region": ("Shipping Province",),
        "ship_postcode": ("Shipping Zip",),
        "ship_country": ("Shipping Country",),
        "ship_phone": ("Shipping Phone", "Phone"),
        "sku": ("Lineitem sku",),
        "title": ("Lineitem name",),
        "quantity": ("Lineitem quantity",),
        "unit_price": ("Lineitem price",),
    },
    order_fields_first_row_only=True,
    marketplace="shopify",
)

BUILT_IN = {"amazon": AMAZON, "shopify": SHOPIFY}


def mapped(name: str, mapping: dict[str, str]) -> Format:
    """A preset's format: each field read from exactly the header the seller picked."""
    return Format(name, {f: (h,) for f, h in mapping.items() if h and f in FIELDS})


def detect(headers: list[str]) -> str | None:
    """'amazon', 'shopify' or None (a generic file that needs a mapping)."""
    names = {h.strip().lower() for h in headers}
    if (
        {"sku"} <= names
        and ({"order-id", "amazon-order-id"} & names)
        and ({"quantity-purchased", "quantity-to-ship", "quantity"} & names)
    ):
        return "amazon"
    if {"name", "lineitem quantity", "lineitem sku"} <= names:
        return "shopify"
    return None


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """A first mapping for a generic file: headers that plainly name a field."""
    hints = {
        "order_id": ("order id", "order-id", "orderid", "order", "order no", "order number", "订单号", "平台单号"),
        "number": ("order number", "order no", "number"),
        "created_at": ("order date", "date", "created", "created at", "下单时间"),
        "paid_at": ("paid at", "payment date", "paid", "付款时间"),
        "currency": ("currency", "币种"),
        "total": ("total", "order total", "amount", "订单金额"),
        "shipping_service": ("shipping service", "shipping method", "service", "物流方式"),
        "buyer_email": ("email", "buyer email", "e-mail"),
        "ship_name": ("name", "recipient", "recipient name", "ship name", "收件人"),
        "ship_company": ("company",),
        "ship_address1": ("address", "address1", "address 1", "street", "地址", "地址1"),
        "ship_address2": ("address2", "address 2", "地址2"),
        "ship_city": ("city", "城市"),
        "ship_region": ("state", "province", "region", "省/州", "州"),
        "ship_postcode": ("zip", "postcode", "postal code", "zip code", "邮编"),
        "ship_country": ("country", "country code", "国家"),
        "ship_phone": ("phone", "telephone", "电话"),
        "sku": ("sku", "item sku", "seller sku"),
        "title": ("product", "product name", "title", "item", "商品名称"),
        "quantity": ("quantity", "qty", "数量"),
        "unit_price": ("price", "unit price", "单价"),
    }
    by_norm = {h.strip().lower(): h for h in reversed(headers)}
    found: dict[str, str] = {}
    used: set[str] = set()
    for field, names in hints.items():
        for n in names:
            h = by_norm.get(n)
            if h and h not in used:
                found[field] = h
                used.add(h)
                break
    return found
