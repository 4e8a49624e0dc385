"""What the simulated carrier faces (YunExpress, 4PX, Yanwen) share.

Every face books through the one ``CarrierState`` (so ``/carrier/_ledger`` proves one
live shipment per reference whichever API booked it) and keeps the request it was
given beside the shipment, to draw a PDF label and answer order queries in its own
words. Two test-bench switches (instrumentation routes, never hit by faults):

- ``POST /carrier/_faces/label_delay {"polls": n}``: a new shipment's label is "not
  ready yet" for its first n label requests (carriers produce PDFs asynchronously);
- ``POST /carrier/_faces/track_event {"reference", "status", "description",
  "location"?, "at"?}``: a scan event appended to the reference's live shipment.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.simulator.errors import ApiError
from app.simulator.label import shipping_label
from app.simulator.routes import Params, Route, route
from app.simulator.seed import iso

if TYPE_CHECKING:
    from app.simulator.server import Simulator

TEMPLATES = {"4x6": "shipping-4x6", "100x100": "shipping-100x100", "100x150": "shipping-100x150"}


def pdf_label(
    *,
    carrier: str,
    tracking_number: str,
    reference: str,
    order_reference: str,
    service: str,
    sender: dict[str, Any],
    recipient: dict[str, Any],
    sku_summary: str,
    weight_grams: int | None,
    size: str = "4x6",
) -> bytes:
    """A one-page PDF label whose Code 128 barcode carries the tracking number."""
    from printers.render_pdf import render_pdf
    from printers.templates import bind, load_template, shipping_label_data

    label = shipping_label(
        carrier=carrier,
        tracking_number=tracking_number,
        reference=reference,
        order_reference=order_reference,
        service=service,
        sender=sender,
        recipient=recipient,
        sku_summary=sku_summary,
        weight_grams=weight_grams,
    )
    template = load_template(TEMPLATES.get(size, TEMPLATES["4x6"]))
    return render_pdf(bind(template, shipping_label_data(label)), title=f"{carrier} {tracking_number}")


def book(sim: Simulator, generic: dict[str, Any], face: str, request: dict[str, Any]) -> dict[str, Any]:
    """Book through the shared state and keep the face's request beside the shipment.

    Raises the state's ApiError (409 duplicate_reference with ``shipment_id``) unchanged:
    each face words it its own way.
    """
    shipment = sim.carrier.create_shipment(generic)
    polls = int(sim.carrier.face_settings.get("label_delay_polls", 0))
    sim.carrier.note(
        shipment["shipment_id"],
        face=face,
        request=request,
        generic=generic,
        label_polls_left=polls,
    )
    return shipment


def label_ready(sim: Simulator, shipment_id: str) -> bool:
    """Whether the label exists yet; each call while it does not counts as one poll."""
    with sim._lock:
        notes = sim.carrier.notes(shipment_id)
        left = int(notes.get("label_polls_left", 0))
        if left > 0:
            sim.carrier.note(shipment_id, label_polls_left=left - 1)
            return False
        return True


def render_pdf_for(sim: Simulator, shipment: dict[str, Any], carrier: str, size: str = "4x6") -> bytes:
    """The PDF label of a shipment booked through a face (drawn again on every request)."""
    notes = sim.carrier.notes(shipment["shipment_id"])
    generic = notes.get("generic", {})
    return pdf_label(
        carrier=carrier,
        tracking_number=shipment["tracking_number"],
        reference=shipment["reference"],
        order_reference=str(generic.get("order_reference", "")),
        service=str(notes.get("service_name") or generic.get("service", "")),
        sender=generic.get("sender") or {},
        recipient=generic.get("recipient") or {},
        sku_summary=str(generic.get("sku_summary", "")),
        weight_grams=generic.get("weight_grams"),
        size=size,
    )


def kg_to_grams(value: Any, what: str) -> int:
    """A positive weight in kg (number or numeric string) as whole grams."""
    try:
        grams = round(float(value) * 1000)
    except (TypeError, ValueError):
        raise ApiError(400, "invalid_weight", f"{what} is not a number") from None
    if grams <= 0:
        raise ApiError(400, "invalid_weight", f"{what} must be greater than 0")
    return grams


# -- test-bench switches ----------------------------------------------------------------


def _label_delay(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    polls = body.get("polls") if isinstance(body, dict) else None
    if not isinstance(polls, int) or isinstance(polls, bool) or polls < 0:
        raise ApiError(400, "bad_request", "polls must be a whole number of label requests (0 or more)")
    sim.carrier.face_settings["label_delay_polls"] = polls
    return 200, {"label_delay_polls": polls}


def _track_event(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    if not isinstance(body, dict) or not body.get("reference") or not body.get("status"):
        raise ApiError(400, "bad_request", "reference and status are required")
    live = sim.carrier.find_live(str(body["reference"]))
    if live is None:
        raise ApiError(404, "not_found", f"no live shipment for reference {body['reference']}")
    event = {
        "at": str(body.get("at") or iso(datetime.now(UTC))),
        "status": str(body["status"]),
        "description": str(body.get("description") or body["status"]),
        "location": str(body.get("location") or ""),
    }
    return 200, {"events": sim.carrier.add_tracking_event(live["shipment_id"], event)}


ROUTES: tuple[Route, ...] = (
    route("POST", "/carrier/_faces/label_delay", _label_delay),
    route("POST", "/carrier/_faces/track_event", _track_event),
)
