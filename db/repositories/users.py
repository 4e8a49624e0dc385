"""Users, stations and the audit trail of who did what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from db.models import AuditEvent, Station, User
from db.repositories.base import Repository


class UsersRepository(Repository):
    def get(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def by_name(self, name: str) -> User | None:
        return self.session.scalar(select(User).where(User.name == name))

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(User)) or 0

    def all(self) -> list[User]:
        return list(self.session.scalars(select(User).order_by(User.name)))

    def create(self, name: str, role: str) -> User | None:
        """Add a user; None when another process added the same name just now."""
        return _insert_once(self, User(name=name, role=role))


class StationsRepository(Repository):
    def by_name(self, name: str) -> Station | None:
        return self.session.scalar(select(Station).where(Station.name == name))

    def create(self, name: str) -> Station | None:
        """Add a station; None when another process added the same name just now."""
        return _insert_once(self, Station(name=name))

    def get(self, station_id: int) -> Station | None:
        return self.session.get(Station, station_id)

    def all(self) -> list[Station]:
        return list(self.session.scalars(select(Station).order_by(Station.name)))

    def beat(self, station_id: int, info: dict[str, Any], at: dt.datetime) -> None:
        """The station's heartbeat: what it says of itself, and when."""
        self.session.execute(update(Station).where(Station.id == station_id).values(info=info, seen_at=at))

    def seen_since(self, since: dt.datetime) -> list[Station]:
        """Stations whose last heartbeat is after ``since`` (the live ones)."""
        return list(self.session.scalars(select(Station).where(Station.seen_at >= since).order_by(Station.name)))

    def names(self, station_ids: Sequence[int]) -> dict[int, str]:
        """id → name of these stations (the outbox's job list: who holds, who sent)."""
        if not station_ids:
            return {}
        return dict(
            self.session.execute(select(Station.id, Station.name).where(Station.id.in_(list(station_ids)))).all()
        )


def _insert_once[T: (User, Station)](repo: Repository, row: T) -> T | None:
    """Insert in a savepoint: a unique-name race loses quietly and the caller reads the winner."""
    try:
        with repo.session.begin_nested():
            repo.session.add(row)
    except IntegrityError:
        return None
    return row


class AuditRepository(Repository):
    def of_order(self, order_id: int) -> list[tuple[AuditEvent, str, str]]:
        """An order's events, oldest first, each with the user's and the station's name."""
        rows = self.session.execute(
            select(AuditEvent, User.name, Station.name)
            .join(User, User.id == AuditEvent.user_id)
            .join(Station, Station.id == AuditEvent.station_id)
            .where(AuditEvent.order_id == order_id)
            .order_by(AuditEvent.at, AuditEvent.id)
        ).all()
        return [(e, u, st) for e, u, st in rows]
