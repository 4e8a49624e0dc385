"""Amazon Selling Partner API (merchant-fulfilled orders) through python-amazon-sp-api.

- Orders: ``getOrders`` (LastUpdatedAfter, MFN, NextToken pages) called with a restricted
  data token so the shipping address and buyer come with it, then ``getOrderItems`` per
  order (following its NextToken).
- Confirmation: ``confirmShipment`` with ``packageDetail.packageReferenceId``. Amazon
  keys a package by (order, packageReferenceId): sending the same id again *edits* that
  package instead of adding one ("Confirm the shipment status" guide), so a retry can never
  ship twice. The id must be a positive number: our package reference written as digits
  (``7K3QZP00001234`` -> ``1072XXXXX1234``, see ``package_reference_id``). The shipment id we keep is that
  packageReferenceId; ``update_tracking`` is the same call with new tracking details.
- ``find_shipment``: Orders API 2026-01-01 ``getOrder(includedData=PACKAGES)`` lists the
  order's packages with their packageReferenceId.
- Auth: LWA refresh-token grant; a 403 ``Unauthorized`` (expired / revoked access token)
  drops the cached token and tries once more with a fresh one.
- Throttling: each operation waits on a token bucket with Amazon's documented usage plan
  (``RATES``); a 429 becomes ``RemoteThrottled`` with the wait the rate header implies.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import httpx

from app.connectors.base import ConfirmedLine, RemoteAddress, RemoteLine, RemoteOrder
from app.connectors.http import RemoteAuthFailed, RemoteThrottled, scrub
from app.connectors.values import utc_time
from app.errors import (
    InvalidInput,
    RemoteOutcomeUnknown,
    RemoteRejected,
    RemoteUnreachable,
)
from app.messages import Message
from app.ratelimit import RateLimit, TokenBucket
from app.references import amazon_package_id

log = logging.getLogger(__name__)

T = TypeVar("T")

# Documented usage plans, (requests per second, burst), per operation.
RATES: dict[str, tuple[float, int]] = {
    "getOrders": (0.0167, 20),
    "getOrderItems": (0.5, 30),
    "confirmShipment": (2.0, 10),
    "createRestrictedDataToken": (1.0, 10),
    "getOrder2026": (0.5, 30),
}
REGION_ENDPOINTS = {
    "na": "https://sellingpartnerapi-na.amazon.com",
    "eu": "https://sellingpartnerapi-eu.amazon.com",
    "fe": "https://sellingpartnerapi-fe.amazon.com",
}
LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"
PULL_STATUSES = ("Pending", "Unshipped", "PartiallyShipped", "Canceled")
INITIAL_DAYS = 30  # first pull of a new account: the orders of the last 30 days
CARRIER_CODES = {  # our carrier names -> Amazon carrierCode; anything else goes as "Other"
    "dhl": "DHL",
    "dhl express": "DHL",
    "ups": "UPS",
    "fedex": "FedEx",
    "usps": "USPS",
    "royal mail": "Royal Mail",
    "dpd": "DPD",
    "gls": "GLS",
    "hermes": "Hermes",
    "yunexpress": "YunExpress",
    "4px": "4PX",
    "yanwen": "Yanwen",
    "china post": "China Post",
    "deutsche post": "Deutsche Post",
}


def package_reference_id(package_reference: str) -> str:
    """Amazon's packageReferenceId (a positive number) for our package reference.

    ``<installation><parcel number>`` is written as digits (`app.references.amazon_package_id`):
    unique across databases. A bare parcel number (a package confirmed before references
    carried the installation) keeps the number it was sent as, its digits. Any other
    reference gets a stable 15-digit number from its hash.
    """
    numeric = amazon_package_id(package_reference)
    if numeric is not None:
        return numeric
    match = re.fullmatch(r"[A-Za-z]*0*([1-9][0-9]{0,17})", package_reference)
    if match:
        return match.group(1)
    return str(int(hashlib.sha256(package_reference.encode()).hexdigest()[:12], 16) + 10**14)


def carrier_code(carrier: str) -> tuple[str, str | None]:
    """(carrierCode, carrierName): a known carrier by its code, the rest as "Other" + name."""
    code = CARRIER_CODES.get(carrier.strip().lower())
    return (code, None) if code else ("Other", carrier or "Other")


# -- mapping -----------------------------------------------------------------------------


def _time(value: str | None) -> dt.datetime | None:
    return utc_time(value, "Amazon")


def _money(value: Any, what: str) -> Decimal:
    amount = (value or {}).get("Amount") if isinstance(value, dict) else None
    if amount is None:
        return Decimal(0)
    try:
        return Decimal(str(amount))
    except InvalidOperation:
        raise RemoteRejected(
            Message("remote_invalid_amount", {"who": "Amazon", "amount": amount, "what": what})
        ) from None


def order_from_amazon(raw: Mapping[str, Any], items: list[Mapping[str, Any]]) -> RemoteOrder:
    """One Orders v0 ``Order`` plus its ``OrderItems`` as a RemoteOrder."""
    order_id = str(raw["AmazonOrderId"])
    status = raw.get("OrderStatus", "")
    ship = raw.get("ShippingAddress") or {}
    buyer = raw.get("BuyerInfo") or {}
    updated = _time(raw.get("LastUpdateDate")) or _time(raw.get("PurchaseDate"))
    if updated is None:
        raise RemoteRejected(f"Amazon order {order_id} has no LastUpdateDate")
    purchased = _time(raw.get("PurchaseDate"))
    lines = []
    notes = []
    for item in items:
        quantity = int(item.get("QuantityOrdered") or 0)
        if quantity <= 0:
            continue  # an item the buyer cancelled
        price = _money(item.get("ItemPrice"), f"item {item.get('OrderItemId')}")
        lines.append(
            RemoteLine(
                line_id=str(item["OrderItemId"]),
                sku=str(item.get("SellerSKU") or item.get("ASIN") or ""),
                title=str(item.get("Title") or ""),
                quantity=quantity,
                # ItemPrice is the price of the whole quantity
                unit_price=(price / quantity).quantize(Decimal("0.01"), ROUND_HALF_UP),
            )
        )
        gift = (item.get("BuyerInfo") or {}).get("GiftMessageText")
        if gift:
            notes.append(str(gift))
    total = raw.get("OrderTotal") or {}
    return RemoteOrder(
        id=order_id,
        number=order_id,
        status={"Canceled": "cancelled", "Shipped": "shipped"}.get(status, "unshipped"),
        updated_at=updated,
        created_at=purchased,
        # Pending: payment not authorised yet; Amazon says not to ship such an order.
        paid_at=None if status == "Pending" else purchased,
        currency=str(total.get("CurrencyCode") or ""),
        total=_money(total, f"order {order_id}")
        if total
        else sum((ln.unit_price * ln.quantity for ln in lines), Decimal(0)),
        shipping_service=str(raw.get("ShipmentServiceLevelCategory") or raw.get("ShipServiceLevel") or ""),
        buyer_name=str(buyer.get("BuyerName") or ship.get("Name") or ""),
        buyer_email=str(buyer.get("BuyerEmail") or ""),
        buyer_note="\n".join(notes),
        ship_to=RemoteAddress(
            name=str(ship.get("Name") or ""),
            company=str(ship.get("CompanyName") or ""),
            address1=str(ship.get("AddressLine1") or ""),
            address2=", ".join(str(ship[k]) for k in ("AddressLine2", "AddressLine3") if ship.get(k)),
            city=str(ship.get("City") or ""),
            region=str(ship.get("StateOrRegion") or ship.get("County") or ""),
            postcode=str(ship.get("PostalCode") or ""),
            country=str(ship.get("CountryCode") or "").upper()[:2],
            phone=str(ship.get("Phone") or ""),
        ),
        lines=tuple(lines),
        ship_by=_time(raw.get("LatestShipDate")),
    )


# -- plumbing around python-amazon-sp-api ------------------------------------------------


class _HttpTransport(Protocol):
    """What sp_api's clients call their ``_transport``: its own HttpxTransport, or ours."""

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response: ...

    def close(self) -> None: ...


