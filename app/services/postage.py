"""Postage: carrier balances, prepaid amounts, rate cards, what waybills cost, and the
check a waybill batch makes before it starts ("this batch would run out").

Network calls (a carrier's balance, its rate quotes) happen outside any transaction.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from app import audit, postage, roles, waybills
from app.connectors.base import Amount
from app.errors import NotFound, ShipbenchError
from app.postage import BalanceCheck
from app.services.base import Context, Service
from app.services.connectors import Connectors
from db.models import utcnow

log = logging.getLogger(__name__)

REQUESTABLE = waybills.REQUESTABLE
QUOTE_AT_MOST = 50  # parcels per account asked of the carrier before a batch; the rest averaged


class PostageService(Service):
    """What shipping costs: per waybill, per carrier account, and before a batch."""

    def __init__(self, ctx: Context, connectors: Connectors) -> None:
        super().__init__(ctx)
        self.connectors = connectors

    # --- balances -----------------------------------------------------------------------

    def balances(self) -> list[dict[str, Any]]:
        """Every carrier account's balance (None: unknown), its low mark, and what it spent."""
        with self.db.reader() as uow:
            spent: dict[int | None, list[dict[str, str]]] = {}
            for account_id, currency, charged, refunded in uow.postage.spent():
                spent.setdefault(account_id, []).append(
                    {"currency": currency, "spent": str(charged), "refunded": str(refunded)}
                )
            return [
                {
                    "id": a.id,
                    "name": a.name,
                    "carrier": a.carrier,
                    "balance": a.balance,
                    "currency": a.balance_currency,
                    "source": a.balance_source,
                    "at": a.balance_at,
                    "low_balance": a.low_balance,
                    "low": a.balance is not None and a.low_balance is not None and a.balance <= a.low_balance,
                    "postage": spent.get(a.id, []),
                }
                for a in uow.carriers.accounts()
            ]

    def refresh_balances(self, account_ids: list[int] | None = None) -> dict[str, str]:
        """Ask each carrier (of these accounts) whose API reports a balance; per account what happened."""
        return self._ask_balances(account_ids)[0]

    def _ask_balances(self, account_ids: list[int] | None) -> tuple[dict[str, str], set[int]]:
        """(what each account said, the accounts that could not be reached)."""
        with self.db.reader() as uow:
            accounts = [(a.id, a.name) for a in uow.carriers.accounts() if account_ids is None or a.id in account_ids]
        asked: dict[int, Amount] = {}
        result: dict[str, str] = {}
        unreachable: set[int] = set()
        for account_id, name in accounts:
            try:
                ask = getattr(self.connectors.carrier_for(account_id), "balance", None)
                found = ask() if ask is not None else None
            except ShipbenchError as exc:
                result[name] = f"not asked: {exc}"
                unreachable.add(account_id)
                continue
            if found is None:
                result[name] = "the carrier reports no balance"
                continue
            asked[account_id] = found
            result[name] = f"{found.amount} {found.currency}"
        if asked:
            with self.db.uow() as uow:
                for account_id, amount in asked.items():
                    account = uow.carriers.account(account_id)
                    if account is not None:
                        postage.report(account, amount)
                uow.commit()
        return result, unreachable

    def set_prepaid(self, account_id: int, amount: Any, currency: str, *, low: Any = None) -> None:
        """The seller paid ``amount`` into the account: bookings lower it from now on."""
        roles.require(self.actor, "edit_postage")
        value, code = postage.money(amount), postage.currency_code(currency)
        with self.db.uow() as uow:
            account = self._account(uow, account_id)
            account.balance, account.balance_currency = value, code
            account.balance_source, account.balance_at = "prepaid", utcnow()
            if low is not None:
                account.low_balance = postage.money(low, "low-balance mark")
            audit.record(uow.session, self.actor, "set prepaid postage", detail=f"{account.name}: {value} {code}")
            uow.commit()

    def top_up(self, account_id: int, amount: Any) -> Decimal:
        """Add to a known balance (a prepaid top-up); returns the balance now."""
        roles.require(self.actor, "edit_postage")
        value = postage.money(amount)
        with self.db.uow() as uow:
            account = self._account(uow, account_id)
            if account.balance is None:
                raise NotFound(f"{account.name} has no balance yet: enter the prepaid amount first")
            account.balance += value
            account.balance_at = utcnow()
            balance = account.balance
            audit.record(uow.session, self.actor, "top up postage", detail=f"{account.name}: +{value}")
            uow.commit()
        return balance

    def set_low_balance(self, account_id: int, amount: Any | None) -> None:
        """Warn when a batch would leave the balance at or under ``amount`` (None: only when it runs out)."""
        roles.require(self.actor, "edit_postage")
        with self.db.uow() as uow:
            account = self._account(uow, account_id)
            account.low_balance = None if amount is None else postage.money(amount, "low-balance mark")
            uow.commit()

    # --- rate cards -----------------------------------------------------------------------

    def rate_cards(self) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            return [
                {
                    "id": m.id,
                    "name": m.name,
                    "code": m.code,
                    "carrier": m.carrier_account.name,
                    "rate_card": m.rate_card,
                }
                for m in uow.carriers.methods()
            ]

    def set_rate_card(self, method_id: int, card: dict[str, Any]) -> dict[str, str]:
        """The seller's prices for a method whose carrier states none ({} clears it)."""
        roles.require(self.actor, "edit_postage")
        checked = postage.check_rate_card(card)
        with self.db.uow() as uow:
            method = uow.carriers.method(method_id)
            if method is None:
                raise NotFound(f"no shipping method {method_id}")
            method.rate_card = checked
            uow.commit()
        return checked

    # --- per waybill ----------------------------------------------------------------------

    def waybills(self, parcel_ids: list[int]) -> list[dict[str, Any]]:
        """Each booking of these parcels: quoted, charged, refunded."""
        with self.db.reader() as uow:
            numbers = {p.id: p.number for p in uow.parcels.by_ref([str(i) for i in parcel_ids])}
            return [
                {
                    "parcel": numbers.get(w.parcel_id, str(w.parcel_id)),
                    "tracking_number": w.tracking_number,
                    "quoted": w.quoted_amount,
                    "quoted_currency": w.quoted_currency,
                    "charged": w.charged_amount,
                    "currency": w.currency,
                    "source": w.price_source,
                    "booked_at": w.booked_at,
                    "voided_at": w.voided_at,
                    "refund": w.refund_state,
                    "refunded": w.refund_amount,
                }
                for w in uow.postage.of_parcels(parcel_ids)
            ]

    # --- before a batch --------------------------------------------------------------------

    def check_batch(self, order_ids: list[int] | None = None, *, ask_carrier: bool = True) -> list[BalanceCheck]:
        """What requesting waybills for these orders (None: all of Waybill) would cost each
        carrier account, against its balance. A parcel is priced by its quote or its method's
        rate card, else the method's recent charges, else (``ask_carrier``) the carrier's rates;
        with ``ask_carrier`` the batch's carriers are asked their balances first, and one that
        cannot be reached is asked nothing more (offline, the check costs one failed call)."""
        with self.db.reader() as uow:
            if order_ids is None:
                order_ids = uow.orders.ids_in_queue("waybill")
            parcels = uow.postage.parcels_to_request(order_ids, REQUESTABLE)
            account_ids = sorted({p.shipping_method.carrier_account_id for p in parcels if p.shipping_method})
        if not account_ids:
            return []
        unreachable = self._ask_balances(account_ids)[1] if ask_carrier else set(account_ids)
        with self.db.reader() as uow:
            parcels = uow.postage.parcels_to_request(order_ids, REQUESTABLE)
            history: dict[int, Amount | None] = {}
            per_account: dict[int, dict[str, Any]] = {}
            for parcel in parcels:
                method = parcel.shipping_method
                if method is None:
                    continue
                entry = per_account.setdefault(
                    method.carrier_account_id, {"priced": [], "unpriced": [], "account": method.carrier_account}
                )
                price = postage.quote_for(parcel, method)
                if price is None:
                    if method.id not in history:
                        history[method.id] = _average(uow.postage.recent_charges(method.id))
                    price = history[method.id]
                if price is not None:
                    entry["priced"].append(price)
                    continue
                # only the first few are asked of the carrier: only they need the request's payload
                asked = method.carrier_account_id not in unreachable and len(entry["unpriced"]) < QUOTE_AT_MOST
                payload = waybills.shipment_payload(uow.session, parcel) if asked else None
                entry["unpriced"].append((method.code, payload))
            accounts = {
                account_id: (
                    e["account"].name,
                    e["account"].balance,
                    e["account"].balance_currency,
                    e["account"].low_balance,
                )
                for account_id, e in per_account.items()
            }
        checks = []
        for account_id, entry in per_account.items():
            name, balance, currency, low = accounts[account_id]
            if account_id not in unreachable and entry["unpriced"]:
                entry["priced"] += self._quotes(account_id, entry)
            # only the balance's currency can be weighed against it
            currency = currency or (entry["priced"][0].currency if entry["priced"] else "")
            priced = [p.amount for p in entry["priced"] if not currency or p.currency == currency]
            count = len(entry["priced"]) + len(entry["unpriced"])
            checks.append(
                BalanceCheck(
                    account_id=account_id,
                    account=name,
                    parcels=count,
                    estimate=sum(priced, Decimal(0)),
                    unpriced=count - len(priced),
                    currency=currency,
                    balance=balance,
                    low_balance=low,
                )
            )
        return checks

    def _quotes(self, account_id: int, entry: dict[str, Any]) -> list[Amount]:
        """The carrier's rates for the unpriced parcels (the first QUOTE_AT_MOST; the rest at their average)."""
        try:
            quote = getattr(self.connectors.carrier_for(account_id), "rates", None)
        except ShipbenchError:
            return []
        if quote is None:
            return []
        found: list[Amount] = []
        asked = [(code, payload) for code, payload in entry["unpriced"] if payload is not None]
        for code, payload in asked:
            try:
                rates = {r.service: r for r in quote(waybills.request_from_payload(payload))}
            except ShipbenchError as exc:
                log.info("no rates from carrier account %s: %s", account_id, exc)
                break
            rate = rates.get(code)
            if rate is not None:
                found.append(Amount(rate.amount, rate.currency))
        average = _average([(a.amount, a.currency) for a in found])
        rest = len(entry["unpriced"]) - len(asked)
        if average is not None and rest > 0:
            found += [average] * rest
        entry["unpriced"] = entry["unpriced"][len(found) :]  # what is still without a price
        return found

    def _account(self, uow: Any, account_id: int) -> Any:
        account = uow.carriers.account(account_id)
        if account is None:
            raise NotFound(f"no carrier account {account_id}")
        return account


def _average(charges: list[tuple[Decimal, str]]) -> Amount | None:
    """The mean of charges in one currency (the latest's), to the cent; None when there are none."""
    if not charges:
        return None
    currency = charges[0][1]
    same = [amount for amount, cur in charges if cur == currency]
    return Amount((sum(same, Decimal(0)) / len(same)).quantize(postage.CENT), currency)
