"""Tracking-number ranges as carriers hand them out: parsed strictly, S10 check digits right."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.pools import Range, parse_ranges
from scanners.classify import classify


def test_a_range_of_s10_numbers_with_or_without_check_digits() -> None:
    (rng,) = parse_ranges("RR12345678CN-RR12345999CN\n")
    assert rng == Range("RR", 12345678, 12345999, "CN") and rng.size == 322
    assert str(rng) == "RR123456785CN–RR123459999CN"
    (same,) = parse_ranges("rr123456785cn - RR123459999CN")
    assert same == rng
    assert classify("RR123456785CN").check_digit_valid is True


def test_csv_ranges_with_a_header_and_comments() -> None:
    text = "\ufeffprefix,start,end,suffix\n# from the carrier's portal\nLX,00000001,00000500,CN\nUA;10;20;DE\n"
    assert parse_ranges(text) == [Range("LX", 1, 500, "CN"), Range("UA", 10, 20, "DE")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no number ranges"),
        ("RR12345678CN", "expected FIRST-LAST"),
        ("RR12345678CN-RX12345999CN", "share the letters"),
        ("RR12345999CN-RR12345678CN", "ends before it starts"),
        ("RR123456781CN-RR123459999CN", "wrong check digit"),
        ("R1,1,2,CN", "2 letters"),
        ("RR,1,2", "prefix,start,end,suffix"),
        ("RR,1,123456789,CN", "up to 8 digits"),
    ],
)
def test_bad_lines_are_refused_with_their_line_number(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_ranges("# header\n" + text if text else text)
