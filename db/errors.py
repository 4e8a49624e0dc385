"""Sort database failures into "the environment's fault, tell the user" and "a bug"."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

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


def environment_message(exc: BaseException) -> str | None:
    """A message a user understands when ``exc`` is the environment's fault, else None."""
    if not isinstance(exc, (OperationalError, DBAPIError)):
        return None
    text = str(getattr(exc, "orig", exc)).lower()
    for needle, message in _ENVIRONMENT.items():
        if needle in text:
            return message
    return None
