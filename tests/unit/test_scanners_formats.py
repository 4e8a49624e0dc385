"""Every carrier and GS1 format: real-format codes are recognised, a wrong check digit is
a misread ("scan again"), never an unknown parcel."""

from __future__ import annotations

import pytest

from scanners.check_digits import fedex_express_check_digit, mod7_check_digit, mod10_check_digit
from scanners.classify import Classified, classify
from scanners.commands import COMMANDS, command_barcode, parse_command
from scanners.gs1 import GS, parse_gs1

# Where the valid examples come from:
# - FedEx Express 12: 012345678983 is the worked example published with the algorithm
#   (weights 3,1,7,3,1,7,3,1,7,3,1 from the left = 1,3,7 repeating from the right;
#   0+1+14+9+4+35+18+7+56+27+8 = 179; 179 % 11 = 3). 986578788855, 477179081230 and the
#   34-digit, Ground, SmartPost and "96" examples are the test numbers of the public
#   tracking_number_data project (jkeen/tracking_number_data, couriers/fedex.json).
# - DHL Express 3318810025 etc.: the same project, couriers/dhl.json
#   (331881002 % 7 = 5). YunExpress YT2229521272164446: couriers/yunexpress.json.
# - SSCC (00)106141412345678908 is the SSCC example of the GS1 General Specifications;
#   GTIN 04006381333931 is the EAN-13 4006381333931 (published example) as GTIN-14.
VALID = [
    # raw, kind, value, carrier
    ("012345678983", "tracking", "012345678983", "fedex"),
    ("986578788855", "tracking", "986578788855", "fedex"),
    ("477179081230", "tracking", "477179081230", "fedex"),  # mod-11 remainder 10 -> 0
    ("]C0986578788855", "tracking", "986578788855", "fedex"),
    ("1001921334250001000300779017972697", "tracking", "779017972697", "fedex"),
    ("1002297871540001000300790695517286", "tracking", "790695517286", "fedex"),
    ("9622001900000000000000776632517510", "tracking", "776632517510", "fedex"),
    ("9632001560123456789900794808390594", "tracking", "794808390594", "fedex"),
    ("0414 4176 0228 964", "tracking", "041441760228964", "fedex"),
    ("568283610012734", "tracking", "568283610012734", "fedex"),
    ("9611020987654312345672", "tracking", "987654312345672", "fedex"),
    ("61299998820821171811", "tracking", "61299998820821171811", "fedex-smartpost"),
    ("9261292700768711948021", "tracking", "9261292700768711948021", "usps"),  # IMpb 92
    ("3318810025", "tracking", "3318810025", "dhl"),
    ("8487135506", "tracking", "8487135506", "dhl"),
    ("1099255990", "tracking", "1099255990", "dhl"),
    ("JJD0099999999", "tracking", "JJD0099999999", "dhl"),
    ("jjd000390007871340853", "tracking", "JJD000390007871340853", "dhl"),
    ("YT2229521272164446", "tracking", "YT2229521272164446", "yunexpress"),
    ("00106141412345678908", "tracking", "106141412345678908", "sscc"),
    ("]C100106141412345678908", "tracking", "106141412345678908", "sscc"),
    ("\x1d00106141412345678908", "tracking", "106141412345678908", "sscc"),
    ("0104006381333931", "product", "4006381333931", None),
    ("]C10100036000291452", "product", "036000291452", None),  # UPC-A inside a GTIN-14
    ("]d20100000096385074", "product", "96385074", None),  # EAN-8 inside a GTIN-14
    ("SB-CMD:FINISH", "command", "FINISH", None),
    ("sb-cmd:next", "command", "NEXT", None),
]


@pytest.mark.parametrize(("raw", "kind", "value", "carrier"), VALID)
def test_real_format_codes_are_recognised(raw: str, kind: str, value: str, carrier: str | None) -> None:
    got = classify(raw)
    assert (got.kind, got.value, got.carrier) == (kind, value, carrier), got.detail


MISREAD = [
    # raw, carrier, expected check digit, given  (each is a VALID code with one digit changed)
    ("012345678984", "fedex", 3, "4"),  # with prefer="product": see the 12-digit test
    ("1001901781990001000300617767839438", "fedex", 7, "8"),  # published invalid example
    ("9622001560001234567100794808390595", "fedex", 4, "5"),  # published invalid example
    ("568283610012732", "fedex", 4, "2"),  # published invalid example
    ("9611020987654312345673", "fedex", 2, "3"),
    ("3318810010", "dhl", 4, "0"),  # published invalid example
    ("3318810034", "dhl", 6, "4"),  # published invalid example
    ("00106141412345678909", "sscc", 8, "9"),
    ("]C10104006381333932", None, 1, "2"),
]


