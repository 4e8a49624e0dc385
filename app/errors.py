"""One root exception; each subclass is an expected failure with a message a user understands.

Anything that is not a ``ShipbenchError`` is a bug: logged with its traceback and
shown in the crash dialog.
"""

from __future__ import annotations

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