class _Transport:
    """httpx underneath sp_api, with failures sorted the way the outbox needs."""

    def __init__(self, timeout: float, secrets: list[str]) -> None:
        self._client = httpx.Client(timeout=timeout)
        self._secrets = secrets

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        from sp_api.base.exceptions import get_exception_for_code

        # Getting a token changes nothing on Amazon's side: a lost answer is just a failure.
        mutating = method not in ("GET", "HEAD") and not url.endswith(("/auth/o2/token", "/restrictedDataToken"))
        try:
            response = self._client.request(method, url, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise RemoteUnreachable(
                Message("remote_unreachable", {"name": "Amazon", "reason": self._short(exc)})
            ) from None
        except httpx.HTTPError as exc:  # sent, no (complete) answer
            if mutating:
                raise RemoteOutcomeUnknown(
                    Message("remote_did_not_answer", {"who": "Amazon", "reason": self._short(exc)})
                ) from None
            raise RemoteUnreachable(
                Message("remote_dropped_detail", {"what": "Amazon", "reason": self._short(exc)})
            ) from None
        if response.status_code >= 400:
            try:
                body = response.json()
            except ValueError:
                body = None
            if url.endswith("/auth/o2/token"):
                if not isinstance(body, dict):  # sp_api's token client would crash on it
                    raise RemoteRejected(
                        Message("remote_login_answered", {"who": "Amazon", "status_code": response.status_code}),
                        retryable=response.status_code >= 500,
                    )
                return response
            if not isinstance(body, dict) or not body.get("errors"):  # sp_api would take it for a success
                message = body.get("message", "") if isinstance(body, dict) else response.text[:200]
                raise get_exception_for_code(response.status_code)(
                    [{"code": str(response.status_code), "message": message or response.reason_phrase}],
                    headers=response.headers,
                )
        return response

    def close(self) -> None:
        self._client.close()

    def _short(self, exc: Exception) -> str:
        from app.connectors.http import network_words

        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, OSError):
            cause = cause.__cause__ or cause.__context__
        if cause is None and isinstance(exc, httpx.TimeoutException):
            cause = TimeoutError()
        words = network_words(cause) if cause is not None else (str(exc) or type(exc).__name__)
        if "Errno" in words:
            words = "the connection failed"
        return scrub(words, self._secrets)[:120]


