"""What a shipping method refuses, worded the way the seller reads it in Review."""

from __future__ import annotations

from app.method_rules import Contents, forbids, has_rules
from db.models import CarrierAccount, ShippingMethod


def method(**rules: object) -> ShippingMethod:
    m = ShippingMethod(
        code="STD", name="Standard", carrier_account=CarrierAccount(name="YunExpress", carrier="yunexpress")
    )
    defaults = {
        "allows_battery": True,
        "allows_liquid": True,
        "max_weight_grams": None,
        "countries": {},
        "required_customs": [],
    }
    for key, value in {**defaults, **rules}.items():
        setattr(m, key, value)
    return m


def parcel(**overrides: object) -> Contents:
    values = {
        "country": "BR",
        "weight_grams": 2350,
        "battery": True,
        "liquid": True,
        "cross_border": True,
        "customs": ({"hs_code": False, "description_en": True},),
    }
    return Contents(**{**values, **overrides})  # type: ignore[arg-type]


def test_a_method_without_rules_carries_anything() -> None:
    m = method()
    assert not has_rules(m) and forbids(m, parcel()) == []


def test_every_rule_gives_its_own_reason() -> None:
    m = method(
        allows_battery=False,
        allows_liquid=False,
        max_weight_grams=2000,
        countries={"deny": ["BR"]},
        required_customs=["hs_code", "description_en"],
    )
    assert forbids(m, parcel()) == [
        "YunExpress Standard does not carry batteries",
        "YunExpress Standard does not carry liquids",
        "YunExpress Standard does not ship to BR",
        "YunExpress Standard max 2,000 g, parcel 2,350 g",
        "YunExpress Standard requires HS codes",
    ]


def test_allow_lists_weights_at_the_limit_and_domestic_parcels() -> None:
    m = method(countries={"allow": ["DE", "FR"]}, max_weight_grams=2350, required_customs=["hs_code"])
    assert forbids(m, parcel(country="de", battery=False, liquid=False)) == ["YunExpress Standard requires HS codes"]
    assert forbids(m, parcel(country="US", cross_border=False)) == ["YunExpress Standard does not ship to US"]
    assert forbids(m, parcel(country="FR", customs=({"hs_code": True},))) == []


def test_a_method_named_after_its_carrier_is_not_named_twice() -> None:
    m = method(allows_battery=False)
    m.name = "YunExpress Standard"
    assert forbids(m, parcel()) == ["YunExpress Standard does not carry batteries"]
