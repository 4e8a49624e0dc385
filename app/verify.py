"""Scan-to-verify packing: scan the parcel, then every item; a wrong item is red at once.

The session lives in memory at one station (it is what is on the packer's table);
each item scan is a durable scan event, and "contents verified" is recorded on the
parcel with the user and time when the last item is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.errors import NotAllowed, NotFound
from app.messages import Message
from app.scanning import AMBER, GREEN, RED, Verdict
from db import queries
from db.models import Parcel, ProductBarcode, ScanEvent, utcnow
from db.uow import Database
from scanners.classify import classify


@dataclass
class ItemToPack:
    product_id: int
    sku: str
    name: str
    bin_location: str
    quantity: int
    packed: int = 0
    barcodes: dict[str, int] = field(default_factory=dict)  # code → pack quantity

    @property
    def missing(self) -> int:
        return self.quantity - self.packed


@dataclass
class VerifySession:
    parcel_id: int
    parcel_number: str
    order_number: str
    tracking_number: str
    items: list[ItemToPack]
    errors: int = 0
    completed: bool = False

    @property
    def complete(self) -> bool:
        return all(item.missing == 0 for item in self.items)

    def remaining(self) -> int:
        return sum(item.missing for item in self.items)

    def holds(self, code: str) -> bool:
        """Whether ``code`` is one of this parcel's item barcodes (its label or slip is not)."""
        found = classify(code)
        value = found.value or found.raw
        return found.kind != "misread" and any(value in item.barcodes for item in self.items)


def start(db: Database, code: str, actor: Actor) -> tuple[VerifySession | None, Verdict]:
    """Open the parcel named by a label or packing-slip scan and list what goes in it."""
    found = classify(code)
    value = found.value or found.raw
    with db.uow() as uow:
        s = uow.session
        parcel = None if found.kind == "misread" else queries.parcel_by_code(s, value)
        if parcel is None:
            verdict = Verdict("unknown", RED, "Unknown parcel", f"No parcel has the code {value}.", value)
            _event(s, code, found.kind, verdict, None, actor)
            uow.commit()
            return None, verdict
        if parcel.status in ("intercepted", "voided"):
            verdict = Verdict(
                "intercepted",
                RED,
                "STOP — intercepted",
                f"Do not pack: order {parcel.order.number} was {parcel.intercept_reason or 'cancelled'}.",
                value,
                order_number=parcel.order.number,
                params={"reason": parcel.intercept_reason or "cancelled", "stage": "pack"},
            )
            _event(s, code, found.kind, verdict, parcel.id, actor)
            uow.commit()
            return None, verdict
        items = _items(s, parcel)
        session = VerifySession(parcel.id, parcel.number, parcel.order.number, parcel.tracking_number or "", items)
        listing = ", ".join(f"{i.quantity}× {i.sku}" for i in items)
        verdict = Verdict(
            "verify_started",
            AMBER,
            "Pack these items",
            listing,
            value,
            parcel.number,
            parcel.order.number,
            parcel.tracking_number or "",
        )
        _event(s, code, found.kind, verdict, parcel.id, actor)
        uow.commit()
    return session, verdict


def _items(session: Session, parcel: Parcel) -> list[ItemToPack]:
    by_product: dict[int, ItemToPack] = {}
    for line in parcel.lines:
        product = line.product
        if product is None:
            continue
        item = by_product.get(product.id)
        if item is None:
            item = ItemToPack(product.id, product.sku, product.name, product.bin_location, 0)
            item.barcodes = {b.code: b.pack_quantity for b in product.barcodes}
            item.barcodes.setdefault(product.sku, 1)  # a label with the SKU itself scans too
            by_product[product.id] = item
        item.quantity += line.quantity
    return sorted(by_product.values(), key=lambda i: (i.bin_location, i.sku))


