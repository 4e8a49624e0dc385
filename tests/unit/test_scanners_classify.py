"""What the station makes of a scanned code: the right lookup, or "misread, scan again"."""

from __future__ import annotations

import ast
import pathlib

import pytest

from scanners.check_digits import mod10_check_digit, ups_check_digit
from scanners.classify import (
    CLASSIFIERS,
    Classified,
    classify,
    make_s10,
    normalise,
    s10_check_digit,
)

# Hand verification of the check digits used below (so the table does not merely
# agree with the implementation):
#
# UPU S10 RF770947603CN: serial 7 7 0 9 4 7 6 0, weights 8 6 4 2 3 5 9 7
#   56+42+0+18+12+35+54+0 = 217; 217 mod 11 = 8; 11-8 = 3  -> check digit 3, valid.
# UPU S10 LP123456785CN: 8+12+12+8+15+30+63+56 = 204; 204 mod 11 = 6; 11-6 = 5 -> valid.
# UPU S10 AA473124829GB (the example in the UPU S10 standard):
#   32+42+12+2+6+20+72+14 = 200; 200 mod 11 = 2; 11-2 = 9 -> valid.
# UPU S10 serial 00000000: sum 0 -> 11 - 0 = 11 -> 5.  Serial 00000008: 56 mod 11 = 1
#   -> 11 - 1 = 10 -> 0.
# UPS 1Z999AA10123456784: body 9 9 9 A A 1 0 1 2 3 4 5 6 7 8 with A=(65-63)%10=2;
#   odd positions 9+9+2+0+2+4+6+8 = 40, even positions (9+2+1+1+3+5+7)*2 = 56;
#   96 -> (10 - 6) % 10 = 4 -> valid.
# USPS 9400111899223100000000: from the right of the 21-digit payload, weights 3,1:
#   1*1 + 3*3 + 2*1 + 2*3 + 9*1 + 9*3 + 8*1 + 1*3 + 1*1 + 1*3 + 4*1 + 9*3 = 100 -> 0, valid.
# EAN-13 4006381333931 and UPC-A 036000291452, EAN-8 96385074: published examples;
#   96385074: 7*3+0+5*3+8+3*3+6+9*3 = 86 -> 4, valid.

VALID = [
    # raw, kind, value, carrier
    ("P00000042", "parcel", "P00000042", None),
    ("p00000042", "parcel", "P00000042", None),
    ("RF770947603CN", "tracking", "RF770947603CN", "upu-s10"),
    ("LP123456785CN", "tracking", "LP123456785CN", "upu-s10"),
    ("AA473124829GB", "tracking", "AA473124829GB", "upu-s10"),
    ("rf770947603cn", "tracking", "RF770947603CN", "upu-s10"),  # caps lock on the wedge
    ("EE000000005US", "tracking", "EE000000005US", "upu-s10"),  # check 11 -> 5
    ("EE000000080US", "tracking", "EE000000080US", "upu-s10"),  # check 10 -> 0
    ("1Z999AA10123456784", "tracking", "1Z999AA10123456784", "ups"),
    ("1z999aa10123456784", "tracking", "1Z999AA10123456784", "ups"),
    ("9400111899223100000000", "tracking", "9400111899223100000000", "usps"),
    ("03071790000523483741", "tracking", "03071790000523483741", "usps"),
    ("420123459400111899223100000000", "tracking", "9400111899223100000000", "usps"),
    ("420123456789" + "9400111899223100000000", "tracking", "9400111899223100000000", "usps"),
    ("]C1420123459400111899223100000000", "tracking", "9400111899223100000000", "usps"),
    ("]C142012345\x1d9400111899223100000000", "tracking", "9400111899223100000000", "usps"),
    ("4006381333931", "product", "4006381333931", None),
    ("036000291452", "product", "036000291452", None),
    ("96385074", "product", "96385074", None),
    ("]E04006381333931", "product", "4006381333931", None),
]


@pytest.mark.parametrize(("raw", "kind", "value", "carrier"), VALID)
def test_valid_codes_are_recognised(raw: str, kind: str, value: str, carrier: str | None) -> None:
    got = classify(raw)
    assert (got.kind, got.value, got.carrier) == (kind, value, carrier)
    assert got.raw == raw
    if kind in ("tracking", "product"):
        assert got.check_digit_valid is True


MISREAD = [
    # raw, carrier, expected check digit, given
    ("RF770947604CN", "upu-s10", 3, "4"),
    ("LP123456783CN", "upu-s10", 5, "3"),
    ("1Z999AA10123456785", "ups", 4, "5"),
    ("1Z999AA1012345678X", "ups", 4, "X"),
    ("9400111899223100000001", "usps", 0, "1"),
    ("420123459400111899223100000009", "usps", 0, "9"),
    ("4006381333932", None, 1, "2"),
    ("036000291453", None, 2, "3"),
    ("96385075", None, 4, "5"),
]


@pytest.mark.parametrize(("raw", "carrier", "expected", "given"), MISREAD)
def test_a_wrong_check_digit_is_a_misread_never_unknown(
    raw: str, carrier: str | None, expected: int, given: str
) -> None:
    got = classify(raw)
    assert got.kind == "misread"
    assert got.carrier == carrier
    assert got.check_digit_valid is False
    assert f"should be {expected}, got {given}" in got.detail


