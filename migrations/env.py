"""Alembic environment: Shipbench's models are the target; SQLite needs batch mode."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from db.engine import make_engine
from db.models import Base
from db.search import ensure_sqlite, is_search_object

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
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
            if connection.dialect.name == "sqlite":
                ensure_sqlite(connection, refill=False)  # a batch table copy drops the search triggers
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
                if conn.dialect.name == "sqlite":
                    ensure_sqlite(conn, refill=False)
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
