"""Which database errors are a lost connection (the GUI says "reconnecting", workers retry
quietly) and which are not (a locked SQLite file is a red scan; anything else is a bug)."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from app.errors import database_lost


def _pg(cls: type[Exception], text: str) -> Exception:
    return cls("SELECT 1", {}, psycopg.OperationalError(text))


@pytest.mark.parametrize(
    "text",
    [
        'connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
        'connection failed: FATAL:  database "shop" is not currently accepting connections',
        "server closed the connection unexpectedly",
        "consuming input failed: terminating connection due to administrator command",
    ],
)
def test_a_server_that_went_away_is_a_lost_connection(text: str) -> None:
    assert database_lost(_pg(OperationalError, text))


def test_the_drivers_own_error_on_a_raw_connection_is_lost_too() -> None:
    assert database_lost(
        psycopg.OperationalError('connection failed: FATAL:  database "shop" is not currently accepting connections')
    )
    assert database_lost(psycopg.InterfaceError("the connection is closed"))
    assert not database_lost(psycopg.errors.LockNotAvailable("could not obtain lock on row"))


def test_a_closed_connection_and_an_invalidated_one_are_lost() -> None:
    assert database_lost(_pg(InterfaceError, "the connection is closed"))
    invalidated = OperationalError("SELECT 1", {}, psycopg.errors.AdminShutdown("bye"), connection_invalidated=True)
    assert database_lost(invalidated)


def test_a_locked_sqlite_file_a_unique_key_and_a_bug_are_not() -> None:
    assert not database_lost(OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked")))
    assert not database_lost(
        IntegrityError("INSERT", {}, psycopg.errors.UniqueViolation("duplicate key value violates unique constraint"))
    )
    assert not database_lost(
        OperationalError("LOCK", {}, psycopg.errors.LockNotAvailable("could not obtain lock on row"))
    )
    assert not database_lost(ValueError("connection failed"))