def _lwa_client_class(token_url: str, transport: _Transport) -> type:
    """An AccessTokenClient posting to ``token_url``, caching its token per connector."""
    from sp_api.auth import AccessTokenClient, AccessTokenResponse

    class LwaTokens(AccessTokenClient):
        _transport: _HttpTransport

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._transport.close()
            self._transport = transport
            self._lock = threading.Lock()
            self._token: dict[str, Any] | None = None
            self._expires = 0.0

        def get_auth(self) -> AccessTokenResponse:
            with self._lock:
                if self._token is None or time.monotonic() >= self._expires:
                    self._token = self._request(token_url, self.data, self.headers)
                    self._expires = time.monotonic() + max(60, int(self._token.get("expires_in") or 3600) - 60)
                return AccessTokenResponse(**self._token)

        def forget(self) -> None:
            with self._lock:
                self._token = None

    return LwaTokens


def _client(cls: type, endpoint: str, transport: _Transport, **kwargs: Any) -> Any:
    """An sp_api client class pointed at ``endpoint`` (production region or the simulator)."""

    class Pointed(cls):
        @property
        def headers(self) -> dict[str, str]:
            headers = super().headers
            headers["host"] = urlsplit(self.endpoint).netloc
            return headers

    client = Pointed(**kwargs)
    client.endpoint = endpoint.rstrip("/")
    client._transport.close()  # sp_api's own httpx client: ours sorts failures for the outbox
    client._transport = transport
    return client


