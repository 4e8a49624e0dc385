"""Rules: conditions and actions over arriving orders, with their dry run."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from app import audit, roles, rules
from app.errors import InvalidInput, NotFound
from app.messages import Message
from app.services.base import Service
from db.models import Rule
from db.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RuleInfo:
    id: int
    position: int
    name: str
    enabled: bool
    conditions: list[dict[str, Any]]
    actions: list[dict[str, Any]]
    stop: bool

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _info(rule: Rule) -> RuleInfo:
    conditions, actions, stop = rules.normalise(rule.conditions, rule.actions)
    return RuleInfo(rule.id, rule.position, rule.name, bool(rule.enabled), conditions, actions, stop)


class RulesService(Service):
    """The shop's rules, in order; each change is audited."""

    # --- rules --------------------------------------------------------------------

    def all(self) -> list[RuleInfo]:
        with self.db.reader() as uow:
            return [_info(r) for r in uow.rules.in_order()]

    def save(
        self,
        name: str,
        conditions: Any,
        actions: Any,
        *,
        rule_id: int | None = None,
        position: int | None = None,
        enabled: bool = True,
    ) -> int:
        """Add a rule (at ``position``, default last) or change one; returns its id."""
        roles.require(self.actor, "edit_rules")
        name = name.strip()
        if not name:
            raise InvalidInput(Message("rule_needs_name"))
        stored_if, stored_then = rules.validate(conditions, actions)
        with self.db.uow() as uow:
            if rule_id is None:
                last = uow.rules.last_position()
                rule = Rule(name=name, position=last + 1, enabled=enabled, conditions=stored_if, actions=stored_then)
                uow.add(rule)
                uow.flush()
                what = "added"
            else:
                found = uow.rules.get(rule_id)
                if found is None:
                    raise NotFound(Message("no_rule", {"rule_id": rule_id}))
                rule = found
                rule.name, rule.enabled, rule.conditions, rule.actions = name, enabled, stored_if, stored_then
                what = "changed"
            if position is not None:
                _move_to(uow, rule, position)
            audit.record(uow.session, self.actor, "rule " + what, detail=f"rule '{name}'")
            uow.commit()
            return rule.id

    def delete(self, rule_id: int) -> None:
        roles.require(self.actor, "edit_rules")
        with self.db.uow() as uow:
            rule = uow.rules.get(rule_id)
            if rule is None:
                raise NotFound(Message("no_rule", {"rule_id": rule_id}))
            uow.delete(rule)
            audit.record(uow.session, self.actor, "rule deleted", detail=f"rule '{rule.name}'")
            uow.commit()

    def move(self, rule_id: int, delta: int) -> None:
        """Move a rule up (-1) or down (+1) in the order the rules run."""
        roles.require(self.actor, "edit_rules")
        with self.db.uow() as uow:
            rule = uow.rules.get(rule_id)
            if rule is None:
                raise NotFound(Message("no_rule", {"rule_id": rule_id}))
            ordered = uow.rules.in_order()
            _move_to(uow, rule, ordered.index(rule) + 1 + delta)
            uow.commit()

    def enable(self, rule_id: int, enabled: bool) -> None:
        with self.db.uow() as uow:
            rule = uow.rules.get(rule_id)
            if rule is None:
                raise NotFound(Message("no_rule", {"rule_id": rule_id}))
            rule.enabled = enabled
            audit.record(
                uow.session, self.actor, "rule " + ("enabled" if enabled else "disabled"), detail=f"rule '{rule.name}'"
            )
            uow.commit()

    def dry_run(self, order_ids: list[int] | None = None) -> list[rules.Explanation]:
        """What the enabled rules would do to these orders (default: all in Review), changing nothing."""
        with self.db.reader() as uow:
            ids = uow.orders.ids_in_queue("review") if order_ids is None else order_ids
            return rules.dry_run(uow.session, ids)

    def apply(self, order_ids: list[int] | None = None) -> rules.ApplyReport:
        """Run the enabled rules now over these orders (default: all in Review)."""
        with self.db.uow() as uow:
            ids = uow.orders.ids_in_queue("review") if order_ids is None else order_ids
            report = rules.apply(uow.session, ids, self.actor)
            uow.commit()
        return report

    def shipping_methods(self) -> list[tuple[int, str, str]]:
        """(id, code, name) of every shipping method, for the rule editor and the filters."""
        with self.db.reader() as uow:
            return uow.carriers.method_names()


def _move_to(uow: UnitOfWork, rule: Rule, position: int) -> None:
    """Renumber 1..n with ``rule`` at ``position`` (1-based, clamped)."""
    ordered = [r for r in uow.rules.in_order() if r is not rule]
    position = max(1, min(position, len(ordered) + 1))
    ordered.insert(position - 1, rule)
    for i, r in enumerate(ordered, start=1):
        r.position = i
