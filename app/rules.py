"""Ordered IF/THEN rules that explain themselves.

A rule is a list of conditions (all must hold) and a list of actions. Every enabled rule
whose conditions hold applies its actions in order of position; when two rules want the
same field (both set the shipping method), the first one wins and the dry run shows the
other as overruled. Evaluation is a pure function over ``OrderFacts`` loaded in bulk, so
a dry run and a real run explain themselves the same way, and a batch of arriving
orders costs a few queries, not a few per order.

Rule JSON (``Rule.conditions`` / ``Rule.actions``)::

    {"all": [{"kind": "country", "in": ["EU"]}, {"kind": "weight", "max": 500}]}
    {"do": [{"kind": "set_method", "method": "EXP"}, {"kind": "add_tag", "tag": "eu-small"}],
     "stop": false}
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session, selectinload

from app import audit, coded, review, service_levels
from app.actor import Actor
from app.errors import InvalidInput
from app.messages import Message
from db import queries
from db.models import (
    AuditEvent,
    CustomsLine,
    Order,
    OrderLine,
    Parcel,
    Product,
    Rule,
    ShippingMethod,
    Shop,
    SkuPairing,
)

log = logging.getLogger(__name__)

EU = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
REGIONS: dict[str, frozenset[str]] = {
    "EU": EU,
    "EEA": EU | {"IS", "LI", "NO"},
    "EUROPE": EU | {"IS", "LI", "NO", "GB", "CH", "RS", "BA", "ME", "MK", "AL", "MD", "UA"},
    "NA": frozenset({"US", "CA", "MX"}),
    "UK": frozenset({"GB"}),
}

CONDITION_KINDS = (
    "shop",
    "country",
    "weight",
    "total",
    "sku",
    "sku_contains",
    "items",
    "tags",
    "buyer_note",
    "ship_by",
    "overdue",
    "service_level",
)
ACTION_KINDS = ("set_method", "hold", "add_tag", "customs", "approve")
CUSTOMS_FIELDS = ("description_en", "description_zh", "hs_code", "value", "currency", "origin_country")
CHUNK = 500
_ORDERS = queries.table_of(Order)


# --- what a rule is -----------------------------------------------------------------


@dataclass(frozen=True)
class RuleSpec:
    id: int
    name: str
    position: int
    enabled: bool
    conditions: tuple[dict[str, Any], ...]
    actions: tuple[dict[str, Any], ...]
    stop: bool = False

    @classmethod
    def of(cls, rule: Rule) -> RuleSpec:
        conditions, actions, stop = normalise(rule.conditions, rule.actions)
        return cls(
            rule.id,
            rule.name,
            rule.position,
            bool(rule.enabled),
            tuple(prepare(c) for c in conditions),
            tuple(actions),
            stop,
        )


def prepare(cond: dict[str, Any]) -> dict[str, Any]:
    """The condition with its values parsed once (lists, bounds, region sets), not once per order."""
    if "_prepared" in cond:
        return cond
    wanted = _as_list(cond.get("in"))
    return {
        **cond,
        "_prepared": True,
        "_in": wanted,
        "_in_set": frozenset(wanted),
        "_countries": frozenset(_countries(wanted)),
        "_lo": _decimal(cond.get("min")),
        "_hi": _decimal(cond.get("max")),
        "_any": _as_list(cond.get("any")),
        "_all": _as_list(cond.get("all")),
        "_hours": _decimal(cond.get("within_hours")),
    }


def normalise(conditions: Any, actions: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
    """Accept ``{"all": [...]}`` or a bare list of conditions, ``{"do": [...]}`` or a bare list of actions."""
    conds = conditions.get("all", []) if isinstance(conditions, dict) else conditions
    acts = actions.get("do", []) if isinstance(actions, dict) else actions
    stop = bool(actions.get("stop", False)) if isinstance(actions, dict) else False
    if not isinstance(conds, list) or not all(isinstance(c, dict) for c in conds):
        raise InvalidInput(Message("rule_conditions_must_list_objects"))
    if not isinstance(acts, list) or not all(isinstance(a, dict) for a in acts):
        raise InvalidInput(Message("rule_actions_must_list_objects"))
    return conds, acts, stop


def validate(conditions: Any, actions: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Check a rule before it is stored; returns the stored JSON shapes."""
    conds, acts, stop = normalise(conditions, actions)
    for c in conds:
        kind = c.get("kind")
        if kind not in CONDITION_KINDS:
            raise InvalidInput(
                Message("unknown_condition_known", {"kind": kind, "condition_kinds": ", ".join(CONDITION_KINDS)})
            )
        if kind in ("shop", "country", "sku", "service_level") and not _as_list(c.get("in")):
            raise InvalidInput(Message("condition_needs_list_values", {"kind": kind}))
        if kind in ("weight", "total", "items"):
            if c.get("min") in (None, "") and c.get("max") in (None, ""):
                raise InvalidInput(Message("condition_needs_minimum_maximum", {"kind": kind}))
            for bound in ("min", "max"):
                if c.get(bound) not in (None, "") and _decimal(c.get(bound)) is None:
                    raise InvalidInput(
                        Message("condition_not_number", {"kind": kind, "bound": bound, "value": c.get(bound)})
                    )
        if kind == "sku_contains" and not str(c.get("text", "")).strip():
            raise InvalidInput(Message("sku_contains_condition_needs_text"))
        if kind == "tags" and not (_as_list(c.get("any")) or _as_list(c.get("all"))):
            raise InvalidInput(Message("tags_condition_needs_tags_any"))
        if kind == "ship_by" and _decimal(c.get("within_hours")) is None:
            raise InvalidInput(Message("ship_by_condition_needs_number"))
    if not acts:
        raise InvalidInput(Message("rule_needs_at_least_one"))
    for a in acts:
        kind = a.get("kind")
        if kind not in ACTION_KINDS:
            raise InvalidInput(Message("unknown_action_known", {"kind": kind, "action_kinds": ", ".join(ACTION_KINDS)}))
        if kind == "set_method" and not str(a.get("method", "")).strip():
            raise InvalidInput(Message("set_method_action_needs_shipping"))
        if kind == "hold" and not str(a.get("reason", "")).strip():
            raise InvalidInput(Message("hold_needs_reason"))
        if kind == "add_tag" and not _tag(a.get("tag", "")):
            raise InvalidInput(Message("add_tag_action_needs_tag"))
        if kind == "customs" and not any(str(a.get(k, "")).strip() for k in CUSTOMS_FIELDS):
            raise InvalidInput(Message("customs_action_needs_at_least"))
        if kind == "customs" and a.get("value") not in (None, "") and _decimal(a.get("value")) is None:
            raise InvalidInput(Message("customs_value_not_number", {"value": a.get("value")}))
    return {"all": conds}, {"do": acts, "stop": stop}


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _tag(text: Any) -> str:
    return str(text).strip().replace(",", " ").strip()


