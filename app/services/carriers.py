"""Carriers and waybills: accounts, methods, manual tracking, pools, voids, retries, rates, tracking.

Network calls happen outside any transaction (and, from the GUI, off its thread).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app import audit, coded, credentials, method_rules, outbox, pools, roles, tracking, waybills
from app.errors import InvalidInput, NotAllowed, NotFound, ShipbenchError
from app.messages import Message
from app.review import refresh_queue, update_reasons
from app.services.base import Context, Service, chunked
from app.services.connectors import Connectors
from db.models import CarrierAccount, Parcel, ShippingMethod, utcnow
from db.uow import UnitOfWork

log = logging.getLogger(__name__)

OPEN = ("waybill", "requested", "failed", "labelled", "printed")
_TRACKING = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{3,63}")
METHOD_FIELDS = (
    "code",
    "name",
    "is_default",
    "label_template",
    "label_format",
    "required_customs",
    "allows_battery",
    "allows_liquid",
    "max_weight_grams",
    "countries",
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


def find_parcels(uow: UnitOfWork, refs: list[str]) -> list[Parcel]:
    """Parcels by number, tracking number or id; NotFound names what is unknown."""
    found = uow.parcels.by_ref(refs)
    known = {p.number for p in found} | {p.tracking_number for p in found} | {str(p.id) for p in found}
    missing = [r for r in refs if r not in known]
    if missing:
        raise NotFound(Message("no_parcel", {"missing": ", ".join(missing[:5])}))
    return found


class CarriersService(Service):
    """Carrier accounts, shipping methods and every parcel's waybill."""

    def __init__(self, ctx: Context, connectors: Connectors, wake: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.connectors = connectors
        self.wake = wake

    def request_waybills(self, order_ids: list[int] | None = None) -> waybills.RequestResult:
        """Queue the waybill requests of these orders (or all of Waybill), ``CHUNK`` orders
        per transaction: each order's jobs are written with its parcels' state, or not at all."""
        if order_ids is None:
            with self.db.reader() as uow:
                order_ids = uow.orders.ids_in_queue("waybill")
        result = waybills.RequestResult()
        for chunk in chunked(order_ids, gap=self.chunk_gap):
            with self.db.uow() as uow:
                done = waybills.request(uow.session, uow.orders.for_waybills(chunk), self.actor)
                uow.commit()
            result.queued += done.queued
            result.skipped.update(done.skipped)
        self.wake()
        return result

    # --- carrier accounts ---------------------------------------------------------------

    def carrier_accounts(self) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            return [
                {
                    "id": a.id,
                    "name": a.name,
                    "carrier": a.carrier,
                    "base_url": a.base_url,
                    "settings": dict(a.settings or {}),
                    # the names (never the values) of the secrets kept for it
                    "stored_secrets": sorted(credentials.load("carrier", a.id)),
                }
                for a in uow.carriers.accounts()
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
            raise InvalidInput(Message("carrier_account_needs_name"))
        if carrier not in registry.CARRIERS:
            raise InvalidInput(
                Message(
                    "carrier_has_no_connector_known",
                    {"kind": carrier, "carriers": ", ".join(sorted(registry.CARRIERS))},
                )
            )
        with self.db.uow() as uow:
            clash = uow.carriers.account_by_name(name)
            if clash is not None and clash.id != account_id:
                raise InvalidInput(Message("there_already_carrier_account_called", {"name": name}))
            account = uow.carriers.account(account_id) if account_id else CarrierAccount(name=name, carrier=carrier)
            if account is None:
                raise NotFound(Message("no_carrier_account", {"carrier_account_id": account_id}))
            account.name, account.carrier, account.base_url = name, carrier, base_url.strip()
            account.settings = dict(settings or {})
            uow.add(account)
            uow.flush()
            saved_id = account.id
            audit.record(uow.session, self.actor, "carrier account saved", detail=name)
            if secrets:
                from app import credentials

                credentials.store("carrier", saved_id, secrets)  # before commit: no account without its keys
            uow.commit()
        self.connectors.forget("carrier", saved_id)
        return saved_id

    def delete_carrier_account(self, account_id: int) -> None:
        roles.require(self.actor, "delete_account")
        with self.db.uow() as uow:
            account = uow.carriers.account(account_id)
            if account is None:
                raise NotFound(Message("no_carrier_account", {"carrier_account_id": account_id}))
            if uow.carriers.has_methods(account_id):
                raise NotAllowed(Message("still_has_shipping_methods_delete", {"name": account.name}))
            uow.delete(account)
            uow.commit()
        self.connectors.forget("carrier", account_id)

    def test_carrier_account(self, account_id: int) -> str:
        """One cheap authenticated call (network: not on the GUI thread)."""
        self.connectors.forget("carrier", account_id)  # settings may just have changed
        return self.connectors.carrier_for(account_id).test_connection()

    # --- shipping methods -----------------------------------------------------------------

    def method_details(self) -> list[dict[str, Any]]:
        """Every shipping method with its carrier and rules (the methods dialog)."""
        with self.db.reader() as uow:
            return [
                {
                    "id": m.id,
                    "carrier_account_id": m.carrier_account_id,
                    "carrier": m.carrier_account.name,
                    "label": method_rules.method_label(m),
                    **{f: getattr(m, f) for f in METHOD_FIELDS},
                }
                for m in uow.carriers.methods()
            ]

    def save_shipping_method(self, carrier_account_id: int, *, method_id: int | None = None, **fields: Any) -> int:
        unknown = set(fields) - set(METHOD_FIELDS)
        if unknown:
            raise InvalidInput(Message("unknown_shipping_method_field", {"unknown": ", ".join(sorted(unknown))}))
        if "code" in fields and not str(fields["code"]).strip():
            raise InvalidInput(Message("shipping_method_needs_carrier_service"))
        for key in ("required_customs",):
            bad = set(fields.get(key) or ()) - set(method_rules.CUSTOMS_FIELDS)
            if bad:
                raise InvalidInput(Message("unknown_customs_field", {"field": ", ".join(sorted(bad))}))
        if fields.get("max_weight_grams") is not None and int(fields["max_weight_grams"]) <= 0:
            raise InvalidInput(Message("maximum_weight_must_more_than"))
        if "countries" in fields:
            countries = fields["countries"] or {}
            fields["countries"] = {
                k: sorted({c.strip().upper() for c in countries.get(k) or () if c.strip()})
                for k in ("allow", "deny")
                if countries.get(k)
            }
        with self.db.uow() as uow:
            if uow.carriers.account(carrier_account_id) is None:
                raise NotFound(Message("no_carrier_account", {"carrier_account_id": carrier_account_id}))
            method = uow.carriers.method(method_id) if method_id else None
            if method_id and method is None:
                raise NotFound(Message("no_shipping_method", {"method_id": method_id}))
            if method is None:
                if not fields.get("code") or not fields.get("name"):
                    raise InvalidInput(Message("new_shipping_method_needs_service"))
                method = ShippingMethod(carrier_account_id=carrier_account_id, code="", name="")
                uow.add(method)
            method.carrier_account_id = carrier_account_id
            for key, value in fields.items():
                setattr(method, key, value)
            if fields.get("is_default"):
                for other in uow.carriers.default_methods():
                    if other is not method:
                        other.is_default = False
            uow.flush()
            audit.record(uow.session, self.actor, "shipping method saved", detail=method.name)
            self._recheck_review(uow)
            uow.commit()
            return method.id

    def delete_shipping_method(self, method_id: int) -> None:
        with self.db.uow() as uow:
            method = uow.carriers.method(method_id)
            if method is None:
                raise NotFound(Message("no_shipping_method", {"method_id": method_id}))
            if uow.parcels.uses_method(method_id) or uow.orders.uses_method(method_id):
                raise NotAllowed(Message("used_by_orders_choose_another", {"name": method.name}))
            audit.record(uow.session, self.actor, "shipping method deleted", detail=method.name)
            uow.delete(method)
            uow.commit()

    def _recheck_review(self, uow: UnitOfWork) -> None:
        """A method's rules changed: the reasons shown in Review follow."""
        for order in uow.orders.in_review():
            update_reasons(uow.session, order)

    def method_id(self, ref: str) -> int:
        """A shipping method by its id, code or name (any case)."""
        wanted = ref.strip().lower()
        with self.db.reader() as uow:
            names = uow.carriers.method_names()
        for method_id, code, name in names:
            if wanted in (str(method_id), code.lower(), name.lower()):
                return method_id
        known = ", ".join(code for _i, code, _n in names) or "none yet"
        raise NotFound(f"no shipping method {ref} (known: {known})")

    def set_shipping_method(self, order_ids: list[int], method_id: int) -> Report:
        """Choose the method for orders at any stage before shipped; a booked waybill is voided first."""
        report = Report()
        with self.db.uow() as uow:
            s = uow.session
            method = uow.carriers.method(method_id)
            if method is None:
                raise NotFound(Message("no_shipping_method", {"method_id": method_id}))
            for order in uow.orders.by_ids(order_ids):
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
                            self._change_method(uow, parcel, method)
                except NotAllowed as exc:
                    raise NotAllowed(f"{order.number}: {exc}") from None
                refresh_queue(order)
                audit.record(s, self.actor, "shipping method", order=order, detail=method.name)
                report.done[order.number] = method.name
            uow.commit()
        self.wake()
        return report

    def _change_method(self, uow: UnitOfWork, parcel: Parcel, method: ShippingMethod) -> None:
        s = uow.session
        old = parcel.shipping_method_id
        parcel.shipping_method_id = method.id
        uow.flush()
        uow.refresh(parcel, ["shipping_method"])
        if parcel.status == "waybill":
            return
        if parcel.status == "requested" and parcel.tracking_number is None:
            if not outbox.cancel_pending(s, "request_waybill", parcel.number):
                job = waybills.live_job(s, "request_waybill", parcel)
                if job is not None:  # on its way: cannot change what it carries
                    parcel.shipping_method_id = old
                    raise NotAllowed(Message("waybill_request_way_try_again", {"number": parcel.number}))
            waybills.queue_request(s, parcel, self.actor)
        elif parcel.status == "failed":
            waybills.queue_request(s, parcel, self.actor)
        else:  # has a waybill: void it, and book the new method once it is voided
            waybills.void(s, parcel, f"shipping method changed to {method.name}", self.actor, rebook=True)

    # --- waybills: retry, void, weight ----------------------------------------------------

    def parcel_numbers_of(self, order_ids: list[int], states: tuple[str, ...] = OPEN) -> list[str]:
        """Parcel numbers of these orders (the GUI's selection) in these states."""
        with self.db.reader() as uow:
            return uow.parcels.numbers_of(order_ids, states)

    def parcel_ids(self, refs: list[str]) -> list[int]:
        with self.db.reader() as uow:
            return [p.id for p in find_parcels(uow, refs)]

    def retry_waybills(self, refs: list[str] | None = None) -> Report:
        """Ask again for these parcels (or every failed one); label fetches are tried now."""
        report = Report()
        with self.db.uow() as uow:
            s = uow.session
            parcels = find_parcels(uow, refs) if refs else uow.parcels.in_states(("failed",))
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
        roles.require(self.actor, "void_waybill")
        reason = reason.strip()
        if not reason:
            raise InvalidInput(Message("void_needs_reason"))
        report = Report()
        with self.db.uow() as uow:
            s = uow.session
            for parcel in find_parcels(uow, refs):
                try:
                    report.done[parcel.number] = waybills.void(s, parcel, reason, self.actor)
                except NotAllowed as exc:
                    report.refused[parcel.number] = str(exc)
            uow.commit()
        self.wake()
        return report

    def set_parcel_weight(self, ref: str, grams: int) -> None:
        if grams <= 0 or grams > 1_000_000:
            raise InvalidInput(Message("weight_must_between_kg"))
        with self.db.uow() as uow:
            (parcel,) = find_parcels(uow, [ref])
            if parcel.status not in ("waybill", "failed"):
                raise NotAllowed(Message("parcel_has_waybill_void_before", {"number": parcel.number}))
            parcel.weight_grams = grams
            audit.record(uow.session, self.actor, "parcel weight", parcel=parcel, detail=f"{grams} g")
            uow.commit()

    def waybill_report(self, refs: list[str] | None = None) -> list[dict[str, Any]]:
        """Per parcel: tracking number, state, where it came from, the carrier's reason."""
        with self.db.reader() as uow:
            parcels = find_parcels(uow, refs) if refs else uow.parcels.in_states(("requested", "failed"))
            return [_parcel_row(p) for p in parcels]

    def shipper_references(self, refs: list[str]) -> dict[str, str]:
        """Parcel number → the reference the carrier knows it by (sent, or to be sent)."""
        with self.db.reader() as uow:
            return {p.number: waybills.shipper_reference(uow.session, p) for p in find_parcels(uow, refs)}

    # --- manual tracking, label upload ----------------------------------------------------

    def set_tracking(self, ref: str, number: str, *, label: bytes | None = None, label_name: str = "") -> str:
        """The seller has the number (a forwarder's): the parcel is labelled with it."""
        number = number.strip().upper()
        if not _TRACKING.fullmatch(number):
            raise InvalidInput(Message("not_tracking_number_letters_digits", {"number": number}))
        from scanners.classify import classify

        kind = classify(number)
        if kind.check_digit_valid is False:
            raise InvalidInput(
                Message("looks_like_number_but_check", {"number": number, "value": kind.carrier or kind.kind})
            )
        fmt = check_upload(label, label_name) if label is not None else None
        with self.db.uow() as uow:
            s = uow.session
            (parcel,) = find_parcels(uow, [ref])
            taken = uow.parcels.with_tracking_number(number, other_than=parcel.id)
            if taken is not None:
                raise InvalidInput(
                    Message("already_tracking_number_parcel", {"number": number, "number2": taken.number})
                )
            if parcel.status not in ("waybill", "failed", "requested") and parcel.tracking_source != "manual":
                raise NotAllowed(
                    Message("parcel_void_waybill_first", {"number": parcel.number, "status": parcel.status})
                )
            if parcel.tracking_source in ("carrier", "pool") or (
                parcel.status == "requested" and not outbox.cancel_pending(s, "request_waybill", parcel.number)
            ):
                raise NotAllowed(Message("parcel_has_carrier_waybill_one", {"number": parcel.number}))
            parcel.tracking_number = number
            parcel.tracking_source = "manual"
            parcel.carrier_shipment_id = None
            coded.store(parcel, "waybill_error", None)
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
            (parcel,) = find_parcels(uow, [ref])
            if parcel.tracking_number is None:
                raise NotAllowed(Message("parcel_has_no_tracking_number", {"number": parcel.number}))
            if parcel.status not in ("requested", "labelled", "printed"):
                raise NotAllowed(
                    Message("parcel_label_cannot_change", {"number": parcel.number, "status": parcel.status})
                )
            waybills.store_label(s, parcel, fmt, data, source="upload")
            if parcel.status == "requested":
                parcel.status = "labelled"
                coded.store(parcel, "waybill_error", None)
                waybills._drop_label_fetch(s, parcel)
            refresh_queue(parcel.order)
            audit.record(s, self.actor, "label uploaded", parcel=parcel, detail=filename or fmt)
            uow.commit()
        return fmt

    # --- tracking-number pools ------------------------------------------------------------

    def import_pool(
        self, text: str, carrier_account_id: int, service_code: str = "", *, low_warning: int = 50
    ) -> list[pools.PoolInfo]:
        with self.db.uow() as uow:
            created = pools.import_ranges(
                uow.session, text, carrier_account_id, service_code, self.actor, low_warning=low_warning
            )
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
            pool = uow.carriers.pool(pool_id)
            if pool is None:
                raise NotFound(Message("no_tracking_pool", {"pool_id": pool_id}))
            if uow.parcels.uses_pool(pool_id):
                raise NotAllowed(Message("numbers_pool_are_parcels_can"))
            uow.delete(pool)
            uow.commit()

    def assign_pool_numbers(self, refs: list[str]) -> Report:
        """Label each parcel with the next number of its carrier's pool, offline; pre-advice follows."""
        report = Report()
        for ref in refs:  # one short transaction each: stations take numbers in turn
            try:
                with self.db.uow() as uow:
                    (parcel,) = find_parcels(uow, [ref])
                    report.done[parcel.number] = pools.assign(uow.session, parcel, self.actor)
                    uow.commit()
            except (NotAllowed, NotFound) as exc:
                report.refused[ref] = str(exc)
        self.wake()
        return report

    # --- tracking events and rates (network) ----------------------------------------------

    def stuck_in_transit(self, days: int = tracking.STUCK_AFTER_DAYS) -> list[tracking.TrackedParcel]:
        """Shipped parcels not delivered ``days`` after shipping, and tracking exceptions."""
        if days < 0:
            raise InvalidInput("days cannot be negative")
        with self.db.reader() as uow:
            return tracking.stuck(uow.session, days=days)

    def track(self, refs: list[str]) -> dict[str, dict[str, Any]]:
        with self.db.reader() as uow:
            wanted = [
                (p.number, p.tracking_number, p.shipping_method.carrier_account_id if p.shipping_method else None)
                for p in find_parcels(uow, refs)
            ]
        result: dict[str, dict[str, Any]] = {}
        for number, code, account_id in wanted:
            if not code or account_id is None:
                result[number] = {"tracking_number": code, "events": [], "error": "no tracking number yet"}
                continue
            try:
                events = self.connectors.carrier_for(account_id).track(code)
            except ShipbenchError as exc:
                result[number] = {"tracking_number": code, "events": [], "error": str(exc)}
                continue
            result[number] = {
                "tracking_number": code,
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
            raise InvalidInput(Message("choose_cheapest_fastest_method"))
        with self.db.reader() as uow:
            s = uow.session
            methods = uow.carriers.methods()
            asks = []
            for parcel in find_parcels(uow, refs):
                allowed = method_rules.allowed_methods(s, parcel.order, methods)
                asks.append(
                    (
                        parcel.number,
                        parcel.order_id,
                        waybills.request_from_payload(waybills.shipment_payload(s, parcel)),
                        allowed,
                    )
                )
            by_account: dict[int, list[tuple[int, str]]] = {}
            for m in methods:
                by_account.setdefault(m.carrier_account_id, []).append((m.id, m.code))
            names = {m.id: (method_rules.method_label(m), m.carrier_account.name, m.code) for m in methods}
        result: dict[str, list[RateRow]] = {}
        for number, _order_id, request, allowed in asks:
            rows: list[RateRow] = []
            for account_id, account_methods in by_account.items():
                quote = getattr(self.connectors.carrier_for(account_id), "rates", None)
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
                    rows.append(
                        RateRow(
                            mid,
                            label,
                            carrier,
                            code,
                            rate.amount,
                            rate.currency,
                            rate.days,
                            not allowed[mid],
                            tuple(allowed[mid]),
                        )
                    )
            rows.sort(key=lambda r: (not r.allowed, r.amount, r.days or 999))
            result[number] = rows
        if choose:
            self._apply_choice(result, choose)
        self._remember_quotes(result)
        return result

    def _remember_quotes(self, rates: dict[str, list[RateRow]]) -> None:
        """Each parcel keeps the quote of its method: the quoted price its waybill records (app.postage)."""
        if not any(rates.values()):
            return
        with self.db.uow() as uow:
            for parcel in find_parcels(uow, list(rates)):
                row = next((r for r in rates[parcel.number] if r.method_id == parcel.shipping_method_id), None)
                if row is not None:
                    parcel.quoted_amount, parcel.quoted_currency = row.amount, row.currency
                    parcel.quoted_method_id = row.method_id
            uow.commit()

    def _apply_choice(self, rates: dict[str, list[RateRow]], choose: str) -> None:
        key = (lambda r: (r.amount, r.days or 999)) if choose == "cheapest" else (lambda r: (r.days or 999, r.amount))
        with self.db.uow() as uow:
            for number, rows in rates.items():
                allowed = [r for r in rows if r.allowed]
                if not allowed:
                    continue
                best = min(allowed, key=key)
                (parcel,) = find_parcels(uow, [number])
                if parcel.shipping_method_id != best.method_id and parcel.status in OPEN:
                    method = uow.carriers.method(best.method_id)
                    assert method is not None
                    parcel.order.shipping_method_id = method.id
                    self._change_method(uow, parcel, method)
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
