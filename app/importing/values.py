"""Cell text → typed values, each failure a short sentence for the row report."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.messages import Message


class BadValue(ValueError):
    """``str(exc)`` is the problem as the report shows it; ``exc.message`` the same as a Message."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


CENT = Decimal("0.01")
MAX_MONEY = Decimal(9_999_999_999)  # a sum of many still fits Numeric(14, 2)
_MONEY_JUNK = re.compile(r"[\s$€£¥￥\u00a0]|^[A-Z]{3}\s*|\s*[A-Z]{3}$|^(?:US|CA|AU|HK|NZ|S)\$|RMB|CNY|元")


def money(text: str) -> Decimal:
    """ "12.34", "1,234.56", "1.234,56", "$12", "12,5", "EUR 12.00" → Decimal (2 places)."""
    try:  # the common case, a plain number, fast
        plain = Decimal(text)
    except InvalidOperation:
        pass
    else:
        if plain.is_finite() and abs(plain) <= MAX_MONEY and "_" not in text:
            return plain.quantize(CENT, rounding=ROUND_HALF_UP)
    raw = text.strip()
    s = _MONEY_JUNK.sub("", raw)
    negative = s.startswith("(") and s.endswith(")")
    s = s.strip("()")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        s = f"{head.replace(',', '')}.{tail}" if len(tail) in (1, 2) else s.replace(",", "")
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise BadValue(Message("not_amount_money", {"raw": raw})) from None
    if not value.is_finite() or abs(value) > MAX_MONEY:
        raise BadValue(Message("not_amount_money", {"raw": raw}))
    if negative:
        value = -value
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def quantity(text: str) -> int:
    raw = text.strip()
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        raise BadValue(Message("import_not_whole_number", {"raw": raw})) from None
    if not value.is_finite() or value != value.to_integral_value():
        raise BadValue(Message("import_not_whole_number", {"raw": raw}))
    n = int(value)
    if n < 1 or n > 100_000:
        raise BadValue(Message("quantity_must_between_not", {"raw": raw}))
    return n


def whole(text: str, *, minimum: int = 0, maximum: int = 10**9) -> int:
    """A count or measure that may be zero (stock counts, grams, millimetres)."""
    raw = text.strip()
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        raise BadValue(Message("import_not_whole_number", {"raw": raw})) from None
    if not value.is_finite() or value != value.to_integral_value():
        raise BadValue(Message("import_not_whole_number", {"raw": raw}))
    n = int(value)
    if n < minimum or n > maximum:
        raise BadValue(Message("must_between_not", {"minimum": minimum, "maximum": maximum, "raw": raw}))
    return n


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%dT%H:%M:%S.%f%z",
)
_TZ_ABBREV = re.compile(r"\s+(UTC|GMT|Z)$")


def date(text: str) -> dt.datetime:
    """An ISO 8601 or common spreadsheet date → aware UTC (a date without zone is UTC)."""
    raw = text.strip()
    s = _TZ_ABBREV.sub("+00:00", raw) if raw[-1:].isalpha() else raw
    value: dt.datetime | None = None
    try:
        value = dt.datetime.fromisoformat(s)
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                value = dt.datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
    if value is None:
        raise BadValue(Message("not_date_use_t", {"raw": raw}))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    if not 1990 <= value.year <= 2200:
        raise BadValue(Message("not_plausible_date", {"raw": raw}))
    return value.astimezone(dt.UTC)


_COUNTRY_NAMES = {
    "UK": "GB",
    "UNITED KINGDOM": "GB",
    "GREAT BRITAIN": "GB",
    "ENGLAND": "GB",
    "USA": "US",
    "UNITED STATES": "US",
    "UNITED STATES OF AMERICA": "US",
    "AMERICA": "US",
    "GERMANY": "DE",
    "DEUTSCHLAND": "DE",
    "FRANCE": "FR",
    "SPAIN": "ES",
    "ESPAÑA": "ES",
    "ITALY": "IT",
    "ITALIA": "IT",
    "CANADA": "CA",
    "AUSTRALIA": "AU",
    "JAPAN": "JP",
    "CHINA": "CN",
    "中国": "CN",
    "NETHERLANDS": "NL",
    "BELGIUM": "BE",
    "AUSTRIA": "AT",
    "SWITZERLAND": "CH",
    "POLAND": "PL",
    "SWEDEN": "SE",
    "IRELAND": "IE",
    "MEXICO": "MX",
    "BRAZIL": "BR",
    "NEW ZEALAND": "NZ",
    "HONG KONG": "HK",
    "TAIWAN": "TW",
    "SINGAPORE": "SG",
    "SOUTH KOREA": "KR",
    "KOREA": "KR",
}
_REGIONS: frozenset[str] | None = None


def _regions() -> frozenset[str]:
    global _REGIONS
    if _REGIONS is None:
        import phonenumbers

        _REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS) | {"AQ", "BV", "HM", "PN", "GS", "TF", "UM"}
    return _REGIONS


def country(text: str) -> str:
    """ISO 3166 alpha-2 (or a common English name) → the two-letter code."""
    raw = text.strip()
    key = raw.upper()
    code = _COUNTRY_NAMES.get(key, key)
    if len(code) != 2 or code not in _regions():
        raise BadValue(Message("unknown_country_code_use_two", {"raw": raw}))
    return code


def currency(text: str) -> str:
    raw = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", raw):
        raise BadValue(Message("not_currency_code_use_usd", {"text": text.strip()}))
    return raw


_TRUE = {"1", "y", "yes", "true", "x", "是", "有"}
_FALSE = {"", "0", "n", "no", "false", "否", "无"}


def flag(text: str) -> bool:
    key = text.strip().lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise BadValue(Message("not_yes_no", {"text": text.strip()}))


def text_of(value: str, limit: int) -> str:
    s = value.strip()
    if len(s) > limit:
        raise BadValue(Message("longer_than_characters_count", {"limit": limit, "count": len(s)}))
    return s
