"""Alembic owns the schema: models and migrations agree, and upgrade/downgrade both run."""

from __future__ import annotations

from sqlalchemy import inspect

from db import migrate
from db.engine import make_engine


def test_models_and_migrations_agree_and_round_trip(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        migrate.check(engine)  # raises if `alembic check` would find a difference
        tables = set(inspect(engine).get_table_names())
        assert {"orders", "parcels", "scan_events", "outbox_jobs", "audit_events", "stock_movements"} <= tables

        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}

        migrate.upgrade(engine)
        migrate.check(engine)
    finally:
        engine.dispose()


def test_sqlite_connections_are_durable(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
            }
        assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 5000}
    finally:
        engine.dispose()


def test_the_start_up_shortcut_knows_the_same_head_as_alembic(sqlite_url: str) -> None:
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory.from_config(migrate.alembic_config(sqlite_url)).get_current_head()
    engine = make_engine(sqlite_url)
    try:
        assert migrate.current_revision(engine) is None
        migrate.upgrade_if_needed(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        migrate.upgrade_if_needed(engine)  # already there: nothing to do
        migrate.check(engine)
    finally:
        engine.dispose()