def tags_of(stored: str) -> list[str]:
    return [t for t in stored.split(",") if t]


def store_tags(tags: Iterable[str]) -> str:
    tags = list(dict.fromkeys(t for t in tags if t))
    return "," + ",".join(tags) + "," if tags else ""


# --- what the rules look at -------------------------------------------------------


@dataclass
class OrderFacts:
    """One order as the rules see it: plain values, loaded in bulk."""

    id: int
    number: str
    status: str
    shop_id: int
    shop: str
    country: str
    total: Decimal
    currency: str
    skus: list[str]
    items: int
    tags: list[str]
    buyer_note: str
    ship_by: dt.datetime | None
    method_id: int | None
    requested_service: str = ""
    weight_grams: int | None = None  # None: unknown (see weight_problem)
    weight_problem: Message | None = None


@dataclass(frozen=True)
class Methods:
    """Shipping methods by id, and how a rule may name one (code, name or id)."""

    names: dict[int, str]
    lookup: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> Methods:
        names: dict[int, str] = {}
        lookup: dict[str, int] = {}
        for mid, code, name in session.execute(select(ShippingMethod.id, ShippingMethod.code, ShippingMethod.name)):
            names[mid] = f"{name} ({code})"
            lookup.setdefault(code.lower(), mid)
            lookup.setdefault(name.lower(), mid)
            lookup[str(mid)] = mid
        return cls(names, lookup)

    def find(self, ref: Any) -> int | None:
        return self.lookup.get(str(ref).strip().lower())

    def name(self, method_id: int | None) -> str:
        if method_id is None:
            return "none"
        return self.names.get(method_id, f"#{method_id}")


