"""Sort database failures into "the environment's fault, tell the user" and "a bug"."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

_ENVIRONMENT = {
    "database is locked": "The database is busy (another station or program is writing). Try again in a moment.",
    "disk i/o error": "The disk failed while writing the database. Check the disk and try again.",
    "database or disk is full": "The disk is full. Free some space; nothing was saved.",
    "attempt to write a readonly database": "The database file is read-only. Check its permissions.",
    "file is not a database": "The database file is damaged or not a Shipbench database.",
    "database disk image is malformed": "The database file is damaged. Restore the latest backup.",
    "unable to open database file": "The database file cannot be opened. Check the path and its permissions.",
    "connection refused": "The database server refused the connection. Is PostgreSQL running?",
    "could not connect": "The database server cannot be reached. Check the network and the server.",
}


# What psycopg says when the server is away (restarting, refusing, unreachable) or the
# backend was terminated (``pg_terminate_backend``, an administrator's shutdown).
_LOST = (
    "connection failed",
    "server closed the connection",
    "connection is closed",
    "connection is lost",
    "terminating connection",
    "could not connect",
    "connection refused",
    "consuming input failed",
    "ssl syscall error",
)

LOST_CONNECTION = (
    "The connection to the database server was lost (a server restart or a cut network); "
    "nothing of this step was saved. It reconnects by itself: try again in a moment."
)


def connection_lost(exc: BaseException) -> bool:
    """``exc`` says the database server went away or cannot be reached now: the environment's
    fault, and passing (the pool opens fresh connections once the server is back), not a bug.

    SQLAlchemy's wrapping, or psycopg's own error where a raw connection is used (the
    change feed's ``LISTEN`` connection, ``Engine.raw_connection``)."""
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        if not isinstance(exc, (OperationalError, InterfaceError)):
            return False
        text = str(exc.orig).lower()
    elif _psycopg_connection_error(exc):
        text = str(exc).lower()
    else:
        return False
    return any(n in text for n in _LOST)


def _psycopg_connection_error(exc: BaseException) -> bool:
    # By name, not by import: db/ runs without the PostgreSQL driver installed.
    bases = {(c.__module__.split(".")[0], c.__name__) for c in type(exc).__mro__}
    return bool(bases & {("psycopg", "OperationalError"), ("psycopg", "InterfaceError")})


def environment_message(exc: BaseException) -> str | None:
    """A message a user understands when ``exc`` is the environment's fault, else None."""
    if not isinstance(exc, (OperationalError, DBAPIError)):
        return None
    if connection_lost(exc) and "refused" not in str(exc.orig).lower():
        return LOST_CONNECTION
    text = str(getattr(exc, "orig", exc)).lower()
    for needle, message in _ENVIRONMENT.items():
        if needle in text:
            return message
    return None


_UNIQUE = ("unique constraint failed", "duplicate key value violates unique constraint")

LOST_RACE = (
    "another station or process did the same thing at the same moment and got there first; "
    "nothing of this step was saved: run the command again to carry on from what the other one did"
)


def lost_race(exc: BaseException) -> bool:
    """``exc`` is a unique key that another writer took between our read and our write: a lost
    race (two `sync`, two `waybills --all`, two stations adding one user), not a bug."""
    return isinstance(exc, IntegrityError) and any(u in str(exc.orig).lower() for u in _UNIQUE)


class DatabaseUnavailable(Exception):
    """The database cannot be opened or upgraded; the message is for the user."""
