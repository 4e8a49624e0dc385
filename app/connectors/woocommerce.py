"""A WooCommerce shop through its REST API v3 (``/wp-json/wc/v3``).

Secrets: ``consumer_key`` and ``consumer_secret`` (WooCommerce → Settings → Advanced →
REST API, read/write). Settings: ``shipment_tracking`` (true when the shop runs the
Shipment Tracking extension), ``page_size`` (≤ 100).

Keys go as HTTP Basic auth over HTTPS only; plain HTTP is allowed to a loopback
address (the simulator, a local test shop), with the keys in the query string as
WooCommerce accepts them there.

A shipment is written onto the order as the meta entry ``_shipbench_shipment_<parcel>``
(WooCommerce keeps one value per meta key, so sending it again changes nothing), the
order is completed once every line has shipped, and the buyer gets an order note with
the tracking number. That meta entry is how a parcel is found again.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlsplit

from app.connectors.base import ConfirmedLine, RemoteAddress, RemoteLine, RemoteOrder
from app.connectors.http import JsonHttp, RemoteAuthFailed, RemoteThrottled, Response
from app.connectors.values import utc_time
from app.errors import RemoteRejected
from app.messages import Message
from app.ratelimit import RateLimit

API = "/wp-json/wc/v3"
TRACKING_API = "/wp-json/wc-shipment-tracking/v3"  # the Shipment Tracking extension's own namespace
META_PREFIX = "_shipbench_shipment_"
MAX_PAGE_SIZE = 100
# WooCommerce documents no rate limit; small shared hosts are spared all the same.
RATE_LIMIT = RateLimit(per_second=5, burst=20)
OPEN_STATUSES = ("processing", "on-hold")
# After the first pull, changes that end an order are wanted too (cancel → interception).
CHANGED_STATUSES = ("processing", "on-hold", "cancelled", "refunded", "completed")
_CENT = Decimal("0.01")
_STATUS = {
    "pending": "unshipped",
    "processing": "unshipped",
    "on-hold": "unshipped",
    "completed": "shipped",
    "cancelled": "cancelled",
    "refunded": "cancelled",
    "failed": "cancelled",
}


def parse_gmt(value: object) -> dt.datetime | None:
    """WooCommerce's ``*_gmt`` dates: ISO-8601 without a zone, in UTC."""
    return utc_time(value, "WooCommerce")


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value if value not in (None, "") else "0"))
    except InvalidOperation:
        raise RemoteRejected(Message("remote_unreadable_amount", {"who": "WooCommerce", "amount": value})) from None


def _name(part: Mapping[str, Any]) -> str:
    return " ".join(str(part.get(k) or "").strip() for k in ("first_name", "last_name")).strip()