def load_rules(session: Session, *, enabled_only: bool = True) -> list[RuleSpec]:
    stmt = select(Rule).order_by(Rule.position, Rule.id)
    if enabled_only:
        stmt = stmt.where(Rule.enabled.is_(True))
    return [RuleSpec.of(r) for r in session.scalars(stmt)]


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def needs_weight(rules: Iterable[RuleSpec]) -> bool:
    return any(c.get("kind") == "weight" for r in rules for c in r.conditions)


def load_facts(session: Session, order_ids: Sequence[int], *, weights: bool) -> list[OrderFacts]:
    """The facts of these orders, in id order, with a handful of queries per 500 orders."""
    shops = dict(session.execute(select(Shop.id, Shop.name)).all())
    facts: list[OrderFacts] = []
    for chunk in _chunks(sorted(set(order_ids))):
        rows = session.execute(
            select(
                Order.id,
                Order.number,
                Order.status,
                Order.shop_id,
                Order.ship_country,
                Order.total,
                Order.currency,
                Order.tags,
                Order.buyer_note,
                Order.ship_by,
                Order.shipping_method_id,
                Order.requested_service,
            )
            .where(Order.id.in_(chunk))
            .order_by(Order.id)
        ).all()
        lines: dict[int, list[tuple[str, int]]] = {}
        for order_id, sku, qty in session.execute(
            select(OrderLine.order_id, OrderLine.sku, OrderLine.quantity).where(OrderLine.order_id.in_(chunk))
        ):
            lines.setdefault(order_id, []).append((sku, qty))
        batch = [
            OrderFacts(
                id=r.id,
                number=r.number,
                status=r.status,
                shop_id=r.shop_id,
                shop=shops.get(r.shop_id, ""),
                country=(r.ship_country or "").upper(),
                total=Decimal(r.total or 0),
                currency=r.currency,
                skus=[sku for sku, _ in lines.get(r.id, [])],
                items=sum(q for _, q in lines.get(r.id, [])),
                tags=tags_of(r.tags or ""),
                buyer_note=r.buyer_note or "",
                ship_by=r.ship_by,
                method_id=r.shipping_method_id,
                requested_service=r.requested_service or "",
            )
            for r in rows
        ]
        if weights:
            _fill_weights(session, batch, lines)
        facts += batch
    return facts


def _fill_weights(session: Session, batch: list[OrderFacts], lines: dict[int, list[tuple[str, int]]]) -> None:
    """Weight from the paired products × quantities; a SKU with no known weight makes it unknown."""
    skus = sorted({sku for f in batch for sku, _ in lines.get(f.id, [])})
    pairings: dict[tuple[int | None, str], list[tuple[int, int, str]]] = {}
    products: dict[str, int] = {}
    for chunk in (skus[i : i + CHUNK] for i in range(0, len(skus), CHUNK)):
        for shop_id, msku, qty, grams, psku in session.execute(
            select(
                SkuPairing.shop_id, SkuPairing.marketplace_sku, SkuPairing.quantity, Product.weight_grams, Product.sku
            )
            .join(Product, Product.id == SkuPairing.product_id)
            .where(SkuPairing.marketplace_sku.in_(chunk))
        ):
            pairings.setdefault((shop_id, msku), []).append((qty, grams, psku))
        products.update(session.execute(select(Product.sku, Product.weight_grams).where(Product.sku.in_(chunk))).all())
    for f in batch:
        total = 0
        for sku, qty in lines.get(f.id, []):
            parts = pairings.get((f.shop_id, sku)) or pairings.get((None, sku))
            if parts is None and sku in products:
                parts = [(1, products[sku], sku)]
            if parts is None:
                f.weight_problem = Message("rule_sku_not_paired", {"sku": sku})
                break
            unknown = [psku for _, grams, psku in parts if not grams]
            if unknown:
                f.weight_problem = Message("rule_product_no_weight", {"sku": unknown[0]})
                break
            total += sum(pq * grams for pq, grams, _ in parts) * qty
        else:
            f.weight_grams = total


