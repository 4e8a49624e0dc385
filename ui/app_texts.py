"""English texts that come from app/ (review reasons, error messages), in the GUI's language.

app/ has no Qt and speaks English on purpose (logs, CLI). The GUI shows some of its
texts as they are: the reasons an order waits in Review, a verdict the station does
not rebuild, a ``ShipbenchError`` in a message box. ``translate_app_text`` looks each
up in the catalogue: first as an exact message, then against patterns whose variable
parts (an SKU, a parcel number) are kept as they are, or translated in turn when they
are themselves known words (address fields, roles, parcel states). Anything unknown is
returned unchanged: an English message beats a wrong one.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AppTexts"

EXACT: tuple[str, ...] = (
    # app/review.py, app/inbound.py: why an order waits in Review
    QT_TRANSLATE_NOOP("AppTexts", "no order lines"),
    QT_TRANSLATE_NOOP("AppTexts", "no shipping method"),
    QT_TRANSLATE_NOOP("AppTexts", "payment not cleared"),
    QT_TRANSLATE_NOOP("AppTexts", "cancelled on marketplace"),
    QT_TRANSLATE_NOOP("AppTexts", "cancelled"),
    QT_TRANSLATE_NOOP("AppTexts", "recipient name"),
    QT_TRANSLATE_NOOP("AppTexts", "street"),
    QT_TRANSLATE_NOOP("AppTexts", "city"),
    QT_TRANSLATE_NOOP("AppTexts", "postcode"),
    QT_TRANSLATE_NOOP("AppTexts", "country"),
    QT_TRANSLATE_NOOP("AppTexts", "address"),
    QT_TRANSLATE_NOOP("AppTexts", "lines"),
    # app/users.py, app/supervision.py
    QT_TRANSLATE_NOOP("AppTexts", "wrong PIN"),
    QT_TRANSLATE_NOOP("AppTexts", "a PIN is 4 to 12 digits"),
    QT_TRANSLATE_NOOP("AppTexts", "a user needs a name"),
    QT_TRANSLATE_NOOP("AppTexts", "packer"),
    QT_TRANSLATE_NOOP("AppTexts", "supervisor"),
    QT_TRANSLATE_NOOP("AppTexts", "admin"),
    QT_TRANSLATE_NOOP("AppTexts", "a reason is required"),
    QT_TRANSLATE_NOOP("AppTexts", "nothing to undo: this station's last scan-out is already undone"),
    # app/verify.py
    QT_TRANSLATE_NOOP("AppTexts", "this parcel is already verified: scan the next parcel"),
    QT_TRANSLATE_NOOP("AppTexts", "an override needs a reason"),
    QT_TRANSLATE_NOOP("AppTexts", "the scale reads nothing: put the parcel on the scale"),
    # app/handover.py
    QT_TRANSLATE_NOOP("AppTexts", "this handover batch is closed: open a new one"),
    QT_TRANSLATE_NOOP("AppTexts", "this handover batch is already closed"),
    # app/printing.py, app/printer_desk.py, app/workstation.py, app/cli.py
    QT_TRANSLATE_NOOP("AppTexts", "nothing to print"),
    QT_TRANSLATE_NOOP("AppTexts", "a hold needs a reason"),
    QT_TRANSLATE_NOOP("AppTexts", "name the orders, or pass --all"),
    QT_TRANSLATE_NOOP("AppTexts", "documents are PDF (laser printer) or ESC/POS (80 mm)"),
    # parcel states inside messages
    QT_TRANSLATE_NOOP("AppTexts", "waybill"),
    QT_TRANSLATE_NOOP("AppTexts", "requested"),
    QT_TRANSLATE_NOOP("AppTexts", "failed"),
    QT_TRANSLATE_NOOP("AppTexts", "labelled"),
    QT_TRANSLATE_NOOP("AppTexts", "printed"),
    QT_TRANSLATE_NOOP("AppTexts", "shipped"),
    QT_TRANSLATE_NOOP("AppTexts", "voided"),
    # db/errors.py: the environment's fault
    QT_TRANSLATE_NOOP("AppTexts", "The database is busy (another station or program is writing). Try again in a moment."),
    QT_TRANSLATE_NOOP("AppTexts", "The disk failed while writing the database. Check the disk and try again."),
    QT_TRANSLATE_NOOP("AppTexts", "The disk is full. Free some space; nothing was saved."),
    QT_TRANSLATE_NOOP("AppTexts", "The database file is read-only. Check its permissions."),
    QT_TRANSLATE_NOOP("AppTexts", "The database file is damaged or not a Shipbench database."),
    QT_TRANSLATE_NOOP("AppTexts", "The database file is damaged. Restore the latest backup."),
    QT_TRANSLATE_NOOP("AppTexts", "The database file cannot be opened. Check the path and its permissions."),
    QT_TRANSLATE_NOOP("AppTexts", "The database server refused the connection. Is PostgreSQL running?"),
    QT_TRANSLATE_NOOP("AppTexts", "The database server cannot be reached. Check the network and the server."),
    # app/connectors: who did not answer
    QT_TRANSLATE_NOOP("AppTexts", "the marketplace"),
    QT_TRANSLATE_NOOP("AppTexts", "the carrier"),
)

# English template with %1.. for the variable parts; the first match wins, so the
# more specific templates come first.
TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("AppTexts", "unpaired SKU %1"),
    QT_TRANSLATE_NOOP("AppTexts", "address incomplete: %1 missing"),
    QT_TRANSLATE_NOOP("AppTexts", "changed on marketplace: %1"),
    QT_TRANSLATE_NOOP("AppTexts", "on hold: %1"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is a %2: this needs a %3"),
    QT_TRANSLATE_NOOP("AppTexts", "unknown role %1: use %2"),
    QT_TRANSLATE_NOOP("AppTexts", "no parcel has the code %1"),
    QT_TRANSLATE_NOOP("AppTexts", "No parcel has the code %1."),
    QT_TRANSLATE_NOOP("AppTexts", "Do not pack: order %1 was %2."),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 is %2, not intercepted: scan it normally"),
    QT_TRANSLATE_NOOP("AppTexts", "the waybill of %1 was already voided at the carrier: request a new waybill"),
    QT_TRANSLATE_NOOP("AppTexts", "the marketplace was already told parcel %1 shipped; correct it there"),
    QT_TRANSLATE_NOOP("AppTexts", "order %1 already has a waybill; void it before holding the order"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has no label yet (%2); request its waybill first"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 was already printed: a reprint needs a reason"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 printed parcels for %2 were not scanned: find them, or close the batch without them"),
    QT_TRANSLATE_NOOP("AppTexts", "print order must be one of %1"),
    QT_TRANSLATE_NOOP("AppTexts", "print job %1 already finished"),
    QT_TRANSLATE_NOOP("AppTexts", "no print job %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no handover batch %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no carrier account %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no label template %1"),
    QT_TRANSLATE_NOOP("AppTexts", "a printer is already called %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no printer %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no shop %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no order %1"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 is gone"),
    QT_TRANSLATE_NOOP("AppTexts", "no parcel %1"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 did not answer in time"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 cannot be reached (%2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 dropped the connection (%2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 failed mid-request (%2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 failed (%2)"),
)

_KNOWN = frozenset(EXACT)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(template: str, values: list[str]) -> str:
    out = template
    for i in range(len(values), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", values[i - 1])
    return out


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    built = []
    for template in TEMPLATES:
        regex = re.sub(r"%\d", "(.+?)", re.escape(template))
        built.append((re.compile(f"^{regex}$", re.DOTALL), template))
    return tuple(built)


def _part(value: str) -> str:
    """A variable part: a known word, or a list of them, is translated; anything else kept."""
    if value in _KNOWN:
        return _t(value)
    first, _and, second = value.partition(" and ")
    if _and and first in _KNOWN and second in _KNOWN:
        return _fill(_t("%1 and %2"), [_t(first), _t(second)])
    words = value.split(", ")
    if len(words) > 1 and all(w in _KNOWN for w in words):
        return _t(", ").join(_t(w) for w in words)
    return value


def translate_app_text(text: str) -> str:
    """``text`` in the installed language; unchanged when nothing matches."""
    stripped = text.strip()
    if not stripped:
        return text
    if stripped in _KNOWN:
        return _t(stripped)
    for pattern, template in _patterns():
        found = pattern.match(stripped)
        if found is not None:
            translated = _t(template)
            if translated == template:  # English, or not translated yet
                return text
            return _fill(translated, [_part(g) for g in found.groups()])
    return text


# Joining translated words: "street, city", "address and lines".
QT_TRANSLATE_NOOP("AppTexts", ", ")
QT_TRANSLATE_NOOP("AppTexts", "%1 and %2")
