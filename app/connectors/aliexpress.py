"""AliExpress through the open platform's IOP gateway (``api-sg.aliexpress.com``).

Secrets: ``app_key``, ``app_secret`` (the app), ``refresh_token`` (the seller's
authorisation) and optionally ``access_token``; an ``IllegalAccessToken`` answer refreshes
the token through ``/rest/auth/token/refresh`` and the call is made once more.
Settings: ``service_names`` maps a carrier name to AliExpress's logistics service name
(else "OTHER" with ``tracking_website``), ``page_size`` (≤ 50).

Every call is signed (``sign``). The order list has no addresses, so each order is read
with ``aliexpress.solution.order.info.get`` too. Dates are Pacific time on the wire.
AliExpress ships by order, not by line, and keeps no reference of ours: a package is
recognised by its logistics (tracking) number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from app.connectors.base import ConfirmedLine, RemoteAddress, RemoteLine, RemoteOrder
from app.connectors.http import JsonHttp, RemoteAuthFailed, RemoteThrottled
from app.errors import RemoteRejected
from app.messages import Message
from app.ratelimit import RateLimit

log = logging.getLogger(__name__)

PRODUCTION_URL = "https://api-sg.aliexpress.com"
REFRESH_API = "/auth/token/refresh"
# AliExpress limits calls per second for each app (the app console shows its figure).
APP_QPS = 5
RATE_LIMIT = RateLimit(per_second=APP_QPS, burst=APP_QPS * 2)
MAX_PAGE_SIZE = 50
PACIFIC = ZoneInfo("America/Los_Angeles")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
RISK_CONTROL_HOLD = dt.timedelta(hours=24)  # new payments are checked for 24 hours
DISPUTE_HOLD = dt.timedelta(days=7)  # a cancel request or frozen funds: wait for the outcome
DEFAULT_TRACKING_WEBSITE = "https://global.cainiao.com/"

OPEN_STATUSES = (
    "PLACE_ORDER_SUCCESS",
    "RISK_CONTROL",
    "WAIT_SELLER_EXAMINE_MONEY",
    "IN_CANCEL",
    "WAIT_SELLER_SEND_GOODS",
    "SELLER_PART_SEND_GOODS",
)
CHANGED_STATUSES = (*OPEN_STATUSES, "WAIT_BUYER_ACCEPT_GOODS", "FUND_PROCESSING", "IN_ISSUE", "IN_FROZEN", "FINISH")
_HELD = ("RISK_CONTROL", "WAIT_SELLER_EXAMINE_MONEY")
_SHIPPED = ("WAIT_BUYER_ACCEPT_GOODS", "FUND_PROCESSING", "IN_ISSUE")
_BAN = re.compile(r"(\d+)\s*more\s*seconds?")


def sign(secret: str, api: str, params: Mapping[str, str]) -> str:
    """The IOP signature: HMAC-SHA256 (key: the app secret) over the parameters sorted by
    name, each name followed by its value, with nothing between; for a ``/rest`` call the
    API path goes in front. Upper-case hex. ``sign`` itself is never signed."""
    text = "".join(f"{key}{params[key]}" for key in sorted(params) if key != "sign")
    if "/" in api:
        text = api + text
    return hmac.new(secret.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).hexdigest().upper()


def pacific_time(value: object) -> dt.datetime | None:
    """AliExpress's "yyyy-MM-dd HH:mm:ss" (US Pacific) as an aware UTC time."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.datetime.strptime(value, TIME_FORMAT).replace(tzinfo=PACIFIC).astimezone(dt.UTC)
    except ValueError:
        raise RemoteRejected(Message("remote_unreadable_date", {"who": "AliExpress", "value": value})) from None


def to_pacific(moment: dt.datetime) -> str:
    return moment.astimezone(PACIFIC).strftime(TIME_FORMAT)


def _amount(value: object) -> Decimal:
    amount = value.get("amount") if isinstance(value, Mapping) else value
    try:
        return Decimal(str(amount if amount not in (None, "") else "0"))
    except InvalidOperation:
        raise RemoteRejected(Message("remote_unreadable_amount", {"who": "AliExpress", "amount": amount})) from None


def _listed(container: object, key: str) -> list[Mapping[str, Any]]:
    """AliExpress wraps lists: ``{"order_dto": [...]}``."""
    items = container.get(key) if isinstance(container, Mapping) else None
    if isinstance(items, Mapping):  # a single element is sometimes not wrapped in a list
        items = [items]
    return [i for i in items or [] if isinstance(i, Mapping)]