@pytest.mark.parametrize(("raw", "carrier", "expected", "given"), MISREAD)
def test_a_wrong_check_digit_is_a_misread(raw: str, carrier: str | None, expected: int, given: str) -> None:
    prefer = "tracking" if len(raw) == 12 else "product"
    got = classify(raw, prefer=prefer)
    assert got.kind == "misread", got
    assert got.carrier == carrier
    assert got.check_digit_valid is False
    assert f"should be {expected}, got {given}" in got.detail


def test_check_digit_functions_match_the_published_worked_examples() -> None:
    assert fedex_express_check_digit("01234567898") == 3
    assert fedex_express_check_digit("47717908123") == 0  # remainder 10 -> 0
    assert mod7_check_digit("331881002") == 5
    assert mod10_check_digit("10614141234567890") == 8
    assert mod10_check_digit("04144176022896") == 4  # FedEx Ground: weights 3,1 from the right


def test_the_long_fedex_barcode_yields_the_tracking_number_and_keeps_the_barcode() -> None:
    got = classify("1001921334250001000300779017972697")
    assert got.value == "779017972697"
    assert got.fields["barcode"] == "1001921334250001000300779017972697"


def test_gs1_elements_land_in_fields() -> None:
    raw = "]C101040063813339311" + "0LOT7" + GS + "21SN-0042" + GS + "3103001234"
    got = classify(raw)
    assert got.kind == "product" and got.value == "4006381333931"
    assert got.fields == {
        "gtin": "04006381333931",
        "lot": "LOT7",
        "serial": "SN-0042",
        "net_weight_kg": "1.234",
    }


def test_sscc_with_weight_is_a_tracking_number_carrying_the_weight() -> None:
    got = classify("]C100106141412345678908" + "3103000500")
    assert (got.kind, got.carrier, got.value) == ("tracking", "sscc", "106141412345678908")
    assert got.fields["net_weight_kg"] == "0.500"


def test_gs1_routing_420_still_goes_to_usps() -> None:
    # (420) is left to the USPS step: it knows the ZIP is followed by the IMpb number.
    assert classify("]C1420123459400111899223100000000").carrier == "usps"


def test_gs1_parser_stops_at_an_unknown_identifier() -> None:
    parsed = parse_gs1("0104006381333931" + "99XYZ")
    assert parsed.fields == {"gtin": "04006381333931"}
    assert parsed.rest == "99XYZ" and not parsed.complete
    # Without a GS1 flag (AIM or GS) an incomplete parse is not claimed as GS1.
    assert classify("0104006381333931" + "9912").kind == "unknown"


def test_twelve_digits_that_fit_both_upc_and_fedex_follow_the_station() -> None:
    # 036000291452 is a UPC-A (published); find a 12-digit code valid for both checks.
    both = next(
        f"{n:011d}{mod10_check_digit(f'{n:011d}')}"
        for n in range(10**10, 10**10 + 1000)
        if mod10_check_digit(f"{n:011d}") == fedex_express_check_digit(f"{n:011d}")
    )
    product = classify(both)
    tracking = classify(both, prefer="tracking")
    assert (product.kind, product.fields["also"]) == ("product", "tracking: FedEx Express")
    assert (tracking.kind, tracking.carrier) == ("tracking", "fedex")
    assert tracking.fields["also"] == "product: UPC-A"
    # The scanner's symbology identifier settles it without a preference.
    assert classify("]E0" + both, prefer="tracking").kind == "product"
    assert classify("]C0" + both).kind == "tracking"


def test_a_bare_misread_twelve_digit_code_is_a_misread_either_way() -> None:
    assert classify("036000291453").kind == "misread"
    assert classify("036000291453", prefer="tracking").kind == "misread"


def test_digit_order_prefixes_win_over_bare_digit_formats() -> None:
    assert classify("1012345678", order_prefixes=("10",)).kind == "order"


def test_commands() -> None:
    assert set(COMMANDS) == {"FINISH", "CANCEL", "FORCE", "NEXT", "UNDO", "OK", "SHIP", "VERIFY", "HANDOVER", "SIGNOUT"}
    for word in COMMANDS:
        assert classify(command_barcode(word)) == Classified(
            "command", word, command_barcode(word), detail=COMMANDS[word]
        )
    assert parse_command("RF770947603CN") is None
    bogus = classify("SB-CMD:SHIPALL")
    assert bogus.kind == "unknown" and "SHIPALL" in bogus.detail
    with pytest.raises(ValueError):
        command_barcode("SHIPALL")


def test_classified_stays_hashable_and_comparable() -> None:
    a, b = classify("3318810025"), classify("3318810025")
    assert a == b and hash(a) == hash(b)
