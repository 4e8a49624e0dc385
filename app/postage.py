"""Postage: what each waybill cost, what its void refunded, and the carrier account's balance.

Money is ``Decimal`` all the way (the database's ``Numeric(14, 2)``), never a float. A
booking's *charged* price is what the carrier's booking answer said; a carrier that
states none is charged by the method's rate card, entered by the seller. The *quoted*
price is what the seller was shown: the parcel's last rate quote for its method, else
the rate card. A void that the carrier refunded pays the charged price back.

The account's balance is the carrier's own figure where its API reports one (each
booking answer of the simulator does), else a prepaid amount the seller entered; both
go down by each booking and up by each refund, in the balance's currency only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from app.connectors.base import Amount
from app.errors import InvalidInput
from db.models import CarrierAccount, Parcel, ShippingMethod, Waybill, utcnow
from db.repositories.postage import PostageRepository

CENT = Decimal("0.01")


def money(value: Any, what: str = "amount") -> Decimal:
    """A user's or a file's amount as Decimal to the cent; anything else is refused."""
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise InvalidInput(f"{what} {value!r} is not an amount") from None
    if not amount.is_finite():
        raise InvalidInput(f"{what} {value!r} is not an amount")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def currency_code(value: str) -> str:
    code = (value or "").strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise InvalidInput(f"currency {value!r} is not a three-letter code (USD, CNY, EUR …)")
    return code


def as_dict(amount: Amount | None) -> dict[str, str] | None:
    """An Amount as the outbox's outcome carries it (strings: no float anywhere)."""
    return None if amount is None else {"amount": str(amount.amount), "currency": amount.currency}


def from_dict(raw: Any) -> Amount | None:
    if not isinstance(raw, dict) or raw.get("amount") is None:
        return None
    return Amount(Decimal(str(raw["amount"])), str(raw.get("currency") or ""))


# --- rate cards ------------------------------------------------------------------------


def check_rate_card(card: dict[str, Any]) -> dict[str, str]:
    """A rate card as stored: ``{"currency", "base", "per_100g"}`` (strings); {} clears it."""
    if not card:
        return {}
    base = money(card.get("base", "0"), "base price")
    per = money(card.get("per_100g", "0"), "price per 100 g")
    if base < 0 or per < 0:
        raise InvalidInput("a rate card's prices cannot be negative")
    return {"currency": currency_code(str(card.get("currency", ""))), "base": str(base), "per_100g": str(per)}


def rate_card_price(card: dict[str, Any] | None, weight_grams: int) -> Amount | None:
    """The rate card's price for a parcel: base + per started 100 g (an unknown weight: one step)."""
    if not card or not card.get("currency"):
        return None
    steps = max(1, -(-max(weight_grams, 0) // 100))
    price = Decimal(str(card.get("base", "0"))) + Decimal(str(card.get("per_100g", "0"))) * steps
    return Amount(price.quantize(CENT, rounding=ROUND_HALF_UP), str(card["currency"]))


def quote_for(parcel: Parcel, method: ShippingMethod | None) -> Amount | None:
    """What the seller was shown for this parcel's method: its last rate quote, else the rate card."""
    if method is None:
        return None
    if parcel.quoted_amount is not None and parcel.quoted_method_id == method.id:
        return Amount(parcel.quoted_amount, parcel.quoted_currency)
    return rate_card_price(method.rate_card, parcel.weight_grams)


# --- bookings and voids (called by the outbox handlers, in their transaction) ------------


def record_booking(
    session: Session,
    parcel: Parcel,
    *,
    account_id: int | None,
    shipment_id: str,
    tracking_number: str,
    price: Amount | None,
    balance: Amount | None,
) -> Waybill | None:
    """One ``waybills`` row per booking (an adopted one already recorded is left as it is)."""
    repo = PostageRepository(session)
    if repo.booked(parcel.id, shipment_id) is not None:
        return None
    method = parcel.shipping_method
    quote = quote_for(parcel, method)
    charged, source = price, "carrier"
    if charged is None:
        charged, source = rate_card_price(method.rate_card if method else None, parcel.weight_grams), "rate_card"
    waybill = repo.add(
        Waybill(
            parcel_id=parcel.id,
            carrier_account_id=account_id,
            shipping_method_id=method.id if method else None,
            shipment_id=shipment_id,
            tracking_number=tracking_number,
            quoted_amount=quote.amount if quote else None,
            quoted_currency=quote.currency if quote else "",
            charged_amount=charged.amount if charged else None,
            currency=charged.currency if charged else "",
            price_source=source if charged else "",
            booked_at=utcnow(),
        )
    )
    account = session.get(CarrierAccount, account_id) if account_id else None
    if account is not None:
        if balance is not None:
            report(account, balance)
        elif charged is not None and account.balance_source == "prepaid":
            # A carrier's own figure is left for its next report: an adopted booking's answer
            # was lost, and the report after a later booking already counts it.
            _move(account, -charged.amount, charged.currency)
    return waybill


def record_void(session: Session, parcel: Parcel, *, shipment_id: str | None, refund: str | None) -> Waybill | None:
    """The parcel's live booking is voided: its refund, paid back to the balance when refunded."""
    waybill = PostageRepository(session).live(parcel.id, shipment_id)
    if waybill is None:
        return None
    now = utcnow()
    waybill.voided_at = now
    waybill.refund_state = refund
    if refund == "refunded" and waybill.charged_amount is not None:
        waybill.refund_amount = waybill.charged_amount
        waybill.refunded_at = now
        account = session.get(CarrierAccount, waybill.carrier_account_id) if waybill.carrier_account_id else None
        if account is not None:
            _move(account, waybill.charged_amount, waybill.currency)
    return waybill


def report(account: CarrierAccount, balance: Amount, at: dt.datetime | None = None) -> None:
    """The carrier said what the account holds: that is the balance now."""
    account.balance = balance.amount
    account.balance_currency = balance.currency
    account.balance_source = "carrier"
    account.balance_at = at or utcnow()


def _move(account: CarrierAccount, delta: Decimal, currency: str) -> None:
    """A booking (negative) or refund (positive) moves a known balance in its own currency."""
    if account.balance is None or not account.balance_source:
        return
    if account.balance_currency and currency and account.balance_currency != currency:
        return  # another currency: the carrier's next report settles it
    account.balance = account.balance + delta
    account.balance_at = utcnow()


# --- the check before a batch --------------------------------------------------------------


@dataclass(frozen=True)
class BalanceCheck:
    """What a waybill batch would cost one carrier account, against its balance."""

    account_id: int
    account: str
    parcels: int
    estimate: Decimal  # of the parcels with a known price
    unpriced: int  # parcels nothing could price (no rate card, no quote, no history)
    currency: str
    balance: Decimal | None
    low_balance: Decimal | None

    @property
    def runs_out(self) -> bool:
        return self.balance is not None and self.estimate > self.balance

    @property
    def low(self) -> bool:
        """After the batch the balance is at or under the seller's low mark (or would run out)."""
        if self.balance is None:
            return False
        return self.runs_out or (self.low_balance is not None and self.balance - self.estimate <= self.low_balance)

    @property
    def left(self) -> Decimal | None:
        return None if self.balance is None else self.balance - self.estimate
