"""English texts stored in the database before they kept a message code, in the GUI's language.

Since revision 0024 a stored text (an order's hold and review reasons, a parcel's waybill
error, an outbox job's last error, a print job's error and left-out notes, a shop's last
pull error) keeps the ``Message`` it was made from beside it (app/coded.py), and the GUI
renders that (ui/messages.stored_text). What comes here is a text with no code: a row
written before, or a station verdict the station does not rebuild. ``translate_app_text``
looks each up in this table: first as an exact text, then against patterns whose variable
parts (an SKU, a parcel number) are kept as they are, or translated in turn when they are
themselves known words. Anything unknown is returned unchanged: an English message beats
a wrong one. The table holds only texts such rows can hold: errors a user's action meets
are messages and never stored, so they are not here.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.message_texts import TERMS

CONTEXT = "AppTexts"

EXACT: tuple[str, ...] = (
    *TERMS,  # the words ui/message_texts.py already lists: stored reasons use them too
    # app/verify.py
    QT_TRANSLATE_NOOP("AppTexts", "this parcel is already verified: scan the next parcel"),
    QT_TRANSLATE_NOOP("AppTexts", "an override needs a reason"),
    QT_TRANSLATE_NOOP("AppTexts", "the scale reads nothing: put the parcel on the scale"),
    # app/handover.py
    QT_TRANSLATE_NOOP("AppTexts", "this handover batch is closed: open a new one"),
    QT_TRANSLATE_NOOP("AppTexts", "this handover batch is already closed"),
    # app/pools.py: a parcel's waybill error
    QT_TRANSLATE_NOOP(
        "AppTexts", "no tracking numbers left in a pool for this carrier and service; import a new range"
    ),
    # app/connectors: an outbox job's or a pull's error
    QT_TRANSLATE_NOOP("AppTexts", "the marketplace gave no access token"),
    QT_TRANSLATE_NOOP("AppTexts", "the Shopify shop needs its Admin API access token"),
    QT_TRANSLATE_NOOP("AppTexts", "the Shopify shop needs its domain (your-shop.myshopify.com)"),
    QT_TRANSLATE_NOOP("AppTexts", "the Amazon account needs its LWA client id, client secret and refresh token"),
    QT_TRANSLATE_NOOP("AppTexts", "the Amazon shop needs its marketplace id (e.g. A1PA6795UKMFR9 for amazon.de)"),
    QT_TRANSLATE_NOOP("AppTexts", "the 4PX account needs its app key and app secret (secrets)"),
    QT_TRANSLATE_NOOP("AppTexts", "the Yanwen account needs its user id (settings) and API token (secrets)"),
    QT_TRANSLATE_NOOP("AppTexts", "the YunExpress account needs its customer code (settings) and API secret (secrets)"),
)

# English template with %1.. for the variable parts; the first match wins, so the
# more specific templates come first.
TEMPLATES: tuple[str, ...] = (
    # app/review.py, app/addresses.py, app/customs.py, app/method_rules.py: why an order waits in Review
    QT_TRANSLATE_NOOP("AppTexts", "payment under marketplace review until %1 UTC"),
    QT_TRANSLATE_NOOP("AppTexts", "sender address too long for the %1 label"),
    QT_TRANSLATE_NOOP("AppTexts", "address too long for the %1 label"),
    QT_TRANSLATE_NOOP("AppTexts", "not enough stock for %1: %2 needed, %3 available"),
    QT_TRANSLATE_NOOP("AppTexts", "customs data incomplete for %1: %2 missing"),
    QT_TRANSLATE_NOOP("AppTexts", "HS code %1 of %2 must be 6 to 10 digits"),
    QT_TRANSLATE_NOOP("AppTexts", "postcode %1 does not look like a %2 postcode (e.g. %3)"),
    QT_TRANSLATE_NOOP("AppTexts", "postcode %1 does not look like a %2 postcode"),
    QT_TRANSLATE_NOOP("AppTexts", "state %1 is not a state of %2"),
    QT_TRANSLATE_NOOP("AppTexts", "province %1 is not a province of %2"),
    QT_TRANSLATE_NOOP("AppTexts", "phone %1 is not a valid %2 number"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 does not carry batteries"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 does not carry liquids"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 does not ship to %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 max %2 g, parcel %3 g"),
    # app/waybills.py, app/labels.py: a parcel's waybill error, a print job's error
    QT_TRANSLATE_NOOP("AppTexts", "waybill %1 voided: %2"),
    QT_TRANSLATE_NOOP("AppTexts", "voided shipment %1"),
    QT_TRANSLATE_NOOP("AppTexts", "nothing to request: order is in %1"),
    QT_TRANSLATE_NOOP("AppTexts", "carrier %1 has no connector (known: %2)"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has no shipping method"),
    QT_TRANSLATE_NOOP("AppTexts", "label template %1 cannot be used: %2"),
    # app/outbox.py, app/confirmations.py: an outbox job's last error
    QT_TRANSLATE_NOOP("AppTexts", "marketplace %1 has no connector (known: %2)"),
    QT_TRANSLATE_NOOP("AppTexts", "no handler for %1 jobs"),
    QT_TRANSLATE_NOOP("AppTexts", "internal error: %1"),
    QT_TRANSLATE_NOOP("AppTexts", "marketplace shipment %1 (found by reference)"),
    QT_TRANSLATE_NOOP("AppTexts", "marketplace shipment %1"),
    QT_TRANSLATE_NOOP("AppTexts", "tracking number changed to %1"),
    QT_TRANSLATE_NOOP("AppTexts", "the marketplace has no shipment for parcel %1: confirm it first"),
    # review reasons, print job errors and scan verdicts written before
    QT_TRANSLATE_NOOP("AppTexts", "unpaired SKU %1"),
    QT_TRANSLATE_NOOP("AppTexts", "address incomplete: %1 missing"),
    QT_TRANSLATE_NOOP("AppTexts", "changed on marketplace: %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no parcel has the code %1"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has no label yet (%2); request its waybill first"),
    QT_TRANSLATE_NOOP("AppTexts", "no print job %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no carrier account %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no label template %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no printer %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no shop %1"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 is gone"),
    QT_TRANSLATE_NOOP("AppTexts", "no parcel %1"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 did not answer in time"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 cannot be reached (%2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 dropped the connection (%2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 failed mid-request (%2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 failed (%2)"),
    # app/connectors/*: what a marketplace or carrier answered (their own words stay as they are)
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused the credentials (%2); check the account's keys"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 dropped the connection before answering (%2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 dropped the connection before answering"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 dropped the connection"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 did not answer (%2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1's login service is throttling; trying again later"),
    QT_TRANSLATE_NOOP("AppTexts", "%1's login service failed (%2); trying again later"),
    QT_TRANSLATE_NOOP("AppTexts", "%1's login service answered %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is throttling %2 requests; trying again later"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 kept throttling the request; trying again later"),
    QT_TRANSLATE_NOOP(
        "AppTexts", "%1's API cannot change the tracking number of a shipment: correct it for order %2 in Seller Hub"
    ),
    QT_TRANSLATE_NOOP(
        "AppTexts",
        "cannot tell whether parcel %1 reached %2: order %3 has %4 shipment(s) and %5 keeps no parcel reference; check the order in %6",
    ),
    QT_TRANSLATE_NOOP(
        "AppTexts",
        "%1 has nothing left to fulfil for line %2 of order %3 (%4 more than is open; was it fulfilled or cancelled in Shopify?)",
    ),
    QT_TRANSLATE_NOOP("AppTexts", "%1 has no package %2 on order %3 to correct"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused (%2, error %3): %4"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused (%2): %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused the request: %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused the new tracking number (%2): %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused the order list (%2): %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused the shipment (%2): %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 could not read order %2 (%3): %4"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 answered with something that is not JSON"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 answered the token request without an access token"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 answered without data"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 answered %2: %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 answered %2 without %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 order %2 has no shipment for parcel %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 order %2 has no shipment %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 has no order %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent an unreadable amount %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent an unreadable date %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent an unreadable time %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent an invalid amount %2 for %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent an invalid amount %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent a label that is not base64"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent an answer that is not a JSON object"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent an answer that is not its usual envelope"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 booked the shipment but sent no label"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 said the label is %2 but sent %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent a truncated PDF label"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent a truncated PNG label"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent a %2 that is not a printable label (it starts with %3)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 sent an empty label"),
    QT_TRANSLATE_NOOP(
        "AppTexts", "%1 sends the label only when the shipment is booked: void waybill %2 and request it again"
    ),
    QT_TRANSLATE_NOOP(
        "AppTexts", "%1 needs the karrio carrier SDK: install the carriers extra: uv sync --extra carriers"
    ),
    QT_TRANSLATE_NOOP("AppTexts", "karrio carrier %1 is not supported (known: %2)"),
    QT_TRANSLATE_NOOP("AppTexts", "unknown Amazon region %1 (na, eu or fe)"),
    QT_TRANSLATE_NOOP("AppTexts", "the carrier has no shipment %1"),
    QT_TRANSLATE_NOOP("AppTexts", "the %1 account needs %2 (secrets)"),
    # generic shapes: last, so the specific ones above win
    QT_TRANSLATE_NOOP("AppTexts", "%1 could not %2 %3: %4"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused %2: %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 order %2 has no %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 requires %2"),
)

_KNOWN = frozenset(EXACT)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(template: str, values: list[str]) -> str:
    out = template
    for i in range(len(values), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", values[i - 1])
    return out


# Each template with its fixed start: only a text that starts so is matched against its
# pattern, compiled on first need (compiling all ~170 at the first text cost the start-up 20 ms).
_PREFIXED = tuple((template.split("%", 1)[0], template) for template in TEMPLATES)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    regex = re.sub(r"%\d", "(.+?)", re.escape(template))
    return re.compile(f"^{regex}$", re.DOTALL)


def _part(value: str, depth: int = 0) -> str:
    """A variable part: a known word, or a list of them, is translated; so is a known app text
    inside a message (``order 7 cannot be approved: unpaired SKU X; no shipping method``).
    Anything else (an SKU, a carrier's own words) is kept."""
    if value in _KNOWN:
        return _t(value)
    first, _and, second = value.partition(" and ")
    if _and and first in _KNOWN and second in _KNOWN:
        return _fill(_t("%1 and %2"), [_t(first), _t(second)])
    words = value.split(", ")
    if len(words) > 1 and all(w in _KNOWN for w in words):
        return _t(", ").join(_t(w) for w in words)
    if depth == 0:
        pieces = value.split("; ")
        translated = [_translate(piece, depth + 1) for piece in pieces]
        if translated != pieces:
            return _t("; ").join(translated) if len(pieces) > 1 else translated[0]
    return value


def translate_app_text(text: str) -> str:
    """``text`` in the installed language; unchanged when nothing matches."""
    return _translate(text, 0)


def _translate(text: str, depth: int) -> str:
    stripped = text.strip()
    if not stripped:
        return text
    if stripped in _KNOWN:
        return _t(stripped)
    for prefix, template in _PREFIXED:
        found = _pattern(template).match(stripped) if stripped.startswith(prefix) else None
        if found is not None:
            translated = _t(template)
            if translated == template:  # English, or not translated yet
                return text
            return _CJK_SPACE.sub("", _fill(translated, [_part(g, depth) for g in found.groups()]))
    return text


# "%1 返回" with %1 = "平台": no space between two Chinese characters.
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])")


