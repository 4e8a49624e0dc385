"""One root exception; each subclass is an expected failure with a message a user understands.

Anything that is not a ``ShipbenchError`` is a bug: logged with its traceback and
shown in the crash dialog.
"""

from __future__ import annotations


class ShipbenchError(Exception):
    """An expected failure. ``str(exc)`` says what happened and what to do."""


class NotFound(ShipbenchError):
    pass


class InvalidInput(ShipbenchError):
    pass


class NotAllowed(ShipbenchError):
    """The action is not possible in the current state (e.g. approve a shipped order)."""


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

    def __init__(self, message: str, *, code: str = "", retryable: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.retryable = retryable
