"""UPS, FedEx, DHL Express and USPS through the karrio SDK (the optional ``carriers`` extra).

karrio speaks each carrier's API (OAuth, request shapes, label decoding); this module
turns Shipbench's ShipmentRequest into karrio's unified models and karrio's answers and
messages into Shipments and errors a seller can act on. Importing it without karrio
installed raises ImportError, which the registry turns into "install the carriers extra".

Account settings (non-secret) and secrets, per kind:

| kind        | settings                                   | secrets                    |
|-------------|--------------------------------------------|----------------------------|
| ups         | account_number, account_country_code       | client_id, client_secret   |
| fedex       | account_number, account_country_code       | api_key, secret_key (+ track_api_key, track_secret_key) |
| dhl_express | account_number, account_country_code       | site_id, password          |
| usps        | account_number, account_type, mid, crid    | client_id, client_secret   |

``test_mode: true`` (or a base URL of "sandbox") uses the carrier's sandbox; karrio
picks the endpoints, so another base URL is not supported. Optional ``label_type``
(PDF, ZPL, PNG) defaults to PDF.

What these carriers' APIs cannot do through karrio, and what we do instead:
- look a shipment up by our parcel number: ``find_shipment`` answers None, so an
  unknown outcome (a lost answer) is booked again; the first label is voided by hand
  from the carrier's portal (the waybill workflow logs which parcel it was);
- fetch a label later: the label comes with the booking only; ``get_label`` refuses;
- void a DHL Express waybill (the XML-PI API has no void): ``cancel_shipment`` does
  nothing and logs it; DHL Express bills the shipments it picks up.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import logging
import socket
import urllib.error
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import karrio.core.errors as kerrors
import karrio.core.models as km
import karrio.sdk as karrio

from app.connectors import _carrier_util as util
from app.connectors.base import Rate, Shipment, ShipmentRequest, TrackingEvent
from app.connectors.http import network_words
from app.connectors.labels import check_label
from app.connectors.registry import reference_max_length
from app.errors import (
    InvalidInput,
    RemoteOutcomeUnknown,
    RemoteRejected,
    RemoteUnreachable,
)
from app.messages import Message

log = logging.getLogger(__name__)

T = TypeVar("T")

NAMES = {"ups": "UPS", "fedex": "FedEx", "dhl_express": "DHL Express", "usps": "USPS"}
# kind -> (secret fields karrio needs, setting fields passed through)
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ups": (("client_id", "client_secret"), ("account_number", "account_country_code")),
    "fedex": (("api_key", "secret_key"), ("account_number", "account_country_code")),
    "dhl_express": (("site_id", "password"), ("account_number", "account_country_code")),
    "usps": (("client_id", "client_secret"), ("account_number", "account_type", "mid", "crid")),
}
OPTIONAL_SECRETS = {"fedex": ("track_api_key", "track_secret_key")}
_KARRIO_NAMES = {"mid": "MID", "crid": "CRID"}
_STATUS = {
    "delivered": "delivered",
    "in_transit": "in_transit",
    "out_for_delivery": "in_transit",
    "pending": "info_received",
    "on_hold": "exception",
    "delivery_failed": "exception",
    "delivery_delayed": "exception",
    "return_to_sender": "exception",
    "cancelled": "cancelled",
}


class KarrioCarrier:
    """One carrier account driven through a karrio gateway."""

    def __init__(self, kind: str, gateway: Any, *, label_type: str = "PDF") -> None:
        self.kind = kind
        self.name = NAMES[kind]
        self.gateway = gateway
        self.label_type = label_type.upper()
        # Mapper and proxy called directly (not karrio's fail-safe interface, which turns
        # a refused connection into a message) so network failures keep their kind.
        self.mapper = gateway.mapper
        self.proxy = gateway.proxy

    # -- the connector contract -----------------------------------------------------------

    def rates(self, request: ShipmentRequest) -> list[Rate]:
        rate_request = km.RateRequest(
            shipper=_address(request.sender),
            recipient=_address(request.recipient),
            parcels=[_parcel(request)],
            services=[request.service] if request.service else [],
            reference=request.reference,
        )
        rates, messages = self._run(
            request.reference,
            lambda: self.mapper.parse_rate_response(
                self.proxy.get_rates(self.mapper.create_rate_request(rate_request))
            ),
        )
        if not rates and messages:
            raise self._refusal(request.reference, messages)
        return [
            Rate(
                service=r.service,
                name=str((r.meta or {}).get("service_name") or r.service),
                amount=Decimal(str(r.total_charge)),
                currency=r.currency or "",
                days=r.transit_days,
            )
            for r in rates
        ]

    def create_shipment(self, request: ShipmentRequest) -> Shipment:
        util.check_reference(self.name, request.reference, reference_max_length(self.kind))
        options: dict[str, Any] = {}
        if request.contains_battery:
            options["dangerous_good"] = True
        shipment_request = km.ShipmentRequest(
            service=request.service,
            shipper=_address(request.sender),
            recipient=_address(request.recipient),
            parcels=[_parcel(request)],
            customs=_customs(request),
            options=options,
            reference=request.reference,
            order_id=request.order_reference,
            label_type=self.label_type,
        )
        details, messages = self._run(
            request.reference,
            lambda: self.mapper.parse_shipment_response(
                self.proxy.create_shipment(self.mapper.create_shipment_request(shipment_request))
            ),
            mutating=True,
        )
        if details is None:
            raise self._refusal(request.reference, messages)
        label = _decode_label(details.docs.label if details.docs else None, self.name)
        fmt = check_label(details.label_type or self.label_type, label, carrier=self.name)
        return Shipment(
            shipment_id=str(details.shipment_identifier or details.tracking_number),
            reference=request.reference,
            tracking_number=str(details.tracking_number),
            status="created",
            label_format=fmt,
            label_data=label,
        )

    def find_shipment(self, reference: str) -> Shipment | None:
        log.warning(
            "%s cannot look shipments up by parcel number (%s): treating it as not booked", self.name, reference
        )
        return None

    def cancel_shipment(self, shipment_id: str) -> None:
        if self.kind == "dhl_express":
            log.info("DHL Express waybill %s is not voided through the API (DHL bills what it picks up)", shipment_id)
            return
        cancel = km.ShipmentCancelRequest(shipment_identifier=shipment_id)
        confirmation, messages = self._run(
            shipment_id,
            lambda: self.mapper.parse_cancel_shipment_response(
                self.proxy.cancel_shipment(self.mapper.create_cancel_shipment_request(cancel))
            ),
            mutating=True,
        )
        if confirmation is None or not confirmation.success:
            raise self._refusal(shipment_id, messages, what="void waybill")

    def get_label(self, shipment_id: str) -> tuple[str, bytes] | None:
        raise RemoteRejected(
            Message("sends_label_only_when_shipment", {"name": self.name, "shipment_id": shipment_id}),
            code="label_not_refetchable",
        )

    def track(self, tracking_number: str) -> list[TrackingEvent]:
        tracking = km.TrackingRequest(tracking_numbers=[tracking_number])
        details, messages = self._run(
            tracking_number,
            lambda: self.mapper.parse_tracking_response(
                self.proxy.get_tracking(self.mapper.create_tracking_request(tracking))
            ),
        )
        if not details and messages:
            raise self._refusal(tracking_number, messages, what="track")
        events = [
            TrackingEvent(
                at=_event_time(e),
                status=_STATUS.get(str(e.status or ""), "in_transit"),
                description=str(e.description or e.code or ""),
                location=str(e.location or ""),
            )
            for d in details or []
            for e in d.events or []
        ]
        return sorted(events, key=lambda e: e.at)

    def test_connection(self) -> str:
        proxy = self.gateway.proxy
        if hasattr(proxy, "get_token"):
            self._run("", proxy.get_token)
            return f"{self.name} accepted the API keys"
        return f"{self.name} keys saved; {self.name} checks them with the first shipment"

    # -- errors ----------------------------------------------------------------------------

    def _run(self, reference: str, call: Callable[[], T], *, mutating: bool = False) -> T:
        """Run a karrio call, sorting network failures the way the outbox needs."""
        try:
            return call()
        except TimeoutError as exc:
            if mutating:
                raise RemoteOutcomeUnknown(Message("remote_timed_out", {"what": self.name})) from exc
            raise RemoteUnreachable(Message("remote_timed_out", {"what": self.name})) from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (socket.timeout, TimeoutError)) and mutating:
                raise RemoteOutcomeUnknown(Message("remote_timed_out", {"what": self.name})) from exc
            raise RemoteUnreachable(
                Message("remote_unreachable", {"name": self.name, "reason": network_words(exc.reason)})
            ) from exc
        except (ConnectionResetError, ConnectionAbortedError) as exc:
            if mutating:
                raise RemoteOutcomeUnknown(Message("remote_dropped_before_answer", {"name": self.name})) from exc
            raise RemoteUnreachable(Message("remote_dropped", {"name": self.name})) from exc
        except OSError as exc:
            raise RemoteUnreachable(
                Message("remote_unreachable", {"name": self.name, "reason": network_words(exc)})
            ) from exc
        except kerrors.ShippingSDKError as exc:  # karrio's own refusals: missing fields, unserviced places, ...
            messages = getattr(exc, "messages", None) or [str(exc)]
            raise self._refusal(reference, messages) from exc

    def _refusal(self, reference: str, messages: list[Any], *, what: str = "book") -> RemoteRejected:
        text = (
            "; ".join(
                f"{m.message} ({m.code})" if getattr(m, "code", None) else str(getattr(m, "message", m))
                for m in messages
            )
            or f"{self.name} gave no reason"
        )
        code = str(getattr(messages[0], "code", "") or "") if messages else ""
        if what == "book":
            return util.refusal(self.name, reference, text, code=f"{self.kind}_{code}" if code else self.kind)
        return RemoteRejected(
            Message("remote_could_not", {"name": self.name, "what": what, "reference": reference, "text": text}),
            code=self.kind,
        )


def _address(data: Mapping[str, Any]) -> km.Address:
    lines = util.street_lines(dict(data))
    return km.Address(
        person_name=str(data.get("name") or ""),
        company_name=str(data.get("company") or "") or None,
        address_line1=lines[0] if lines else "",
        address_line2=" ".join(lines[1:]) or None,
        city=str(data.get("city") or ""),
        state_code=str(data.get("region") or "") or None,
        postal_code=str(data.get("postcode") or ""),
        country_code=str(data.get("country") or "").upper(),
        phone_number=str(data.get("phone") or "") or None,
        email=str(data.get("email") or "") or None,
    )


def _parcel(request: ShipmentRequest) -> km.Parcel:
    values: dict[str, Any] = {
        "weight": util.kg(request.weight_grams),
        "weight_unit": "KG",
        "description": request.sku_summary[:35] or None,
        "reference_number": request.reference,
    }
    if request.dimensions_mm:
        length, width, height = (round(mm / 10, 1) for mm in request.dimensions_mm)
        values.update(length=length, width=width, height=height, dimension_unit="CM")
    return km.Parcel(**values)


def _customs(request: ShipmentRequest) -> km.Customs | None:
    if not request.customs:
        return None
    options = {"ioss": util.ioss(request)} if util.ioss(request) else {}
    return km.Customs(
        commodities=[
            km.Commodity(
                title=item.description_en[:35],
                description=item.description_en,
                quantity=item.quantity,
                hs_code=item.hs_code or None,
                weight=util.kg(item.weight_grams),
                weight_unit="KG",
                value_amount=float(item.unit_value),
                value_currency=item.currency,
                origin_country=item.origin_country or None,
                sku=item.sku or None,
            )
            for item in request.customs
        ],
        content_type="merchandise",
        incoterm="DDU",
        options=options,
    )


def _decode_label(value: str | None, carrier: str) -> bytes:
    if not value:
        raise RemoteRejected(
            Message("booked_shipment_but_sent_no", {"carrier": carrier}), code="bad_label", retryable=False
        )
    try:
        return base64.b64decode(value)
    except (binascii.Error, ValueError):
        raise RemoteRejected(Message("sent_label_not_base", {"carrier": carrier}), code="bad_label") from None


def _event_time(event: Any) -> dt.datetime:
    if getattr(event, "timestamp", None):
        try:
            parsed = dt.datetime.fromisoformat(str(event.timestamp))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        except ValueError:
            pass
    stamp = f"{event.date or '1970-01-01'} {event.time or '00:00'}"
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %I:%M %p"):
        try:
            return dt.datetime.strptime(stamp, fmt).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def gateway_settings(
    kind: str, base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]
) -> dict[str, Any]:
    """The karrio settings dict for an account; InvalidInput naming what is missing."""
    needed, passed = FIELDS[kind]
    missing = [name for name in needed if not (secrets.get(name) or settings.get(name))]
    if missing:
        raise InvalidInput(Message("account_needs_secrets", {"names": NAMES[kind], "missing": ", ".join(missing)}))
    values: dict[str, Any] = {name: str(secrets.get(name) or settings.get(name)) for name in needed}
    for name in OPTIONAL_SECRETS.get(kind, ()):
        if secrets.get(name):
            values[name] = str(secrets[name])
    for name in passed:
        if settings.get(name):
            values[_KARRIO_NAMES.get(name, name)] = str(settings[name])
    values["test_mode"] = bool(settings.get("test_mode")) or base_url.strip().lower() in ("sandbox", "test")
    return values


def factory(
    kind: str, base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str], **gateway_kwargs: Any
) -> KarrioCarrier:
    if kind not in NAMES:
        raise InvalidInput(
            Message("karrio_carrier_not_supported_known", {"kind": kind, "names": ", ".join(sorted(NAMES))})
        )
    gateway = karrio.gateway[kind].create(gateway_settings(kind, base_url, settings, secrets), **gateway_kwargs)
    return KarrioCarrier(kind, gateway, label_type=str(settings.get("label_type") or "PDF"))