# --- evaluating ---------------------------------------------------------------------


@dataclass(frozen=True)
class ConditionResult:
    kind: str
    held: bool
    message: Message  # "weight 820 g not in 0–500 g"

    @property
    def text(self) -> str:
        return str(self.message)


def _range_text(lo: Decimal | None, hi: Decimal | None, unit: str = "") -> str:
    if lo is not None and hi is not None:
        return f"{_num(lo)}–{_num(hi)}{unit}"
    if lo is not None:
        return f"≥ {_num(lo)}{unit}"
    return f"≤ {_num(hi)}{unit}"


def _num(value: Decimal | None) -> str:
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


def _in_range(value: Decimal, lo: Decimal | None, hi: Decimal | None) -> bool:
    return (lo is None or value >= lo) and (hi is None or value <= hi)


def _countries(values: list[str]) -> set[str]:
    out: set[str] = set()
    for v in values:
        out |= REGIONS.get(v.upper(), {v.upper()})
    return out


def check(cond: dict[str, Any], f: OrderFacts, now: dt.datetime) -> ConditionResult:
    """One condition against one order, with the order's actual value in the words."""
    cond = prepare(cond)
    kind = str(cond.get("kind"))
    lo, hi = cond["_lo"], cond["_hi"]
    if kind == "shop":
        listed = ", ".join(cond["_in"])
        held = f.shop in cond["_in_set"] or str(f.shop_id) in cond["_in_set"]
        if held:
            return ConditionResult(kind, held, Message("rule_shop_in", {"shop": f.shop, "wanted": listed}))
        return ConditionResult(kind, held, Message("rule_shop_not_in", {"shop": f.shop, "wanted": listed}))
    if kind == "country":
        listed = ", ".join(cond["_in"])
        held = bool(f.country) and f.country in cond["_countries"]
        country = f.country or "(none)"
        if held:
            return ConditionResult(kind, held, Message("rule_country_in", {"country": country, "wanted": listed}))
        return ConditionResult(kind, held, Message("rule_country_not_in", {"country": country, "wanted": listed}))
    if kind == "weight":
        if f.weight_grams is None:
            problem = f.weight_problem or "not loaded"
            return ConditionResult(kind, False, Message("rule_weight_unknown", {"problem": problem}))
        held = _in_range(Decimal(f.weight_grams), lo, hi)
        grams, span = f.weight_grams, _range_text(lo, hi, " g")
        if held:
            return ConditionResult(kind, held, Message("rule_weight_in", {"grams": grams, "range": span}))
        return ConditionResult(kind, held, Message("rule_weight_not_in", {"grams": grams, "range": span}))
    if kind == "total":
        currency = str(cond.get("currency") or "").upper()
        if currency and currency != f.currency.upper():
            return ConditionResult(
                kind, False, Message("rule_total_other_currency", {"currency": f.currency, "wanted": currency})
            )
        held = _in_range(f.total, lo, hi)
        unit = f" {currency or f.currency}"
        span = _range_text(lo, hi, unit)
        if held:
            return ConditionResult(
                kind, held, Message("rule_total_in", {"total": f.total, "currency": f.currency, "range": span})
            )
        return ConditionResult(
            kind, held, Message("rule_total_not_in", {"total": f.total, "currency": f.currency, "range": span})
        )
    if kind == "sku":
        wanted = cond["_in_set"]
        hits = [s for s in f.skus if s in wanted]
        if hits:
            return ConditionResult(kind, True, Message("rule_sku_in_list", {"sku": hits[0]}))
        skus = ", ".join(f.skus) or "none"
        return ConditionResult(
            kind, False, Message("rule_no_sku_in", {"wanted": ", ".join(sorted(wanted)), "skus": skus})
        )
    if kind == "sku_contains":
        text = str(cond.get("text", "")).strip()
        hits = [s for s in f.skus if text.lower() in s.lower()]
        if hits:
            return ConditionResult(kind, True, Message("rule_sku_contains", {"sku": hits[0], "text": text}))
        skus = ", ".join(f.skus) or "none"
        return ConditionResult(kind, False, Message("rule_no_sku_contains", {"text": text, "skus": skus}))
    if kind == "items":
        held = _in_range(Decimal(f.items), lo, hi)
        span = _range_text(lo, hi)
        if held:
            return ConditionResult(kind, held, Message("rule_items_in", {"items": f.items, "range": span}))
        return ConditionResult(kind, held, Message("rule_items_not_in", {"items": f.items, "range": span}))
    if kind == "tags":
        any_of, all_of = cond["_any"], cond["_all"]
        has = set(f.tags)
        held = (not any_of or bool(has & set(any_of))) and set(all_of) <= has
        want = (
            Message("rule_any_of", {"tags": ", ".join(any_of)})
            if any_of
            else Message("rule_all_of", {"tags": ", ".join(all_of)})
        )
        tags = ", ".join(f.tags) or "(none)"
        if held:
            return ConditionResult(kind, held, Message("rule_tags_have", {"tags": tags, "want": want}))
        return ConditionResult(kind, held, Message("rule_tags_lack", {"tags": tags, "want": want}))
    if kind == "service_level":
        wanted = cond["_in"]
        held = service_levels.matches(f.requested_service, wanted)
        level = service_levels.level_of(f.requested_service)
        shown = f.requested_service or "(none)"
        if level and level != f.requested_service.strip().lower():
            shown += f" ({level})"
        listed = ", ".join(wanted)
        if held:
            return ConditionResult(kind, held, Message("rule_service_in", {"service": shown, "wanted": listed}))
        return ConditionResult(kind, held, Message("rule_service_not_in", {"service": shown, "wanted": listed}))
    if kind == "buyer_note":
        present = bool(f.buyer_note.strip())
        wanted = bool(cond.get("present", True))
        note = Message("rule_buyer_note_present") if present else Message("rule_no_buyer_note")
        return ConditionResult(kind, present == wanted, note)
    if kind in ("ship_by", "overdue"):
        if f.ship_by is None:
            return ConditionResult(kind, False, Message("rule_no_ship_by"))
        left = (f.ship_by - now).total_seconds() / 3600
        if kind == "overdue":
            held = left < 0
        else:
            held = left <= float(cond["_hours"] or 0)
        when = Message("rule_overdue_by", {"hours": -left}) if left < 0 else Message("rule_due_in", {"hours": left})
        limit: Message | str = (
            "overdue" if kind == "overdue" else Message("rule_within_hours", {"hours": _num(cond["_hours"])})
        )
        if held:
            return ConditionResult(kind, held, Message("rule_ship_by", {"when": when, "limit": limit}))
        return ConditionResult(kind, held, Message("rule_ship_by_not", {"when": when, "limit": limit}))
    return ConditionResult(kind, False, Message("rule_unknown_condition", {"kind": kind}))


