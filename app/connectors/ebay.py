"""eBay through the Sell Fulfillment API, with an OAuth user token refreshed as it expires.

Secrets: ``client_id``, ``client_secret`` (the app's keyset) and ``refresh_token`` (the
seller's consent, valid 18 months); an ``access_token`` is optional and refreshed on
eBay's 401 "Invalid access token" (errorId 1001). Settings: ``carrier_codes`` maps a
carrier name to eBay's shippingCarrierCode, ``page_size`` (≤ 200).

eBay keeps no reference of ours on a shipping fulfillment: a package is recognised by
its tracking number.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote

from app.connectors.base import ConfirmedLine, RemoteAddress, RemoteLine, RemoteOrder
from app.connectors.http import JsonHttp, RemoteAuthFailed, RemoteThrottled, Response
from app.connectors.values import utc_time
from app.errors import RemoteRejected
from app.messages import Message
from app.ratelimit import RateLimit

log = logging.getLogger(__name__)

PRODUCTION_URL = "https://api.ebay.com"
API = "/sell/fulfillment/v1"
TOKEN_PATH = "/identity/v1/oauth2/token"
SCOPE = "https://api.ebay.com/oauth/api_scope/sell.fulfillment"
# eBay's default call limit once an app has production keys: 5,000 calls a day.
DAILY_CALL_LIMIT = 5000
RATE_LIMIT = RateLimit(per_second=DAILY_CALL_LIMIT / 86400, burst=200)
MAX_PAGE_SIZE = 200
INVALID_TOKEN = 1001  # errorId of "Invalid access token"
NEW_SELLER_HOLD = dt.timedelta(days=21)  # the longest hold eBay documents, when no release date is given
_CENT = Decimal("0.01")

# Common carrier names -> eBay's shippingCarrierCode; the account's settings may add more.
CARRIER_CODES = {
    "ups": "UPS",
    "usps": "USPS",
    "fedex": "FedEx",
    "dhl": "DHL",
    "royal mail": "RoyalMail",
    "yunexpress": "YunExpress",
    "4px": "FourPX",
    "yanwen": "Yanwen",
    "china post": "ChinaPost",
    "deutsche post": "DeutschePost",
}


def parse_time(value: object) -> dt.datetime | None:
    return utc_time(value, "eBay")


def ebay_time(moment: dt.datetime) -> str:
    """eBay's timestamp form: UTC, milliseconds, "Z"."""
    moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def money(amount: object) -> Decimal:
    value = amount.get("value") if isinstance(amount, Mapping) else amount
    try:
        return Decimal(str(value if value not in (None, "") else "0"))
    except InvalidOperation:
        raise RemoteRejected(Message("remote_unreadable_amount", {"who": "eBay", "amount": value})) from None