# Joining translated words: "street, city", "address and lines".
QT_TRANSLATE_NOOP("AppTexts", ", ")
QT_TRANSLATE_NOOP("AppTexts", "%1 and %2")
QT_TRANSLATE_NOOP("AppTexts", "; ")

# ui/order_desk.py writes ``window.tr("…")``: lupdate files those under "window" /
# "self.w", but at run time Qt looks them up under the window's class, MainWindow.
QT_TRANSLATE_NOOP("MainWindow", "Pair SKU…")
QT_TRANSLATE_NOOP("MainWindow", "Edit address…")
QT_TRANSLATE_NOOP("MainWindow", "Notes and tags…")
QT_TRANSLATE_NOOP("MainWindow", "Edit customs…")
QT_TRANSLATE_NOOP("MainWindow", "Split into parcels…")
QT_TRANSLATE_NOOP("MainWindow", "Merge into one parcel")
QT_TRANSLATE_NOOP("MainWindow", "Unmerge")
QT_TRANSLATE_NOOP("MainWindow", "Release hold")
QT_TRANSLATE_NOOP("MainWindow", "Recheck review reasons")
QT_TRANSLATE_NOOP("MainWindow", "Products and stock…")
QT_TRANSLATE_NOOP("MainWindow", "Select an order first")
QT_TRANSLATE_NOOP("MainWindow", "The selected orders have no unpaired SKU")
QT_TRANSLATE_NOOP("MainWindow", "Paired; %1 orders in Review rechecked")
QT_TRANSLATE_NOOP("MainWindow", "Merge")
QT_TRANSLATE_NOOP("MainWindow", "Merged %1 orders into one parcel")

