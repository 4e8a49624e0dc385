"""Typed SQLAlchemy 2 models: the whole schema Alembic owns.

Money is ``Numeric`` read back as ``Decimal``; every timestamp is stored in UTC
(``UtcDateTime`` guarantees an aware value on the way back out, on SQLite too).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy import true as sa_true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import DateTime, TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments a plain INTEGER PRIMARY KEY.
Id = BigInteger().with_variant(Integer(), "sqlite")
Money = Numeric(14, 2, asdecimal=True)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Refuses naive datetimes going in; always returns aware UTC coming out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Shipbench stores UTC only")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UtcDateTime, Decimal: Money, dict[str, Any]: JSON}


# --- who -----------------------------------------------------------------------------


class Station(Base):
    """A PC (or a headless worker) sharing the database: registered on its first start.

    ``info`` is what the station says of itself with every heartbeat (migration 0023): its
    printers, scanner settings, who is signed in, what runs there (GUI, sync worker) and
    the accounts whose secrets it holds — the outbox leaves an account's jobs to a station
    that has them. ``seen_at``: its last heartbeat (every ~10 s while it runs).
    """

    __tablename__ = "stations"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    info: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    seen_at: Mapped[dt.datetime | None]


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="packer")  # packer | supervisor | admin
    pin_hash: Mapped[str | None] = mapped_column(String(128))
    badge: Mapped[str | None] = mapped_column(String(32), unique=True)  # scanned as SB-USER:<badge>


class Setting(Base):
    """Shop-wide settings shared by every station (the sender address, policies)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Warehouse(Base):
    """A place the shop ships from: the FROM block of its labels, the carrier's shipper.

    One is the default (labels, carriers and customs checks use it); ``return_address``
    is where returns go when that is not the ship-from address itself (empty: the same).
    """

    __tablename__ = "warehouses"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)  # "Shenzhen", "Main warehouse"
    contact: Mapped[str] = mapped_column(String(120), default="")  # the sender's name on the label
    company: Mapped[str] = mapped_column(String(120), default="")
    lines: Mapped[list[str]] = mapped_column(JSON, default=list)
    city: Mapped[str] = mapped_column(String(80), default="")
    region: Mapped[str] = mapped_column(String(80), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    return_address: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())


# --- marketplaces and orders ---------------------------------------------------------


class Shop(Base):
    __tablename__ = "shops"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    marketplace: Mapped[str] = mapped_column(String(32))  # "simulator", "amazon", ...
    base_url: Mapped[str] = mapped_column(String(300), default="")
    pull_cursor: Mapped[str | None] = mapped_column(String(64))
    last_pull_at: Mapped[dt.datetime | None]
    last_pull_error: Mapped[str | None] = mapped_column(Text)
    last_pull_error_code: Mapped[str | None] = mapped_column(String(64))
    last_pull_error_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Non-secret account settings (seller id, store domain, region...); secrets live in the
    # OS keyring, never here.
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    # block | warn | ignore: what approving does when it would take stock below zero
    stock_policy: Mapped[str] = mapped_column(String(8), default="warn", server_default="warn")


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("shop_id", "marketplace_order_id"),
        Index("ix_orders_queue_id", "queue", "id"),
        Index("ix_orders_queue_ship_by", "queue", "ship_by", "id"),  # "most urgent first" pages
        # when an order came in (ordered, else created): the reports' "orders in" by range
        Index("ix_orders_came_in", func.coalesce(text("ordered_at"), text("created_at"))),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    marketplace_order_id: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(64), index=True)
    # Local decision: review | on_hold | approved | shipped | cancelled
    status: Mapped[str] = mapped_column(String(16), default="review")
    # Denormalised queue the GUI pages through (review, waybill, print, scan, shipped,
    # on_hold, cancelled, exceptions); kept in step by app.flow.refresh_queue;
    # queue_counts follows it by trigger.
    queue: Mapped[str] = mapped_column(String(16), default="review")
    review_reasons: Mapped[str] = mapped_column(Text, default="")  # newline-separated
    hold_reason: Mapped[str | None] = mapped_column(Text)
    hold_reason_code: Mapped[str | None] = mapped_column(String(64))
    hold_reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # the review reasons as messages, [{"code", "params"}] (app/coded.py); NULL on older rows
    review_reason_codes: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    marketplace_status: Mapped[str] = mapped_column(String(32), default="unshipped")
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_email: Mapped[str] = mapped_column(String(200), default="")
    buyer_note: Mapped[str] = mapped_column(Text, default="")
    ship_name: Mapped[str] = mapped_column(String(200), default="")
    ship_company: Mapped[str] = mapped_column(String(200), default="")
    ship_address1: Mapped[str] = mapped_column(String(300), default="")
    ship_address2: Mapped[str] = mapped_column(String(300), default="")
    ship_city: Mapped[str] = mapped_column(String(120), default="")
    ship_region: Mapped[str] = mapped_column(String(120), default="")
    ship_postcode: Mapped[str] = mapped_column(String(32), default="")
    ship_country: Mapped[str] = mapped_column(String(2), default="")
    ship_phone: Mapped[str] = mapped_column(String(64), default="")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    requested_service: Mapped[str] = mapped_column(String(64), default="")
    # Funds still under the marketplace's review until then: not to ship before.
    payment_hold_until: Mapped[dt.datetime | None]
    ship_by: Mapped[dt.datetime | None] = mapped_column(index=True)
    # ",gift,vip," — wrapped in commas so one LIKE '%,tag,%' finds a tag
    tags: Mapped[str] = mapped_column(Text, default="", server_default="")
    seller_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    service_note: Mapped[str] = mapped_column(Text, default="", server_default="")  # customer service
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    shipping_method_id: Mapped[int | None] = mapped_column(ForeignKey("shipping_methods.id"))
    ordered_at: Mapped[dt.datetime | None]
    paid_at: Mapped[dt.datetime | None]
    remote_updated_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    shop: Mapped[Shop] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id"
    )
    parcels: Mapped[list[Parcel]] = relationship(back_populates="order", order_by="Parcel.id")
    shipping_method: Mapped[ShippingMethod | None] = relationship()
    # Orders packed into this order's parcel (their queue follows it).
    merged_orders: Mapped[list[Order]] = relationship(foreign_keys=[merged_into_id], order_by="Order.id")


