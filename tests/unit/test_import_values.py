"""Cell values: money as Decimal, dates as UTC, countries as ISO codes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.importing import values
from app.importing.products import parse_barcodes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.34", "12.34"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("$12", "12.00"),
        ("12,5", "12.50"),
        ("EUR 12.00", "12.00"),
        ("¥99", "99.00"),
        ("0.005", "0.01"),
        (" 7 ", "7.00"),
        ("(3.00)", "-3.00"),
    ],
)
def test_money(text: str, expected: str) -> None:
    assert values.money(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "1e400", "12.3.4x", "--1"])
def test_bad_money(text: str) -> None:
    with pytest.raises(values.BadValue, match="not an amount of money"):
        values.money(text)


@pytest.mark.parametrize("text", ["0", "-1", "1.5", "two", "100001", "NaN"])
def test_bad_quantity(text: str) -> None:
    with pytest.raises(values.BadValue):
        values.quantity(text)


def test_quantities_as_excel_writes_them() -> None:
    assert values.quantity("3") == 3
    assert values.quantity("3.0") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01T10:20:30+00:00", dt.datetime(2024, 3, 1, 10, 20, 30, tzinfo=dt.UTC)),
        ("2024-03-01T10:20:30-08:00", dt.datetime(2024, 3, 1, 18, 20, 30, tzinfo=dt.UTC)),
        ("2024-03-01T10:20:30Z", dt.datetime(2024, 3, 1, 10, 20, 30, tzinfo=dt.UTC)),
        ("2024-03-01 10:20:30 -0500", dt.datetime(2024, 3, 1, 15, 20, 30, tzinfo=dt.UTC)),
        ("2024-03-01 10:20:30 UTC", dt.datetime(2024, 3, 1, 10, 20, 30, tzinfo=dt.UTC)),
        ("2024/03/01", dt.datetime(2024, 3, 1, tzinfo=dt.UTC)),
        ("01.03.2024", dt.datetime(2024, 3, 1, tzinfo=dt.UTC)),
    ],
)
def test_dates(text: str, expected: dt.datetime) -> None:
    assert values.date(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "2024-13-01", "31/31/2024", "1850-01-01"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(values.BadValue):
        values.date(text)


def test_countries() -> None:
    assert [values.country(c) for c in ("us", "DE", "UK", "United States", "中国")] == ["US", "DE", "GB", "US", "CN"]
    with pytest.raises(values.BadValue, match="unknown country code 'XX'"):
        values.country("XX")
    with pytest.raises(values.BadValue, match="unknown country code"):
        values.country("Atlantis")


def test_barcodes_with_pack_quantities() -> None:
    assert parse_barcodes("690123456789;690123456790x6") == [("690123456789", 1), ("690123456790", 6)]
    assert parse_barcodes(" 4006381333931 | 4006381333948 X 12 ") == [("4006381333931", 1), ("4006381333948", 12)]
    assert parse_barcodes("") == []
    with pytest.raises(values.BadValue):
        parse_barcodes("123x0")
