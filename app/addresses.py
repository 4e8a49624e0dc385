"""Is a shipping address complete and plausible for its country? Pure functions, no database.

Checks (each failure is one reason in the seller's words):
- the fields every carrier needs (recipient, street, city, country; the postcode where the
  country has postcodes; the state/province where the carrier needs it);
- the country is an ISO 3166 code; the postcode matches the country's pattern
  (``app.address_rules``); a known region code or name where the list is known;
- the phone, when given, parses as a valid number for the country (E.164 is what we store
  when a seller edits it).

Runs for every imported order: the phone check is cached per (phone, country).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from app.address_rules import RULES, CountryRule
from app.messages import Message

FIELDS = (
    "ship_name",
    "ship_company",
    "ship_address1",
    "ship_address2",
    "ship_city",
    "ship_region",
    "ship_postcode",
    "ship_country",
    "ship_phone",
)
REQUIRED = (
    ("recipient name", "ship_name"),
    ("street", "ship_address1"),
    ("city", "ship_city"),
    ("postcode", "ship_postcode"),
    ("country", "ship_country"),
)
_SPACES = re.compile(r"\s+")
_NO_RULE = CountryRule(r".+")


def rule_for(country: str) -> CountryRule:
    return RULES.get(country, _NO_RULE)


def known_country(country: str) -> bool:
    return country in RULES or country in _phone_regions()


@lru_cache(maxsize=1)
def _phone_regions() -> frozenset[str]:
    import phonenumbers  # ~80 ms to import: only when an address is checked, not at start-up

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


def clean_postcode(postcode: str) -> str:
    return _SPACES.sub(" ", postcode.strip().upper())


def postcode_ok(country: str, postcode: str) -> bool:
    pattern = rule_for(country).postcode_re()
    return pattern is None or bool(pattern.match(clean_postcode(postcode)))


@lru_cache(maxsize=65536)
def e164(phone: str, country: str) -> str | None:
    """The phone in E.164 (+4930123456), or None when it is not a valid number for ``country``."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(phone, country or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def problems(address: Mapping[str, str]) -> list[str]:
    """Every reason the address would be refused, in words a seller fixes; [] when fine."""
    return [str(m) for m in problem_messages(address)]


def problem_messages(address: Mapping[str, str]) -> list[Message]:
    """``problems`` as Messages (stored as English with the review reasons)."""

    def get(key: str) -> str:
        return (address.get(key) or "").strip()

    country = get("ship_country").upper()
    rule = rule_for(country)
    missing = []
    for label, key in REQUIRED:
        if key == "ship_postcode" and country and (rule.postcode is None or rule.postcode_optional):
            continue
        if not get(key):
            missing.append(label)
    if rule.region and not get("ship_region"):
        missing.append(rule.region)
    reasons = []
    if missing:
        reasons.append(Message("address_incomplete", {"fields": missing}))
    if not country:
        return reasons
    if not known_country(country):
        return reasons + [Message("address_unknown_country", {"country": country})]
    postcode = get("ship_postcode")
    if postcode and not postcode_ok(country, postcode):
        if rule.example:
            reasons.append(
                Message("address_postcode_example", {"postcode": postcode, "country": country, "example": rule.example})
            )
        else:
            reasons.append(Message("address_postcode", {"postcode": postcode, "country": country}))
    region = get("ship_region")
    if region and rule.regions and region.upper() not in rule.regions:
        if rule.region == "state":
            reasons.append(Message("address_not_a_state", {"region": region, "country": country}))
        elif rule.region == "province":
            reasons.append(Message("address_not_a_province", {"region": region, "country": country}))
        else:
            reasons.append(Message("address_not_a_region", {"kind": rule.region, "region": region, "country": country}))
    phone = get("ship_phone")
    if phone and e164(phone, country) is None:
        reasons.append(Message("address_phone", {"phone": phone, "country": country}))
    return reasons


def normalised(address: Mapping[str, str]) -> dict[str, str]:
    """The address as a seller's edit stores it: trimmed, country and postcode upper-case, phone E.164."""
    out = {key: (address.get(key) or "").strip() for key in FIELDS}
    out["ship_country"] = out["ship_country"].upper()
    out["ship_postcode"] = clean_postcode(out["ship_postcode"])
    if out["ship_phone"]:
        out["ship_phone"] = e164(out["ship_phone"], out["ship_country"]) or out["ship_phone"]
    return out


def same_recipient(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """Two orders go in one parcel only to the same person at the same address."""
    keys = ("ship_name", "ship_address1", "ship_address2", "ship_city", "ship_postcode", "ship_country")

    def key(x: Mapping[str, str]) -> tuple[str, ...]:
        return tuple(_SPACES.sub(" ", (x.get(k) or "").strip().casefold()) for k in keys)

    return key(a) == key(b)
