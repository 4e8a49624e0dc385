"""Carriers and waybills: accounts, methods, manual tracking, pools, voids, retries, rates, tracking.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor` and
`self.settings`, each in its own unit of work; network calls happen outside any
transaction (and, from the GUI, off its thread).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app import audit, method_rules, outbox, pools, waybills
from app.errors import InvalidInput, NotAllowed, NotFound, ShipbenchError
from app.review import refresh_queue, update_reasons
from db.models import (
    CarrierAccount,
    Order,
    Parcel,
    ShippingMethod,
    TrackingPool,
    utcnow,
)

if TYPE_CHECKING:
    from app.actor import Actor
    from app.connectors.base import CarrierConnector
    from db.uow import Database

log = logging.getLogger(__name__)

OPEN = ("waybill", "requested", "failed", "labelled", "printed")
_TRACKING = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{3,63}")
METHOD_FIELDS = (
    "code", "name", "is_default", "label_template", "label_format", "required_customs",
    "allows_battery", "allows_liquid", "max_weight_grams", "countries",
)


@dataclass
class Report:
    """Per parcel (or order) what happened; ``refused`` says why not, in the user's words."""

    done: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RateRow:
    method_id: int
    method: str
    carrier: str
    service: str
    amount: Decimal
    currency: str
    days: int | None
    allowed: bool
    reasons: tuple[str, ...] = ()


def find_parcels(session: Session, refs: list[str]) -> list[Parcel]:
    """Parcels by number, tracking number or id; NotFound names what is unknown."""
    ids = [int(r) for r in refs if r.isdigit()]
    found = list(
        session.scalars(
            select(Parcel)
            .where(or_(Parcel.number.in_(refs), Parcel.tracking_number.in_(refs), Parcel.id.in_(ids)))
            .order_by(Parcel.id)
        )
    )
    known = {p.number for p in found} | {p.tracking_number for p in found} | {str(p.id) for p in found}
    missing = [r for r in refs if r not in known]
    if missing:
        raise NotFound(f"no parcel {', '.join(missing[:5])}")
    return found