def order_from_aliexpress(item: Mapping[str, Any], data: Mapping[str, Any], *, now: dt.datetime) -> RemoteOrder:
    """The list entry and the order detail as a RemoteOrder (money as Decimal, times in UTC)."""
    order_id = str(data.get("id") or item["order_id"])
    updated = pacific_time(data.get("gmt_modified") or item.get("gmt_update"))
    created = pacific_time(data.get("gmt_create") or item.get("gmt_create"))
    if updated is None:
        raise RemoteRejected(f"AliExpress order {order_id} has no modification date")
    state = str(data.get("order_status") or item.get("order_status") or "")
    fund = str(data.get("fund_status") or item.get("fund_status") or "")
    frozen = str(data.get("frozen_status") or item.get("frozen_status") or "")
    end_reason = str(data.get("end_reason") or item.get("end_reason") or "")
    logistics = _listed(data.get("logistics_info_list"), "global_aeop_tp_logistics_info_dto")
    paid_at = pacific_time(data.get("gmt_pay_success") or item.get("gmt_pay_success"))
    hold_until: dt.datetime | None = None
    seller_note = ""
    if state == "FINISH":
        status = "shipped" if logistics and "cancel" not in end_reason and "close" not in end_reason else "cancelled"
    elif state in _SHIPPED:
        status = "shipped"
    else:
        status = "unshipped"
    if state == "PLACE_ORDER_SUCCESS" or fund == "NOT_PAY":
        paid_at = None
    elif paid_at is None:
        paid_at = created
    if state in _HELD or fund == "WAIT_SELLER_CHECK":
        hold_until = (paid_at or updated) + RISK_CONTROL_HOLD
    if state == "IN_CANCEL" or frozen == "IN_FROZEN" or state == "IN_FROZEN":
        hold_until = updated + DISPUTE_HOLD
        seller_note = (
            "AliExpress: the buyer asked to cancel this order" if state == "IN_CANCEL" else "AliExpress: funds frozen"
        )
    address = data.get("receipt_address") or {}
    phone = str(address.get("mobile_no") or address.get("phone_number") or "")
    if phone and address.get("phone_country"):
        phone = f"+{str(address['phone_country']).lstrip('+')} {phone}"
    children = _listed(data.get("child_order_list"), "global_aeop_tp_child_order_dto")
    products = _listed(item.get("product_list"), "order_product_dto")
    lines = tuple(
        RemoteLine(
            line_id=str(child.get("id")),
            sku=str(child.get("sku_code") or child.get("product_id") or ""),
            title=str(child.get("product_name") or ""),
            quantity=int(child.get("product_count") or 0),
            unit_price=_amount(child.get("product_price")),
        )
        for child in children
    )
    ship_by: dt.datetime | None = None
    if any(k in item for k in ("left_send_good_day", "left_send_good_hour", "left_send_good_min")):
        left = dt.timedelta(
            days=int(item.get("left_send_good_day") or 0),
            hours=int(item.get("left_send_good_hour") or 0),
            minutes=int(item.get("left_send_good_min") or 0),
        )
        ship_by = (now + left).replace(second=0, microsecond=0)
    buyer = data.get("buyer_info") or {}
    buyer_name = " ".join(str(buyer.get(k) or "").strip() for k in ("first_name", "last_name")).strip()
    amount = data.get("order_amount") or item.get("pay_amount") or {}
    notes = [str(c["memo"]).strip() for c in children if str(c.get("memo") or "").strip()]
    return RemoteOrder(
        id=order_id,
        number=order_id,
        status=status,
        updated_at=updated,
        created_at=created,
        paid_at=paid_at,
        currency=str(amount.get("currency_code") or ""),
        total=_amount(amount),
        shipping_service=str(products[0].get("logistics_service_name") or "") if products else "",
        buyer_name=buyer_name or str(item.get("buyer_signer_fullname") or ""),
        buyer_email="",  # AliExpress does not give sellers the buyer's e-mail address
        buyer_note="\n".join(dict.fromkeys(notes)),
        ship_to=RemoteAddress(
            name=str(address.get("contact_person") or ""),
            address1=str(address.get("address") or address.get("detail_address") or ""),
            address2=str(address.get("address2") or ""),
            city=str(address.get("city") or ""),
            region=str(address.get("province") or ""),
            postcode=str(address.get("zip") or ""),
            country=str(address.get("country") or "").upper()[:2],
            phone=phone,
        ),
        lines=lines,
        payment_hold_until=hold_until,
        ship_by=ship_by,
        seller_note=seller_note,
    )


