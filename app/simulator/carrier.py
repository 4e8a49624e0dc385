"""In-memory state of the simulated carrier: shipments booked by shipper reference.

A reference has at most one live shipment; booking it again names the existing one,
so a client that lost an answer can find out what happened instead of booking twice.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from app.simulator.catalog import SENDER
from app.simulator.errors import ApiError
from app.simulator.label import render_label
from app.simulator.seed import iso
from app.simulator.tracking import make_tracking_number

SERVICES = ("STD", "EXP", "ECO")
FIRST_SERIAL = 10_000_001


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

    def create_shipment(self, body: dict[str, Any]) -> dict[str, Any]:
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
            self._serial += 1
            shipment_id = f"CS-{len(self._shipments) + 1}"
            shipment = {
                "shipment_id": shipment_id,
                "reference": reference,
                "tracking_number": tracking_number,
                "status": "created",
                "service": service,
                "order_reference": order_reference,
                "weight_grams": weight,
                "created_at": iso(self._clock()),
                "cancelled_at": None,
            }
            self._shipments[shipment_id] = shipment
            self._by_reference.setdefault(reference, []).append(shipment_id)
            self._labels[shipment_id] = {"format": "zpl", "data_base64": base64.b64encode(data).decode("ascii")}
            if self._on_live_shipment is not None and order_reference:
                self._on_live_shipment(order_reference)
            return {**shipment, "label": dict(self._labels[shipment_id])}

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
        with self._lock:
            shipment = self._shipment(shipment_id)
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
            return {"shipment_id": shipment_id, "status": "cancelled"}

    def ledger(self) -> dict[str, Any]:
        with self._lock:
            shipments = {
                reference: [
                    {key: self._shipments[sid][key] for key in ("shipment_id", "tracking_number", "status")}
                    for sid in ids
                ]
                for reference, ids in self._by_reference.items()
            }
            return {"shipments": shipments, "create_requests": dict(self._create_requests)}

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