def order_from_ebay(raw: Mapping[str, Any]) -> RemoteOrder:
    """One getOrders order as a RemoteOrder (money as Decimal, times in UTC)."""
    order_id = str(raw["orderId"])
    updated = parse_time(raw.get("lastModifiedDate")) or parse_time(raw.get("creationDate"))
    if updated is None:
        raise RemoteRejected(f"eBay order {order_id} has no lastModifiedDate")
    created = parse_time(raw.get("creationDate"))
    cancelled = (raw.get("cancelStatus") or {}).get("cancelState") == "CANCELED"
    refunded = raw.get("orderPaymentStatus") == "FULLY_REFUNDED"
    if cancelled or refunded:
        status = "cancelled"
    elif raw.get("orderFulfillmentStatus") == "FULFILLED":
        status = "shipped"
    else:
        status = "unshipped"
    payments = (raw.get("paymentSummary") or {}).get("payments") or []
    paid_at: dt.datetime | None = None
    if raw.get("orderPaymentStatus") in ("PAID", "PARTIALLY_REFUNDED", "FULLY_REFUNDED"):
        dates = [parse_time(p.get("paymentDate")) for p in payments if p.get("paymentStatus") == "PAID"]
        paid_at = max((d for d in dates if d is not None), default=None) or created or updated
    hold_until: dt.datetime | None = None
    for payment in payments:
        for hold in payment.get("paymentHolds") or []:
            if hold.get("holdState") in ("HELD", "HELD_PENDING", "RELEASE_PENDING"):
                until = parse_time(hold.get("expectedReleaseDate")) or (paid_at or updated) + NEW_SELLER_HOLD
                hold_until = max(hold_until or until, until)
    instructions = (raw.get("fulfillmentStartInstructions") or [{}])[0]
    step = instructions.get("shippingStep") or {}
    ship = step.get("shipTo") or {}
    address = ship.get("contactAddress") or {}
    total = (raw.get("pricingSummary") or {}).get("total") or {}
    lines = []
    ship_by: dt.datetime | None = None
    for item in raw.get("lineItems") or []:
        quantity = int(item.get("quantity") or 0)
        cost = money(item.get("lineItemCost"))  # the unit price times the quantity
        unit = (cost / quantity).quantize(_CENT, ROUND_HALF_UP) if quantity else cost
        lines.append(
            RemoteLine(
                line_id=str(item["lineItemId"]),
                sku=str(item.get("sku") or item.get("legacyItemId") or ""),
                title=str(item.get("title") or ""),
                quantity=quantity,
                unit_price=unit,
            )
        )
        due = parse_time((item.get("lineItemFulfillmentInstructions") or {}).get("shipByDate"))
        if due is not None and (ship_by is None or due < ship_by):
            ship_by = due
    buyer = raw.get("buyer") or {}
    registration = buyer.get("buyerRegistrationAddress") or {}
    return RemoteOrder(
        id=order_id,
        number=str(raw.get("salesRecordReference") or order_id),
        status=status,
        updated_at=updated,
        created_at=created,
        paid_at=paid_at,
        currency=str(total.get("currency") or ""),
        total=money(total),
        shipping_service=str(step.get("shippingServiceCode") or ""),
        buyer_name=str(ship.get("fullName") or registration.get("fullName") or buyer.get("username") or ""),
        buyer_email=str(ship.get("email") or registration.get("email") or ""),
        buyer_note=str(raw.get("buyerCheckoutNotes") or ""),
        ship_to=RemoteAddress(
            name=str(ship.get("fullName") or ""),
            company=str(ship.get("companyName") or ""),
            address1=str(address.get("addressLine1") or ""),
            address2=str(address.get("addressLine2") or ""),
            city=str(address.get("city") or ""),
            region=str(address.get("stateOrProvince") or ""),
            postcode=str(address.get("postalCode") or ""),
            country=str(address.get("countryCode") or "").upper()[:2],
            phone=str((ship.get("primaryPhone") or {}).get("phoneNumber") or ""),
        ),
        lines=tuple(lines),
        payment_hold_until=hold_until,
        ship_by=ship_by,
    )


def reason(payload: Any) -> tuple[str, str]:
    """(words, errorId) from eBay's ``{"errors": [{errorId, message, longMessage}]}``."""
    errors = payload.get("errors") if isinstance(payload, Mapping) else None
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], Mapping):
        return "", ""
    first = errors[0]
    message = str(first.get("message") or "")
    long_message = str(first.get("longMessage") or "")
    words = message if not long_message or long_message == message else f"{message}: {long_message}"
    return words, str(first.get("errorId") or "")


