"""Ordered IF/THEN rules that explain themselves (being built)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.actor import Actor


def on_arrival(session: Session, order_ids: list[int], actor: Actor) -> None:
    """Run the enabled rules over new or changed orders still in Review (same transaction)."""