class AmazonConnector:
    # The account's overall pace (app.ratelimit attaches a bucket to ``limiter``); each
    # operation also waits on its own documented usage plan in ``buckets``.
    rate_limit = RateLimit(per_second=2.5, burst=30)

    def __init__(
        self,
        *,
        endpoint: str,
        token_url: str,
        marketplace_id: str,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        restricted_data: bool = True,
        timeout: float = 20.0,
        buckets: Mapping[str, TokenBucket] | None = None,
        page_size: int = 100,
        initial_days: int = INITIAL_DAYS,
    ) -> None:
        from sp_api.api import Tokens
        from sp_api.api.orders.orders_2026_01_01 import OrdersV20260101
        from sp_api.api.orders.orders_v0 import OrdersV0
        from sp_api.base import Marketplaces
        from sp_api.base.credential_provider import FromCodeCredentialProvider

        if not (client_id and client_secret and refresh_token):
            raise InvalidInput(Message("amazon_account_needs_lwa_client"))
        self.marketplace_id = marketplace_id
        self.restricted_data = restricted_data
        self.page_size = page_size
        self.initial_days = initial_days
        self.buckets = dict(buckets or {})
        self.limiter: TokenBucket | None = None
        self._secrets = [client_secret, refresh_token]
        self._transport = _Transport(timeout, self._secrets)
        lwa = _lwa_client_class(token_url, self._transport)
        common = {
            "marketplace": Marketplaces.US,  # only its defaults; endpoint and id are set below
            "refresh_token": refresh_token,
            "credentials": {"lwa_app_id": client_id, "lwa_client_secret": client_secret},
            "auth_token_client_class": lwa,
            # secrets come from the keyring only, never from sp_api's env / file / AWS lookups
            "credential_providers": (FromCodeCredentialProvider,),
        }
        self._orders = _client(OrdersV0, endpoint, self._transport, **common)
        self._orders_pii = _client(OrdersV0, endpoint, self._transport, **common)
        self._orders_2026 = _client(OrdersV20260101, endpoint, self._transport, **common)
        self._tokens = _client(Tokens, endpoint, self._transport, **common)
        self._clients = (self._orders, self._orders_pii, self._orders_2026, self._tokens)
        for client in self._clients:
            client.marketplace_id = marketplace_id
        # one access token for all of them
        self._orders_pii._auth = self._orders_2026._auth = self._tokens._auth = self._orders._auth

    # -- the connector interface ---------------------------------------------------------

    def pull_orders(self, updated_after: dt.datetime | None) -> Iterator[list[RemoteOrder]]:
        since = updated_after or dt.datetime.now(dt.UTC) - dt.timedelta(days=self.initial_days)
        params: dict[str, Any] = {
            "LastUpdatedAfter": _iso(since),
            "MarketplaceIds": [self.marketplace_id],
            "FulfillmentChannels": ["MFN"],
            "OrderStatuses": list(PULL_STATUSES),
            "MaxResultsPerPage": self.page_size,
        }
        while True:
            response = self._get_orders(params)
            payload = response.payload or {}
            yield [order_from_amazon(raw, self._items(raw["AmazonOrderId"])) for raw in payload.get("Orders", [])]
            token = payload.get("NextToken")
            if not token:
                return
            params = {"NextToken": token, "MarketplaceIds": [self.marketplace_id], "MaxResultsPerPage": self.page_size}

    def confirm_shipment(
        self, order_id: str, *, package_reference: str, carrier: str, tracking_number: str, lines: list[ConfirmedLine]
    ) -> str:
        reference = package_reference_id(package_reference)
        self._confirm(order_id, reference, carrier, tracking_number, [(ln.line_id, ln.quantity) for ln in lines])
        return reference

    def find_shipment(self, order_id: str, *, package_reference: str, tracking_number: str | None = None) -> str | None:
        reference = package_reference_id(package_reference)
        response = self._call("getOrder2026", lambda: self._orders_2026.get_order(order_id, includedData=["PACKAGES"]))
        packages = ((response.payload or {}).get("order") or {}).get("packages") or []
        for package in packages:
            if str(package.get("packageReferenceId")) == reference:
                if (package.get("packageStatus") or {}).get("status") == "CANCELLED":
                    return None
                return reference
        return None

    def update_tracking(
        self, order_id: str, *, package_reference: str, shipment_id: str, carrier: str, tracking_number: str
    ) -> None:
        """Amazon edits a confirmed package when it is confirmed again with the same id."""
        response = self._call("getOrder2026", lambda: self._orders_2026.get_order(order_id, includedData=["PACKAGES"]))
        packages = ((response.payload or {}).get("order") or {}).get("packages") or []
        package = next((p for p in packages if str(p.get("packageReferenceId")) == shipment_id), None)
        if package is None:
            raise RemoteRejected(
                Message(
                    "remote_no_package_to_correct", {"who": "Amazon", "shipment_id": shipment_id, "order_id": order_id}
                )
            )
        items = [(str(i["orderItemId"]), int(i["quantity"])) for i in package.get("packageItems") or []]
        self._confirm(order_id, shipment_id, carrier, tracking_number, items)

    def test_connection(self) -> str:
        since = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        self._call(
            "getOrders",
            lambda: self._orders.get_orders(
                LastUpdatedAfter=_iso(since), MarketplaceIds=[self.marketplace_id], MaxResultsPerPage=1
            ),
        )
        return f"Connected to Amazon marketplace {self.marketplace_id}"

    def close(self) -> None:
        self._transport.close()

    # -- calls -----------------------------------------------------------------------------

    def _get_orders(self, params: dict[str, Any]) -> Any:
        if not self.restricted_data:
            return self._call("getOrders", lambda: self._orders.get_orders(**params))

        def with_rdt() -> Any:
            if not self._orders_pii.restricted_data_token:
                self._orders_pii.restricted_data_token = self._restricted_token()
            return self._orders_pii.get_orders(**params)

        return self._call(
            "getOrders", with_rdt, on_refresh=lambda: setattr(self._orders_pii, "restricted_data_token", None)
        )

    def _restricted_token(self) -> str:
        self._wait("createRestrictedDataToken")
        response = self._tokens.create_restricted_data_token(
            restrictedResources=[
                {"method": "GET", "path": "/orders/v0/orders", "dataElements": ["buyerInfo", "shippingAddress"]}
            ]
        )
        return str((response.payload or {}).get("restrictedDataToken"))

    def _items(self, order_id: str) -> list[Mapping[str, Any]]:
        items: list[Mapping[str, Any]] = []
        token: str | None = None
        while True:
            kwargs = {"NextToken": token} if token else {}
            response = self._call("getOrderItems", functools.partial(self._orders.get_order_items, order_id, **kwargs))
            payload = response.payload or {}
            items += payload.get("OrderItems", [])
            token = payload.get("NextToken")
            if not token:
                return items

    def _confirm(
        self, order_id: str, reference: str, carrier: str, tracking: str, lines: list[tuple[str, int]]
    ) -> None:
        code, name = carrier_code(carrier)
        detail: dict[str, Any] = {
            "packageReferenceId": reference,
            "carrierCode": code,
            "trackingNumber": tracking,
            "shipDate": _iso(dt.datetime.now(dt.UTC)),
            "orderItems": [{"orderItemId": line_id, "quantity": quantity} for line_id, quantity in lines],
        }
        if name:
            detail["carrierName"] = name
        self._call(
            "confirmShipment",
            lambda: self._orders.confirm_shipment(order_id, packageDetail=detail, marketplaceId=self.marketplace_id),
            what=f"the shipment of order {order_id}",
        )

    def _wait(self, operation: str) -> None:
        for bucket in (self.limiter, self.buckets.get(operation)):
            if bucket is not None:
                bucket.acquire()

    def _call(
        self, operation: str, call: Callable[[], T], *, what: str = "", on_refresh: Callable[[], None] | None = None
    ) -> T:
        """One SP-API operation: rate-limited, one token refresh on 403, errors sorted."""
        from sp_api.auth.exceptions import AuthorizationError
        from sp_api.base.exceptions import (
            SellingApiException,
            SellingApiForbiddenException,
            SellingApiRequestThrottledException,
        )

        what = what or f"the {operation} request"
        for attempt in (1, 2):
            self._wait(operation)
            try:
                return call()
            except AuthorizationError as exc:
                status = int(exc.status_code or 0)
                if status == 429:
                    raise RemoteThrottled(
                        Message("remote_login_throttling", {"who": "Amazon"}), retry_after=1.0
                    ) from None
                if status >= 500:
                    raise RemoteRejected(
                        Message("remote_login_failed", {"who": "Amazon", "reason": exc.message or status}),
                        code=str(status),
                        retryable=True,
                    ) from None
                raise RemoteAuthFailed(
                    self._scrub(
                        f"Amazon refused the account's credentials ({exc.error_code}: {exc.message}); authorise the app again"
                    ),
                    code=str(exc.error_code or "unauthorized"),
                ) from None
            except SellingApiForbiddenException as exc:
                if attempt == 1:
                    log.info("Amazon refused the access token (%s); refreshing it", getattr(exc, "message", ""))
                    self._orders._auth.forget()
                    if on_refresh is not None:
                        on_refresh()
                    continue
                raise RemoteAuthFailed(
                    self._scrub(f"Amazon refused access to {what}: {_reason(exc)}"), code="Unauthorized"
                ) from None
            except SellingApiRequestThrottledException as exc:
                raise RemoteThrottled(
                    Message("remote_throttling_requests", {"who": "Amazon", "operation": operation}),
                    retry_after=_retry_after(operation, exc.headers),
                ) from None
            except SellingApiException as exc:
                status = type(exc).code
                error = RemoteRejected(
                    self._scrub_message(
                        Message("remote_refused_what", {"who": "Amazon", "what": what, "reason": _reason(exc)})
                    ),
                    code=str(getattr(exc, "amzn_code", "") or status),
                    retryable=status >= 500,
                )
                error.status = status  # type: ignore[attr-defined]
                raise error from None
        raise AssertionError("unreachable")

    def _scrub(self, text: str) -> str:
        return scrub(text, self._secrets)

    def _scrub_message(self, message: Message) -> Message:
        return message.with_params(lambda v: self._scrub(v) if isinstance(v, str) else v)


