"""What the scanner or the keyboard adds around a code, and taking it off again."""

from __future__ import annotations

import re
import unicodedata

from scanners.gs1 import GS

# AIM symbology identifier: "]" + symbology letter + modifier digit (]C1, ]E0, ]Q3, ]d2).
_AIM_ID = re.compile(r"\][A-Za-z][0-9]", re.ASCII)


def normalise(raw: str) -> str:
    """The code without what the scanner or the keyboard added around it.

    Removes whitespace and control characters (anywhere: a hand-typed tracking number
    may contain spaces, and the GS1 FNC1/GS separator ``\\x1d`` is redundant for the
    fixed-length formats recognised here) and a leading AIM symbology identifier.
    Letter case is kept: order numbers may be case-sensitive.
    """
    code = "".join(c for c in raw if not _is_junk(c))
    aim = _AIM_ID.match(code)
    return code[aim.end() :] if aim else code


def symbology_of(raw: str) -> str:
    """The leading AIM symbology identifier (``]C1``, ``]E0``, ...) of a scan, or ""."""
    code = "".join(c for c in raw if not _is_junk(c))
    aim = _AIM_ID.match(code)
    return aim.group(0) if aim else ""


def keep_gs(raw: str) -> str:
    """``normalise`` that keeps the GS (FNC1) separators GS1 element strings need."""
    code = "".join(c for c in raw if c == GS or not _is_junk(c))
    aim = _AIM_ID.match(code)
    return (code[aim.end() :] if aim else code).lstrip(GS)


def _is_junk(c: str) -> bool:
    return c.isspace() or unicodedata.category(c).startswith("C")
