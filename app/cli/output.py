"""What the commands print: JSON when --json was given, else words; files they write.

Text from orders (a buyer's name, an address, a note, a cell of an imported file) is
untrusted: an ``ESC [ 2 J`` in a name must not clear the packer's terminal, a carriage
return must not hide the start of a line. Everything the commands print goes through
:func:`say` (or :func:`emit`), which shows control characters as escapes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from app.exports import write_out

# C0 controls but tab and line feed, DEL, C1 controls (U+009B is a one-character CSI),
# and the bidirectional overrides that make text read backwards.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_C1 = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # JSON escapes C0 itself


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), lines and tabs kept."""
    return _CONTROL.sub(_escape, text)


def say(text: str, *, file: TextIO | None = None) -> None:
    """Print one piece of text output (to stdout, or ``file``), control characters escaped."""
    print(terminal_safe(text), file=file or sys.stdout)


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """JSON when --json was given, else the text."""
    if getattr(args, "json", False):
        print_json(data)
    else:
        say(text)


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    print(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text))  # still the same JSON


def write_file(path: Path, data: bytes) -> None:
    """Write a rendered label, document or export (``app.exports.write_out``: one clear sentence when it cannot)."""
    write_out(path, data)