@dataclass
class Change:
    """What one action of one rule does (or would do) to one order."""

    rule: str
    rule_id: int
    kind: str  # the action kind
    field: str  # shipping method | status | tags | customs <field> | approval
    old: str
    new: str
    overruled_by: str | None = None  # the earlier rule that already set this field
    params: dict[str, Any] = dataclasses.field(default_factory=dict)  # the `field` attribute above shadows `field()`
    new_message: Message | None = None  # ``new`` as a Message where the action says it in words

    @property
    def text(self) -> str:
        base = f"{self.field}: {self.old} → {self.new}"
        return base + (f" (overruled by rule '{self.overruled_by}')" if self.overruled_by else "")


@dataclass
class RuleOutcome:
    rule_id: int
    name: str
    matched: bool
    conditions: list[ConditionResult]


@dataclass
class Explanation:
    """A dry run for one order: every rule's verdict with reasons, and what would change."""

    order_id: int
    number: str
    rules: list[RuleOutcome]
    changes: list[Change]

    @property
    def first_match(self) -> str | None:
        return next((r.name for r in self.rules if r.matched), None)

    @property
    def matched(self) -> list[str]:
        return [r.name for r in self.rules if r.matched]

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.overruled_by]

    def as_dict(self) -> dict[str, Any]:
        return {
            "order_id": self.order_id,
            "number": self.number,
            "first_match": self.first_match,
            "matched": self.matched,
            "rules": [
                {
                    "rule": r.name,
                    "matched": r.matched,
                    "conditions": [{"held": c.held, "text": c.text} for c in r.conditions],
                }
                for r in self.rules
            ],
            "changes": [
                {"rule": c.rule, "field": c.field, "old": c.old, "new": c.new, "overruled_by": c.overruled_by}
                for c in self.changes
            ],
        }


