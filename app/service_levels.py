"""The buyer's requested shipping service, in three words a seller acts on.

Marketplaces name the service the buyer paid for in their own ways (Amazon's
``ShipmentServiceLevelCategory`` "Expedited", "NextDay", "SecondDay"; eBay service codes;
Shopify and WooCommerce method titles; an order file's "物流方式"). The queues show the
level, and a rule's ``service_level`` condition matches it (or the marketplace's own words).
"""

from __future__ import annotations

import re

LEVELS = ("expedited", "standard", "economy")

# Checked in this order: "Standard Express" is expedited, "Economy Standard" economy.
_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "expedited",
        (
            "expedit",
            "express",
            "priority",
            "nextday",
            "next day",
            "next-day",
            "secondday",
            "second day",
            "2day",
            "2-day",
            "two day",
            "overnight",
            "same day",
            "sameday",
            "加急",
            "特快",
            "快速",
        ),
    ),
    ("economy", ("econom", "saver", "budget", "free", "经济", "平邮")),
    ("standard", ("standard", "std", "regular", "标准")),
)


# A Latin word must start a word ("AliExpress Standard" is not express); Chinese has no spaces.
_PATTERNS = tuple(
    (level, re.compile("|".join(w if not w.isascii() else r"(?<![a-z])" + re.escape(w) for w in words)))
    for level, words in _WORDS
)


def level_of(service: str | None) -> str:
    """``expedited``, ``standard`` or ``economy``; "" when the words say none of them."""
    text = (service or "").strip().lower()
    if not text:
        return ""
    for level, pattern in _PATTERNS:
        if pattern.search(text):
            return level
    return ""


def matches(service: str | None, wanted: list[str]) -> bool:
    """A rule's ``service_level`` condition: the level, or the marketplace's words, is in ``wanted``."""
    text = (service or "").strip().lower()
    wanted_lower = {w.strip().lower() for w in wanted if w.strip()}
    return level_of(service) in wanted_lower or (bool(text) and text in wanted_lower)
