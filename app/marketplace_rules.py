"""Each marketplace's own rules for the seller, as data (#18).

The seller guides this product answers say it plainly: Amazon and AliExpress accept a
tracking-number correction within 5 days of shipping and at most twice; after that the
seller writes to the buyer instead. The shipment is to be confirmed by the order's ship-by
(AliExpress closes an order not shipped in its handling time; Amazon counts it late).

A correction outside the window or past the limit is refused here, before anything is
queued, with the reason and the text of a message to the buyer the seller can send
instead (:class:`CorrectionRefused`). A platform not listed has no limits (a shop's own
site: WooCommerce, Shopify).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import NotAllowed


@dataclass(frozen=True)
class PlatformRules:
    platform: str
    title: str  # the marketplace's name in messages
    correction_days: int | None  # corrections accepted this many days after shipping; None: any time
    correction_limit: int | None  # at most this many corrections of one package; None: no limit
    confirm_grace_hours: int | None  # the confirmation is due this long after ship-by; None: no deadline

    def as_dict(self) -> dict[str, object]:
        return {
            "platform": self.platform,
            "title": self.title,
            "correction_days": self.correction_days,
            "correction_limit": self.correction_limit,
            "confirm_grace_hours": self.confirm_grace_hours,
        }


RULES: dict[str, PlatformRules] = {
    r.platform: r
    for r in (
        PlatformRules("amazon", "Amazon", 5, 2, 0),
        PlatformRules("aliexpress", "AliExpress", 5, 2, 0),
        PlatformRules("ebay", "eBay", 10, None, 0),
        PlatformRules("shopify", "Shopify", None, None, None),
        PlatformRules("woocommerce", "WooCommerce", None, None, None),
        # The simulator (the demo) answers like Amazon, whose order numbers it deals.
        PlatformRules("simulator", "the marketplace", 5, 2, 0),
    )
}


def rules_for(marketplace: str) -> PlatformRules:
    """The platform's rules; an unknown platform has no limits."""
    return RULES.get(marketplace.lower(), PlatformRules(marketplace.lower(), marketplace, None, None, None))


def confirm_by(rules: PlatformRules, ship_by: dt.datetime | None) -> dt.datetime | None:
    """When the marketplace wants the shipment confirmed; None without a deadline."""
    if ship_by is None or rules.confirm_grace_hours is None:
        return None
    return ship_by + dt.timedelta(hours=rules.confirm_grace_hours)


def correction_problem(
    rules: PlatformRules, shipped_at: dt.datetime | None, corrections: int, now: dt.datetime
) -> str | None:
    """Why the marketplace would refuse one more correction now, or None when it takes it."""
    if rules.correction_limit is not None and corrections >= rules.correction_limit:
        times = "once" if rules.correction_limit == 1 else f"{rules.correction_limit} times"
        return (
            f"{rules.title} accepts at most {rules.correction_limit} tracking corrections of a package; "
            f"this one was corrected {times} already"
        )
    if rules.correction_days is not None and shipped_at is not None:
        age = now - shipped_at
        if age > dt.timedelta(days=rules.correction_days):
            return (
                f"{rules.title} accepts tracking corrections within {rules.correction_days} days of shipping; "
                f"this package shipped {age.days} days ago"
            )
    return None


def buyer_message(*, buyer: str, order_number: str, carrier: str, old_number: str, new_number: str) -> str:
    """What to write to the buyer when the marketplace will not take the correction."""
    via = f" with {carrier}" if carrier else ""
    return (
        f"Hello {buyer or 'there'},\n\n"
        f"Your order {order_number} is on its way{via}. The tracking number shown on the order, "
        f"{old_number or '(none)'}, was entered wrongly; the right one is {new_number}. "
        "You can follow the parcel with it on the carrier's website.\n\n"
        "We are sorry for the confusion. Thank you for your order."
    )


class CorrectionRefused(NotAllowed):
    """A tracking correction the marketplace would not take: the reason, and a buyer message instead."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"tracking correction refused: {reason}")
        self.reason = reason
        self.buyer_message = message