class QueueCount(Base):
    """How many orders each queue holds, kept by database triggers on ``orders``.

    The triggers (migration 0008) move the count in the same transaction as the order,
    so reading the queue tabs' figures costs one row per queue, whatever the history.
    """

    __tablename__ = "queue_counts"
    queue: Mapped[str] = mapped_column(String(16), primary_key=True)
    size: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class OrderLine(Base):
    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    remote_line_id: Mapped[str] = mapped_column(String(64))
    sku: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300), default="")
    quantity: Mapped[int]
    unit_price: Mapped[Decimal] = mapped_column(default=Decimal("0"))

    order: Mapped[Order] = relationship(back_populates="lines")


# --- warehouse -----------------------------------------------------------------------


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sku: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    weight_grams: Mapped[int] = mapped_column(default=0)
    bin_location: Mapped[str] = mapped_column(String(32), default="", server_default="")
    name_zh: Mapped[str] = mapped_column(String(300), default="", server_default="")
    length_mm: Mapped[int] = mapped_column(default=0, server_default="0")
    width_mm: Mapped[int] = mapped_column(default=0, server_default="0")
    height_mm: Mapped[int] = mapped_column(default=0, server_default="0")
    low_stock_threshold: Mapped[int | None]  # the reorder point: an alert when available falls to it
    lead_time_days: Mapped[int | None]  # from ordering more to having it on the shelf
    # customs defaults
    customs_name_en: Mapped[str] = mapped_column(String(200), default="", server_default="")
    customs_name_zh: Mapped[str] = mapped_column(String(200), default="", server_default="")
    hs_code: Mapped[str] = mapped_column(String(16), default="", server_default="")
    declared_value: Mapped[Decimal | None]
    declared_currency: Mapped[str] = mapped_column(String(3), default="USD", server_default="USD")
    origin_country: Mapped[str] = mapped_column(String(2), default="CN", server_default="CN")
    has_battery: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    has_liquid: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    has_magnet: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())

    barcodes: Mapped[list[ProductBarcode]] = relationship(back_populates="product", cascade="all, delete-orphan")


class ProductBarcode(Base):
    __tablename__ = "product_barcodes"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    pack_quantity: Mapped[int] = mapped_column(default=1)

    product: Mapped[Product] = relationship(back_populates="barcodes")


