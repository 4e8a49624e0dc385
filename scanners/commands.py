"""Command barcodes: a printed sheet lets the packer drive the bench without a keyboard.

Each command is printed as ``SB-CMD:<WORD>`` (Code 128). The prefix is long and
unusual enough that no carrier or product code starts with it.
"""

from __future__ import annotations

__all__ = ["COMMAND_PREFIX", "COMMANDS", "command_barcode", "parse_command"]

COMMAND_PREFIX = "SB-CMD:"

# word -> label printed under the barcode on the command sheet
COMMANDS: dict[str, str] = {
    "FINISH": "Finish this parcel",
    "CANCEL": "Cancel",
    "FORCE": "Force ship (supervisor)",
    "NEXT": "Next parcel",
    "UNDO": "Undo last scan (supervisor)",
    "OK": "OK — I saw the red verdict",
    "SHIP": "Station: ship (scan-out)",
    "VERIFY": "Station: verify packing",
    "HANDOVER": "Station: handover to the courier",
    "SIGNOUT": "Sign out",
}


def command_barcode(word: str) -> str:
    """The text to encode in the barcode for ``word`` (one of ``COMMANDS``)."""
    word = word.upper()
    if word not in COMMANDS:
        raise ValueError(f"unknown command {word!r}; known: {', '.join(COMMANDS)}")
    return COMMAND_PREFIX + word


def parse_command(code: str) -> str | None:
    """The command word if ``code`` carries the command prefix (any letter case).

    Returns the word even when it is not in ``COMMANDS`` so the caller can say
    "unknown command" instead of "unknown parcel"; returns None for other codes.
    """
    if code[: len(COMMAND_PREFIX)].upper() != COMMAND_PREFIX:
        return None
    return code[len(COMMAND_PREFIX) :].upper()