# Strings the GUI translates at run time from a table (lupdate cannot see them there).
QT_TRANSLATE_NOOP("RulesEditor", "Shop is one of")
QT_TRANSLATE_NOOP("RulesEditor", "shops, comma-separated")
QT_TRANSLATE_NOOP("RulesEditor", "Destination in")
QT_TRANSLATE_NOOP("RulesEditor", "countries or EU, EEA, EUROPE, NA")
QT_TRANSLATE_NOOP("RulesEditor", "Weight (g) between")
QT_TRANSLATE_NOOP("RulesEditor", "min g")
QT_TRANSLATE_NOOP("RulesEditor", "max g")
QT_TRANSLATE_NOOP("RulesEditor", "Order total between")
QT_TRANSLATE_NOOP("RulesEditor", "min")
QT_TRANSLATE_NOOP("RulesEditor", "max")
QT_TRANSLATE_NOOP("RulesEditor", "currency")
QT_TRANSLATE_NOOP("RulesEditor", "Has a SKU from")
QT_TRANSLATE_NOOP("RulesEditor", "SKUs, comma-separated")
QT_TRANSLATE_NOOP("RulesEditor", "A SKU contains")
QT_TRANSLATE_NOOP("RulesEditor", "text")
QT_TRANSLATE_NOOP("RulesEditor", "Number of items between")
QT_TRANSLATE_NOOP("RulesEditor", "Has tags")
QT_TRANSLATE_NOOP("RulesEditor", "tags, comma-separated")
QT_TRANSLATE_NOOP("RulesEditor", "Buyer note")
QT_TRANSLATE_NOOP("RulesEditor", "Ship-by within hours")
QT_TRANSLATE_NOOP("RulesEditor", "hours")
QT_TRANSLATE_NOOP("RulesEditor", "Ship-by is overdue")
QT_TRANSLATE_NOOP("RulesEditor", "Requested service is one of")
QT_TRANSLATE_NOOP("RulesEditor", "expedited, standard, economy")
QT_TRANSLATE_NOOP("RulesEditor", "Set shipping method")
QT_TRANSLATE_NOOP("RulesEditor", "Hold with reason")
QT_TRANSLATE_NOOP("RulesEditor", "reason")
QT_TRANSLATE_NOOP("RulesEditor", "Add tag")
QT_TRANSLATE_NOOP("RulesEditor", "tag")
QT_TRANSLATE_NOOP("RulesEditor", "Customs defaults (blank fields)")
QT_TRANSLATE_NOOP("RulesEditor", "description (EN)")
QT_TRANSLATE_NOOP("RulesEditor", "description (ZH)")
QT_TRANSLATE_NOOP("RulesEditor", "HS code")
QT_TRANSLATE_NOOP("RulesEditor", "value")
QT_TRANSLATE_NOOP("RulesEditor", "Approve if every check passes")
QT_TRANSLATE_NOOP("ReviewFilterBar", "Any deadline")
QT_TRANSLATE_NOOP("ReviewFilterBar", "Overdue")
QT_TRANSLATE_NOOP("ReviewFilterBar", "Due today")
QT_TRANSLATE_NOOP("ReviewFilterBar", "Due in 24 h")
QT_TRANSLATE_NOOP("ReasonKinds", "unpaired SKU")
QT_TRANSLATE_NOOP("ReasonKinds", "address")
QT_TRANSLATE_NOOP("ReasonKinds", "customs")
QT_TRANSLATE_NOOP("ReasonKinds", "payment")
QT_TRANSLATE_NOOP("ReasonKinds", "stock")
QT_TRANSLATE_NOOP("ReasonKinds", "shipping method")
QT_TRANSLATE_NOOP("ReasonKinds", "changed on marketplace")
QT_TRANSLATE_NOOP("RulesSearch", "order number")
QT_TRANSLATE_NOOP("RulesSearch", "buyer")
QT_TRANSLATE_NOOP("RulesSearch", "buyer e-mail")
QT_TRANSLATE_NOOP("RulesSearch", "recipient")
QT_TRANSLATE_NOOP("RulesSearch", "parcel")
QT_TRANSLATE_NOOP("RulesSearch", "tracking number")
QT_TRANSLATE_NOOP("RulesSearch", "SKU")
QT_TRANSLATE_NOOP("RulesSearch", "product")
QT_TRANSLATE_NOOP("ProductModel", "SKU")
QT_TRANSLATE_NOOP("ProductModel", "Name")
QT_TRANSLATE_NOOP("ProductModel", "中文名")
QT_TRANSLATE_NOOP("ProductModel", "Weight g")
QT_TRANSLATE_NOOP("ProductModel", "Bin")
QT_TRANSLATE_NOOP("ProductModel", "HS code")
QT_TRANSLATE_NOOP("StockModel", "SKU")
QT_TRANSLATE_NOOP("StockModel", "Name")
QT_TRANSLATE_NOOP("StockModel", "Bin")
QT_TRANSLATE_NOOP("StockModel", "On hand")
QT_TRANSLATE_NOOP("StockModel", "Reserved")
QT_TRANSLATE_NOOP("StockModel", "Available")
QT_TRANSLATE_NOOP("StockModel", "Low at")
