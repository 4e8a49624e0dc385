"""Addresses a carrier accepts: postcodes per country, regions, phones in E.164. No database."""

from __future__ import annotations

import pytest

from app.address_rules import RULES
from app.addresses import e164, normalised, problems, same_recipient

BASE = {"ship_name": "A Buyer", "ship_address1": "1 Main Street", "ship_city": "Town"}

VALID = [
    ("US", "10118", "NY"),
    ("US", "94102-1234", "California"),
    ("CN", "200120", "上海市"),
    ("GB", "SW1A 2AA", ""),
    ("GB", "m1 1jn", ""),
    ("DE", "10435", ""),
    ("FR", "75011", ""),
    ("JP", "150-8510", ""),
    ("JP", "1508510", ""),
    ("KR", "04524", ""),
    ("CA", "K1A 0B1", "ON"),
    ("AU", "2000", "NSW"),
    ("IT", "00186", ""),
    ("ES", "08013", ""),
    ("NL", "1012 AB", ""),
    ("BR", "01310-100", "SP"),
    ("MX", "06600", "CMX"),
    ("RU", "101000", ""),
    ("IN", "110001", ""),
    ("PL", "00-017", ""),
    ("SE", "111 22", ""),
    ("BE", "1000", ""),
    ("CH", "8001", ""),
    ("AT", "1010", ""),
    ("DK", "1050", ""),
    ("NO", "0150", ""),
    ("FI", "00100", ""),
    ("IE", "D02 X285", ""),
    ("IE", "", ""),
    ("PT", "1100-148", ""),
    ("CZ", "110 00", ""),
    ("TR", "34000", ""),
    ("SA", "11564", ""),
    ("AE", "", ""),
    ("IL", "6100000", ""),
    ("SG", "018956", ""),
    ("MY", "50450", ""),
    ("TH", "10110", ""),
    ("ID", "10110", ""),
    ("PH", "1000", ""),
    ("VN", "100000", ""),
    ("NZ", "6011", ""),
    ("ZA", "8001", ""),
    ("CL", "8320000", ""),
    ("AR", "C1002AAP", ""),
    ("AR", "1002", ""),
    ("CO", "110111", ""),
    ("HK", "", ""),
    ("TW", "10048", ""),
    ("UA", "01001", ""),
    ("RO", "010011", ""),
    ("HU", "1051", ""),
    ("GR", "105 57", ""),
]

INVALID = [
    ("US", "1011"),
    ("US", "ABCDE"),
    ("CN", "20012"),
    ("GB", "12345"),
    ("DE", "1043"),
    ("DE", "104356"),
    ("FR", "7501"),
    ("JP", "15-8510"),
    ("CA", "12345"),
    ("AU", "200"),
    ("ES", "99000"),
    ("NL", "0123 AB"),
    ("BR", "0131010"),
    ("PL", "0001"),
    ("SE", "1112"),
    ("BE", "0999"),
    ("CH", "12345"),
    ("IE", "ZZZ"),
    ("PT", "1100"),
    ("IN", "011001"),
    ("SG", "12345"),
    ("NZ", "60111"),
    ("GR", "1055"),
    ("RO", "01001"),
]


@pytest.mark.parametrize(("country", "postcode", "region"), VALID)
def test_a_plausible_address_has_no_problem(country: str, postcode: str, region: str) -> None:
    address = {**BASE, "ship_country": country, "ship_postcode": postcode, "ship_region": region}
    assert problems(address) == []


@pytest.mark.parametrize(("country", "postcode"), INVALID)
def test_a_postcode_of_the_wrong_shape_is_named_with_an_example(country: str, postcode: str) -> None:
    region = {"US": "NY", "CA": "ON", "AU": "NSW", "BR": "SP", "CN": "北京市"}.get(country, "")
    reasons = problems({**BASE, "ship_country": country, "ship_postcode": postcode, "ship_region": region})
    assert reasons == [f"postcode {postcode} does not look like a {country} postcode (e.g. {RULES[country].example})"]


def test_the_forty_largest_destinations_have_a_postcode_rule() -> None:
    biggest = [
        "US",
        "CN",
        "GB",
        "DE",
        "FR",
        "JP",
        "KR",
        "CA",
        "AU",
        "IT",
        "ES",
        "NL",
        "BR",
        "MX",
        "RU",
        "IN",
        "PL",
        "SE",
        "BE",
        "CH",
        "AT",
        "DK",
        "NO",
        "FI",
        "IE",
        "PT",
        "CZ",
        "TR",
        "SA",
        "AE",
        "IL",
        "SG",
        "MY",
        "TH",
        "ID",
        "PH",
        "VN",
        "NZ",
        "ZA",
        "CL",
        "AR",
        "CO",
        "HK",
        "TW",
        "UA",
        "RO",
        "HU",
        "GR",
    ]
    assert [c for c in biggest if c not in RULES] == []


def test_a_missing_state_or_province_is_asked_for_where_the_carrier_needs_it() -> None:
    for country, postcode, word in (
        ("US", "10118", "state"),
        ("CA", "K1A 0B1", "province"),
        ("AU", "2000", "state"),
        ("BR", "01310-100", "state"),
        ("MX", "06600", "state"),
        ("CN", "200120", "province"),
    ):
        reasons = problems({**BASE, "ship_country": country, "ship_postcode": postcode})
        assert reasons == [f"address incomplete: {word} missing"], country
    assert problems({**BASE, "ship_country": "US", "ship_postcode": "10118", "ship_region": "ZZ"}) == [
        "state ZZ is not a state of US"
    ]


def test_missing_fields_and_countries_without_postcodes() -> None:
    assert problems({"ship_country": "DE"}) == ["address incomplete: recipient name, street, city, postcode missing"]
    assert problems({**BASE, "ship_country": "HK"}) == []  # Hong Kong has no postcodes
    assert problems({**BASE, "ship_country": "XX", "ship_postcode": "1"}) == ["country XX is not a known country code"]


def test_phones_are_checked_for_the_country_and_stored_in_e164() -> None:
    assert e164("+49 30 1234567", "DE") == "+49301234567"
    assert e164("030 1234567", "DE") == "+49301234567"
    assert e164("(212) 555-0147", "US") == "+12125550147"
    assert e164("090-1234-5678", "JP") == "+819012345678"
    assert e164("12", "DE") is None
    address = {**BASE, "ship_country": "DE", "ship_postcode": "10115", "ship_phone": "12"}
    assert problems(address) == ["phone 12 is not a valid DE number"]
    fixed = normalised({**address, "ship_phone": "030 1234567", "ship_postcode": " 10115 ", "ship_country": "de"})
    assert fixed["ship_phone"] == "+49301234567" and fixed["ship_country"] == "DE" and fixed["ship_postcode"] == "10115"


def test_same_recipient_ignores_case_and_spacing_only() -> None:
    a = {**BASE, "ship_country": "DE", "ship_postcode": "10115"}
    assert same_recipient(a, {**a, "ship_name": "a  buyer"})
    assert not same_recipient(a, {**a, "ship_address1": "2 Main Street"})
