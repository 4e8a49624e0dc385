"""Alembic environment: Shipbench's models are the target; SQLite needs batch mode."""

from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.exc import SAWarning

from db.engine import make_engine
from db.models import Base
from db.search import ensure_sqlite, is_search_object

# Indexes on an expression (``coalesce(ordered_at, created_at)``): SQLite's
# reflection cannot read them, so there they are not compared (PostgreSQL's can).
EXPRESSION_INDEXES = frozenset({"ix_orders_came_in"})

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # The search index (0005) is an FTS5 table on SQLite and trigram indexes on
        # PostgreSQL: not expressible in the models, so not compared.
        include_name=lambda name, type_, parents: not is_search_object(name),
        include_object=None if connection.dialect.name != "sqlite" else _sqlite_can_compare,
    )


def _sqlite_can_compare(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return not (type_ == "index" and name in EXPRESSION_INDEXES)


def _run(connection: Connection) -> None:
    with context.begin_transaction(), warnings.catch_warnings():
        # SQLite's reflection cannot read an index on an expression and says so;
        # such indexes are left out of the comparison, so the warning is noise.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index", SAWarning)
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            ensure_sqlite(connection, refill=False)  # a batch table copy drops the search triggers


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            _configure(conn)
            _run(conn)
    finally:
        engine.dispose()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
