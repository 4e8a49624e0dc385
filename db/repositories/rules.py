"""The shop's rules, in the order they run."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import Rule
from db.repositories.base import Repository


class RulesRepository(Repository):
    def get(self, rule_id: int) -> Rule | None:
        return self.session.get(Rule, rule_id)

    def in_order(self) -> list[Rule]:
        """Every rule in the order they run (position, then id)."""
        return list(self.session.scalars(select(Rule).order_by(Rule.position, Rule.id)))

    def last_position(self) -> int:
        return self.session.scalar(select(func.max(Rule.position))) or 0
