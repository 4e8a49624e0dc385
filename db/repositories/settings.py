"""Shop-wide settings (key → JSON value), shared by every station on the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import Setting
from db.repositories.base import Repository


class SettingsRepository(Repository):
    def get(self, key: str) -> dict[str, Any] | None:
        setting = self.session.get(Setting, key)
        return dict(setting.value) if setting is not None else None

    def add_once(self, key: str, value: dict[str, Any]) -> dict[str, Any]:
        """Store ``value`` unless the key has one already; returns the value that holds.

        Two stations starting at once on one database may both try: the insert does
        nothing on a conflict, and both read the one row that won.
        """
        found = self.get(key)
        if found is not None:
            return found
        self.session.execute(
            self.insert_or_ignore(Setting).values(key=key, value=value).on_conflict_do_nothing(index_elements=["key"])
        )
        row = self.session.scalar(select(Setting).where(Setting.key == key).execution_options(populate_existing=True))
        assert row is not None
        return dict(row.value)

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` under ``key``, replacing what was there."""
        self.session.merge(Setting(key=key, value=value))
