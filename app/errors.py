"""One root exception; each subclass is an expected failure with a message a user understands.

Anything that is not a ``ShipbenchError`` is a bug: logged with its traceback and
shown in the crash dialog.
"""

from __future__ import annotations

import logging
import time

from app.messages import Message


class ShipbenchError(Exception):
    """An expected failure. ``str(exc)`` says in English what happened and what to do;
    ``exc.message`` is the same as a ``Message`` the GUI shows in the user's language."""

    def __init__(self, message: Message | str = "", *args: object) -> None:
        self.message = message if isinstance(message, Message) else Message("text", {"text": message})
        super().__init__(str(self.message), *args)


class NotFound(ShipbenchError):
    pass


class InvalidInput(ShipbenchError):
    pass


class NotAllowed(ShipbenchError):
    """The action is not possible in the current state (e.g. approve a shipped order)."""


class LostRace(NotAllowed):
    """Another station or process did the same thing at the same moment and got there first."""


class ClaimedElsewhere(LostRace):
    """What this station wanted (a label to print, a batch to take over) another one holds."""


class StorageUnavailable(ShipbenchError):
    """The database is busy, read-only, full or damaged."""


class PrintFailed(ShipbenchError):
    """The printer did not take the job; the batch stops and resumes where it stopped."""


class RemoteUnreachable(ShipbenchError):
    """The marketplace or carrier could not be reached; the request was not delivered."""


class RemoteOutcomeUnknown(ShipbenchError):
    """The request may have reached the other side; look it up before any retry."""


class RemoteRejected(ShipbenchError):
    """The other side refused the request; its reason is the message."""

    def __init__(self, message: Message | str, *, code: str = "", retryable: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.retryable = retryable


def database_lost(exc: BaseException) -> bool:
    """The database server went away or cannot be reached right now (a restart, a terminated
    backend, a cut network): passing, and the environment's fault — the GUI shows it is
    reconnecting and the workers try again; never a crash dialog."""
    from db.errors import connection_lost  # SQLAlchemy: not for commands that open no database

    return connection_lost(exc)


class Outage:
    """A background loop's record of a lost database: one warning when it goes, one line when
    it is back, instead of a traceback at every retry (the loop itself just tries again)."""

    def __init__(self, log: logging.Logger, what: str) -> None:
        self._log = log
        self._what = what
        self._since: float | None = None

    def failed(self, exc: BaseException) -> bool:
        """True when ``exc`` is a lost database (now logged); False: something else, the caller's to log."""
        if not database_lost(exc):
            return False
        if self._since is None:
            self._since = time.monotonic()
            self._log.warning("%s: lost the database connection (%s); trying again", self._what, _first_line(exc))
        return True

    def ok(self) -> None:
        """The loop reached the database again."""
        if self._since is not None:
            self._log.info("%s: reconnected after %.1f s", self._what, time.monotonic() - self._since)
            self._since = None


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]
