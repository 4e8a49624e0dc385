"""In-memory state of the simulated carrier: shipments booked by shipper reference.

A reference has at most one live shipment; booking it again names the existing one,
so a client that lost an answer can find out what happened instead of booking twice.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.simulator.catalog import SENDER
from app.simulator.errors import ApiError
from app.simulator.label import render_label
from app.simulator.seed import iso
from app.simulator.tracking import make_tracking_number

SERVICES = ("STD", "EXP", "ECO")
FIRST_SERIAL = 10_000_001

# service -> (name, base price, price per started 100 g, transit days); prices in USD
PRICE_TABLE: dict[str, tuple[str, Decimal, Decimal, int]] = {
    "ECO": ("Economy", Decimal("3.50"), Decimal("0.45"), 15),
    "STD": ("Standard", Decimal("5.00"), Decimal("0.80"), 8),
    "EXP": ("Express", Decimal("12.00"), Decimal("1.50"), 3),
}
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
CURRENCY = "USD"
# Prepaid postage on the simulated account: enough for any demo or benchmark; a test sets
# it lower (``set_balance``) to see a booking refused for want of money.
OPENING_BALANCE = Decimal("250000.00")
_NEAR_COUNTRIES = ("DE", "FR", "NL", "GB", "US")


def price_of(service: str, weight_grams: int | None, country: str) -> Decimal:
    """What a booking costs, the same figure ``rates`` quotes (an unknown weight: one step)."""
    _, base, per, _ = PRICE_TABLE[service]
    steps = max(1, -(-(weight_grams or 0) // 100))
    surcharge = Decimal(0) if country in _NEAR_COUNTRIES else Decimal("1.00")
    return base + per * steps + surcharge


def s10_valid(number: str) -> bool:
    if len(number) != 13 or not (number[:2].isalpha() and number[2:11].isdigit() and number[11:].isalpha()):
        return False
    check = 11 - sum(int(d) * w for d, w in zip(number[2:10], _S10_WEIGHTS, strict=True)) % 11
    return int(number[10]) == {10: 0, 11: 5}.get(check, check)


def _now() -> datetime:
    return datetime.now(UTC)


class CarrierState:
    def __init__(
        self,
        lock: threading.RLock,
        *,
        on_live_shipment: Callable[[str], None] | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self._lock = lock
        self._clock = clock
        self._on_live_shipment = on_live_shipment
        self._shipments: dict[str, dict[str, Any]] = {}  # shipment id -> shipment
        self._by_reference: dict[str, list[str]] = {}  # reference -> shipment ids, oldest first
        self._labels: dict[str, dict[str, str]] = {}
        self._create_requests: dict[str, int] = {}
        self._serial = FIRST_SERIAL
        # shipment id -> [label calls still answered "not ready", monotonic time it is ready]
        self._label_wait: dict[str, list[float]] = {}
        self._events: dict[str, list[dict[str, str]]] = {}  # shipment id -> tracking events
        self._by_tracking: dict[str, str] = {}  # tracking number -> shipment id
        self._creates = 0
        self._preadvices: dict[str, int] = {}  # tracking number -> pre-advice requests
        # Test hook: called with (creates so far, reference) after a shipment is booked and
        # before its answer is sent — a test may kill its client right then.
        self.after_create: Callable[[int, str], None] | None = None
        # What the carrier faces (app/simulator/platforms) keep beside a shipment: the
        # request as that carrier's API took it, label readiness, tracking events.
        self._notes: dict[str, dict[str, Any]] = {}
        self.face_settings: dict[str, Any] = {}  # e.g. {"label_delay_polls": 1}
        # The account's postage money, as real carrier APIs report it: each booking is
        # charged, a refunded void is paid back, a booking it cannot pay is refused (402).
        self._balance = OPENING_BALANCE
        self._charged: dict[str, Decimal] = {}  # shipment id -> price charged
        self._refunded: dict[str, Decimal] = {}  # shipment id -> amount paid back

    def create_shipment(
        self, body: dict[str, Any], *, late_label: tuple[int, float] | None = None, duplicate: bool = False
    ) -> dict[str, Any]:
        """Book a shipment. ``late_label`` (calls, seconds): the label comes later;
        ``duplicate``: book it, then answer "duplicate reference" as if booked before."""
        answer = self._create(body, late_label)
        if self.after_create is not None:
            self.after_create(self._creates, answer["reference"])
        if duplicate:
            raise ApiError(
                409,
                "duplicate_reference",
                f"shipment {answer['shipment_id']} already exists for reference {answer['reference']}",
                shipment_id=answer["shipment_id"],
                tracking_number=answer["tracking_number"],
            )
        return answer

    def _create(self, body: dict[str, Any], late_label: tuple[int, float] | None) -> dict[str, Any]:
        reference = body.get("reference")
        if not isinstance(reference, str) or not reference.strip():
            raise ApiError(400, "bad_request", "reference is missing")
        with self._lock:
            self._create_requests[reference] = self._create_requests.get(reference, 0) + 1
            live = self._live(reference)
            if live is not None:
                raise ApiError(
                    409,
                    "duplicate_reference",
                    f"shipment {live['shipment_id']} already exists for reference {reference}",
                    shipment_id=live["shipment_id"],
                    tracking_number=live["tracking_number"],
                )
            service = body.get("service") or "STD"
            if service not in SERVICES:
                raise ApiError(422, "invalid_service", f"unknown service {service!r} (one of {', '.join(SERVICES)})")
            recipient = _address(body.get("recipient"), "recipient")
            sender = _address(body["sender"], "sender") if body.get("sender") else dict(SENDER)
            weight = body.get("weight_grams")
            if weight is not None and (not isinstance(weight, int) or isinstance(weight, bool) or weight <= 0):
                raise ApiError(422, "invalid_weight", "weight_grams must be a positive integer")
            order_reference = str(body.get("order_reference") or "")
            tracking_number = make_tracking_number(self._serial)
            try:
                data = render_label(
                    tracking_number=tracking_number,
                    reference=reference,
                    order_reference=order_reference,
                    service=service,
                    sender=sender,
                    recipient=recipient,
                    sku_summary=str(body.get("sku_summary") or ""),
                    weight_grams=weight,
                )
            except ValueError as exc:  # the renderer refuses data a label cannot carry
                raise ApiError(422, "invalid_label", str(exc)) from None
            if body.get("contains_battery") and service == "ECO":
                raise ApiError(422, "dangerous_goods", "Economy does not carry batteries")
            price = price_of(service, weight, str(recipient["country"]))
            if price > self._balance:
                raise ApiError(
                    402,
                    "insufficient_balance",
                    f"the account's balance {self._balance} {CURRENCY} does not cover {price} {CURRENCY}; top it up",
                )
            self._balance -= price
            self._serial += 1
            self._creates += 1
            shipment_id = f"CS-{len(self._shipments) + 1}"
            shipment = {
                "shipment_id": shipment_id,
                "reference": reference,
                "tracking_number": tracking_number,
                "status": "created",
                "service": service,
                "order_reference": order_reference,
                "weight_grams": weight,
                "recipient": recipient,
                "pieces": _pieces(body.get("customs")),
                "created_at": iso(self._clock()),
                "cancelled_at": None,
                "price": {"amount": str(price), "currency": CURRENCY},
            }
            self._charged[shipment_id] = price
            self._shipments[shipment_id] = shipment
            self._by_reference.setdefault(reference, []).append(shipment_id)
            self._labels[shipment_id] = {"format": "zpl", "data_base64": base64.b64encode(data).decode("ascii")}
            self._by_tracking[tracking_number] = shipment_id
            self._events[shipment_id] = [_event(self._clock(), "info_received", "Shipment information received")]
            if self._on_live_shipment is not None and order_reference:
                self._on_live_shipment(order_reference)
            balance = self._balance_answer()
            if late_label is not None:
                calls, seconds = late_label
                self._label_wait[shipment_id] = [float(calls), time.monotonic() + seconds]
                return {**shipment, "balance": balance}
            return {**shipment, "label": dict(self._labels[shipment_id]), "balance": balance}

    def preadvice(self, body: dict[str, Any]) -> dict[str, Any]:
        """Announce a parcel labelled with a number from the shop's pool; idempotent per number."""
        tracking = body.get("tracking_number")
        reference = body.get("reference")
        if not isinstance(tracking, str) or not s10_valid(tracking):
            raise ApiError(422, "invalid_tracking", f"{tracking!r} is not a valid S10 tracking number")
        if not isinstance(reference, str) or not reference.strip():
            raise ApiError(400, "bad_request", "reference is missing")
        recipient = _address(body.get("recipient"), "recipient")
        with self._lock:
            self._preadvices[tracking] = self._preadvices.get(tracking, 0) + 1
            existing = self._by_tracking.get(tracking)
            if existing is not None:
                shipment = self._shipments[existing]
                if shipment["reference"] != reference:
                    raise ApiError(409, "tracking_in_use", f"{tracking} was pre-advised for {shipment['reference']}")
                return dict(shipment)
            live = self._live(reference)
            if live is not None:
                raise ApiError(
                    409,
                    "duplicate_reference",
                    f"shipment {live['shipment_id']} already exists for reference {reference}",
                    shipment_id=live["shipment_id"],
                    tracking_number=live["tracking_number"],
                )
            shipment_id = f"CS-{len(self._shipments) + 1}"
            shipment = {
                "shipment_id": shipment_id,
                "reference": reference,
                "tracking_number": tracking,
                "status": "created",
                "service": str(body.get("service") or "STD"),
                "order_reference": str(body.get("order_reference") or ""),
                "weight_grams": body.get("weight_grams"),
                "created_at": iso(self._clock()),
                "cancelled_at": None,
                "preadvised": True,
                "country": recipient["country"],
                "recipient": recipient,
                "pieces": _pieces(body.get("customs")),
            }
            self._shipments[shipment_id] = shipment
            self._by_reference.setdefault(reference, []).append(shipment_id)
            self._by_tracking[tracking] = shipment_id
            self._events[shipment_id] = [_event(self._clock(), "info_received", "Pre-advice received")]
            return dict(shipment)

    def rates(self, body: dict[str, Any]) -> dict[str, Any]:
        weight = body.get("weight_grams")
        if not isinstance(weight, int) or isinstance(weight, bool) or weight <= 0:
            raise ApiError(422, "invalid_weight", "weight_grams must be a positive integer")
        country = str(body.get("country") or "")
        return {
            "currency": CURRENCY,
            "rates": [
                {"service": code, "name": name, "amount": str(price_of(code, weight, country)), "days": days}
                for code, (name, _base, _per, days) in PRICE_TABLE.items()
            ],
        }

    def account(self) -> dict[str, Any]:
        with self._lock:
            return {
                "account": "DEMO-0001",
                "name": "Demo Express",
                "services": list(SERVICES),
                "balance": self._balance_answer(),
            }

    def set_balance(self, amount: Decimal) -> dict[str, Any]:
        """Test bench: the account's prepaid postage is now ``amount``."""
        with self._lock:
            self._balance = amount
            return self._balance_answer()

    def _balance_answer(self) -> dict[str, str]:
        return {"amount": str(self._balance), "currency": CURRENCY}

    def tracking(self, tracking_number: str) -> dict[str, Any]:
        with self._lock:
            shipment_id = self._by_tracking.get(tracking_number)
            if shipment_id is None:
                raise ApiError(404, "not_found", f"no shipment with tracking number {tracking_number}")
            return {"tracking_number": tracking_number, "events": list(self._events[shipment_id])}

    def add_event(self, shipment_id: str, status: str, description: str, location: str = "") -> dict[str, Any]:
        """Test bench: the carrier scanned the parcel (e.g. "in_transit": too late for a refund)."""
        with self._lock:
            self._shipment(shipment_id)
            self._events[shipment_id].append(_event(self._clock(), status, description, location))
            return {"shipment_id": shipment_id, "events": list(self._events[shipment_id])}

    def find_by_reference(self, reference: str) -> dict[str, Any]:
        """The live shipment for a reference, else the latest cancelled one."""
        with self._lock:
            ids = self._by_reference.get(reference)
            if not ids:
                raise ApiError(404, "not_found", f"no shipment for reference {reference}")
            return dict(self._shipments[ids[-1]])

    def get_shipment(self, shipment_id: str) -> dict[str, Any]:
        with self._lock:
            return dict(self._shipment(shipment_id))

    def label(self, shipment_id: str) -> dict[str, Any]:
        """The label; ``{"ready": False}`` while a late label is still being produced."""
        with self._lock:
            shipment = self._shipment(shipment_id)
            wait = self._label_wait.get(shipment_id)
            if wait is not None:
                wait[0] -= 1
                if wait[0] >= 0 or time.monotonic() < wait[1]:
                    return {"shipment_id": shipment_id, "tracking_number": shipment["tracking_number"], "ready": False}
                del self._label_wait[shipment_id]
            if shipment_id not in self._labels:
                raise ApiError(404, "not_found", f"shipment {shipment_id} has no carrier label (pre-advised)")
            return {
                "shipment_id": shipment_id,
                "tracking_number": shipment["tracking_number"],
                **self._labels[shipment_id],
            }

    def cancel_shipment(self, shipment_id: str) -> dict[str, Any]:
        """Void the waybill; cancelling twice is fine, the reference may be booked again."""
        with self._lock:
            shipment = self._shipment(shipment_id)
            if shipment["status"] != "cancelled":
                shipment["status"] = "cancelled"
                shipment["cancelled_at"] = iso(self._clock())
                handed_over = any(e["status"] != "info_received" for e in self._events.get(shipment_id, ()))
                shipment["refund"] = "refused" if handed_over else "refunded"
                charged = self._charged.get(shipment_id)
                if charged is not None and not handed_over:
                    self._balance += charged
                    self._refunded[shipment_id] = charged
                self._events.setdefault(shipment_id, []).append(
                    _event(self._clock(), "cancelled", "Shipment cancelled by the shipper")
                )
            refunded = self._refunded.get(shipment_id)
            return {
                "shipment_id": shipment_id,
                "status": "cancelled",
                "refund": shipment["refund"],
                **({"refund_amount": {"amount": str(refunded), "currency": CURRENCY}} if refunded is not None else {}),
                "balance": self._balance_answer(),
            }

    def ledger(self) -> dict[str, Any]:
        with self._lock:
            shipments = {
                reference: [
                    {key: self._shipments[sid][key] for key in ("shipment_id", "tracking_number", "status")}
                    for sid in ids
                ]
                for reference, ids in self._by_reference.items()
            }
            return {
                "shipments": shipments,
                "create_requests": dict(self._create_requests),
                "preadvices": dict(self._preadvices),
                # money: what each booking was charged and each void paid back, the balance left
                "charged": {sid: str(v) for sid, v in self._charged.items()},
                "refunded": {sid: str(v) for sid, v in self._refunded.items()},
                "balance": str(self._balance),
            }

    # -- for the carrier faces (added; the generic routes above do not use them) -------

    def find_live(self, reference: str) -> dict[str, Any] | None:
        """The live shipment for a reference, or None (a cancelled one does not count)."""
        with self._lock:
            live = self._live(reference)
            return dict(live) if live is not None else None

    def find_by_tracking(self, tracking_number: str) -> dict[str, Any]:
        """The shipment with this tracking number (live or cancelled)."""
        with self._lock:
            for shipment in self._shipments.values():
                if shipment["tracking_number"] == tracking_number:
                    return dict(shipment)
            raise ApiError(404, "not_found", f"no shipment with tracking number {tracking_number}")

    def note(self, shipment_id: str, **data: Any) -> dict[str, Any]:
        """Keep face data beside a shipment; returns all notes kept for it."""
        with self._lock:
            self._shipment(shipment_id)
            notes = self._notes.setdefault(shipment_id, {})
            notes.update(data)
            return dict(notes)

    def notes(self, shipment_id: str) -> dict[str, Any]:
        with self._lock:
            self._shipment(shipment_id)
            return dict(self._notes.get(shipment_id, {}))

    def add_tracking_event(self, shipment_id: str, event: dict[str, Any]) -> list[dict[str, Any]]:
        """Append a scan event (at, status, description, location) to the shipment's events."""
        with self._lock:
            self._shipment(shipment_id)
            at = str(event.get("at") or iso(self._clock()))
            self._events.setdefault(shipment_id, []).append(
                {
                    "at": at,
                    "status": str(event["status"]),
                    "description": str(event.get("description") or event["status"]),
                    "location": str(event.get("location") or ""),
                }
            )
            return [dict(e) for e in self._events[shipment_id]]

    def tracking_events(self, shipment_id: str) -> list[dict[str, Any]]:
        """The shipment's scan events, oldest first (the same ones ``tracking`` serves)."""
        with self._lock:
            self._shipment(shipment_id)
            return [dict(e) for e in self._events.get(shipment_id, ())]

    def _live(self, reference: str) -> dict[str, Any] | None:
        for shipment_id in self._by_reference.get(reference, ()):
            if self._shipments[shipment_id]["status"] != "cancelled":
                return self._shipments[shipment_id]
        return None

    def _shipment(self, shipment_id: str) -> dict[str, Any]:
        shipment = self._shipments.get(shipment_id)
        if shipment is None:
            raise ApiError(404, "not_found", f"shipment {shipment_id} does not exist")
        return shipment


def _address(data: Any, role: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ApiError(422, "invalid_address", f"{role} address is missing")
    for field in ("name", "postcode", "country"):
        value = data.get(field)
        if not isinstance(value, str) or not value.strip():
            raise ApiError(422, "invalid_address", f"{role} {field} is missing")
    lines = data.get("lines", [])
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise ApiError(422, "invalid_address", f"{role} lines must be a list of strings")
    return {
        "name": data["name"],
        "company": str(data.get("company") or ""),
        "lines": lines,
        "city": str(data.get("city") or ""),
        "region": str(data.get("region") or ""),
        "postcode": data["postcode"],
        "country": data["country"],
        "phone": str(data.get("phone") or ""),
    }


def _pieces(customs: Any) -> int | None:
    """Pieces declared on the customs lines (what the carrier's record keeps of the contents)."""
    if not isinstance(customs, list) or not customs:
        return None
    return sum(int(c.get("quantity") or 0) for c in customs if isinstance(c, dict))


def _event(at: datetime, status: str, description: str, location: str = "") -> dict[str, str]:
    return {"at": iso(at), "status": status, "description": description, "location": location}