def _reason(exc: Any) -> str:
    errors = getattr(exc, "error", None) or []
    parts = []
    for error in errors if isinstance(errors, list) else []:
        if isinstance(error, dict):
            text = str(error.get("message") or error.get("code") or "")
            if error.get("details"):
                text += f" ({error['details']})"
            parts.append(text)
    return "; ".join(parts) or "no reason given"


def _retry_after(operation: str, headers: Any) -> float:
    """Seconds until the bucket has a token again: 1 / the rate Amazon states for us."""
    try:
        rate = float((headers or {}).get("x-amzn-RateLimit-Limit") or RATES[operation][0])
    except (TypeError, ValueError):
        rate = RATES[operation][0]
    return round(1.0 / rate, 1) if rate > 0 else 60.0


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_settings(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> AmazonConnector:
    """Registry factory. Settings: marketplace_id, region (na|eu|fe), restricted_data,
    rate_limits (False only for the simulator); secrets: client_id, client_secret, refresh_token.
    """
    marketplace_id = str(settings.get("marketplace_id") or "")
    if not marketplace_id:
        raise InvalidInput(Message("amazon_shop_needs_marketplace_id"))
    if base_url:
        endpoint, token_url = base_url.rstrip("/"), base_url.rstrip("/") + "/auth/o2/token"
    else:
        region = str(settings.get("region") or "eu").lower()
        if region not in REGION_ENDPOINTS:
            raise InvalidInput(Message("unknown_amazon_region_na_eu", {"region": region}))
        endpoint, token_url = REGION_ENDPOINTS[region], LWA_TOKEN_URL
    buckets = None
    if settings.get("rate_limits", True):
        buckets = {operation: TokenBucket(RateLimit(rate, burst)) for operation, (rate, burst) in RATES.items()}
    return AmazonConnector(
        endpoint=endpoint,
        token_url=token_url,
        marketplace_id=marketplace_id,
        client_id=secrets.get("client_id", ""),
        client_secret=secrets.get("client_secret", ""),
        refresh_token=secrets.get("refresh_token", ""),
        restricted_data=bool(settings.get("restricted_data", True)),
        buckets=buckets,
    )
