"""Rules explain themselves: each condition with the order's actual value, first rule wins a field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import rules
from app.errors import InvalidInput
from app.rules import Methods, OrderFacts, RuleSpec, check, explain

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
METHODS = Methods(
    {1: "Standard (STD)", 2: "Express (EXP)"}, {"std": 1, "standard": 1, "1": 1, "exp": 2, "express": 2, "2": 2}
)


def facts(**kw: object) -> OrderFacts:
    base: dict[str, object] = {
        "id": 7,
        "number": "A-7",
        "status": "review",
        "shop_id": 1,
        "shop": "Demo",
        "country": "DE",
        "total": Decimal("24.90"),
        "currency": "EUR",
        "skus": ["MUG-BLU", "TEA-GRN-100"],
        "items": 3,
        "tags": ["gift"],
        "buyer_note": "",
        "ship_by": NOW + dt.timedelta(hours=5),
        "method_id": None,
        "weight_grams": 820,
    }
    base.update(kw)
    return OrderFacts(**base)  # type: ignore[arg-type]


def rule(rid: int, name: str, conditions: list[dict], actions: list[dict], stop: bool = False) -> RuleSpec:
    return RuleSpec(rid, name, rid, True, tuple(conditions), tuple(actions), stop)


@pytest.mark.parametrize(
    ("cond", "order", "held", "text"),
    [
        ({"kind": "shop", "in": ["Demo", "Other"]}, {}, True, "shop Demo in Demo, Other"),
        ({"kind": "shop", "in": ["Other"]}, {}, False, "shop Demo not in Other"),
        ({"kind": "country", "in": ["EU"]}, {}, True, "country DE in EU"),
        ({"kind": "country", "in": ["EU"]}, {"country": "GB"}, False, "country GB not in EU"),
        ({"kind": "country", "in": ["US", "CA"]}, {"country": "CA"}, True, "country CA in US, CA"),
        ({"kind": "weight", "min": 0, "max": 500}, {}, False, "weight 820 g not in 0–500 g"),
        ({"kind": "weight", "max": 1000}, {}, True, "weight 820 g in ≤ 1000 g"),
        (
            {"kind": "weight", "max": 500},
            {"weight_grams": None, "weight_problem": "product LAMP has no weight"},
            False,
            "weight unknown (product LAMP has no weight)",
        ),
        ({"kind": "total", "max": "30", "currency": "EUR"}, {}, True, "total 24.90 EUR in ≤ 30 EUR"),
        ({"kind": "total", "min": "25"}, {}, False, "total 24.90 EUR not in ≥ 25 EUR"),
        ({"kind": "total", "max": "30", "currency": "USD"}, {}, False, "total is in EUR, not USD"),
        ({"kind": "sku", "in": ["TEA-GRN-100"]}, {}, True, "SKU TEA-GRN-100 in the list"),
        ({"kind": "sku", "in": ["LAMP"]}, {}, False, "no SKU in LAMP (has MUG-BLU, TEA-GRN-100)"),
        ({"kind": "sku_contains", "text": "mug"}, {}, True, "SKU MUG-BLU contains 'mug'"),
        ({"kind": "sku_contains", "text": "LAMP"}, {}, False, "no SKU contains 'LAMP' (has MUG-BLU, TEA-GRN-100)"),
        ({"kind": "items", "min": 2, "max": 3}, {}, True, "3 items in 2–3"),
        ({"kind": "items", "max": 1}, {}, False, "3 items not in ≤ 1"),
        ({"kind": "tags", "any": ["gift", "vip"]}, {}, True, "tags gift have any of gift, vip"),
        ({"kind": "tags", "all": ["gift", "vip"]}, {}, False, "tags gift lack all of gift, vip"),
        ({"kind": "buyer_note"}, {"buyer_note": "leave at the door"}, True, "buyer note present"),
        ({"kind": "buyer_note"}, {}, False, "no buyer note"),
        ({"kind": "buyer_note", "present": False}, {}, True, "no buyer note"),
        ({"kind": "ship_by", "within_hours": 24}, {}, True, "ship-by due in 5.0 h: within 24 h"),
        ({"kind": "ship_by", "within_hours": 2}, {}, False, "ship-by due in 5.0 h: not within 2 h"),
        ({"kind": "overdue"}, {"ship_by": NOW - dt.timedelta(hours=3)}, True, "ship-by overdue by 3.0 h: overdue"),
        ({"kind": "overdue"}, {}, False, "ship-by due in 5.0 h: not overdue"),
        ({"kind": "overdue"}, {"ship_by": None}, False, "no ship-by date"),
    ],
)
def test_each_condition_says_what_it_saw(cond: dict, order: dict, held: bool, text: str) -> None:
    result = check(cond, facts(**order), NOW)
    assert (result.held, result.text) == (held, text)


def test_first_rule_wins_a_field_and_the_conflict_is_shown() -> None:
    eu = rule(1, "EU parcels", [{"kind": "country", "in": ["EU"]}], [{"kind": "set_method", "method": "EXP"}])
    heavy = rule(
        2,
        "Heavy",
        [{"kind": "weight", "min": 500}],
        [{"kind": "set_method", "method": "STD"}, {"kind": "add_tag", "tag": "heavy"}],
    )
    x = explain(facts(), [eu, heavy], METHODS, NOW)
    assert x.first_match == "EU parcels" and x.matched == ["EU parcels", "Heavy"]
    assert [c.text for c in x.changes] == [
        "shipping method: none → Express (EXP)",
        "shipping method: Express (EXP) → Standard (STD) (overruled by rule 'EU parcels')",
        "tags: gift → heavy",
    ]
    # the other order: the heavy rule is first, so it wins
    x = explain(facts(), [heavy, eu], METHODS, NOW)
    assert [c.overruled_by for c in x.changes if c.kind == "set_method"] == [None, "Heavy"]


def test_a_rule_that_does_not_match_changes_nothing_and_says_which_condition_failed() -> None:
    small = rule(
        1,
        "Small",
        [{"kind": "country", "in": ["EU"]}, {"kind": "weight", "max": 500}],
        [{"kind": "set_method", "method": "EXP"}],
    )
    x = explain(facts(), [small], METHODS, NOW)
    assert x.first_match is None and x.changes == []
    assert [(c.held, c.text) for c in x.rules[0].conditions] == [
        (True, "country DE in EU"),
        (False, "weight 820 g not in ≤ 500 g"),
    ]


def test_a_method_already_set_still_belongs_to_the_first_rule() -> None:
    eu = rule(1, "EU", [{"kind": "country", "in": ["EU"]}], [{"kind": "set_method", "method": "EXP"}])
    std = rule(2, "All", [], [{"kind": "set_method", "method": "STD"}])
    x = explain(facts(method_id=2), [eu, std], METHODS, NOW)
    assert [(c.rule, c.overruled_by) for c in x.changes] == [("All", "EU")]


def test_hold_beats_a_later_approve_and_stop_ends_the_run() -> None:
    note = rule(1, "Note", [{"kind": "buyer_note"}], [{"kind": "hold", "reason": "read the note"}])
    auto = rule(2, "Auto", [], [{"kind": "approve"}])
    x = explain(facts(buyer_note="no plastic"), [note, auto], METHODS, NOW)
    assert [(c.kind, c.new, c.overruled_by) for c in x.changes] == [
        ("hold", "on hold: read the note", None),
        ("approve", "approve if every check passes", "Note"),
    ]
    first = rule(1, "First", [], [{"kind": "add_tag", "tag": "a"}], stop=True)
    x = explain(facts(), [first, auto], METHODS, NOW)
    assert x.matched == ["First"] and [c.kind for c in x.changes] == ["add_tag"]


def test_unknown_method_is_shown_not_applied() -> None:
    r = rule(1, "Typo", [], [{"kind": "set_method", "method": "DHL"}])
    (change,) = explain(facts(), [r], METHODS, NOW).changes
    assert change.text == "shipping method: none → unknown method 'DHL'" and change.params["method_id"] is None


@pytest.mark.parametrize(
    ("conditions", "actions", "message"),
    [
        ([{"kind": "colour"}], [{"kind": "approve"}], "unknown condition 'colour'"),
        ([{"kind": "weight"}], [{"kind": "approve"}], "the weight condition needs a minimum or a maximum"),
        ([{"kind": "total", "max": "ten"}], [{"kind": "approve"}], "the total condition's max is not a number: 'ten'"),
        ([{"kind": "country", "in": []}], [{"kind": "approve"}], "the country condition needs a list of values"),
        ([], [], "a rule needs at least one action"),
        ([], [{"kind": "hold"}], "a hold needs a reason"),
        ([], [{"kind": "launch"}], "unknown action 'launch'"),
        ([], [{"kind": "customs"}], "the customs action needs at least one default (description, HS code, value)"),
    ],
)
def test_a_bad_rule_is_refused_with_one_clear_sentence(conditions: list, actions: list, message: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        rules.validate(conditions, actions)
    assert str(exc.value).startswith(message)


def test_tags_are_stored_wrapped_in_commas() -> None:
    assert rules.store_tags(["gift", "eu-small", "gift"]) == ",gift,eu-small,"
    assert rules.tags_of(",gift,eu-small,") == ["gift", "eu-small"] and rules.store_tags([]) == ""