def test_misread_detail_reads_like_a_sentence_for_the_packer() -> None:
    assert classify("LP123456783CN").detail == "UPU S10 check digit should be 5, got 3"


def test_routed_usps_misread_names_the_tracking_number_not_the_zip() -> None:
    assert classify("420123459400111899223100000009").value == "9400111899223100000009"


def test_other_carriers_long_numeric_codes_are_not_called_usps_misreads() -> None:
    # FedEx Ground "96..." numbers share the 22-digit length but not the USPS check:
    # a bad one is a FedEx misread, never a USPS one.
    fedex_like = "9612019" + "0" * 14 + "1"
    assert mod10_check_digit(fedex_like[:-1]) != 1
    got = classify(fedex_like)
    assert (got.kind, got.carrier) == ("misread", "fedex")


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("ORD-1234", "order"),
        ("ord-1234", "order"),
        ("WEB88812", "order"),
        ("ORD-", "unknown"),  # the prefix alone is not an order number
        ("XYZ-1234", "unknown"),
    ],
)
def test_order_numbers_by_prefix(raw: str, kind: str) -> None:
    got = classify(raw, order_prefixes=("ORD-", "WEB"))
    assert got.kind == kind
    assert got.value == raw


def test_parcel_prefix_is_the_shops_own() -> None:
    assert classify("SB00000042", parcel_prefix="SB").kind == "parcel"
    assert classify("P00000042", parcel_prefix="SB").kind == "unknown"
    assert classify("P0000042").kind == "unknown"  # 7 digits


def test_empty_prefixes_are_configuration_bugs() -> None:
    with pytest.raises(ValueError):
        classify("12345678", parcel_prefix="")
    with pytest.raises(ValueError):
        classify("12345678", order_prefixes=("",))


@pytest.mark.parametrize(
    ("raw", "value", "detail"),
    [
        ("JD014600003828342417", "JD014600003828342417", "looked up as a tracking number"),
        ("ABC-12", "ABC-12", "looked up as a tracking number"),
        ("", "", "empty scan"),
        ("\r\n", "", "empty scan"),
        ("abc", "abc", "not a plausible code"),  # too short
        ("a" * 41, "a" * 41, "not a plausible code"),
        ("héllo wörld", "héllowörld", "not a plausible code"),
    ],
)
def test_anything_else_is_unknown(raw: str, value: str, detail: str) -> None:
    got = classify(raw)
    assert got.kind == "unknown"
    assert got.value == value
    assert detail in got.detail
    assert got.carrier is None and got.check_digit_valid is None


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("]C1ABC123", "ABC123"),
        ("]E04006381333931", "4006381333931"),
        ("]Q3https://x.test/p", "https://x.test/p"),
        ("]d2\x1d0104006381333931", "0104006381333931"),
        ("\x1d0104006381333931", "0104006381333931"),
        ("  RF770947603CN\r\n", "RF770947603CN"),
        ("1Z 999 AA1 01 2345 678 4", "1Z999AA10123456784"),
        ("0104006381333931\x1d10LOT7", "010400638133393110LOT7"),
        ("ABC]C1", "ABC]C1"),  # an AIM identifier only counts at the start
        ("]C", "]C"),
        ("", ""),
    ],
)
def test_normalise_strips_what_the_scanner_adds(raw: str, code: str) -> None:
    assert normalise(raw) == code


def test_s10_check_digit_and_minting() -> None:
    assert s10_check_digit("77094760") == 3
    assert s10_check_digit("00000000") == 5
    assert s10_check_digit("00000008") == 0
    assert make_s10("RF", 77094760, "CN") == "RF770947603CN"
    assert make_s10("dm", 42, "de") == "DM000000425DE"


def test_minted_s10_numbers_always_classify_as_valid_tracking() -> None:
    for serial in range(0, 99_999_999, 999_983):
        minted = make_s10("DM", serial, "DE")
        assert classify(minted) == Classified(
            "tracking", minted, minted, carrier="upu-s10", check_digit_valid=True, detail="UPU S10"
        )


@pytest.mark.parametrize(
    "args", [("R", 1, "CN"), ("RF", 1, "C"), ("R1", 1, "CN"), ("RF", -1, "CN"), ("RF", 10**8, "CN")]
)
def test_make_s10_refuses_what_cannot_be_an_s10(args: tuple[str, int, str]) -> None:
    with pytest.raises(ValueError):
        make_s10(*args)


@pytest.mark.parametrize("bad", ["1234567", "123456789", "1234567a", "１２３４５６７８"])
def test_s10_check_digit_refuses_non_serials(bad: str) -> None:
    with pytest.raises(ValueError):
        s10_check_digit(bad)


def test_ups_check_digit_of_the_published_example() -> None:
    assert ups_check_digit("999AA1012345678") == 4


def test_every_classifier_answers_not_mine_for_foreign_codes() -> None:
    from scanners.classify import ScanContext

    ctx = ScanContext("zz", "zz", "P", ())
    assert all(c(ctx) is None for c in CLASSIFIERS)


def test_scanners_never_import_qt_db_or_app() -> None:
    root = pathlib.Path(__file__).resolve().parents[2] / "scanners"
    forbidden = ("PySide6", "PyQt5", "PyQt6", "db", "app", "ui")
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in forbidden, f"{path.name} imports {name}"