class EbayMarketplace:
    rate_limit = RATE_LIMIT

    def __init__(
        self,
        base_url: str,
        *,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        access_token: str = "",
        carrier_codes: Mapping[str, str] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        timeout: float = 20.0,
    ) -> None:
        self.http = JsonHttp(
            base_url or PRODUCTION_URL,
            timeout=timeout,
            what="eBay",
            secrets=[client_secret, refresh_token, access_token],
        )
        self._client = (client_id, client_secret)
        self._refresh_token = refresh_token
        self._access_token = access_token
        self._token_lock = threading.Lock()
        self.carrier_codes = {k.lower(): v for k, v in {**CARRIER_CODES, **(carrier_codes or {})}.items()}
        self.page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        # package reference -> tracking number sent from this process (eBay keeps no reference).
        self._sent: dict[str, str] = {}

    # --- authentication ---------------------------------------------------------------

    def _refresh(self, stale: str) -> str:
        if not (self._client[0] and self._client[1] and self._refresh_token):
            raise RemoteAuthFailed(
                "the eBay account has no keys: enter the app's client id and secret and connect the seller account",
                code="no_credentials",
            )
        with self._token_lock:
            if self._access_token and self._access_token != stale:
                return self._access_token  # another thread refreshed it meanwhile
            import base64

            basic = base64.b64encode(f"{self._client[0]}:{self._client[1]}".encode()).decode()
            try:
                response = self.http.request(
                    "POST",
                    TOKEN_PATH,
                    form={"grant_type": "refresh_token", "refresh_token": self._refresh_token, "scope": SCOPE},
                    headers={"Authorization": f"Basic {basic}"},
                )
            except RemoteThrottled:
                raise
            except RemoteRejected as exc:
                payload = getattr(exc, "payload", {}) or {}
                if getattr(exc, "status", 0) in (400, 401) and isinstance(payload, Mapping):
                    raise RemoteAuthFailed(
                        "eBay refused the refresh token "
                        f"({payload.get('error_description') or payload.get('error') or exc}); connect the eBay account again",
                        code=str(payload.get("error") or "invalid_grant"),
                    ) from None
                raise
            token = str((response.body or {}).get("access_token") or "")
            if not token:
                raise RemoteRejected(Message("remote_no_access_token", {"who": "eBay"}), retryable=True)
            self.http.add_secret(token)
            self._access_token = token
            return token

    def _call(self, method: str, path: str, **kwargs: Any) -> Response:
        """One API call with the user token; an expired token is refreshed and the call made once more."""
        token = self._access_token or self._refresh("")
        try:
            return self._send(method, path, token, **kwargs)
        except RemoteAuthFailed as exc:
            if reason(getattr(exc, "payload", {}))[1] not in (str(INVALID_TOKEN), ""):
                raise
            log.info("eBay access token refused; refreshing it")
            return self._send(method, path, self._refresh(token), **kwargs)

    def _send(self, method: str, path: str, token: str, **kwargs: Any) -> Response:
        try:
            return self.http.request(method, path, headers={"Authorization": f"Bearer {token}"}, **kwargs)
        except (RemoteThrottled, RemoteAuthFailed):
            raise
        except RemoteRejected as exc:
            words, error_id = reason(getattr(exc, "payload", {}))
            if not words:
                raise
            status = getattr(exc, "status", "")
            better = RemoteRejected(
                Message(
                    "remote_refused_status_error",
                    {"who": "eBay", "status": status, "error_id": error_id, "text": words},
                ),
                code=error_id,
                retryable=exc.retryable,
            )
            for name in ("payload", "status", "headers", "retry_after"):
                setattr(better, name, getattr(exc, name, None))
            raise better from None

    # --- orders -----------------------------------------------------------------------

    def pull_orders(self, updated_after: dt.datetime | None) -> Iterator[list[RemoteOrder]]:
        """Orders to ship (or cancelled) changed since ``updated_after``, oldest change first.

        eBay pages by offset over an order it does not promise (newest checkout first), so
        every page is read before any is yielded; a page then holds the oldest changes, and a
        pull that stops half-way never moves the cursor past an order it has not seen.
        """
        parts = []
        if updated_after is not None:
            parts.append(f"lastmodifieddate:[{ebay_time(updated_after)}..]")
        parts.append("orderfulfillmentstatus:{NOT_STARTED|IN_PROGRESS}")
        seen: dict[str, RemoteOrder] = {}
        offset = 0
        while True:
            body = self._call(
                "GET",
                f"{API}/order",
                params={"filter": ",".join(parts), "limit": str(self.page_size), "offset": str(offset)},
            ).body
            orders = body.get("orders") or []
            for raw in orders:
                order = order_from_ebay(raw)
                seen[order.id] = order
            offset += len(orders)
            if not body.get("next") or not orders or offset >= int(body.get("total") or 0):
                break
        ordered = sorted(seen.values(), key=lambda o: (o.updated_at, o.id))
        for start in range(0, len(ordered), self.page_size):
            yield ordered[start : start + self.page_size]

    def test_connection(self) -> str:
        body = self._call(
            "GET", f"{API}/order", params={"filter": "orderfulfillmentstatus:{NOT_STARTED|IN_PROGRESS}", "limit": "1"}
        ).body
        return f"eBay: connected, {int(body.get('total') or 0)} orders to ship"

    # --- shipments --------------------------------------------------------------------

    def carrier_code(self, carrier: str) -> str:
        key = carrier.strip().lower()
        for name, code in self.carrier_codes.items():
            if name == key or name in key:
                return code
        return "".join(carrier.split()) or "Other"

    def confirm_shipment(
        self,
        order_id: str,
        *,
        package_reference: str,
        carrier: str,
        tracking_number: str,
        lines: list[ConfirmedLine],
    ) -> str:
        if self._sent.get(package_reference) == tracking_number:
            # Tried before from here (an error that may have acted): look before sending again.
            found = self.find_shipment(order_id, package_reference=package_reference, tracking_number=tracking_number)
            if found is not None:
                return found
        self._sent[package_reference] = tracking_number
        response = self._call(
            "POST",
            f"{API}/order/{quote(order_id, safe='')}/shipping_fulfillment",
            json={
                "lineItems": [{"lineItemId": ln.line_id, "quantity": ln.quantity} for ln in lines],
                "shippedDate": ebay_time(dt.datetime.now(dt.UTC)),
                "shippingCarrierCode": self.carrier_code(carrier),
                "trackingNumber": tracking_number,
            },
        )
        location = response.headers.get("location", "")
        return location.rstrip("/").rsplit("/", 1)[-1] if location else tracking_number

    def find_shipment(self, order_id: str, *, package_reference: str, tracking_number: str | None = None) -> str | None:
        """The fulfillment carrying this package's tracking number, or None.

        The tracking number is the one passed, or the one this process sent for the
        reference. Without either, an order that already has fulfillments cannot be told
        apart: that is refused (no blind second confirmation).
        """
        tracking = tracking_number or self._sent.get(package_reference)
        response = self._call("GET", f"{API}/order/{quote(order_id, safe='')}/shipping_fulfillment")
        if response.status == 404:
            return None
        fulfillments = response.body.get("fulfillments") or []
        if tracking is None:
            if not fulfillments:
                return None
            raise RemoteRejected(
                f"cannot tell whether parcel {package_reference} reached eBay: order {order_id} has "
                f"{len(fulfillments)} shipment(s) and eBay keeps no parcel reference; check the order in Seller Hub",
                code="ambiguous",
            )
        for fulfillment in fulfillments:
            if str(fulfillment.get("shipmentTrackingNumber") or "") == tracking:
                return str(fulfillment.get("fulfillmentId") or tracking)
        return None

    def update_tracking(
        self, order_id: str, *, package_reference: str, shipment_id: str, carrier: str, tracking_number: str
    ) -> None:
        raise RemoteRejected(
            Message("remote_cannot_change_tracking", {"who": "eBay", "order_id": order_id}),
            code="not_supported",
        )


