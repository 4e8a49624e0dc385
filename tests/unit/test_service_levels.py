"""The buyer's requested service in three words, and the rules' ``service_level`` condition (#18)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import rules
from app.errors import InvalidInput
from app.service_levels import level_of, matches


@pytest.mark.parametrize(
    ("service", "level"),
    [
        ("Expedited", "expedited"),
        ("NextDay", "expedited"),
        ("SecondDay", "expedited"),
        ("Standard DE Dom_1", "standard"),
        ("Std US D2D Dom", "standard"),
        ("Economy", "economy"),
        ("Free Shipping", "economy"),
        ("AliExpress Standard Shipping", "standard"),
        ("Standard Express", "expedited"),
        ("加急", "expedited"),
        ("Cainiao Super Economy", "economy"),
        ("Flat rate", ""),
        ("", ""),
    ],
)
def test_the_marketplaces_words_become_a_level(service: str, level: str) -> None:
    assert level_of(service) == level


def test_a_condition_matches_the_level_or_the_marketplaces_own_words() -> None:
    assert matches("NextDay", ["Expedited"]) and matches("Flat rate", ["flat rate"])
    assert not matches("Standard", ["expedited", "economy"]) and not matches("", ["expedited"])


def _facts(service: str) -> rules.OrderFacts:
    return rules.OrderFacts(
        id=1,
        number="A-1",
        status="review",
        shop_id=1,
        shop="Shop",
        country="DE",
        total=Decimal("10"),
        currency="EUR",
        skus=["X"],
        items=1,
        tags=[],
        buyer_note="",
        ship_by=None,
        method_id=None,
        requested_service=service,
    )


def test_the_service_level_condition_explains_itself() -> None:
    now = dt.datetime.now(dt.UTC)
    cond = {"kind": "service_level", "in": ["expedited"]}
    held = rules.check(cond, _facts("NextDay"), now)
    assert held.held and held.text == "service NextDay (expedited) in expedited"
    missed = rules.check(cond, _facts("Standard"), now)
    assert not missed.held and missed.text == "service Standard not in expedited"
    assert rules.check(cond, _facts(""), now).text == "service (none) not in expedited"
    with pytest.raises(InvalidInput):
        rules.validate([{"kind": "service_level"}], [{"kind": "add_tag", "tag": "x"}])
