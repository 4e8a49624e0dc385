"""Engine and session setup for SQLite (one PC) and PostgreSQL (several stations)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.quick import BUSY_TIMEOUT_MS, SQLITE_PRAGMAS

log = logging.getLogger(__name__)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Engine with the durability the design asks for.

    SQLite: WAL, foreign keys on, a busy timeout and ``synchronous=FULL`` so that a
    committed scan survives a killed process and a power cut.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "isolation_level": None}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A connection that died idle (server restart, terminated backend) is replaced at
    # checkout (pre-ping); a server that does not answer fails a connect within
    # CONNECT_TIMEOUT seconds instead of the system's minutes, and a silently cut link is
    # noticed by TCP keepalives: the GUI's status bar and the workers then retry.
    connect_args = {k: v for k, v in _PG_CONNECT.items() if k not in parsed.query}
    connect_args.update(kwargs.pop("connect_args", {}))
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)


CONNECT_TIMEOUT = 5
_PG_CONNECT: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    for pragma in SQLITE_PRAGMAS:
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


_BEGIN_MODES = {"DEFERRED", "IMMEDIATE"}


def _sqlite_begin(conn: Any) -> None:
    # The driver's own implicit BEGIN is off (isolation_level=None) so we choose: a
    # writing unit of work begins IMMEDIATE and takes the write lock up front, so two
    # stations racing to ship one parcel queue on the busy timeout instead of failing
    # half-way with SQLITE_BUSY; readers begin DEFERRED and never wait on a writer (WAL).
    mode = conn.get_execution_options().get("shipbench_begin", "DEFERRED")
    if mode not in _BEGIN_MODES:
        raise ValueError(f"unknown SQLite begin mode {mode!r}")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_session_factory(engine: Engine, *, write: bool) -> sessionmaker[Session]:
    bind = engine.execution_options(shipbench_begin="IMMEDIATE") if write else engine
    return sessionmaker(bind, expire_on_commit=False)
