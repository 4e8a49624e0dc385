"""Printer failures a packer can act on.

Every message says what happened and what to do, because it is shown as-is at
the bench. Anything that is not a `PrinterError` is a bug, not a printer state.
"""

from __future__ import annotations

__all__ = ["PrinterConnectionLost", "PrinterError", "PrinterOffline"]


class PrinterError(Exception):
    """A printer could not take a job; the message is meant for the packer."""


class PrinterOffline(PrinterError):
    """Nothing was sent: the printer could not be reached (refused, timeout, no route).

    Safe to retry as-is: the printer has not seen any byte of the job.
    """


class PrinterConnectionLost(PrinterError):
    """The connection dropped mid-job; part of the label may have printed.

    Retrying may print a partial label plus a full one, so the packer should
    check the printer before the job is resent.
    """