def scan_item(db: Database, session: VerifySession, code: str, actor: Actor) -> Verdict:
    """Count one scanned item (a pack barcode counts its pack quantity).

    After the parcel is complete, one of its items scanned again is "too many" (the packer
    put one more in); anything else means the next parcel.
    """
    if session.completed and not session.holds(code):
        raise NotAllowed(Message("parcel_already_verified_scan_next"))
    found = classify(code)
    value = found.value or found.raw
    if found.kind == "misread":
        verdict = Verdict("misread", RED, "Scan again", f"Misread: {found.detail}", value)
    else:
        match = next(((item, item.barcodes[value]) for item in session.items if value in item.barcodes), None)
        if match is None:
            with db.reader() as uow:
                other = uow.session.scalar(select(ProductBarcode).where(ProductBarcode.code == value))
                sku = other.product.sku if other else ""
            what = f"{sku} does not belong in this parcel" if sku else f"unknown item {value}"
            session.errors += 1
            verdict = Verdict("wrong_item", RED, "Wrong item", f"Take it out: {what}.", value, params={"sku": sku})
        else:
            item, pack = match
            if item.packed + pack > item.quantity:
                session.errors += 1
                extra = item.packed + pack - item.quantity
                verdict = Verdict(
                    "too_many",
                    RED,
                    "Too many",
                    f"Only {item.quantity}× {item.sku} belong in this parcel; take {extra} out.",
                    value,
                    params={"sku": item.sku, "quantity": str(item.quantity), "extra": str(extra)},
                )
            else:
                item.packed += pack
                if session.complete and not session.completed:
                    return _complete(db, session, code, actor, override_reason="")
                verdict = Verdict(
                    "item_ok",
                    GREEN,
                    f"{item.sku} {item.packed}/{item.quantity}",
                    f"{session.remaining()} more to pack",
                    value,
                    params={"sku": item.sku, "packed": str(item.packed), "quantity": str(item.quantity)},
                )
    with db.uow() as uow:
        _event(uow.session, code, found.kind, verdict, session.parcel_id, actor)
        uow.commit()
    return verdict


def override(db: Database, session: VerifySession, supervisor: str, reason: str, actor: Actor) -> Verdict:
    """A supervisor accepts the parcel as packed despite missing or extra items."""
    if not reason.strip():
        raise NotAllowed(Message("override_needs_reason"))
    return _complete(db, session, f"override by {supervisor}", actor, override_reason=f"{reason} ({supervisor})")


def _complete(db: Database, session: VerifySession, code: str, actor: Actor, *, override_reason: str) -> Verdict:
    with db.uow() as uow:
        parcel = uow.session.get(Parcel, session.parcel_id)
        if parcel is None:
            raise NotFound(Message("parcel_gone", {"parcel_number": session.parcel_number}))
        parcel.verified_at = utcnow()
        parcel.verified_by_id = actor.user_id
        detail = f"override: {override_reason}" if override_reason else ""
        audit.record(uow.session, actor, "contents verified", parcel=parcel, detail=detail)
        verdict = Verdict(
            "verified",
            GREEN,
            "Contents verified",
            f"Parcel {session.parcel_number} is complete" + (" (supervisor override)" if override_reason else ""),
            code,
            session.parcel_number,
            session.order_number,
            session.tracking_number,
        )
        _event(uow.session, code, "command" if override_reason else "product", verdict, parcel.id, actor)
        uow.commit()
    session.completed = True
    return verdict


def _event(session: Session, code: str, kind: str, verdict: Verdict, parcel_id: int | None, actor: Actor) -> None:
    session.add(
        ScanEvent(
            code=code[:128],
            recognised_as=kind,
            verdict=verdict.kind,
            message=verdict.message,
            mode="verify",
            parcel_id=parcel_id,
            user_id=actor.user_id,
            station_id=actor.station_id,
        )
    )


PACKAGING_GRAMS = 50


@dataclass(frozen=True)
class WeightCheck:
    parcel_number: str
    expected_grams: int
    actual_grams: int
    warning: str | None


def record_weight(db: Database, code: str, grams: int, actor: Actor) -> WeightCheck:
    """Put the scale's reading on the parcel and compare it with what its products weigh."""
    from scanners.scale import weight_warning

    if grams <= 0:
        raise NotAllowed(Message("scale_reads_nothing_put_parcel"))
    value = classify(code).value or code
    with db.uow() as uow:
        parcel = queries.parcel_by_code(uow.session, value)
        if parcel is None:
            raise NotFound(Message("no_parcel_has_code", {"value": value}))
        expected = sum(ln.quantity * ln.product.weight_grams for ln in parcel.lines if ln.product is not None)
        # The box and the filling weigh something too: compare with contents + packaging.
        warning = weight_warning(expected + PACKAGING_GRAMS, grams) if expected else None
        parcel.weight_grams = grams
        audit.record(uow.session, actor, "weighed", parcel=parcel, detail=f"{grams} g (expected {expected} g)")
        number = parcel.number
        uow.commit()
    return WeightCheck(number, expected, grams, warning)