class AliExpressMarketplace:
    rate_limit = RATE_LIMIT

    def __init__(
        self,
        base_url: str,
        *,
        app_key: str,
        app_secret: str,
        refresh_token: str,
        access_token: str = "",
        service_names: Mapping[str, str] | None = None,
        tracking_website: str = DEFAULT_TRACKING_WEBSITE,
        page_size: int = MAX_PAGE_SIZE,
        timeout: float = 20.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.http = JsonHttp(
            base_url or PRODUCTION_URL,
            timeout=timeout,
            what="AliExpress",
            secrets=[app_secret, refresh_token, access_token],
        )
        self._app = (app_key, app_secret)
        self._refresh_token = refresh_token
        self._access_token = access_token
        self._token_lock = threading.Lock()
        self.service_names = {k.lower(): v for k, v in (service_names or {}).items()}
        self.tracking_website = tracking_website
        self.page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        self._clock = clock
        # package reference -> logistics number sent from this process (AliExpress keeps no reference).
        self._sent: dict[str, str] = {}

    # --- the gateway ------------------------------------------------------------------

    def _system(self, **extra: str) -> dict[str, str]:
        return {"app_key": self._app[0], "timestamp": str(int(self._clock() * 1000)), "sign_method": "sha256", **extra}

    def _refresh(self, stale: str) -> str:
        if not (self._app[0] and self._app[1] and self._refresh_token):
            raise RemoteAuthFailed(
                "the AliExpress account has no keys: enter the app key and secret and authorise the shop",
                code="no_credentials",
            )
        with self._token_lock:
            if self._access_token and self._access_token != stale:
                return self._access_token
            params = self._system(refresh_token=self._refresh_token)
            params["sign"] = sign(self._app[1], REFRESH_API, params)
            body = self.http.request("POST", "/rest" + REFRESH_API, form=params).body
            token = str(body.get("access_token") or "") if isinstance(body, Mapping) else ""
            if not token:
                error = body.get("error_response", body) if isinstance(body, Mapping) else {}
                raise RemoteAuthFailed(
                    f"AliExpress refused the refresh token ({error.get('code', '?')}: "
                    f"{error.get('message') or error.get('msg') or 'no access token'}); authorise the shop again",
                    code=str(error.get("code") or "invalid_refresh_token"),
                )
            self.http.add_secret(token)
            self._access_token = token
            return token

    def _api(self, method: str, params: Mapping[str, str], *, write: bool = False) -> dict[str, Any]:
        """One business call; an expired token is refreshed and the call made once more."""
        token = self._access_token or self._refresh("")
        try:
            return self._send(method, params, token, write)
        except RemoteAuthFailed as exc:
            if exc.code != "IllegalAccessToken":
                raise
            log.info("AliExpress access token refused; refreshing it")
            return self._send(method, params, self._refresh(token), write)

    def _send(self, method: str, params: Mapping[str, str], token: str, write: bool) -> dict[str, Any]:
        system = self._system(method=method, access_token=token)
        system["sign"] = sign(self._app[1], method, {**system, **params})
        if write:  # as the IOP SDK does: system parameters in the URL, the API's in the form body
            body = self.http.request("POST", "/sync", params=system, form=dict(params)).body
        else:
            body = self.http.request("GET", "/sync", params={**system, **params}).body
        if not isinstance(body, Mapping):
            raise RemoteRejected(Message("remote_not_json", {"who": "AliExpress"}), retryable=True)
        error = body.get("error_response")
        if error is None and "code" in body and str(body.get("code")) not in ("0", ""):
            error = body  # the /rest style: the error at the top level
        if isinstance(error, Mapping):
            raise self._rejected(error)
        key = f"{method.replace('.', '_')}_response"
        answer = body.get(key)
        if not isinstance(answer, Mapping):
            raise RemoteRejected(
                Message("remote_answered_without", {"who": "AliExpress", "method": method, "key": key}), retryable=True
            )
        return dict(answer)

    @staticmethod
    def _rejected(error: Mapping[str, Any]) -> RemoteRejected:
        code = str(error.get("code") or "")
        msg = str(error.get("msg") or error.get("message") or "")
        sub_msg = str(error.get("sub_msg") or "")
        words = msg if not sub_msg or sub_msg == msg else f"{msg} ({sub_msg})"
        if code == "ApiCallLimit" or "call-limited" in str(error.get("sub_code") or ""):
            ban = _BAN.search(f"{msg} {sub_msg}")
            return RemoteThrottled(
                f"AliExpress asks to slow down: {words}", retry_after=float(ban.group(1)) if ban else None, code=code
            )
        if code in ("IllegalAccessToken", "InvalidApiKey", "IncompleteSignature", "AppWithoutApiPermission"):
            return RemoteAuthFailed(f"AliExpress refused the credentials ({code}: {words})", code=code)
        # ISP errors are the platform's own trouble; ISV errors are about the request.
        return RemoteRejected(
            Message("remote_refused_code", {"who": "AliExpress", "code": code, "text": words}),
            code=code,
            retryable=error.get("type") == "ISP",
        )

    # --- orders -----------------------------------------------------------------------

    def _list(self, updated_after: dt.datetime | None, page: int, page_size: int) -> Mapping[str, Any]:
        query: dict[str, Any] = {
            "order_status_list": list(OPEN_STATUSES if updated_after is None else CHANGED_STATUSES),
            "page_size": page_size,
            "current_page": page,
        }
        if updated_after is not None:
            query["modified_date_start"] = to_pacific(updated_after)  # whole seconds, inclusive
        answer = self._api("aliexpress.solution.order.get", {"param0": json.dumps(query)})
        result = answer.get("result") or {}
        if result.get("success") is False:
            raise RemoteRejected(
                Message(
                    "remote_refused_order_list",
                    {"who": "AliExpress", "code": result.get("error_code"), "text": result.get("error_message")},
                )
            )
        return result

    def _detail(self, order_id: str) -> Mapping[str, Any]:
        answer = self._api(
            "aliexpress.solution.order.info.get",
            {
                "param1": json.dumps(
                    {"order_id": int(order_id) if order_id.isdigit() else order_id, "ext_info_bit_flag": 11111}
                )
            },
        )
        result = answer.get("result") or {}
        if result.get("success") is False or not isinstance(result.get("data"), Mapping):
            raise RemoteRejected(
                Message(
                    "remote_could_not_read_order",
                    {
                        "who": "AliExpress",
                        "order_id": order_id,
                        "code": result.get("error_code"),
                        "text": result.get("error_message"),
                    },
                ),
                code=str(result.get("error_code") or ""),
            )
        return result["data"]

    def pull_orders(self, updated_after: dt.datetime | None) -> Iterator[list[RemoteOrder]]:
        """Orders changed since ``updated_after``, oldest change first, each read in full.

        The list is read to the end first (AliExpress pages newest order first), then the
        details are read a page at a time, so a pull cut short never moves the cursor past
        an order it has not seen.
        """
        listed: dict[str, Mapping[str, Any]] = {}
        page = 1
        while True:
            result = self._list(updated_after, page, self.page_size)
            items = _listed(result.get("target_list"), "order_dto")
            for item in items:
                listed[str(item["order_id"])] = item
            total_pages = int(result.get("total_page") or 0) or -(
                -int(result.get("total_count") or 0) // self.page_size
            )
            if not items or page >= total_pages:
                break
            page += 1
        ordered = sorted(
            listed.values(),
            key=lambda i: (
                pacific_time(i.get("gmt_update")) or dt.datetime.min.replace(tzinfo=dt.UTC),
                str(i["order_id"]),
            ),
        )
        for start in range(0, len(ordered), self.page_size):
            now = dt.datetime.fromtimestamp(self._clock(), dt.UTC)
            yield [
                order_from_aliexpress(item, self._detail(str(item["order_id"])), now=now)
                for item in ordered[start : start + self.page_size]
            ]

    def test_connection(self) -> str:
        result = self._list(None, 1, 1)
        return f"AliExpress: connected, {int(result.get('total_count') or 0)} orders to ship"

    # --- shipments --------------------------------------------------------------------

    def service_name(self, carrier: str) -> str:
        key = carrier.strip().lower()
        for name, service in self.service_names.items():
            if name == key or name in key:
                return service
        return "OTHER"

    @staticmethod
    def _logistics(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        return _listed(data.get("logistics_info_list"), "global_aeop_tp_logistics_info_dto")

    def confirm_shipment(
        self,
        order_id: str,
        *,
        package_reference: str,
        carrier: str,
        tracking_number: str,
        lines: list[ConfirmedLine],
    ) -> str:
        data = self._detail(order_id)
        if any(str(x.get("logistics_no")) == tracking_number for x in self._logistics(data)):
            self._sent[package_reference] = tracking_number
            return tracking_number  # already there (an earlier attempt arrived)
        ordered = {
            str(c.get("id")): int(c.get("product_count") or 0)
            for c in _listed(data.get("child_order_list"), "global_aeop_tp_child_order_dto")
        }
        sending: dict[str, int] = {}
        for line in lines:
            sending[line.line_id] = sending.get(line.line_id, 0) + line.quantity
        whole = not self._logistics(data) and all(sending.get(k, 0) >= v for k, v in ordered.items())
        service = self.service_name(carrier)
        params = {
            "service_name": service,
            "out_ref": order_id,
            "send_type": "all" if whole else "part",
            "logistics_no": tracking_number,
            "description": f"parcel {package_reference}",
        }
        if service == "OTHER":
            params["tracking_website"] = self.tracking_website
        self._sent[package_reference] = tracking_number
        answer = self._api("aliexpress.solution.order.fulfill", params, write=True)
        result = answer.get("result") or {}
        if not result.get("result_success"):
            raise RemoteRejected(
                Message(
                    "remote_refused_shipment",
                    {
                        "who": "AliExpress",
                        "code": result.get("result_error_code"),
                        "text": result.get("result_error_desc"),
                    },
                ),
                code=str(result.get("result_error_code") or ""),
            )
        return tracking_number

    def find_shipment(self, order_id: str, *, package_reference: str, tracking_number: str | None = None) -> str | None:
        """The logistics number of this package if AliExpress has it, else None (see eBay's twin)."""
        tracking = tracking_number or self._sent.get(package_reference)
        sent = [str(x.get("logistics_no")) for x in self._logistics(self._detail(order_id))]
        if tracking is None:
            if not sent:
                return None
            raise RemoteRejected(
                f"cannot tell whether parcel {package_reference} reached AliExpress: order {order_id} has "
                f"{len(sent)} shipment(s) and AliExpress keeps no parcel reference; check the order in Seller Center",
                code="ambiguous",
            )
        return tracking if tracking in sent else None

    def update_tracking(
        self, order_id: str, *, package_reference: str, shipment_id: str, carrier: str, tracking_number: str
    ) -> None:
        if shipment_id == tracking_number:
            return
        old = next(
            (x for x in self._logistics(self._detail(order_id)) if str(x.get("logistics_no")) == shipment_id), None
        )
        if old is None:
            raise RemoteRejected(
                Message(
                    "remote_order_has_no_shipment",
                    {"who": "AliExpress", "order_id": order_id, "shipment_id": shipment_id},
                )
            )
        service = self.service_name(carrier)
        params = {
            "old_service_name": str(old.get("logistics_service") or "OTHER"),
            "old_logistics_no": shipment_id,
            "new_service_name": service,
            "new_logistics_no": tracking_number,
            "out_ref": order_id,
            "description": f"parcel {package_reference}",
        }
        if service == "OTHER":
            params["tracking_website"] = self.tracking_website
        answer = self._api("aliexpress.logistics.sellermodifiedsend", params, write=True)
        if not answer.get("result_success"):
            raise RemoteRejected(
                Message(
                    "remote_refused_tracking_number",
                    {"who": "AliExpress", "code": answer.get("error_code"), "text": answer.get("error_desc")},
                ),
                code=str(answer.get("error_code") or ""),
            )
        self._sent[package_reference] = tracking_number


def factory(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> AliExpressMarketplace:
    return AliExpressMarketplace(
        base_url,
        app_key=secrets.get("app_key", "") or str(settings.get("app_key", "")),
        app_secret=secrets.get("app_secret", ""),
        refresh_token=secrets.get("refresh_token", ""),
        access_token=secrets.get("access_token", ""),
        service_names=settings.get("service_names") or None,
        tracking_website=str(settings.get("tracking_website") or DEFAULT_TRACKING_WEBSITE),
        page_size=int(settings.get("page_size") or MAX_PAGE_SIZE),
    )


CREATE_API = "/auth/token/create"


def exchange_code(
    base_url: str, *, app_key: str, app_secret: str, code: str, clock: Callable[[], float] = time.time
) -> str:
    """The seller's authorisation code for a refresh token (``/rest/auth/token/create``)."""
    if not (app_key and app_secret):
        raise RemoteAuthFailed("enter the App Key and App Secret before authorising the shop", code="no_credentials")
    http = JsonHttp(base_url or PRODUCTION_URL, timeout=20.0, what="AliExpress", secrets=[app_secret, code])
    params = {"app_key": app_key, "timestamp": str(int(clock() * 1000)), "sign_method": "sha256", "code": code}
    params["sign"] = sign(app_secret, CREATE_API, params)
    body = http.request("POST", "/rest" + CREATE_API, form=params).body
    refresh = str(body.get("refresh_token") or "") if isinstance(body, Mapping) else ""
    if not refresh:
        error = body.get("error_response", body) if isinstance(body, Mapping) else {}
        raise RemoteAuthFailed(
            f"AliExpress refused the authorisation code ({error.get('code', '?')}: "
            f"{error.get('message') or error.get('msg') or 'no refresh token'}); authorise the shop again",
            code=str(error.get("code") or "invalid_code"),
        )
    return refresh
