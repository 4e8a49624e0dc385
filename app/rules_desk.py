"""Rules (with their dry run), the search box, and the Review queue's filters.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor` and
`self.settings`, each in its own unit of work.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app import audit, rules, search
from app.errors import InvalidInput, NotFound
from db import queries
from db.models import Rule, ShippingMethod, Shop

if TYPE_CHECKING:
    from app.actor import Actor
    from db.uow import Database

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


class RulesDesk:
    db: Database
    actor: Actor
    _search_ready: bool = False

    # --- rules --------------------------------------------------------------------

    def list_rules(self) -> list[RuleInfo]:
        with self.db.reader() as uow:
            return [_info(r) for r in uow.session.scalars(select(Rule).order_by(Rule.position, Rule.id))]

    def save_rule(
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
        name = name.strip()
        if not name:
            raise InvalidInput("a rule needs a name")
        stored_if, stored_then = rules.validate(conditions, actions)
        with self.db.uow() as uow:
            s = uow.session
            if rule_id is None:
                last = s.scalar(select(func.max(Rule.position))) or 0
                rule = Rule(name=name, position=last + 1, enabled=enabled, conditions=stored_if, actions=stored_then)
                s.add(rule)
                s.flush()
                what = "added"
            else:
                rule = s.get(Rule, rule_id)
                if rule is None:
                    raise NotFound(f"no rule {rule_id}")
                rule.name, rule.enabled, rule.conditions, rule.actions = name, enabled, stored_if, stored_then
                what = "changed"
            if position is not None:
                _move_to(s, rule, position)
            audit.record(s, self.actor, "rule " + what, detail=f"rule '{name}'")
            uow.commit()
            return rule.id

    def delete_rule(self, rule_id: int) -> None:
        with self.db.uow() as uow:
            rule = uow.session.get(Rule, rule_id)
            if rule is None:
                raise NotFound(f"no rule {rule_id}")
            uow.session.delete(rule)
            audit.record(uow.session, self.actor, "rule deleted", detail=f"rule '{rule.name}'")
            uow.commit()

    def move_rule(self, rule_id: int, delta: int) -> None:
        """Move a rule up (-1) or down (+1) in the order the rules run."""
        with self.db.uow() as uow:
            rule = uow.session.get(Rule, rule_id)
            if rule is None:
                raise NotFound(f"no rule {rule_id}")
            ordered = list(uow.session.scalars(select(Rule).order_by(Rule.position, Rule.id)))
            _move_to(uow.session, rule, ordered.index(rule) + 1 + delta)
            uow.commit()

    def enable_rule(self, rule_id: int, enabled: bool) -> None:
        with self.db.uow() as uow:
            rule = uow.session.get(Rule, rule_id)
            if rule is None:
                raise NotFound(f"no rule {rule_id}")
            rule.enabled = enabled
            audit.record(uow.session, self.actor, "rule " + ("enabled" if enabled else "disabled"),
                         detail=f"rule '{rule.name}'")
            uow.commit()

    def rules_dry_run(self, order_ids: list[int] | None = None) -> list[rules.Explanation]:
        """What the enabled rules would do to these orders (default: all in Review), changing nothing."""
        with self.db.reader() as uow:
            ids = queries.order_ids_in_queue(uow.session, "review") if order_ids is None else order_ids
            return rules.dry_run(uow.session, ids)

    def apply_rules(self, order_ids: list[int] | None = None) -> rules.ApplyReport:
        """Run the enabled rules now over these orders (default: all in Review)."""
        with self.db.uow() as uow:
            ids = queries.order_ids_in_queue(uow.session, "review") if order_ids is None else order_ids
            report = rules.apply(uow.session, ids, self.actor)
            uow.commit()
        return report

    def shipping_methods(self) -> list[tuple[int, str, str]]:
        """(id, code, name) of every shipping method, for the rule editor and the filters."""
        with self.db.reader() as uow:
            return [tuple(r) for r in uow.session.execute(  # type: ignore[misc]
                select(ShippingMethod.id, ShippingMethod.code, ShippingMethod.name).order_by(ShippingMethod.id))]

    def shop_names(self) -> list[tuple[int, str]]:
        with self.db.reader() as uow:
            return [(s.id, s.name) for s in uow.session.scalars(select(Shop).order_by(Shop.id))]

    # --- search -------------------------------------------------------------------

    def search(self, text: str, limit: int = search.LIMIT) -> list[search.SearchHit]:
        if not self._search_ready:
            with self.db.reader() as uow:
                broken = search.index_needs_repair(uow.session)
            if broken:
                with self.db.uow() as uow:
                    if search.repair_index(uow.session):
                        log.warning("the search index had lost its triggers; rebuilt")
                    uow.commit()
            self._search_ready = True
        with self.db.reader() as uow:
            return search.search(uow.session, text, limit)

    # --- the Review queue's filters ------------------------------------------------

    def filtered_queue_size(self, queue: str, flt: queries.QueueFilter) -> int:
        with self.db.reader() as uow:
            return queries.filtered_size(uow.session, queue, flt)

    def filtered_queue_page(self, queue: str, flt: queries.QueueFilter, offset: int, limit: int) -> list[queries.OrderRow]:
        with self.db.reader() as uow:
            return queries.filtered_page(uow.session, queue, flt, offset, limit)

    def filtered_queue_ids(self, queue: str, flt: queries.QueueFilter) -> list[int]:
        with self.db.reader() as uow:
            return queries.filtered_ids(uow.session, queue, flt)

    def queue_row(self, queue: str, order_id: int) -> int | None:
        """Where the order sits in its (unfiltered) queue table, to select it there."""
        with self.db.reader() as uow:
            return queries.queue_row(uow.session, queue, order_id)

    def filter_choices(self, queue: str) -> dict[str, list[str]]:
        with self.db.reader() as uow:
            return queries.filter_choices(uow.session, queue)


def _move_to(session: Any, rule: Rule, position: int) -> None:
    """Renumber 1..n with ``rule`` at ``position`` (1-based, clamped)."""
    ordered = [r for r in session.scalars(select(Rule).order_by(Rule.position, Rule.id)) if r is not rule]
    position = max(1, min(position, len(ordered) + 1))
    ordered.insert(position - 1, rule)
    for i, r in enumerate(ordered, start=1):
        r.position = i
