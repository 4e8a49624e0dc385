"""The change feed (migration 0023): what changed since a station's cursor, and pruning.

The triggers write the rows; this module reads them. A cursor is an id on SQLite (one
writer, so ids commit in order) and a transaction id on PostgreSQL: rows of transactions
older than the oldest one still running are all visible, so the next cursor is that
horizon and a row of a transaction still running is read on a later pass (maybe twice:
the reader drops ids it already saw).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select, text

from db.models import Change
from db.repositories.base import Repository

_PG_HORIZON = text("SELECT (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint")


@dataclass(frozen=True)
class FeedPage:
    """Rows after a cursor: (id, kind, ref_id) each, the next cursor, and whether more were left."""

    rows: list[tuple[int, str, int]]
    cursor: int
    overflow: bool


class ChangesRepository(Repository):
    @property
    def _pg(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    def horizon(self) -> int:
        """The cursor of "now": reading from it gives what changes from here on."""
        if self._pg:
            return int(self.session.execute(_PG_HORIZON).scalar_one())
        return int(self.session.scalar(select(func.max(Change.id))) or 0)

    def since(self, cursor: int, limit: int = 2000) -> FeedPage:
        """What changed after ``cursor``; ``overflow``: more than ``limit`` rows (reload everything)."""
        if self._pg:
            horizon = int(self.session.execute(_PG_HORIZON).scalar_one())  # before the rows: see the module
            rows = self.session.execute(
                select(Change.id, Change.kind, Change.ref_id)
                .where(Change.tx >= cursor)
                .order_by(Change.id)
                .limit(limit + 1)
            ).all()
            return FeedPage([(r[0], r[1], r[2]) for r in rows[:limit]], horizon, len(rows) > limit)
        rows = self.session.execute(
            select(Change.id, Change.kind, Change.ref_id).where(Change.id > cursor).order_by(Change.id).limit(limit + 1)
        ).all()
        if len(rows) > limit:
            return FeedPage([], self.horizon(), True)
        return FeedPage([(r[0], r[1], r[2]) for r in rows], rows[-1][0] if rows else cursor, False)

    def oldest_at(self) -> float | None:
        """When the oldest row kept was written (epoch seconds): a cursor older than it missed some."""
        return self.session.scalar(select(func.min(Change.at)))

    def prune(self, before: float) -> int:
        """Forget rows written before ``before`` (epoch seconds); the newest row always stays on SQLite."""
        newest = select(func.max(Change.id)).scalar_subquery()
        result = self.session.execute(delete(Change).where(Change.at < before, Change.id < newest))
        return int(getattr(result, "rowcount", 0) or 0)
