"""An address block fitted to its box by priority: what the carrier needs is never lost.

A template's address block is one text element whose lines are placeholders, one field a
line (``{recipient.name}``, ``{recipient.street}``, … ``{recipient.country}``). Laid out
as it comes, a long street pushes the last lines off the box, and those are the ones
the carrier sorts by. So when the block does not fit whole, the fields give way by
priority, one step at a time, each step tried before the next:

1. **abbreviate** the street and name lines (``Straße`` → ``Str.``, ``Street`` → ``St.``,
   ``Boulevard`` → ``Bd`` …, `ABBREVIATIONS`);
2. **shrink** below the template's smallest size, down to `FLOOR_PT` (still read at arm's
   length) — the layout wraps every line again at each size;
3. **drop** the optional lines, first the least needed (`DROPPABLE`: region, phone,
   company, notes).

The country, postcode and city (``city_line``) and the name and street are never dropped.
If the block still cannot show them all in full, the result says it cannot fit, and the
caller does not print the label. A block that fits as it comes is left exactly as it was,
so labels that printed well before print the same bytes.

Pure: the judge of "fits" is passed in (`printers.templates.bind` lays text out with the
bundled fonts at the printer's resolution).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = [
    "ABBREVIATIONS",
    "DROPPABLE",
    "FLOOR_PT",
    "KEPT",
    "AddressFit",
    "abbreviate",
    "address_fields",
    "fit_address",
]

# fields of an address line in a template, as `printers.templates._address_data` names them
KEPT = frozenset({"name", "street", "line1", "line2", "city_line", "city", "postcode", "country"})
MUST = frozenset({"city_line", "city", "postcode", "country"})
DROPPABLE = ("notes", "region", "phone", "company")  # dropped in this order, one by one
ABBREVIATE = frozenset({"name", "street", "line1", "line2", "company"})
FLOOR_PT = 7.0  # 2.5 mm capitals at 203 dpi: a sorter still reads it

_LINE = re.compile(r"\{(recipient|sender)\.([a-z_0-9]+)\}")

# (pattern, replacement), matched as whole words, case as written. Common postal abbreviations
# (Deutsche Post, La Poste, USPS Publication 28); nothing a carrier would not recognise.
ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), short)
    for pattern, short in (
        (r"(?<=\w)(?:straße|strasse)\b", "str."),  # Leopoldstraße → Leopoldstr.
        (r"\b(?:Straße|Strasse)\b", "Str."),
        (r"\bPlatz\b", "Pl."),
        (r"(?<=\w)platz\b", "pl."),
        (r"\bHinterhaus\b", "HH"),
        (r"\bVorderhaus\b", "VH"),
        (r"\bObergeschoss\b", "OG"),
        (r"\bErdgeschoss\b", "EG"),
        (r"\bStreet\b", "St."),
        (r"\bAvenue\b", "Ave."),
        (r"\bBoulevard\b", "Blvd."),
        (r"\bRoad\b", "Rd."),
        (r"\bDrive\b", "Dr."),
        (r"\bLane\b", "Ln."),
        (r"\bCourt\b", "Ct."),
        (r"\bPlace\b", "Pl."),
        (r"\bApartment\b", "Apt."),
        (r"\bSuite\b", "Ste."),
        (r"\bBuilding\b", "Bldg."),
        (r"\bFloor\b", "Fl."),
        (r"\bNorth\b", "N."),
        (r"\bSouth\b", "S."),
        (r"\bEast\b", "E."),
        (r"\bWest\b", "W."),
        (r"\bavenue\b", "av."),
        (r"\bboulevard\b", "bd"),
        (r"\bBâtiment\b", "Bât."),
        (r"\bRésidence\b", "Rés."),
        (r"\bAppartement\b", "Appt"),
        (r"\bEscalier\b", "Esc."),
        (r"\bfaubourg\b", "fg"),
    )
)


# the words each pattern needs in the text: a pattern whose words are absent is not tried
_NEEDLES = tuple(
    tuple(re.findall(r"[^\W\d_]{3,}", re.sub(r"\\[A-Za-z]", " ", pattern.pattern))) for pattern, _ in ABBREVIATIONS
)
# the same as one search each: finds a match exactly when one of the words is in the text
_NEEDED = tuple(re.compile("|".join(map(re.escape, needles))) if needles else None for needles in _NEEDLES)


@functools.lru_cache(maxsize=4096)
def abbreviate(text: str) -> str:
    for (pattern, short), needed in zip(ABBREVIATIONS, _NEEDED, strict=True):
        if needed is None or needed.search(text):
            text = pattern.sub(short, text)
    return text


def address_fields(template_text: str) -> tuple[str, tuple[str, ...]] | None:
    """(``recipient`` or ``sender``, the field of each line) when `template_text` is an address
    block with a line the carrier needs (country, postcode or city); None for any other text."""
    parts = template_text.split("\n")
    fields: list[str] = []
    whose = ""
    for part in parts:
        match = _LINE.fullmatch(part.strip())
        if match is None:
            return None
        if whose and match.group(1) != whose:
            return None
        whose = match.group(1)
        fields.append(match.group(2))
    if not MUST & set(fields):
        return None
    return whose, tuple(fields)


@dataclass(frozen=True)
class AddressFit:
    """How an address block was fitted: its text now, and what gave way."""

    text: str
    min_size: float
    fits: bool
    changed: bool = False
    abbreviated: bool = False
    dropped: tuple[str, ...] = ()  # fields left out, in the order they went


def fit_address(
    fields: Sequence[str],
    values: Sequence[str],
    *,
    min_size: float,
    complete: Callable[[str, float], bool],
) -> AddressFit:
    """Fit the address lines `values` (one per template field in `fields`) by priority.

    ``complete(text, min_size)`` says whether the lines joined by newlines show in full in
    the box when allowed to shrink to ``min_size``.
    """
    lines = list(zip(fields, values, strict=True))

    def text_of(items: list[tuple[str, str]]) -> str:
        return "\n".join(value for _, value in items)

    original = text_of(lines)
    if complete(original, min_size):
        return AddressFit(original, min_size, True)
    short = [(f, abbreviate(v) if f in ABBREVIATE else v) for f, v in lines]
    abbreviated = short != lines
    floor = min(min_size, FLOOR_PT)
    if abbreviated and complete(text_of(short), min_size):
        return AddressFit(text_of(short), min_size, True, True, True)
    if complete(text_of(short), floor):
        return AddressFit(text_of(short), floor, True, True, abbreviated)
    dropped: list[str] = []
    for field in DROPPABLE:
        if not any(f == field and v.strip() for f, v in short):
            continue
        short = [(f, v) for f, v in short if f != field]
        dropped.append(field)
        if complete(text_of(short), floor):
            return AddressFit(text_of(short), floor, True, True, abbreviated, tuple(dropped))
    return AddressFit(text_of(short), floor, False, True, abbreviated, tuple(dropped))