def explain(
    f: OrderFacts, rules: Sequence[RuleSpec], methods: Methods, now: dt.datetime, *, full: bool = True
) -> Explanation:
    """Pure: which rules match this order, why, and what they would change (first rule wins a field).

    ``full=False`` stops at a rule's first failing condition (applying needs no explanation).
    """
    outcomes: list[RuleOutcome] = []
    changes: list[Change] = []
    owner: dict[str, str] = {}  # field -> the rule that set it
    method_id, status = f.method_id, f.status
    tags = list(f.tags)
    stopped = False
    for rule in rules:
        if not rule.enabled:
            continue
        results = []
        for c in rule.conditions:
            results.append(check(c, f, now))
            if not (full or results[-1].held):
                break
        matched = all(r.held for r in results) and not stopped
        outcomes.append(RuleOutcome(rule.id, rule.name, matched, results))
        if not matched:
            continue
        for action in rule.actions:
            change = _plan(action, rule, methods, method_id, status, tags)
            if change is None:
                continue
            key = change.field if change.kind != "add_tag" else f"tag {change.new}"
            new_id = change.params.get("method_id")
            if change.kind == "set_method" and new_id is not None and new_id == method_id and key not in owner:
                owner[key] = rule.name  # already so: nothing to change, but the field is this rule's
                continue
            if change.kind != "add_tag" and key in owner:
                change.overruled_by = owner[key]
            elif change.kind == "approve" and "status" in owner:
                change.overruled_by = owner["status"]  # held by an earlier rule: no approval
            else:
                owner[key] = rule.name
                if change.kind == "set_method":
                    method_id = change.params["method_id"]
                elif change.kind == "hold":
                    status = "on_hold"
                elif change.kind == "add_tag":
                    tags.append(change.params["tag"])
            changes.append(change)
        if rule.stop:
            stopped = True
    return Explanation(f.id, f.number, outcomes, changes)


def _plan(
    action: dict[str, Any], rule: RuleSpec, methods: Methods, method_id: int | None, status: str, tags: list[str]
) -> Change | None:
    kind = str(action.get("kind"))
    if kind == "set_method":
        new = methods.find(action.get("method"))
        if new is None:
            return Change(
                rule.name,
                rule.id,
                kind,
                "shipping method",
                methods.name(method_id),
                str(unknown := Message("rule_unknown_method", {"method": action.get("method")})),
                params={"method_id": None},
                new_message=unknown,
            )
        return Change(
            rule.name,
            rule.id,
            kind,
            "shipping method",
            methods.name(method_id),
            methods.name(new),
            params={"method_id": new},
        )
    if kind == "hold":
        reason = str(action.get("reason", "")).strip()
        return Change(
            rule.name,
            rule.id,
            kind,
            "status",
            status.replace("_", " "),
            str(held := Message("rule_on_hold", {"reason": reason})),
            params={"reason": reason},
            new_message=held,
        )
    if kind == "add_tag":
        tag = _tag(action.get("tag", ""))
        if tag in tags:
            return None
        return Change(rule.name, rule.id, kind, "tags", ", ".join(tags) or "(none)", tag, params={"tag": tag})
    if kind == "customs":
        values = {k: str(action[k]).strip() for k in CUSTOMS_FIELDS if str(action.get(k, "")).strip()}
        shown = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in values.items())
        return Change(rule.name, rule.id, kind, "customs defaults", "blank fields", shown, params=values)
    if kind == "approve":
        return Change(rule.name, rule.id, kind, "approval", status.replace("_", " "), "approve if every check passes")
    return None


