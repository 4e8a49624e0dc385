"""Move a shop's database to another server: SQLite → PostgreSQL in one consistent pass.

The source is read in one read transaction (one snapshot, however long the copy takes);
the target is written in one transaction: its schema is made by the migrations (when it
has none), every table of the models is copied in dependency order in chunks, the
sequences are set past the highest id, and each table's row count is checked against the
source before the commit. Anything wrong rolls the whole target back: it stays empty.

What is not copied: ``queue_counts`` (the target's own triggers count the orders as they
arrive; the counts are checked against the source's) and SQLite's search index (the
target has its own, ``pg_trgm``) and the change feed ``changes`` (the stations' recent
history; the target's triggers write their own as the rows arrive).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, Table, bindparam, func, inspect, select, text, update
from sqlalchemy.engine import make_url

from db.engine import make_engine
from db.migrate import alembic_config, current_revision, head_revision
from db.models import Base

log = logging.getLogger(__name__)

CHUNK = 2000
NOT_COPIED = frozenset({"queue_counts", "changes"})

# table name, rows copied so far, rows in that table
Progress = Callable[[str, int, int], None]


class MoveRefused(Exception):
    """The move cannot start or could not finish; the target is left as it was."""


@dataclass
class MoveReport:
    rows: dict[str, int] = field(default_factory=dict)  # table → rows copied (= rows in the source)
    installation: str = ""

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def _counts(conn: Connection, tables: list[Table]) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}


def _check_source(engine: Engine) -> None:
    current, head = current_revision(engine), head_revision()
    if current is None:
        raise MoveRefused("the source is not a Shipbench database")
    if current != head:
        raise MoveRefused(
            f"the source is at schema {current}, this Shipbench at {head}: open it with this Shipbench once first"
        )


def _prepare_target(conn: Connection, url: str) -> None:
    """Refuse a target with any rows in it; make the schema (in this transaction) if it has none."""
    names = set(inspect(conn).get_table_names())
    ours = {t.name for t in Base.metadata.sorted_tables}
    if names & ours:
        full = [t.name for t in _tables() if t.name in names and conn.execute(select(t).limit(1)).first() is not None]
        if full:
            raise MoveRefused(
                f"the target database is not empty ({', '.join(full[:4])}{' …' if len(full) > 4 else ''} "
                "have rows): move into a new, empty database"
            )
        if current_revision_of(conn) != head_revision():
            raise MoveRefused("the target has Shipbench tables of another version: move into a new, empty database")
        return
    if names - {"alembic_version"}:
        raise MoveRefused(f"the target database has other tables ({', '.join(sorted(names)[:4])}): use an empty one")
    from alembic import command

    cfg = alembic_config(url)
    cfg.attributes["connection"] = conn  # in our transaction: a failed move leaves no schema either
    command.upgrade(cfg, "head")


def current_revision_of(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def _self_references(table: Table) -> list[str]:
    """Columns pointing into their own table: filled in after every row is there."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy(source: Connection, target: Connection, table: Table, total: int, progress: Progress | None) -> int:
    later = _self_references(table)
    pk = list(table.primary_key.columns)
    done = 0
    patches: list[dict[str, object]] = []
    result = source.execution_options(stream_results=True, yield_per=CHUNK).execute(select(table).order_by(*pk))
    for part in result.mappings().partitions(CHUNK):
        rows = [dict(r) for r in part]
        for row in rows:
            for col in later:
                if row[col] is not None:
                    patches.append({"_id": row["id"], "_value": row[col], "_col": col})
                    row[col] = None
        # multi-row VALUES: one statement (and one run of the statement triggers) per slice
        per = max(1, 30_000 // len(table.columns))  # PostgreSQL takes at most 65,535 parameters
        for at in range(0, len(rows), per):
            target.execute(table.insert().values(rows[at : at + per]))
        done += len(rows)
        if progress is not None:
            progress(table.name, done, total)
    for col in later:
        mine = [{"_id": p["_id"], "_value": p["_value"]} for p in patches if p["_col"] == col]
        if mine:
            target.execute(
                update(table).where(table.c.id == bindparam("_id")).values({col: bindparam("_value")}),
                mine,
            )
    if progress is not None and total == 0:
        progress(table.name, 0, 0)
    return done


def _reset_sequences(target: Connection, tables: list[Table]) -> None:
    """Each serial/identity id continues after the highest id copied."""
    for table in tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        seq = target.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar()
        if seq is None:
            continue
        top = target.execute(select(func.max(table.c.id))).scalar()
        if top is None:
            target.execute(text("SELECT setval(CAST(:s AS regclass), 1, false)"), {"s": seq})
        else:
            target.execute(text("SELECT setval(CAST(:s AS regclass), :v, true)"), {"s": seq, "v": int(top)})


def move(source_url: str, target_url: str, progress: Progress | None = None) -> MoveReport:
    """Copy the Shipbench database at ``source_url`` into the empty one at ``target_url``."""
    if make_url(target_url).get_backend_name() != "postgresql":
        raise MoveRefused("the target must be a PostgreSQL database (postgresql+psycopg://user@host/name)")
    source_engine, target_engine = make_engine(source_url), make_engine(target_url)
    try:
        _check_source(source_engine)
        tables = _tables()
        report = MoveReport()
        with source_engine.connect() as source, target_engine.connect() as target:
            with source.begin():
                if source.dialect.name == "sqlite":
                    source.exec_driver_sql("SELECT 1 FROM orders LIMIT 1").all()  # the snapshot starts here
                want = _counts(source, tables)
                with target.begin():
                    _prepare_target(target, target_url)
                    for table in tables:
                        report.rows[table.name] = _copy(source, target, table, want[table.name], progress)
                    _reset_sequences(target, tables)
                    got = _counts(target, tables)
                    wrong = [f"{n}: {want[n]} → {got[n]}" for n in want if want[n] != got[n]]
                    queues_then: dict[str, int] = dict(
                        source.execute(text("SELECT queue, size FROM queue_counts")).all()
                    )
                    queues_now: dict[str, int] = dict(
                        target.execute(text("SELECT queue, size FROM queue_counts")).all()
                    )
                    wrong += [
                        f"queue {q}: {queues_then.get(q, 0)} → {queues_now.get(q, 0)}"
                        for q in set(queues_then) | set(queues_now)
                        if queues_then.get(q, 0) != queues_now.get(q, 0)
                    ]
                    if wrong:
                        raise MoveRefused("the copy does not match the source, nothing was kept: " + "; ".join(wrong))
                    settings = Base.metadata.tables["settings"]
                    found = target.execute(select(settings.c.value).where(settings.c.key == "installation")).scalar()
                    report.installation = str(found.get("id", "")) if isinstance(found, dict) else ""
        return report
    finally:
        source_engine.dispose()
        target_engine.dispose()