class SkuPairing(Base):
    """Marketplace SKU → warehouse product × quantity; ``shop_id`` NULL means every shop."""

    __tablename__ = "sku_pairings"
    __table_args__ = (UniqueConstraint("shop_id", "marketplace_sku", "product_id"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int | None] = mapped_column(ForeignKey("shops.id"))
    marketplace_sku: Mapped[str] = mapped_column(String(100), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(default=1)

    product: Mapped[Product] = relationship()


class StockMovement(Base):
    """Append-only ledger; levels are sums over it."""

    __tablename__ = "stock_movements"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # receive | adjust | reserve | release | deduct
    on_hand_delta: Mapped[int] = mapped_column(default=0)
    reserved_delta: Mapped[int] = mapped_column(default=0)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)


class StockAlert(Base):
    """A product's available stock fell to its reorder point ("low") or below zero ("negative").

    Raised by the movement that crossed the line, resolved by the one that lifted it back;
    at most one open alert per product.
    """

    __tablename__ = "stock_alerts"
    __table_args__ = (Index("ix_stock_alerts_product_open", "product_id", "resolved_at"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # low | negative
    available: Mapped[int]
    threshold: Mapped[int | None]
    raised_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None]

    product: Mapped[Product] = relationship()


# --- carriers and parcels ------------------------------------------------------------


class CarrierAccount(Base):
    __tablename__ = "carrier_accounts"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    carrier: Mapped[str] = mapped_column(String(32))  # "simulator", "yunexpress", "4px", ...
    base_url: Mapped[str] = mapped_column(String(300), default="")
    # Non-secret settings (customer code, ...); secrets live in the OS keyring.
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    # Postage money on the account: what the carrier last reported ("carrier"), or a
    # prepaid amount the seller entered ("prepaid"), lowered by each booking; None: unknown.
    balance: Mapped[Decimal | None]
    balance_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    balance_source: Mapped[str | None] = mapped_column(String(8))  # carrier | prepaid
    balance_at: Mapped[dt.datetime | None]
    low_balance: Mapped[Decimal | None]  # warn at or below this


class ShippingMethod(Base):
    __tablename__ = "shipping_methods"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    carrier_account_id: Mapped[int] = mapped_column(ForeignKey("carrier_accounts.id"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the method carries and how its label looks (app.method_rules reads these).
    label_template: Mapped[str] = mapped_column(String(64), default="", server_default="")
    label_format: Mapped[str] = mapped_column(String(8), default="", server_default="")  # zpl | pdf | png
    required_customs: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # e.g. ["hs_code"]
    allows_battery: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())
    allows_liquid: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())
    max_weight_grams: Mapped[int | None]
    countries: Mapped[dict[str, Any]] = mapped_column(
        default=dict, server_default="{}"
    )  # {"allow": [..], "deny": [..]}
    # The seller's price list for a carrier that states no price: {"currency": "CNY",
    # "base": "9.00", "per_100g": "1.20"} (app.postage.rate_card_price); {}: none.
    rate_card: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")

    carrier_account: Mapped[CarrierAccount] = relationship()


class TrackingPool(Base):
    """A range of tracking numbers a carrier allocated to the shop, handed out offline."""

    __tablename__ = "tracking_pools"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    carrier_account_id: Mapped[int] = mapped_column(ForeignKey("carrier_accounts.id"))
    service_code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    prefix: Mapped[str] = mapped_column(String(2))  # UPU S10 service indicator, e.g. "RR"
    suffix: Mapped[str] = mapped_column(String(2))  # country, e.g. "CN"
    first_serial: Mapped[int]
    last_serial: Mapped[int]
    next_serial: Mapped[int]
    low_warning: Mapped[int] = mapped_column(default=50, server_default="50")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    carrier_account: Mapped[CarrierAccount] = relationship()


class Parcel(Base):
    __tablename__ = "parcels"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    shipping_method_id: Mapped[int | None] = mapped_column(ForeignKey("shipping_methods.id"))
    # waybill | requested | failed | labelled | printed | shipped | intercepted | voided
    status: Mapped[str] = mapped_column(String(16), default="waybill")
    tracking_number: Mapped[str | None] = mapped_column(String(64), index=True)
    carrier_shipment_id: Mapped[str | None] = mapped_column(String(64))
    waybill_error: Mapped[str | None] = mapped_column(Text)
    waybill_error_code: Mapped[str | None] = mapped_column(String(64))
    waybill_error_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    weight_grams: Mapped[int] = mapped_column(default=0)
    intercept_reason: Mapped[str | None] = mapped_column(Text)
    intercept_reason_code: Mapped[str | None] = mapped_column(String(64))
    intercept_reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    waybill_voided_at: Mapped[dt.datetime | None]
    tracking_source: Mapped[str | None] = mapped_column(String(8))  # carrier | manual | pool
    refund_state: Mapped[str | None] = mapped_column(String(12))  # requested | refunded | refused
    # The last rate quote for the parcel's method (``rates``): the booking's quoted price.
    quoted_amount: Mapped[Decimal | None]
    quoted_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    quoted_method_id: Mapped[int | None] = mapped_column(
        Id
    )  # no foreign key: adding one would rebuild parcels on SQLite
    pool_id: Mapped[int | None] = mapped_column(ForeignKey("tracking_pools.id"))
    preadvice_sent_at: Mapped[dt.datetime | None]
    confirmed_at: Mapped[dt.datetime | None]  # the marketplace acknowledged the shipment
    verified_at: Mapped[dt.datetime | None]  # contents checked item by item at the bench
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    forced_reason: Mapped[str | None] = mapped_column(Text)  # shipped despite a red verdict
    printed_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    shipped_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    shipped_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    shipped_station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    # After shipping, the carrier's tracking (app/tracking.py): in_transit | delivered | exception | returned
    tracking_state: Mapped[str | None] = mapped_column(String(12))
    tracking_note: Mapped[str | None] = mapped_column(String(200))  # the latest event, in the carrier's words
    tracking_checked_at: Mapped[dt.datetime | None]
    delivered_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    order: Mapped[Order] = relationship(back_populates="parcels")
    lines: Mapped[list[ParcelLine]] = relationship(back_populates="parcel", cascade="all, delete-orphan")
    customs_lines: Mapped[list[CustomsLine]] = relationship(cascade="all, delete-orphan", order_by="CustomsLine.id")
    shipping_method: Mapped[ShippingMethod | None] = relationship()
    shipped_by: Mapped[User | None] = relationship(foreign_keys=[shipped_by_id])
    verified_by: Mapped[User | None] = relationship(foreign_keys=[verified_by_id])
    shipped_station: Mapped[Station | None] = relationship(foreign_keys=[shipped_station_id])


class Waybill(Base):
    """One booking of a parcel at a carrier and what it cost (migration 0021_postage).

    A parcel voided and booked again has two. The quoted price is what the seller was
    shown (a rate quote or the method's rate card); the charged one what the carrier's
    booking answer said (else the rate card's); a void records its refund.
    """

    __tablename__ = "waybills"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id", ondelete="CASCADE"), index=True)
    carrier_account_id: Mapped[int | None] = mapped_column(ForeignKey("carrier_accounts.id"), index=True)
    shipping_method_id: Mapped[int | None] = mapped_column(ForeignKey("shipping_methods.id"))
    shipment_id: Mapped[str | None] = mapped_column(String(64))
    tracking_number: Mapped[str | None] = mapped_column(String(64))
    quoted_amount: Mapped[Decimal | None]
    quoted_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    charged_amount: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    price_source: Mapped[str] = mapped_column(String(10), default="", server_default="")  # carrier | rate_card
    booked_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    voided_at: Mapped[dt.datetime | None]
    refund_state: Mapped[str | None] = mapped_column(String(12))  # requested | refunded | refused
    refund_amount: Mapped[Decimal | None]
    refunded_at: Mapped[dt.datetime | None] = mapped_column(index=True)


class ParcelLine(Base):
    __tablename__ = "parcel_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int]

    parcel: Mapped[Parcel] = relationship(back_populates="lines")
    order_line: Mapped[OrderLine] = relationship()
    product: Mapped[Product | None] = relationship()


class CustomsLine(Base):
    """What the customs declaration of one parcel says, prefilled from the products."""

    __tablename__ = "customs_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    description_en: Mapped[str] = mapped_column(String(200), default="")
    description_zh: Mapped[str] = mapped_column(String(200), default="")
    hs_code: Mapped[str] = mapped_column(String(16), default="")
    quantity: Mapped[int] = mapped_column(default=1)
    unit_value: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    origin_country: Mapped[str] = mapped_column(String(2), default="CN")
    weight_grams: Mapped[int] = mapped_column(default=0)

    product: Mapped[Product | None] = relationship()


class TaxId(Base):
    """IOSS / VAT / EORI numbers a shop declares for a destination (a country or "EU")."""

    __tablename__ = "tax_ids"
    __table_args__ = (UniqueConstraint("shop_id", "destination", "kind"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    destination: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))  # IOSS | VAT | EORI | ...
    number: Mapped[str] = mapped_column(String(64))


class Label(Base):
    __tablename__ = "labels"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    format: Mapped[str] = mapped_column(String(8))  # zpl | pdf | png
    source: Mapped[str] = mapped_column(String(16), default="carrier")  # carrier | shipbench
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --- printing ------------------------------------------------------------------------


class Printer(Base):
    __tablename__ = "printers"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    uri: Mapped[str] = mapped_column(String(300))  # tcp://host:9100 | folder:///path | usb://… | cups://…
    language: Mapped[str] = mapped_column(String(8), default="zpl")  # zpl | tspl | escpos | pdf
    dpi: Mapped[int] = mapped_column(default=203)
    width_mm: Mapped[Decimal] = mapped_column(Numeric(6, 1), default=Decimal("101.6"), server_default="101.6")
    height_mm: Mapped[Decimal] = mapped_column(Numeric(6, 1), default=Decimal("152.4"), server_default="152.4")
    gap_mm: Mapped[Decimal] = mapped_column(Numeric(4, 1), default=Decimal("3.0"), server_default="3.0")
    darkness: Mapped[int | None]
    speed: Mapped[int | None]
    x_offset: Mapped[int] = mapped_column(default=0, server_default="0")
    y_offset: Mapped[int] = mapped_column(default=0, server_default="0")
    rotation: Mapped[int] = mapped_column(default=0, server_default="0")
    template: Mapped[str] = mapped_column(String(64), default="shipping-4x6", server_default="shipping-4x6")


class PrintJob(Base):
    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    printer_id: Mapped[int] = mapped_column(ForeignKey("printers.id"))
    # pending | printing | sent (every label sent, the printer cannot say which printed) | done | stopped | cancelled
    status: Mapped[str] = mapped_column(String(16), default="pending")
    error: Mapped[str | None] = mapped_column(Text)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # parcels left out when the job was made, one "P00000042: why" a line (a label that cannot fit)
    left_out: Mapped[str | None] = mapped_column(Text)
    # the same as messages, [{"code", "params"}] (app/coded.py); NULL on older rows
    left_out_codes: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    order_by: Mapped[str] = mapped_column(String(24), default="queue", server_default="queue")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # while a station runs the batch it renews this; a batch whose lease ran out may be taken over
    lease_until: Mapped[dt.datetime | None]

    printer: Mapped[Printer] = relationship()
    items: Mapped[list[PrintJobItem]] = relationship(
        back_populates="job", order_by="PrintJobItem.seq", cascade="all, delete-orphan"
    )


class PrintJobItem(Base):
    __tablename__ = "print_job_items"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("print_jobs.id", ondelete="CASCADE"), index=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    seq: Mapped[int]
    # pending → sent → printed; uncertain: sent, and nobody can say whether it printed
    state: Mapped[str] = mapped_column(String(12), default="pending", server_default="pending")
    sent_at: Mapped[dt.datetime | None]
    # the printer's label count before this label (its count when sent plus our labels ahead of it)
    odometer: Mapped[int | None]
    printed_at: Mapped[dt.datetime | None]
    # why a label was skipped (state "skipped"): printed elsewhere, intercepted … while it waited
    note: Mapped[str] = mapped_column(String(120), default="", server_default="")

    job: Mapped[PrintJob] = relationship(back_populates="items")
    parcel: Mapped[Parcel] = relationship()


class PrintClaim(Base):
    """A live batch holds this parcel's label: one batch per parcel at a time (issue #16).

    Taken by an insert that a second batch cannot repeat (the primary key), released when
    the label printed, was skipped, or the batch was cancelled.
    """

    __tablename__ = "print_claims"
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), primary_key=True, autoincrement=False)
    job_id: Mapped[int] = mapped_column(ForeignKey("print_jobs.id", ondelete="CASCADE"), index=True)