# --- applying -----------------------------------------------------------------------


@dataclass
class ApplyReport:
    orders: int = 0
    changed: int = 0
    method_set: int = 0
    tagged: int = 0
    held: int = 0
    approved: int = 0
    customs: int = 0
    refused: dict[str, list[str]] = field(default_factory=dict)  # order number -> why not approved/held

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def dry_run(
    session: Session,
    order_ids: Sequence[int],
    *,
    now: dt.datetime | None = None,
    rules: Sequence[RuleSpec] | None = None,
) -> list[Explanation]:
    rules = load_rules(session) if rules is None else rules
    facts = load_facts(session, order_ids, weights=needs_weight(rules))
    methods = Methods.load(session)
    now = now or dt.datetime.now(dt.UTC)
    return [explain(f, rules, methods, now) for f in facts]


def on_arrival(session: Session, order_ids: list[int], actor: Actor) -> None:
    """Run the enabled rules over new or changed orders still in Review (same transaction)."""
    rules = load_rules(session)
    if rules and order_ids:
        apply(session, order_ids, actor, rules=rules)


def apply(
    session: Session,
    order_ids: Sequence[int],
    actor: Actor,
    *,
    rules: Sequence[RuleSpec] | None = None,
    now: dt.datetime | None = None,
) -> ApplyReport:
    """Apply the rules to the orders still in Review; every applied action is audited with the rule's name."""
    rules = load_rules(session) if rules is None else rules
    report = ApplyReport()
    if not rules:
        return report
    session.flush()
    methods = Methods.load(session)
    now = now or dt.datetime.now(dt.UTC)
    facts = [f for f in load_facts(session, order_ids, weights=needs_weight(rules)) if f.status == "review"]
    report.orders = len(facts)
    method_rows: list[dict[str, Any]] = []
    tag_rows: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []
    holds: list[tuple[int, Change]] = []
    approvals: list[tuple[int, Change]] = []
    customs: list[tuple[int, Change]] = []
    for f in facts:
        changes = [c for c in explain(f, rules, methods, now, full=False).changes if not c.overruled_by]
        if not changes:
            continue
        report.changed += 1
        tags = list(f.tags)
        for c in changes:
            if c.kind == "set_method" and c.params["method_id"] is not None:
                method_rows.append({"oid": f.id, "mid": c.params["method_id"]})
                audits.append(_audit(actor, f.id, f"rule '{c.rule}' set shipping method {c.old} → {c.new}"))
                report.method_set += 1
            elif c.kind == "add_tag":
                tags.append(c.params["tag"])
                audits.append(_audit(actor, f.id, f"rule '{c.rule}' added tag {c.new}"))
            elif c.kind == "hold":
                holds.append((f.id, c))
            elif c.kind == "approve":
                approvals.append((f.id, c))
            elif c.kind == "customs":
                customs.append((f.id, c))
        if tags != f.tags:
            tag_rows.append({"oid": f.id, "tags": store_tags(tags)})
            report.tagged += 1
    if method_rows:
        session.execute(
            _ORDERS.update().where(_ORDERS.c.id == bindparam("oid")).values(shipping_method_id=bindparam("mid")),
            method_rows,
        )
    if tag_rows:
        session.execute(
            _ORDERS.update().where(_ORDERS.c.id == bindparam("oid")).values(tags=bindparam("tags")),
            tag_rows,
        )
    if audits:
        session.execute(insert(queries.table_of(AuditEvent)), audits)
    touched = sorted(
        {r["oid"] for r in method_rows} | {r["oid"] for r in tag_rows} | {oid for oid, _ in holds + approvals + customs}
    )
    orders = _load_orders(session, touched)
    _refresh_reasons(session, [orders[r["oid"]] for r in method_rows if r["oid"] in orders])
    for oid, c in holds:
        order = orders[oid]
        held = review.hold(
            session, [order], Message("held_by_rule", {"reason": str(c.params["reason"]), "rule": c.rule}), actor
        )
        if held:
            report.held += 1
    for oid, c in customs:
        report.customs += _fill_customs(session, orders[oid], c, actor)
    for oid, c in approvals:
        order = orders[oid]
        if order.status != "review":
            continue
        result = review.approve(session, [order], actor)
        if result.approved:
            report.approved += 1
            audit.record(session, actor, "rule", order=order, detail=f"rule '{c.rule}' approved the order")
            for cc in (cc for o, cc in customs if o == oid):
                report.customs += _fill_customs(session, order, cc, actor)
        else:
            why = result.refused.get(order.number, [])
            report.refused[order.number] = why
            audit.record(
                session, actor, "rule", order=order, detail=f"rule '{c.rule}' could not approve: {'; '.join(why)}"
            )
    return report