def factory(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> EbayMarketplace:
    return EbayMarketplace(
        base_url,
        client_id=secrets.get("client_id", "") or str(settings.get("client_id", "")),
        client_secret=secrets.get("client_secret", ""),
        refresh_token=secrets.get("refresh_token", ""),
        access_token=secrets.get("access_token", ""),
        carrier_codes=settings.get("carrier_codes") or None,
        page_size=int(settings.get("page_size") or MAX_PAGE_SIZE),
    )


def exchange_code(base_url: str, *, client_id: str, client_secret: str, code: str, redirect_uri: str) -> str:
    """The authorisation-code grant's second step: the consent's code for a refresh token.

    ``redirect_uri`` is the RuName (or the loopback address the consent page was given).
    """
    import base64

    if not (client_id and client_secret):
        raise RemoteAuthFailed("enter the App ID and Cert ID before connecting the eBay account", code="no_credentials")
    http = JsonHttp(base_url or PRODUCTION_URL, timeout=20.0, what="eBay", secrets=[client_secret, code])
    basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
    try:
        body = http.request(
            "POST",
            TOKEN_PATH,
            form={"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri},
            headers={"Authorization": f"Basic {basic}"},
        ).body
    except RemoteRejected as exc:
        payload = getattr(exc, "payload", {}) or {}
        if getattr(exc, "status", 0) in (400, 401) and isinstance(payload, Mapping):
            reason = payload.get("error_description") or payload.get("error") or exc
            raise RemoteAuthFailed(
                f"eBay refused the authorisation code ({reason}); press Connect again",
                code=str(payload.get("error") or "invalid_grant"),
            ) from None
        raise
    refresh = str((body or {}).get("refresh_token") or "") if isinstance(body, Mapping) else ""
    if not refresh:
        raise RemoteRejected("eBay answered without a refresh token: press Connect again", code="no_refresh_token")
    return refresh
