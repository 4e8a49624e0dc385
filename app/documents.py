"""Paperwork for the floor: pick list, packing slips, the handover manifest (PDF or 80 mm)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.messages import Message
from db.models import HandoverBatch, Order, Parcel
from printers import documents as docs


def _parcels(session: Session, parcel_ids: list[int]) -> list[Parcel]:
    parcels = list(session.scalars(select(Parcel).where(Parcel.id.in_(parcel_ids)).order_by(Parcel.id)))
    if not parcels:
        raise InvalidInput("select the parcels first")
    return parcels


def pick_list(session: Session, parcel_ids: list[int], *, fmt: str = "pdf") -> bytes:
    """What to fetch from the shelves for these parcels, in walking order by bin."""
    lines = [
        docs.PickLine(p.order.number, ln.product.sku, ln.product.name, ln.quantity, ln.product.bin_location)
        for p in _parcels(session, parcel_ids)
        for ln in p.lines
        if ln.product is not None
    ]
    return docs.pick_list_escpos(lines) if fmt == "escpos" else docs.to_pdf(docs.pick_list(lines))


def packing_slips(session: Session, parcel_ids: list[int], *, fmt: str = "pdf") -> bytes:
    slips = []
    for p in _parcels(session, parcel_ids):
        order: Order = p.order
        items = tuple(
            docs.SlipItem(ln.product.sku, ln.product.name, ln.quantity) for ln in p.lines if ln.product is not None
        )
        recipient = ", ".join(x for x in (order.ship_name, order.ship_city, order.ship_country) if x)
        slips.append(docs.PackingSlip(order.number, p.number, recipient, items, order.buyer_note, order.shop.name))
    if fmt == "escpos":
        return b"".join(docs.packing_slip_escpos(s) for s in slips)
    return docs.to_pdf([page for s in slips for page in docs.packing_slip(s)])


def manifest(session: Session, batch_id: int, *, fmt: str = "pdf") -> bytes:
    batch = session.get(HandoverBatch, batch_id)
    if batch is None:
        raise NotFound(Message("no_handover_batch", {"batch_id": batch_id}))
    parcels = [
        docs.ManifestParcel(
            i.parcel.tracking_number or "", i.parcel.number, i.parcel.order.number, i.parcel.weight_grams
        )
        for i in batch.items
    ]
    date = (batch.closed_at or batch.opened_at).astimezone().strftime("%Y-%m-%d %H:%M")
    carrier = batch.carrier_account.name
    if fmt == "escpos":
        return docs.handover_manifest_escpos(carrier, parcels, date=date)
    return docs.to_pdf(docs.handover_manifest(carrier, parcels, date=date))


def command_sheet() -> bytes:
    """Every command barcode the station knows (FINISH, CANCEL, OK, the modes …), as a PDF."""
    from scanners.commands import COMMANDS, command_barcode

    return docs.to_pdf(docs.command_sheet([(command_barcode(word), text) for word, text in COMMANDS.items()]))
