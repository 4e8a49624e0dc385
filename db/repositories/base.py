"""What every repository is: a small object over the unit of work's session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from sqlalchemy.dialects.sqlite import Insert


class Repository:
    """One aggregate's reads and lookups; the unit of work owns the session and the commit."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def insert_or_ignore(self, model: type) -> Insert:
        """``INSERT … ON CONFLICT`` in this database's dialect (chain ``.on_conflict_do_nothing``).

        The dialect is imported here, not at the top: the PostgreSQL one pulls in asyncio and
        asyncpg's support, which a SQLite start-up never needs.
        """
        if self.session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(model)  # type: ignore[return-value]  # the same on_conflict_* methods
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(model)
