"""A verdict in the packer's language: title and message rebuilt from its kind and params.

The services return English text for logs and the CLI; the station shows its own
translatable strings for every kind it knows, filled from ``verdict.params`` and the
parcel fields, and falls back to the service's text for anything else (or when a
needed value is missing), so a new verdict kind still shows something sensible.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.scanning import Verdict
from ui.app_texts import translate_app_text
from ui.i18n import plural

CONTEXT = "Verdict"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill(template: str, *values: str) -> str:
    """Qt-style ``%1``, ``%2`` placeholders (a translator may reorder them)."""
    out = template
    for i in range(len(values), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", values[i - 1])
    return out


def verdict_texts(verdict: Verdict, *, carrier: str = "", remaining: int | None = None) -> tuple[str, str]:
    """(title, message) to show; ``carrier`` is the open handover's, ``remaining`` the items left to pack."""
    v, p = verdict, verdict.params
    kind = v.kind
    T = QCoreApplication.translate
    if kind == "shipped":
        return T(CONTEXT, "Shipped"), fill(T(CONTEXT, "Parcel %1 for order %2"), v.parcel_number, v.order_number)
    if kind == "forced":
        if "supervisor" in p:
            return T(CONTEXT, "Shipped (forced)"), fill(
                T(CONTEXT, "Parcel %1 shipped on %2's authority."), v.parcel_number, p["supervisor"]
            )
        return T(CONTEXT, "Shipped (forced)"), v.message
    if kind == "already_shipped" and {"when", "who", "where"} <= p.keys():
        return T(CONTEXT, "Already shipped"), fill(
            T(CONTEXT, "Already shipped at %1 by %2 at %3."), p["when"], p["who"], p["where"]
        )
    if kind == "intercepted":
        title = T(CONTEXT, "STOP — intercepted")
        if "reason" in p and v.order_number and p.get("stage") == "pack":  # scan-to-verify
            return title, fill(
                T(CONTEXT, "Do not pack: order %1 was %2."), v.order_number, translate_app_text(p["reason"])
            )
        if "reason" in p and v.order_number:
            return title, fill(
                T(CONTEXT, "Do not ship: order %1 was %2. Give the parcel to a supervisor."),
                v.order_number,
                translate_app_text(p["reason"]),
            )
        return title, translate_app_text(v.message)
    if kind == "no_waybill":
        return T(CONTEXT, "No waybill yet"), T(CONTEXT, "This parcel has no tracking number yet.")
    if kind == "not_printed":
        return T(CONTEXT, "Not printed"), T(CONTEXT, "This parcel's label was never printed.")
    if kind == "unknown":
        code = p.get("code", v.code)
        return T(CONTEXT, "Unknown parcel"), fill(T(CONTEXT, "No parcel has the code %1. Put it aside."), code)
    if kind == "layout":  # the scanner types for another keyboard layout: the detail explains the fix
        return T(CONTEXT, "Check the scanner"), p.get("detail", "") or v.message
    if kind == "misread":
        detail = p.get("detail", "")
        return T(CONTEXT, "Scan again"), fill(T(CONTEXT, "Misread: %1"), detail) if detail else v.message
    if kind == "not_recorded" and p.get("lost"):
        message = T(
            CONTEXT,
            "The connection to the database was lost; nothing was recorded. Scan the parcel again once it is back.",
        )
        return T(CONTEXT, "Not recorded — scan again"), message
    if kind == "not_recorded":
        message = T(CONTEXT, "The database did not answer in time; nothing was recorded. Scan the parcel again.")
        return T(CONTEXT, "Not recorded — scan again"), message
    if kind == "not_a_parcel":
        return T(CONTEXT, "Not a parcel label"), T(CONTEXT, "This is a product barcode: scan the parcel label.")
    if kind == "undone":
        return T(CONTEXT, "Scan undone"), fill(
            T(CONTEXT, "Parcel %1 is back in the Scan queue."), v.parcel_number
        ) if v.parcel_number else v.message
    # scan-to-verify
    if kind == "verify_started":
        return T(CONTEXT, "Pack these items"), v.message  # the listing is data (quantities and SKUs)
    if kind == "item_ok":
        title = fill("%1 %2/%3", p["sku"], p["packed"], p["quantity"]) if "sku" in p else v.title
        if remaining is None:
            return title, v.message
        return title, plural(CONTEXT, "%n more to pack", "%n more to pack", remaining)
    if kind == "wrong_item":
        if p.get("sku"):
            return T(CONTEXT, "Wrong item"), fill(
                T(CONTEXT, "Take it out: %1 does not belong in this parcel."), p["sku"]
            )
        return T(CONTEXT, "Wrong item"), fill(T(CONTEXT, "Take it out: unknown item %1."), v.code)
    if kind == "too_many":
        if "sku" in p:
            return T(CONTEXT, "Too many"), fill(
                T(CONTEXT, "Only %1× %2 belong in this parcel; take %3 out."), p["quantity"], p["sku"], p["extra"]
            )
        return T(CONTEXT, "Too many"), v.message
    if kind == "verified":
        if v.parcel_number:
            return T(CONTEXT, "Contents verified"), fill(T(CONTEXT, "Parcel %1 is complete"), v.parcel_number)
        return T(CONTEXT, "Contents verified"), v.message
    # handover
    carrier = p.get("carrier", carrier)
    if kind == "handed_over":
        if carrier:
            return T(CONTEXT, "In the van"), fill(T(CONTEXT, "Added to the %1 handover."), carrier)
        return T(CONTEXT, "In the van"), v.message
    if kind == "other_carrier":
        if carrier:
            return T(CONTEXT, "Other carrier"), fill(
                T(CONTEXT, "This parcel goes with another carrier, not %1. Put it on the other pile."), carrier
            )
        return T(CONTEXT, "Other carrier"), v.message
    if kind == "already_handed":
        return T(CONTEXT, "Already in a batch"), T(CONTEXT, "This parcel was already scanned for handover.")
    # A kind the station does not know (or a service error): the service's own text.
    return translate_app_text(v.title), translate_app_text(v.message)