# --- scanning, outbox, audit ---------------------------------------------------------


class ScanEvent(Base):
    __tablename__ = "scan_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(128))
    recognised_as: Mapped[str] = mapped_column(String(32))
    verdict: Mapped[str] = mapped_column(String(24))
    mode: Mapped[str] = mapped_column(String(12), default="ship", server_default="ship")  # ship | verify
    message: Mapped[str] = mapped_column(Text, default="")
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    # Indexed: the packers' figures read today's scans, not the whole history.
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)


class HandoverBatch(Base):
    """The parcels one carrier's driver takes away: printed vs scanned vs handed over."""

    __tablename__ = "handover_batches"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    carrier_account_id: Mapped[int] = mapped_column(ForeignKey("carrier_accounts.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | handed_over
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None]

    carrier_account: Mapped[CarrierAccount] = relationship()
    items: Mapped[list[HandoverItem]] = relationship(back_populates="batch", order_by="HandoverItem.id")


class HandoverItem(Base):
    __tablename__ = "handover_items"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("handover_batches.id"), index=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    batch: Mapped[HandoverBatch] = relationship(back_populates="items")
    parcel: Mapped[Parcel] = relationship()


class OutboxJob(Base):
    """A durable effect on the outside world (see DESIGN.md, offline-first sync)."""

    __tablename__ = "outbox_jobs"
    __table_args__ = (
        UniqueConstraint("kind", "idempotency_key"),
        Index("ix_outbox_jobs_state_next", "state", "next_attempt_at"),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # request_waybill | confirm_shipment | void_waybill
    idempotency_key: Mapped[str] = mapped_column(String(128))
    # pending | in_flight | done | failed | unknown
    state: Mapped[str] = mapped_column(String(16), default="pending")
    shop_id: Mapped[int | None] = mapped_column(ForeignKey("shops.id"))
    carrier_account_id: Mapped[int | None] = mapped_column(ForeignKey("carrier_accounts.id"))
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_code: Mapped[str | None] = mapped_column(String(64))
    last_error_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # The lease (app/outbox.py): while in flight, the station whose outbox holds the job,
    # that outbox's token (one per running process) and until when. Nobody touches a live
    # lease; a lapsed one is taken over after a lookup. ``sent_by``: who sent it last.
    lease_station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    lease_token: Mapped[str | None] = mapped_column(String(32))
    lease_until: Mapped[dt.datetime | None]
    sent_by_station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))


