"""The adoption matcher and the shipper references (app.adoption, app.references)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from app import adoption, references
from app.connectors.base import CustomsItem, Shipment, ShipmentRequest
from app.connectors.registry import CARRIERS, REFERENCE_MAX_LENGTH
from app.errors import InvalidInput, RemoteRejected


def request(**recipient: str) -> ShipmentRequest:
    to = {"name": "Zoë Müller", "postcode": "10435", "country": "DE", **recipient}
    item = CustomsItem("Mug", "杯子", "691200", 2, Decimal("5"), "EUR", "CN", 300)
    return ShipmentRequest("ABCDEP00000001", "STD", "MP-1", {}, to, "2× MUG", 640, customs=(item,))


def record(name: str = "Zoë Müller", postcode: str = "10435", country: str = "DE", **more: object) -> Shipment:
    return Shipment(
        "S1",
        "ABCDEP00000001",
        "T1",
        "created",
        recipient_name=name,
        recipient_postcode=postcode,
        recipient_country=country,
        **more,
    )  # type: ignore[arg-type]


def test_the_same_recipient_written_another_way_matches() -> None:
    assert adoption.differences(record("ZOE  MULLER", " 10435 ", "de", weight_grams=640, item_count=2), request()) == []
    assert adoption.differences(record("zoe-müller"), request()) == []


def test_a_different_postcode_name_country_weight_or_piece_count_does_not_match() -> None:
    assert adoption.differences(record(postcode="10437"), request()) == ["postcode"]
    assert adoption.differences(record(name="Anna Schröder"), request()) == ["recipient name"]
    assert adoption.differences(record(country="AT"), request()) == ["country"]
    assert adoption.differences(record(weight_grams=1200), request()) == ["weight"]
    assert adoption.differences(record(item_count=5), request()) == ["number of pieces"]


def test_a_record_that_does_not_say_whom_it_is_for_is_not_adopted() -> None:
    what = adoption.differences(Shipment("S1", "R", "T", "created"), request())
    assert what and "does not say" in what[0]
    assert "not adopted" in adoption.refusal("R", what)


def test_installation_codes_are_five_crockford_characters() -> None:
    codes = {references.new_installation_id() for _ in range(200)}
    assert len(codes) > 190
    assert all(len(c) == 5 and set(c) <= set(references.CROCKFORD) for c in codes)
    assert not set("ILOU") & set(references.CROCKFORD)


def test_a_reference_fits_every_carrier_and_is_never_cut() -> None:
    assert references.shipper_reference("7K3QZ", "P00000042") == "7K3QZP00000042"
    # too long for the carrier: the padding goes, never a character that tells parcels apart
    assert references.shipper_reference("7K3QZ", "P00000042", 10) == "7K3QZP42"
    assert references.shipper_reference("7K3QZ", "P00000042", 30, suffix="R1") == "7K3QZP00000042R1"
    with pytest.raises(InvalidInput):
        references.shipper_reference("7K3QZ", "P123456789", 8)
    for kind in CARRIERS:
        longest = references.shipper_reference("ZZZZZ", "P999999999", REFERENCE_MAX_LENGTH[kind], suffix="R9")
        assert len(longest) <= REFERENCE_MAX_LENGTH[kind], kind


@pytest.mark.parametrize("kind", ["yunexpress", "4px", "yanwen", "simulator"])
def test_each_connector_refuses_a_reference_longer_than_its_carrier_takes(kind: str) -> None:
    from app.connectors import registry

    settings = {"customer_code": "C1", "user_id": "U1", "app_key": "k"}
    secrets = {"api_secret": "s", "app_secret": "s", "api_token": "t"}
    carrier = registry.carrier(kind, "http://127.0.0.1:9", settings, secrets)
    too_long = "X" * (REFERENCE_MAX_LENGTH[kind] + 1)
    with pytest.raises(RemoteRejected, match="takes references of up to"):
        carrier.create_shipment(ShipmentRequest(too_long, "STD", "", {}, {"name": "a"}, "", 100))
    with pytest.raises(RemoteRejected, match="takes references of up to"):
        carrier.create_shipment(ShipmentRequest("ABC DE", "STD", "", {}, {"name": "a"}, "", 100))


def test_package_references_carry_the_installation_and_stay_numeric_on_amazon() -> None:
    from app.connectors.amazon import package_reference_id
    from app.references import amazon_package_id, package_reference

    mine, theirs = package_reference("7K3QZ", "P00000042"), package_reference("0ABCD", "P00000042")
    assert (mine, theirs) == ("7K3QZP00000042", "0ABCDP00000042")
    ids = {package_reference_id(mine), package_reference_id(theirs)}
    assert len(ids) == 2 and all(re.fullmatch(r"[1-9][0-9]{0,18}", i) for i in ids)
    assert package_reference_id("P00001234") == "1234"  # a package confirmed before keeps its number
    largest = package_reference("ZZZZZ", "P9999999999")
    assert amazon_package_id(largest) == "1335544319999999999"  # 19 digits: Amazon's longest
    assert amazon_package_id("P00001234") is None
