"""Adopt a carrier's record found by reference only when it is this parcel's.

After a "duplicate reference" answer or an outcome we never heard, the carrier is asked
for the shipment booked under the parcel's reference. That record may be another
database's (a reference sent before installation identities existed, a copied
database): adopting it would print another customer's name and address. So the
record must show this parcel's recipient name, postcode and country, and its weight and
number of pieces when the carrier says them. Names and postcodes are compared
normalised (case, accents, spaces and punctuation do not count): carriers upper-case,
transliterate and split names into first and last.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from app.connectors.base import Shipment, ShipmentRequest

# Carriers keep weights in kg with three decimals, or round them: a few grams is the same parcel.
WEIGHT_TOLERANCE_GRAMS = 10


def normalise(text: object) -> str:
    """Letters and digits only, without accents, case-folded: "Zoë  Müller" → "zoemuller"."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch for ch in bare.casefold() if ch.isalnum())


def expected_pieces(request: ShipmentRequest) -> int | None:
    return sum(item.quantity for item in request.customs) if request.customs else None


def differences(record: Shipment, request: ShipmentRequest) -> list[str]:
    """What of the carrier's record is not this parcel's; empty when it is the parcel's."""
    to: Mapping[str, object] = request.recipient
    if not (record.recipient_name or record.recipient_postcode or record.recipient_country):
        return ["the carrier's record does not say who it is for"]
    found = []
    if normalise(record.recipient_name) != normalise(to.get("name")):
        found.append("recipient name")
    if normalise(record.recipient_postcode) != normalise(to.get("postcode")):
        found.append("postcode")
    if normalise(record.recipient_country) != normalise(to.get("country")):
        found.append("country")
    if (
        record.weight_grams is not None
        and request.weight_grams
        and abs(record.weight_grams - request.weight_grams) > WEIGHT_TOLERANCE_GRAMS
    ):
        found.append("weight")
    pieces = expected_pieces(request)
    if record.item_count is not None and pieces is not None and record.item_count != pieces:
        found.append("number of pieces")
    return found


def refusal(reference: str, what: list[str]) -> str:
    return (
        f"the carrier already has a shipment with reference {reference} for another recipient "
        f"({', '.join(what)} differ); not adopted — check it in the carrier's portal, then request again"
        if what and "does not say" not in what[0]
        else f"the carrier already has a shipment with reference {reference} and {what[0]}; not adopted — "
        "check it in the carrier's portal, then request again"
    )