def order_from_woo(raw: Mapping[str, Any]) -> RemoteOrder:
    order_id = str(raw["id"])
    updated = parse_gmt(raw.get("date_modified_gmt")) or parse_gmt(raw.get("date_created_gmt"))
    if updated is None:
        raise RemoteRejected(f"WooCommerce order {order_id} has no date_modified_gmt")
    created = parse_gmt(raw.get("date_created_gmt"))
    woo_status = str(raw.get("status") or "")
    paid_at = parse_gmt(raw.get("date_paid_gmt"))
    if woo_status == "processing" and paid_at is None:
        paid_at = created or updated  # processing means paid (cash on delivery has no payment date)
    elif woo_status in ("pending", "on-hold"):
        paid_at = None  # awaiting payment (bank transfer, cheque)
    billing = raw.get("billing") or {}
    shipping = raw.get("shipping") or {}
    address = shipping if (shipping.get("address_1") or "").strip() else billing
    lines = []
    for item in raw.get("line_items") or []:
        quantity = int(item.get("quantity") or 0)
        subtotal = _decimal(item.get("subtotal"))  # before coupons, all units
        unit = (subtotal / quantity).quantize(_CENT, ROUND_HALF_UP) if quantity else subtotal
        lines.append(
            RemoteLine(
                line_id=str(item["id"]),
                sku=str(item.get("sku") or ""),
                title=str(item.get("name") or ""),
                quantity=quantity,
                unit_price=unit,
            )
        )
    shipping_lines = raw.get("shipping_lines") or [{}]
    return RemoteOrder(
        id=order_id,
        number=str(raw.get("number") or order_id),
        status=_STATUS.get(woo_status, "unshipped"),
        updated_at=updated,
        created_at=created,
        paid_at=paid_at,
        currency=str(raw.get("currency") or ""),
        total=_decimal(raw.get("total")),
        shipping_service=str(shipping_lines[0].get("method_title") or ""),
        buyer_name=_name(billing) or _name(shipping),
        buyer_email=str(billing.get("email") or ""),
        buyer_note=str(raw.get("customer_note") or ""),
        ship_to=RemoteAddress(
            name=_name(address),
            company=str(address.get("company") or ""),
            address1=str(address.get("address_1") or ""),
            address2=str(address.get("address_2") or ""),
            city=str(address.get("city") or ""),
            region=str(address.get("state") or ""),
            postcode=str(address.get("postcode") or ""),
            country=str(address.get("country") or "").upper()[:2],
            phone=str(shipping.get("phone") or billing.get("phone") or ""),
        ),
        lines=tuple(lines),
    )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WooCommerceMarketplace:
    rate_limit = RATE_LIMIT

    def __init__(
        self,
        base_url: str,
        *,
        consumer_key: str,
        consumer_secret: str,
        shipment_tracking: bool = False,
        page_size: int = MAX_PAGE_SIZE,
        timeout: float = 20.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = JsonHttp(
            self.base_url, timeout=timeout, what="WooCommerce", secrets=[consumer_key, consumer_secret]
        )
        self._key, self._secret = consumer_key, consumer_secret
        self.shipment_tracking = shipment_tracking
        self.page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        parts = urlsplit(self.base_url)
        self._query_auth = parts.scheme == "http" and _loopback(parts.hostname or "")
        self._problem = ""
        if not self.base_url:
            self._problem = "the WooCommerce shop has no address: enter its URL (https://…)"
        elif parts.scheme != "https" and not self._query_auth:
            self._problem = f"WooCommerce keys are only sent over HTTPS: use https:// for {self.base_url}"
        elif not (consumer_key and consumer_secret):
            self._problem = "the WooCommerce shop has no REST API keys: enter the consumer key and secret"

    # --- transport --------------------------------------------------------------------

    def _call(
        self, method: str, path: str, *, params: Mapping[str, str] | None = None, api: str = "", **kwargs: Any
    ) -> Response:
        if self._problem:
            raise RemoteAuthFailed(self._problem, code="no_credentials")
        query = dict(params or {})
        headers = {}
        if self._query_auth:
            query.update(consumer_key=self._key, consumer_secret=self._secret)
        else:
            basic = base64.b64encode(f"{self._key}:{self._secret}".encode()).decode()
            headers["Authorization"] = f"Basic {basic}"
        try:
            return self.http.request(method, (api or API) + path, params=query, headers=headers, **kwargs)
        except (RemoteThrottled, RemoteAuthFailed):
            raise
        except RemoteRejected as exc:
            payload = getattr(exc, "payload", None)
            if not isinstance(payload, Mapping) or not payload.get("code"):
                raise
            better = RemoteRejected(
                f"WooCommerce refused ({getattr(exc, 'status', '')} {payload['code']}): {payload.get('message', '')}",
                code=str(payload["code"]),
                retryable=exc.retryable,
            )
            for name in ("payload", "status", "headers", "retry_after"):
                setattr(better, name, getattr(exc, name, None))
            raise better from None

    # --- orders -----------------------------------------------------------------------

    def pull_orders(self, updated_after: dt.datetime | None) -> Iterator[list[RemoteOrder]]:
        """Open orders (first pull), then every order changed since ``updated_after``.

        ``modified_after`` is exclusive and counts whole seconds, so the query starts one
        second early (the upsert makes the overlap harmless). All pages are read before
        any is yielded, oldest change first, so a pull cut short never moves the cursor
        past an order it has not seen.
        """
        params = {
            "status": ",".join(OPEN_STATUSES if updated_after is None else CHANGED_STATUSES),
            "per_page": str(self.page_size),
            "orderby": "modified",
            "order": "asc",
            "dates_are_gmt": "true",
        }
        if updated_after is not None:
            start = updated_after.astimezone(dt.UTC) - dt.timedelta(seconds=1)
            params["modified_after"] = start.strftime("%Y-%m-%dT%H:%M:%S")
        seen: dict[str, RemoteOrder] = {}
        page = 1
        while True:
            response = self._call("GET", "/orders", params={**params, "page": str(page)})
            rows = response.body if isinstance(response.body, list) else []
            for raw in rows:
                order = order_from_woo(raw)
                seen[order.id] = order
            try:
                pages = int(response.headers.get("x-wp-totalpages") or 0)
            except ValueError:
                pages = 0
            if page >= pages or not rows:
                break
            page += 1
        ordered = sorted(seen.values(), key=lambda o: (o.updated_at, o.id))
        for start_at in range(0, len(ordered), self.page_size):
            yield ordered[start_at : start_at + self.page_size]

    def test_connection(self) -> str:
        response = self._call("GET", "/orders", params={"per_page": "1", "status": ",".join(OPEN_STATUSES)})
        return f"WooCommerce: connected, {response.headers.get('x-wp-total', '?')} orders to ship"

    def has_shipment_tracking(self) -> bool:
        """True when the shop answers the Shipment Tracking extension's ``wc-shipment-tracking/v3`` route."""
        response = self._call("GET", "", api=TRACKING_API, ok_statuses=(404,))
        return response.status == 200 and "wc-shipment-tracking" in str((response.body or {}).get("namespace", ""))

    # --- shipments --------------------------------------------------------------------

    def _order(self, order_id: str) -> Mapping[str, Any]:
        response = self._call("GET", f"/orders/{quote(order_id, safe='')}")
        if response.status == 404:
            raise RemoteRejected(
                Message("remote_has_no_order", {"who": "WooCommerce", "order_id": order_id}),
                code="woocommerce_rest_shop_order_invalid_id",
            )
        return response.body

    @staticmethod
    def _shipments(order: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        found = {}
        for meta in order.get("meta_data") or []:
            key = str(meta.get("key") or "")
            if key.startswith(META_PREFIX) and isinstance(meta.get("value"), Mapping):
                found[key[len(META_PREFIX) :]] = dict(meta["value"])
        return found

    def confirm_shipment(
        self,
        order_id: str,
        *,
        package_reference: str,
        carrier: str,
        tracking_number: str,
        lines: list[ConfirmedLine],
    ) -> str:
        order = self._order(order_id)
        shipments = self._shipments(order)
        if shipments.get(package_reference, {}).get("tracking_number") != tracking_number:
            shipments[package_reference] = {
                "tracking_number": tracking_number,
                "carrier": carrier,
                "lines": [{"line_id": ln.line_id, "quantity": ln.quantity} for ln in lines],
                "shipped_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            }
            body: dict[str, Any] = {
                "meta_data": [{"key": META_PREFIX + package_reference, "value": shipments[package_reference]}]
            }
            if self._complete(order, shipments):
                body["status"] = "completed"
            self._call("PUT", f"/orders/{quote(order_id, safe='')}", json=body)
        self._tell_buyer(order_id, carrier, tracking_number)
        return package_reference

    @staticmethod
    def _complete(order: Mapping[str, Any], shipments: Mapping[str, Mapping[str, Any]]) -> bool:
        shipped: dict[str, int] = {}
        for shipment in shipments.values():
            for line in shipment.get("lines") or []:
                shipped[str(line.get("line_id"))] = shipped.get(str(line.get("line_id")), 0) + int(
                    line.get("quantity") or 0
                )
        items = order.get("line_items") or []
        return bool(items) and all(shipped.get(str(i["id"]), 0) >= int(i.get("quantity") or 0) for i in items)

    def _tell_buyer(self, order_id: str, carrier: str, tracking_number: str) -> None:
        """The order note (and the extension's tracking entry), each once per tracking number."""
        path = f"/orders/{quote(order_id, safe='')}"
        notes = self._call("GET", f"{path}/notes").body
        if not any(tracking_number in str(n.get("note", "")) for n in notes if isinstance(n, Mapping)):
            self._call(
                "POST",
                f"{path}/notes",
                json={"note": f"Shipped with {carrier}, tracking number {tracking_number}.", "customer_note": True},
            )
        if self.shipment_tracking:
            trackings = self._call("GET", f"{path}/shipment-trackings", api=TRACKING_API).body
            if not any(str(t.get("tracking_number")) == tracking_number for t in trackings if isinstance(t, Mapping)):
                self._call(
                    "POST",
                    f"{path}/shipment-trackings",
                    api=TRACKING_API,
                    json={
                        "custom_tracking_provider": carrier,
                        "tracking_number": tracking_number,
                        "date_shipped": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
                    },
                )

    def find_shipment(self, order_id: str, *, package_reference: str, tracking_number: str | None = None) -> str | None:
        order = self._order(order_id)
        return package_reference if package_reference in self._shipments(order) else None

    def update_tracking(
        self, order_id: str, *, package_reference: str, shipment_id: str, carrier: str, tracking_number: str
    ) -> None:
        order = self._order(order_id)
        shipment = self._shipments(order).get(package_reference)
        if shipment is None:
            raise RemoteRejected(
                Message(
                    "remote_no_shipment_for_parcel",
                    {"who": "WooCommerce", "order_id": order_id, "package_reference": package_reference},
                )
            )
        if shipment.get("tracking_number") != tracking_number:
            shipment.update(tracking_number=tracking_number, carrier=carrier or shipment.get("carrier", ""))
            self._call(
                "PUT",
                f"/orders/{quote(order_id, safe='')}",
                json={"meta_data": [{"key": META_PREFIX + package_reference, "value": shipment}]},
            )
        self._tell_buyer(order_id, carrier or str(shipment.get("carrier", "")), tracking_number)


def factory(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> WooCommerceMarketplace:
    return WooCommerceMarketplace(
        base_url or str(settings.get("store_url") or ""),
        consumer_key=secrets.get("consumer_key", ""),
        consumer_secret=secrets.get("consumer_secret", ""),
        shipment_tracking=bool(settings.get("shipment_tracking", False)),
        page_size=int(settings.get("page_size") or MAX_PAGE_SIZE),
    )