class CarrierDesk:
    db: Database
    actor: Actor
    _carriers: dict[int, CarrierConnector]

    if TYPE_CHECKING:  # provided by Workstation

        def carrier_for(self, account_id: int) -> CarrierConnector: ...

        def wake(self) -> None: ...

    # --- carrier accounts ---------------------------------------------------------------

    def carrier_accounts(self) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            return [
                {"id": a.id, "name": a.name, "carrier": a.carrier, "base_url": a.base_url, "settings": dict(a.settings or {})}
                for a in uow.session.scalars(select(CarrierAccount).order_by(CarrierAccount.id))
            ]

    def save_carrier_account(
        self,
        name: str,
        carrier: str,
        *,
        account_id: int | None = None,
        base_url: str = "",
        settings: dict[str, Any] | None = None,
        secrets: dict[str, str] | None = None,
    ) -> int:
        """Add or change an account; secrets go to the OS keyring, never the database."""
        from app.connectors import registry

        name = name.strip()
        if not name:
            raise InvalidInput("a carrier account needs a name")
        if carrier not in registry.CARRIERS:
            raise InvalidInput(f"carrier {carrier!r} has no connector (known: {', '.join(sorted(registry.CARRIERS))})")
        with self.db.uow() as uow:
            s = uow.session
            clash = s.scalar(select(CarrierAccount).where(CarrierAccount.name == name))
            if clash is not None and clash.id != account_id:
                raise InvalidInput(f"there is already a carrier account called {name}")
            account = s.get(CarrierAccount, account_id) if account_id else CarrierAccount(name=name, carrier=carrier)
            if account is None:
                raise NotFound(f"no carrier account {account_id}")
            account.name, account.carrier, account.base_url = name, carrier, base_url.strip()
            account.settings = dict(settings or {})
            s.add(account)
            s.flush()
            saved_id = account.id
            audit.record(s, self.actor, "carrier account saved", detail=name)
            if secrets:
                from app import credentials

                credentials.store("carrier", saved_id, secrets)  # before commit: no account without its keys
            uow.commit()
        self._carriers.pop(saved_id, None)
        return saved_id

    def delete_carrier_account(self, account_id: int) -> None:
        with self.db.uow() as uow:
            s = uow.session
            account = s.get(CarrierAccount, account_id)
            if account is None:
                raise NotFound(f"no carrier account {account_id}")
            used = s.scalar(select(ShippingMethod.id).where(ShippingMethod.carrier_account_id == account_id).limit(1))
            if used is not None:
                raise NotAllowed(f"{account.name} still has shipping methods; delete them first")
            s.delete(account)
            uow.commit()
        self._carriers.pop(account_id, None)

    def test_carrier_account(self, account_id: int) -> str:
        """One cheap authenticated call (network: not on the GUI thread)."""
        self._carriers.pop(account_id, None)  # settings may just have changed
        return self.carrier_for(account_id).test_connection()

    # --- shipping methods -----------------------------------------------------------------

    def method_details(self) -> list[dict[str, Any]]:
        """Every shipping method with its carrier and rules (the methods dialog)."""
        with self.db.reader() as uow:
            return [
                {
                    "id": m.id, "carrier_account_id": m.carrier_account_id, "carrier": m.carrier_account.name,
                    "label": method_rules.method_label(m),
                    **{f: getattr(m, f) for f in METHOD_FIELDS},
                }
                for m in uow.session.scalars(select(ShippingMethod).order_by(ShippingMethod.id))
            ]

    def save_shipping_method(self, carrier_account_id: int, *, method_id: int | None = None, **fields: Any) -> int:
        unknown = set(fields) - set(METHOD_FIELDS)
        if unknown:
            raise InvalidInput(f"unknown shipping method field {', '.join(sorted(unknown))}")
        if "code" in fields and not str(fields["code"]).strip():
            raise InvalidInput("a shipping method needs the carrier's service code")
        for key in ("required_customs",):
            bad = set(fields.get(key) or ()) - set(method_rules.CUSTOMS_FIELDS)
            if bad:
                raise InvalidInput(f"unknown customs field {', '.join(sorted(bad))}")
        if fields.get("max_weight_grams") is not None and int(fields["max_weight_grams"]) <= 0:
            raise InvalidInput("the maximum weight must be more than 0 g (or empty for none)")
        if "countries" in fields:
            countries = fields["countries"] or {}
            fields["countries"] = {k: sorted({c.strip().upper() for c in countries.get(k) or () if c.strip()})
                                   for k in ("allow", "deny") if countries.get(k)}
        with self.db.uow() as uow:
            s = uow.session
            if s.get(CarrierAccount, carrier_account_id) is None:
                raise NotFound(f"no carrier account {carrier_account_id}")
            method = s.get(ShippingMethod, method_id) if method_id else None
            if method_id and method is None:
                raise NotFound(f"no shipping method {method_id}")
            if method is None:
                if not fields.get("code") or not fields.get("name"):
                    raise InvalidInput("a new shipping method needs a service code and a name")
                method = ShippingMethod(carrier_account_id=carrier_account_id, code="", name="")
                s.add(method)
            method.carrier_account_id = carrier_account_id
            for key, value in fields.items():
                setattr(method, key, value)
            if fields.get("is_default"):
                for other in s.scalars(select(ShippingMethod).where(ShippingMethod.is_default.is_(True))):
                    if other is not method:
                        other.is_default = False
            s.flush()
            audit.record(s, self.actor, "shipping method saved", detail=method.name)
            self._recheck_review(s)
            uow.commit()
            return method.id

    def delete_shipping_method(self, method_id: int) -> None:
        with self.db.uow() as uow:
            s = uow.session
            method = s.get(ShippingMethod, method_id)
            if method is None:
                raise NotFound(f"no shipping method {method_id}")
            if s.scalar(select(Parcel.id).where(Parcel.shipping_method_id == method_id).limit(1)) is not None or \
                    s.scalar(select(Order.id).where(Order.shipping_method_id == method_id).limit(1)) is not None:
                raise NotAllowed(f"{method.name} is used by orders; choose another method for them first")
            s.delete(method)
            uow.commit()

    def _recheck_review(self, s: Session) -> None:
        """A method's rules changed: the reasons shown in Review follow."""
        for order in s.scalars(select(Order).where(Order.queue == "review")):
            update_reasons(s, order)

    def set_shipping_method(self, order_ids: list[int], method_id: int) -> Report:
        """Choose the method for orders at any stage before shipped; a booked waybill is voided first."""
        report = Report()
        with self.db.uow() as uow:
            s = uow.session
            method = s.get(ShippingMethod, method_id)
            if method is None:
                raise NotFound(f"no shipping method {method_id}")
            for order in s.scalars(select(Order).where(Order.id.in_(order_ids)).order_by(Order.id)):
                if order.status in ("shipped", "cancelled"):
                    report.refused[order.number] = f"order is {order.status}"
                    continue
                previous = order.shipping_method_id
                order.shipping_method_id = method.id
                if order.status in ("review", "on_hold"):
                    update_reasons(s, order)
                    report.done[order.number] = method.name
                    continue
                reasons = method_rules.method_reasons(s, order)
                if reasons:
                    order.shipping_method_id = previous
                    report.refused[order.number] = "; ".join(reasons)
                    continue
                try:
                    for parcel in order.parcels:
                        if parcel.status in OPEN and parcel.shipping_method_id != method.id:
                            self._change_method(s, parcel, method)
                except NotAllowed as exc:
                    raise NotAllowed(f"{order.number}: {exc}") from None
                refresh_queue(order)
                audit.record(s, self.actor, "shipping method", order=order, detail=method.name)
                report.done[order.number] = method.name
            uow.commit()
        self.wake()
        return report

    def _change_method(self, s: Session, parcel: Parcel, method: ShippingMethod) -> None:
        old = parcel.shipping_method_id
        parcel.shipping_method_id = method.id
        s.flush()
        s.refresh(parcel, ["shipping_method"])
        if parcel.status == "waybill":
            return
        if parcel.status == "requested" and parcel.tracking_number is None:
            if not outbox.cancel_pending(s, "request_waybill", parcel.number):
                job = waybills.live_job(s, "request_waybill", parcel)
                if job is not None:  # on its way: cannot change what it carries
                    parcel.shipping_method_id = old
                    raise NotAllowed(f"the waybill request for {parcel.number} is on its way; try again in a moment")
            waybills.queue_request(s, parcel, self.actor)
        elif parcel.status == "failed":
            waybills.queue_request(s, parcel, self.actor)
        else:  # has a waybill: void it, and book the new method once it is voided
            waybills.void(s, parcel, f"shipping method changed to {method.name}", self.actor, rebook=True)

    # --- waybills: retry, void, weight ----------------------------------------------------

    def parcel_numbers_of(self, order_ids: list[int], states: tuple[str, ...] = OPEN) -> list[str]:
        """Parcel numbers of these orders (the GUI's selection) in these states."""
        with self.db.reader() as uow:
            return list(uow.session.scalars(
                select(Parcel.number).where(Parcel.order_id.in_(order_ids), Parcel.status.in_(states)).order_by(Parcel.id)
            ))

    def parcel_ids(self, refs: list[str]) -> list[int]:
        with self.db.reader() as uow:
            return [p.id for p in find_parcels(uow.session, refs)]

    def retry_waybills(self, refs: list[str] | None = None) -> Report:
        """Ask again for these parcels (or every failed one); label fetches are tried now."""
        report = Report()
        with self.db.uow() as uow:
            s = uow.session
            if refs:
                parcels = find_parcels(s, refs)
            else:
                parcels = list(s.scalars(select(Parcel).where(Parcel.status == "failed").order_by(Parcel.id)))
            for parcel in parcels:
                if parcel.status in waybills.REQUESTABLE:
                    why = waybills.queue_request(s, parcel, self.actor)
                    if why:
                        report.refused[parcel.number] = why
                    else:
                        report.done[parcel.number] = "requested again"
                    refresh_queue(parcel.order)
                elif parcel.status == "requested":
                    for kind in ("fetch_label", "request_waybill", "void_waybill"):
                        job = waybills.live_job(s, kind, parcel)
                        if job is not None and job.state != "in_flight":
                            job.next_attempt_at = utcnow()
                    report.done[parcel.number] = "already on its way; trying now"
                else:
                    report.refused[parcel.number] = f"parcel is {parcel.status}, not waiting for a waybill"
            uow.commit()
        self.wake()
        return report

    def void_waybills(self, refs: list[str], reason: str) -> Report:
        """Void the waybills of these parcels (refund requested); they go back to Waybill."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput("a void needs a reason")
        report = Report()
        with self.db.uow() as uow:
            s = uow.session
            for parcel in find_parcels(s, refs):
                try:
                    report.done[parcel.number] = waybills.void(s, parcel, reason, self.actor)
                except NotAllowed as exc:
                    report.refused[parcel.number] = str(exc)
            uow.commit()
        self.wake()
        return report

    def set_parcel_weight(self, ref: str, grams: int) -> None:
        if grams <= 0 or grams > 1_000_000:
            raise InvalidInput("the weight must be between 1 g and 1,000 kg")
        with self.db.uow() as uow:
            (parcel,) = find_parcels(uow.session, [ref])
            if parcel.status not in ("waybill", "failed"):
                raise NotAllowed(f"parcel {parcel.number} has a waybill; void it before changing its weight")
            parcel.weight_grams = grams
            audit.record(uow.session, self.actor, "parcel weight", parcel=parcel, detail=f"{grams} g")
            uow.commit()

    def waybill_report(self, refs: list[str] | None = None) -> list[dict[str, Any]]:
        """Per parcel: tracking number, state, where it came from, the carrier's reason."""
        with self.db.reader() as uow:
            s = uow.session
            parcels = find_parcels(s, refs) if refs else list(
                s.scalars(select(Parcel).where(Parcel.status.in_(("requested", "failed"))).order_by(Parcel.id))
            )
            return [_parcel_row(p) for p in parcels]

    # --- manual tracking, label upload ----------------------------------------------------

    def set_tracking(self, ref: str, number: str, *, label: bytes | None = None, label_name: str = "") -> str:
        """The seller has the number (a forwarder's): the parcel is labelled with it."""
        number = number.strip().upper()
        if not _TRACKING.fullmatch(number):
            raise InvalidInput(f"{number!r} is not a tracking number (4–64 letters and digits)")
        from scanners.classify import classify

        kind = classify(number)
        if kind.check_digit_valid is False:
            raise InvalidInput(f"{number} looks like a {kind.carrier or kind.kind} number but its check digit is wrong")
        fmt = check_upload(label, label_name) if label is not None else None
        with self.db.uow() as uow:
            s = uow.session
            (parcel,) = find_parcels(s, [ref])
            taken = s.scalar(select(Parcel).where(Parcel.tracking_number == number, Parcel.id != parcel.id))
            if taken is not None:
                raise InvalidInput(f"{number} is already the tracking number of parcel {taken.number}")
            if parcel.status not in ("waybill", "failed", "requested") and parcel.tracking_source != "manual":
                raise NotAllowed(f"parcel {parcel.number} is {parcel.status}; void its waybill first")
            if parcel.tracking_source in ("carrier", "pool") or (
                parcel.status == "requested" and not outbox.cancel_pending(s, "request_waybill", parcel.number)
            ):
                raise NotAllowed(f"parcel {parcel.number} has a carrier waybill (or one on its way); void it first")
            parcel.tracking_number = number
            parcel.tracking_source = "manual"
            parcel.carrier_shipment_id = None
            parcel.waybill_error = None
            if fmt is not None and label is not None:
                waybills.store_label(s, parcel, fmt, label, source="upload")
            if parcel.status in ("waybill", "failed", "requested"):
                parcel.status = "labelled"
            refresh_queue(parcel.order)
            audit.record(s, self.actor, "manual tracking", parcel=parcel, detail=number)
            uow.commit()
        return number

    def upload_label(self, ref: str, data: bytes, filename: str = "") -> str:
        """Store a label file for a parcel that has its tracking number; returns its format."""
        fmt = check_upload(data, filename)
        with self.db.uow() as uow:
            s = uow.session
            (parcel,) = find_parcels(s, [ref])
            if parcel.tracking_number is None:
                raise NotAllowed(f"parcel {parcel.number} has no tracking number yet; enter it with the label")
            if parcel.status not in ("requested", "labelled", "printed"):
                raise NotAllowed(f"parcel {parcel.number} is {parcel.status}; its label cannot change")
            waybills.store_label(s, parcel, fmt, data, source="upload")
            if parcel.status == "requested":
                parcel.status = "labelled"
                parcel.waybill_error = None
                waybills._drop_label_fetch(s, parcel)
            refresh_queue(parcel.order)
            audit.record(s, self.actor, "label uploaded", parcel=parcel, detail=filename or fmt)
            uow.commit()
        return fmt

    # --- tracking-number pools ------------------------------------------------------------

    def import_pool(self, text: str, carrier_account_id: int, service_code: str = "", *, low_warning: int = 50) -> list[pools.PoolInfo]:
        with self.db.uow() as uow:
            created = pools.import_ranges(uow.session, text, carrier_account_id, service_code, self.actor,
                                          low_warning=low_warning)
            ids = {p.id for p in created}
            uow.commit()
        return [p for p in self.pools() if p.id in ids]

    def pools(self) -> list[pools.PoolInfo]:
        with self.db.reader() as uow:
            return pools.pool_infos(uow.session)

    def pool_warnings(self) -> list[str]:
        return [p.warning for p in self.pools() if p.warning]

    def delete_pool(self, pool_id: int) -> None:
        with self.db.uow() as uow:
            pool = uow.session.get(TrackingPool, pool_id)
            if pool is None:
                raise NotFound(f"no tracking pool {pool_id}")
            if uow.session.scalar(select(Parcel.id).where(Parcel.pool_id == pool_id).limit(1)) is not None:
                raise NotAllowed("numbers of this pool are on parcels; it can only be used up")
            uow.session.delete(pool)
            uow.commit()

    def assign_pool_numbers(self, refs: list[str]) -> Report:
        """Label each parcel with the next number of its carrier's pool, offline; pre-advice follows."""
        report = Report()
        for ref in refs:  # one short transaction each: stations take numbers in turn
            try:
                with self.db.uow() as uow:
                    (parcel,) = find_parcels(uow.session, [ref])
                    report.done[parcel.number] = pools.assign(uow.session, parcel, self.actor)
                    uow.commit()
            except (NotAllowed, NotFound) as exc:
                report.refused[ref] = str(exc)
        self.wake()
        return report

    # --- tracking events and rates (network) ----------------------------------------------

    def track(self, refs: list[str]) -> dict[str, dict[str, Any]]:
        with self.db.reader() as uow:
            wanted = [
                (p.number, p.tracking_number, p.shipping_method.carrier_account_id if p.shipping_method else None)
                for p in find_parcels(uow.session, refs)
            ]
        result: dict[str, dict[str, Any]] = {}
        for number, tracking, account_id in wanted:
            if not tracking or account_id is None:
                result[number] = {"tracking_number": tracking, "events": [], "error": "no tracking number yet"}
                continue
            try:
                events = self.carrier_for(account_id).track(tracking)
            except ShipbenchError as exc:
                result[number] = {"tracking_number": tracking, "events": [], "error": str(exc)}
                continue
            result[number] = {
                "tracking_number": tracking,
                "events": [
                    {"at": e.at.isoformat(), "status": e.status, "description": e.description, "location": e.location}
                    for e in events
                ],
                "error": "",
            }
        return result

    def rates(self, refs: list[str], *, choose: str | None = None) -> dict[str, list[RateRow]]:
        """Prices of every method whose carrier quotes rates, per parcel, cheapest first.

        ``choose`` ("cheapest" | "fastest") switches each parcel to the best allowed method.
        """
        if choose not in (None, "cheapest", "fastest"):
            raise InvalidInput("choose the cheapest or the fastest method")
        with self.db.reader() as uow:
            s = uow.session
            methods = list(s.scalars(select(ShippingMethod).order_by(ShippingMethod.id)))
            asks = []
            for parcel in find_parcels(s, refs):
                allowed = method_rules.allowed_methods(s, parcel.order, methods)
                asks.append((parcel.number, parcel.order_id,
                             waybills.request_from_payload(waybills.shipment_payload(s, parcel)), allowed))
            by_account: dict[int, list[tuple[int, str]]] = {}
            for m in methods:
                by_account.setdefault(m.carrier_account_id, []).append((m.id, m.code))
            names = {m.id: (method_rules.method_label(m), m.carrier_account.name, m.code) for m in methods}
        result: dict[str, list[RateRow]] = {}
        for number, _order_id, request, allowed in asks:
            rows: list[RateRow] = []
            for account_id, account_methods in by_account.items():
                quote = getattr(self.carrier_for(account_id), "rates", None)
                if quote is None:
                    continue
                try:
                    prices = {r.service: r for r in quote(request)}
                except ShipbenchError as exc:
                    log.info("no rates from carrier account %s: %s", account_id, exc)
                    continue
                for mid, code in account_methods:
                    rate = prices.get(code)
                    if rate is None:
                        continue
                    label, carrier, _ = names[mid]
                    rows.append(RateRow(mid, label, carrier, code, rate.amount, rate.currency, rate.days,
                                        not allowed[mid], tuple(allowed[mid])))
            rows.sort(key=lambda r: (not r.allowed, r.amount, r.days or 999))
            result[number] = rows
        if choose:
            self._apply_choice(result, choose)
        return result

    def _apply_choice(self, rates: dict[str, list[RateRow]], choose: str) -> None:
        key = (lambda r: (r.amount, r.days or 999)) if choose == "cheapest" else (lambda r: (r.days or 999, r.amount))
        with self.db.uow() as uow:
            s = uow.session
            for number, rows in rates.items():
                allowed = [r for r in rows if r.allowed]
                if not allowed:
                    continue
                best = min(allowed, key=key)
                (parcel,) = find_parcels(s, [number])
                if parcel.shipping_method_id != best.method_id and parcel.status in OPEN:
                    method = s.get(ShippingMethod, best.method_id)
                    assert method is not None
                    parcel.order.shipping_method_id = method.id
                    self._change_method(s, parcel, method)
                    refresh_queue(parcel.order)
            uow.commit()
        self.wake()


def _parcel_row(p: Parcel) -> dict[str, Any]:
    return {
        "number": p.number,
        "order": p.order.number,
        "state": p.status,
        "tracking_number": p.tracking_number,
        "source": p.tracking_source,
        "method": p.shipping_method.name if p.shipping_method else None,
        "weight_grams": p.weight_grams,
        "error": p.waybill_error or p.intercept_reason,
        "refund": p.refund_state,
    }


def check_upload(data: bytes | None, filename: str = "") -> str:
    """The label's format if the bytes are what the file claims to be, else InvalidInput."""
    from app.labels import check_label_file

    return check_label_file(data or b"", filename)