class Change(Base):
    """The change feed: one row per order, parcel (as its order), outbox job or print batch
    written, by triggers in the writer's own transaction (migration 0023).

    Stations read the rows after their cursor to refresh only what changed: the id on
    SQLite (one writer: ids commit in order), the writing transaction ``tx`` on PostgreSQL
    (read up to the oldest transaction still running). ``at``: epoch seconds, for pruning.
    """

    __tablename__ = "changes"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # order | job | print_job
    ref_id: Mapped[int] = mapped_column(BigInteger)
    tx: Mapped[int | None] = mapped_column(BigInteger, index=True)
    at: Mapped[float] = mapped_column(Float, index=True)


class RateBucket(Base):
    """A platform account's request allowance shared by every station (a token bucket).

    Taken with ``SELECT … FOR UPDATE`` (PostgreSQL) or inside the writer's lock (SQLite):
    N stations together send no more than the account's rate. Times are epoch seconds.
    """

    __tablename__ = "rate_buckets"
    account: Mapped[str] = mapped_column(String(32), primary_key=True)  # "shop:3", "carrier:1"
    tokens: Mapped[float] = mapped_column(Float)
    stamp: Mapped[float] = mapped_column(Float)
    paused_until: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    # which station sent last through this account, and when (the sync panel says who sends)
    sender_station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    sent_at: Mapped[float | None] = mapped_column(Float)


class Rule(Base):
    """One ordered IF/THEN rule: conditions and actions are JSON the rules engine reads."""

    __tablename__ = "rules"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    position: Mapped[int] = mapped_column(default=0, index=True)
    name: Mapped[str] = mapped_column(String(120))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    conditions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    actions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ImportPreset(Base):
    """A named column mapping for CSV / XLSX files the built-in formats do not know."""

    __tablename__ = "import_presets"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)  # field -> column header
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)  # delimiter, encoding, ...


class OrderImport(Base):
    """One accepted file: what came in, from which file, by whom."""

    __tablename__ = "order_imports"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(80))
    encoding: Mapped[str] = mapped_column(String(24))
    rows: Mapped[int]
    new_orders: Mapped[int]
    updated_orders: Mapped[int]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    action: Mapped[str] = mapped_column(String(32))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"))
    detail: Mapped[str] = mapped_column(Text, default="")