def _audit(actor: Actor, order_id: int, detail: str) -> dict[str, Any]:
    return {
        "user_id": actor.user_id,
        "station_id": actor.station_id,
        "action": "rule",
        "order_id": order_id,
        "parcel_id": None,
        "detail": detail,
        "at": dt.datetime.now(dt.UTC),
    }


def _load_orders(session: Session, ids: list[int]) -> dict[int, Order]:
    orders: dict[int, Order] = {}
    for chunk in _chunks(ids):
        for o in session.scalars(
            select(Order)
            .where(Order.id.in_(chunk))
            .options(selectinload(Order.lines), selectinload(Order.parcels))
            .execution_options(populate_existing=True)
        ):
            orders[o.id] = o
    return orders


def _refresh_reasons(session: Session, orders: list[Order]) -> None:
    """A new shipping method may clear "no shipping method" or add the method's own reasons."""
    by_shop: dict[int, list[Order]] = {}
    for o in orders:
        by_shop.setdefault(o.shop_id, []).append(o)
    for shop_id, batch in by_shop.items():
        ctx = review.ReviewContext.load(session, shop_id, [ln.sku for o in batch for ln in o.lines])
        for o in batch:
            kept = [
                coded.as_said(r)
                for r in coded.read_lines(o, "review_reasons", "review_reason_codes")
                if str(r).startswith("changed on marketplace")
            ]
            review.update_reasons(session, o, extra=kept, ctx=ctx)


def _fill_customs(session: Session, order: Order, change: Change, actor: Actor) -> int:
    """Fill blank fields of the customs lines of the order's open parcels (never overwrite one).

    An order in Review has no parcel yet: the defaults stay with the rule (the dry run
    shows them), are filled in when the same run approves the order, and
    ``customs_defaults`` gives them to whoever writes a parcel's customs lines later.
    A parcel that needs no declaration has no customs lines, and gets none.
    """
    filled = 0
    for parcel in session.scalars(select(Parcel).where(Parcel.order_id == order.id).order_by(Parcel.id)):
        if parcel.status in ("voided", "shipped", "intercepted"):
            continue
        lines = list(session.scalars(select(CustomsLine).where(CustomsLine.parcel_id == parcel.id)))
        for line in lines:
            filled += _fill_line(line, change.params)
    if filled:
        audit.record(
            session, actor, "rule", order=order, detail=f"rule '{change.rule}' filled customs defaults: {change.new}"
        )
    return 1 if filled else 0


def _fill_line(line: CustomsLine, values: dict[str, str]) -> int:
    n = 0
    for key, attr in (
        ("description_en", "description_en"),
        ("description_zh", "description_zh"),
        ("hs_code", "hs_code"),
        ("origin_country", "origin_country"),
    ):
        if values.get(key) and not (getattr(line, attr) or "").strip():
            setattr(line, attr, values[key])
            n += 1
    if values.get("value") and not line.unit_value:
        line.unit_value = Decimal(values["value"])
        if values.get("currency"):
            line.currency = values["currency"].upper()
        n += 1
    return n


def customs_defaults(session: Session, order_id: int, *, now: dt.datetime | None = None) -> dict[str, str]:
    """The customs defaults the enabled rules give this order now (first rule wins each field)."""
    explanation = dry_run(session, [order_id], now=now)
    values: dict[str, str] = {}
    for c in explanation[0].changes if explanation else []:
        if c.kind == "customs":
            for k, v in c.params.items():
                values.setdefault(k, v)
    return values
