"""In-memory state of the simulated marketplace: orders and shipment confirmations.

Every method takes the simulator's one lock, so the carrier may call in (the scripted
interception) while holding it.
"""

from __future__ import annotations

import bisect
import copy
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from app.simulator.errors import ApiError
from app.simulator.seed import iso

TRACKING_EDIT_LIMIT = 2
TRACKING_EDIT_WINDOW = timedelta(days=5)
_MS = timedelta(milliseconds=1)

OrderKey = tuple[datetime, str]


def parse_time(text: str) -> datetime:
    """ISO-8601 → aware UTC datetime (naive means UTC); ValueError when unreadable."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _now() -> datetime:
    return datetime.now(UTC)


class MarketplaceState:
    def __init__(
        self,
        lock: threading.RLock,
        orders: Iterable[dict[str, Any]] = (),
        *,
        cancel_after_label: str | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self._lock = lock
        self._clock = clock
        self._orders: dict[str, dict[str, Any]] = {}
        self._updated: dict[str, datetime] = {}
        self._index: list[OrderKey] = []  # sorted (updated_at, id): keyset pages
        self._last_stamp = datetime.min.replace(tzinfo=UTC)
        self._confirmations: dict[str, dict[str, Any]] = {}
        self._requests: dict[str, int] = {}
        self._shipped: dict[str, dict[str, int]] = {}  # order id -> line id -> quantity confirmed
        self._shipment_count = 0
        self.cancel_after_label = cancel_after_label
        for order in orders:
            self.add_order(order)

    # -- orders ------------------------------------------------------------------------

    def add_order(self, order: dict[str, Any]) -> None:
        """Add or replace an order as given (its updated_at is kept)."""
        order = copy.deepcopy(order)
        updated = parse_time(order["updated_at"])
        with self._lock:
            if order["id"] in self._orders:
                self._index.remove((self._updated[order["id"]], order["id"]))
            self._orders[order["id"]] = order
            self._set_updated(order["id"], updated)
            self._shipped.setdefault(order["id"], {})

    def get_order(self, order_id: str) -> dict[str, Any]:
        with self._lock:
            return copy.deepcopy(self._order(order_id))

    def order_count(self) -> int:
        with self._lock:
            return len(self._orders)

    def list_orders(
        self, *, updated_after: datetime | None, after: OrderKey | None, limit: int
    ) -> tuple[list[dict[str, Any]], OrderKey | None]:
        """One page sorted by (updated_at, id) and the key to continue after, if any."""
        with self._lock:
            start = 0
            if updated_after is not None:
                start = bisect.bisect_left(self._index, (updated_after, ""))
            if after is not None:
                start = max(start, bisect.bisect_right(self._index, after))
            keys = self._index[start : start + limit + 1]
            page = [copy.deepcopy(self._orders[order_id]) for _, order_id in keys[:limit]]
            more = len(keys) > limit
            return page, (keys[limit - 1] if more else None)

    def cancel_order(self, order_id: str) -> dict[str, Any]:
        """The buyer or the marketplace cancels: status cancelled, updated_at bumps."""
        with self._lock:
            order = self._order(order_id)
            if order["status"] != "cancelled":
                order["status"] = "cancelled"
                self._touch(order_id)
            return copy.deepcopy(order)

    def change_ship_to(self, order_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """The buyer edits the address on the marketplace (the "changed on marketplace" case)."""
        with self._lock:
            order = self._order(order_id)
            unknown = set(changes) - set(order["ship_to"])
            if unknown:
                raise ApiError(422, "invalid_address", f"unknown address fields: {sorted(unknown)}")
            order["ship_to"].update({key: str(value) for key, value in changes.items()})
            self._touch(order_id)
            return copy.deepcopy(order)

    def on_carrier_shipment(self, order_reference: str) -> None:
        """Scripted interception: the flagged order is cancelled once a label exists."""
        with self._lock:
            order_id = self.cancel_after_label
            if order_id in self._orders and self._orders[order_id]["number"] == order_reference:
                self.cancel_order(order_id)

    # -- shipment confirmations ---------------------------------------------------------

    def confirm_shipment(
        self,
        order_id: str,
        *,
        package_reference: str,
        carrier: str,
        tracking_number: str,
        lines: list[dict[str, Any]] | None,
    ) -> tuple[int, dict[str, Any]]:
        """Record a shipment once per package reference; a repeat answers "duplicate"."""
        with self._lock:
            self._requests[package_reference] = self._requests.get(package_reference, 0) + 1
            order = self._order(order_id)
            existing = self._confirmations.get(package_reference)
            if existing is not None:
                if existing["order_id"] != order_id:
                    raise ApiError(
                        409,
                        "duplicate_reference",
                        f"package reference {package_reference} was confirmed for order {existing['order_id']}",
                        shipment_id=existing["shipment_id"],
                    )
                return 200, {"shipment_id": existing["shipment_id"], "duplicate": True}
            if order["status"] == "cancelled":
                raise ApiError(409, "order_cancelled", f"order {order_id} was cancelled by the buyer")
            quantities = self._line_quantities(order, lines)
            self._shipment_count += 1
            shipment_id = f"MS-{self._shipment_count}"
            shipped = self._shipped[order_id]
            for line_id, quantity in quantities.items():
                shipped[line_id] = shipped.get(line_id, 0) + quantity
            self._confirmations[package_reference] = {
                "order_id": order_id,
                "shipment_id": shipment_id,
                "carrier": carrier,
                "tracking_number": tracking_number,
                "lines": [{"line_id": k, "quantity": v} for k, v in quantities.items()],
                "confirmed_at": iso(self._clock()),
                "tracking_edits": 0,
            }
            if all(shipped.get(line["line_id"], 0) >= line["quantity"] for line in order["lines"]):
                order["status"] = "shipped"
                self._touch(order_id)
            return 201, {"shipment_id": shipment_id, "duplicate": False}

    def find_shipments(self, order_id: str, package_reference: str | None = None) -> list[dict[str, Any]]:
        """The confirmations recorded for an order (one package reference, if given)."""
        with self._lock:
            self._order(order_id)
            return [
                {"package_reference": reference, **copy.deepcopy(entry)}
                for reference, entry in self._confirmations.items()
                if entry["order_id"] == order_id and package_reference in (None, reference)
            ]

    def update_tracking(
        self, order_id: str, shipment_id: str, *, tracking_number: str, carrier: str | None
    ) -> dict[str, Any]:
        """Correct a tracking number: at most twice, within five days of the confirmation."""
        with self._lock:
            self._order(order_id)
            entry = next(
                (
                    entry
                    for entry in self._confirmations.values()
                    if entry["shipment_id"] == shipment_id and entry["order_id"] == order_id
                ),
                None,
            )
            if entry is None:
                raise ApiError(404, "not_found", f"shipment {shipment_id} does not exist on order {order_id}")
            if entry["tracking_number"] == tracking_number and (carrier in (None, entry["carrier"])):
                return {"shipment_id": shipment_id, "tracking_number": tracking_number, "duplicate": True}
            if self._clock() - parse_time(entry["confirmed_at"]) > TRACKING_EDIT_WINDOW:
                raise ApiError(409, "edit_window_closed", "tracking can be changed within 5 days of shipping")
            if entry["tracking_edits"] >= TRACKING_EDIT_LIMIT:
                raise ApiError(409, "edit_limit_reached", "tracking was already changed twice")
            entry["tracking_edits"] += 1
            entry["tracking_number"] = tracking_number
            if carrier:
                entry["carrier"] = carrier
            return {"shipment_id": shipment_id, "tracking_number": tracking_number, "duplicate": False}

    def shipped_quantities(self, order_id: str) -> dict[str, int]:
        """Line id -> quantity confirmed so far (platform faces show shipped/remaining counts)."""
        with self._lock:
            self._order(order_id)
            return dict(self._shipped[order_id])

    def ledger(self) -> dict[str, Any]:
        with self._lock:
            confirmations = {
                reference: {**copy.deepcopy(entry), "requests": self._requests.get(reference, 0)}
                for reference, entry in self._confirmations.items()
            }
            return {
                "confirmations": confirmations,
                "requests": dict(self._requests),
                "cancel_after_label": self.cancel_after_label,
            }

    # -- internals ---------------------------------------------------------------------

    def _order(self, order_id: str) -> dict[str, Any]:
        order = self._orders.get(order_id)
        if order is None:
            raise ApiError(404, "not_found", f"order {order_id} does not exist")
        return order

    def _line_quantities(self, order: dict[str, Any], lines: list[dict[str, Any]] | None) -> dict[str, int]:
        shipped = self._shipped[order["id"]]
        ordered = {line["line_id"]: line["quantity"] for line in order["lines"]}
        if lines is None:  # no lines given: everything still open
            wanted = {k: v - shipped.get(k, 0) for k, v in ordered.items() if v > shipped.get(k, 0)}
        else:
            wanted = {}
            for line in lines:
                line_id, quantity = line.get("line_id"), line.get("quantity")
                if line_id not in ordered:
                    raise ApiError(422, "invalid_lines", f"order {order['id']} has no line {line_id}")
                if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
                    raise ApiError(422, "invalid_lines", f"line {line_id}: quantity must be a positive integer")
                wanted[line_id] = wanted.get(line_id, 0) + quantity
        if not wanted:
            raise ApiError(422, "invalid_lines", f"order {order['id']} has nothing left to ship")
        for line_id, quantity in wanted.items():
            if shipped.get(line_id, 0) + quantity > ordered[line_id]:
                raise ApiError(
                    422,
                    "invalid_lines",
                    f"line {line_id}: shipping {quantity} more exceeds the {ordered[line_id]} ordered",
                )
        return wanted

    def _set_updated(self, order_id: str, updated: datetime) -> None:
        self._updated[order_id] = updated
        bisect.insort(self._index, (updated, order_id))
        self._last_stamp = max(self._last_stamp, updated)

    def _touch(self, order_id: str) -> None:
        """Bump updated_at strictly past every stamp so far (a pull never misses a change)."""
        now = self._clock().astimezone(UTC)
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        stamp = max(now, self._last_stamp + _MS)
        self._index.remove((self._updated[order_id], order_id))
        self._orders[order_id]["updated_at"] = iso(stamp)
        self._set_updated(order_id, stamp)
