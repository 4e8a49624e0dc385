"""English texts stored in the database, in the GUI's language — until they are stored as codes.

What app/ says now is a ``Message(code, params)`` that ui/messages.py renders from the
GUI's catalogue (ui/message_texts.py); errors and results no longer come here. What is
left are texts written to the database in English before they could be codes: the reasons
an order waits in Review (and the reasons in a refusal built from them), hold reasons, an
outbox job's last error, a parcel's error, a print job's notes, a verdict the station does
not rebuild. ``translate_app_text`` looks each up in this table: first as an exact text,
then against patterns whose variable parts (an SKU, a parcel number) are kept as they
are, or translated in turn when they are themselves known words. Anything unknown is
returned unchanged: an English message beats a wrong one. The table holds only texts
that can be stored; it goes when those columns keep a code and params.
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
    # app/printing.py, app/printer_desk.py, app/workstation.py, app/cli.py
    QT_TRANSLATE_NOOP("AppTexts", "nothing to print"),
    QT_TRANSLATE_NOOP("AppTexts", "documents are PDF (laser printer) or ESC/POS (80 mm)"),
    # app/customs.py, app/rules.py, app/rules_desk.py, app/pairing.py, app/parcels.py, app/stock.py, app/order_desk.py
    QT_TRANSLATE_NOOP("AppTexts", "a customs value must be above zero"),
    QT_TRANSLATE_NOOP("AppTexts", "an English description is required"),
    QT_TRANSLATE_NOOP("AppTexts", "a tax id needs a number"),
    QT_TRANSLATE_NOOP("AppTexts", "an IOSS number is for EU destinations"),
    # app/carrier_desk.py, app/pools.py, app/waybills.py, app/confirmations.py, app/outbox.py
    QT_TRANSLATE_NOOP("AppTexts", "a carrier account needs a name"),
    QT_TRANSLATE_NOOP("AppTexts", "a shipping method needs the carrier's service code"),
    QT_TRANSLATE_NOOP("AppTexts", "a new shipping method needs a service code and a name"),
    QT_TRANSLATE_NOOP("AppTexts", "the maximum weight must be more than 0 g (or empty for none)"),
    QT_TRANSLATE_NOOP("AppTexts", "a void needs a reason"),
    QT_TRANSLATE_NOOP("AppTexts", "the weight must be between 1 g and 1,000 kg"),
    QT_TRANSLATE_NOOP("AppTexts", "choose the cheapest or the fastest method"),
    QT_TRANSLATE_NOOP("AppTexts", "numbers of this pool are on parcels; it can only be used up"),
    QT_TRANSLATE_NOOP("AppTexts", "the file has no number ranges"),
    QT_TRANSLATE_NOOP(
        "AppTexts", "no tracking numbers left in a pool for this carrier and service; import a new range"
    ),
    # app/sync_desk.py, app/credentials.py, app/connectors
    QT_TRANSLATE_NOOP("AppTexts", 'account settings must be a JSON object like {"seller_id": "A1B2"}'),
    QT_TRANSLATE_NOOP("AppTexts", "the shop needs a name"),
    QT_TRANSLATE_NOOP("AppTexts", "enter the new tracking number"),
    QT_TRANSLATE_NOOP(
        "AppTexts",
        "no system keyring to keep the account's secrets: install and unlock one (GNOME Keyring or KWallet on Linux; macOS and Windows have one built in)",
    ),
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
    # order desk: merge, split, address, products, customs, pairing, stock
    QT_TRANSLATE_NOOP("AppTexts", "order %1 cannot be approved: %2"),
    QT_TRANSLATE_NOOP("AppTexts", "order %1 is not merged with another order"),
    QT_TRANSLATE_NOOP("AppTexts", "order %1 is merged with another order: unmerge it before holding it"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 already has a waybill: its customs data went to the carrier"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is not a customs field"),
    QT_TRANSLATE_NOOP("AppTexts", "HS code %1 must be 6 to 10 digits"),
    QT_TRANSLATE_NOOP("AppTexts", "value %1 is not a number"),
    QT_TRANSLATE_NOOP("AppTexts", "origin country %1 must be a two-letter code such as CN"),
    QT_TRANSLATE_NOOP("AppTexts", "destination %1 must be a two-letter country code or EU"),
    QT_TRANSLATE_NOOP("AppTexts", "tax id kind must be one of %1"),
    QT_TRANSLATE_NOOP("AppTexts", "IOSS number %1 must be IM followed by 10 digits"),
    QT_TRANSLATE_NOOP("AppTexts", "no customs line %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no tax id %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no product %1"),
    # app/rules.py: rules and their dry run
    # app/waybills.py, app/carrier_desk.py, app/pools.py, app/labels.py: waybills, voids, pools, labels
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 is shipped; its waybill can no longer be voided"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has no waybill to void"),
    QT_TRANSLATE_NOOP("AppTexts", "the waybill request for %1 is on its way to the carrier; try again in a moment"),
    QT_TRANSLATE_NOOP("AppTexts", "the waybill request for %1 is on its way to the carrier; wait for its answer"),
    QT_TRANSLATE_NOOP("AppTexts", "the waybill request for %1 is on its way; try again in a moment"),
    QT_TRANSLATE_NOOP("AppTexts", "waybill %1 voided: %2"),
    QT_TRANSLATE_NOOP("AppTexts", "voided shipment %1"),
    QT_TRANSLATE_NOOP("AppTexts", "nothing to request: order is in %1"),
    QT_TRANSLATE_NOOP("AppTexts", "there is already a carrier account called %1"),
    QT_TRANSLATE_NOOP("AppTexts", "carrier %1 has no connector (known: %2)"),
    QT_TRANSLATE_NOOP("AppTexts", "unknown shipping method field %1"),
    QT_TRANSLATE_NOOP("AppTexts", "unknown customs field %1"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 still has shipping methods; delete them first"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is used by orders; choose another method for them first"),
    QT_TRANSLATE_NOOP("AppTexts", "no shipping method %1"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has a waybill; void it before changing its weight"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is not a tracking number (4–64 letters and digits)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 looks like a %2 number but its check digit is wrong"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is already the tracking number of parcel %2"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has a carrier waybill (or one on its way); void it first"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has no tracking number yet; enter it with the label"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 is %2; void its waybill first"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 is %2; its label cannot change"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 already has a waybill or is past the Waybill queue"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has no shipping method"),
    QT_TRANSLATE_NOOP("AppTexts", "no tracking pool %1"),
    QT_TRANSLATE_NOOP("AppTexts", "numbers %1 overlap a pool already imported (pool %2)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1: %2 is not an S10 number like RR12345678CN"),
    QT_TRANSLATE_NOOP("AppTexts", "%1: %2 has a wrong check digit (should be %3)"),
    QT_TRANSLATE_NOOP("AppTexts", "%1: the range ends before it starts"),
    QT_TRANSLATE_NOOP("AppTexts", "%1: expected prefix,start,end,suffix, got %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1: prefix and suffix must be 2 letters, got %2 and %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1: start and end must be serials of up to 8 digits"),
    QT_TRANSLATE_NOOP("AppTexts", "%1: expected FIRST-LAST like RR12345678CN-RR12345999CN, got %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1: both ends must share the letters (%2…%3 vs %4…%5)"),
    QT_TRANSLATE_NOOP("AppTexts", "unknown label language %1: use %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is not a label file: use a PDF, PNG or ZPL file"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is not a label: %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is named as %2 but holds %3"),
    QT_TRANSLATE_NOOP("AppTexts", "label template %1 cannot be used: %2"),
    # app/importing/*, app/import_desk.py: import errors
    QT_TRANSLATE_NOOP("AppTexts", "map a column to each required field: %1"),
    # app/sync_desk.py, app/credentials.py, app/outbox.py, app/confirmations.py: accounts and the outbox
    QT_TRANSLATE_NOOP("AppTexts", "%1 looks like a secret: enter it in the secret fields, which go to the keyring"),
    QT_TRANSLATE_NOOP("AppTexts", "marketplace %1 has no connector (known: %2)"),
    QT_TRANSLATE_NOOP("AppTexts", "there is already a shop called %1"),
    QT_TRANSLATE_NOOP("AppTexts", "the %1 connector cannot test a connection"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 is not shipped yet: change its waybill instead"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 already has tracking number %2"),
    QT_TRANSLATE_NOOP("AppTexts", "job %1 is %2: only failed or cancelled jobs are retried"),
    QT_TRANSLATE_NOOP(
        "AppTexts", "job %1 may already have reached the %2; it is being looked up and cannot be cancelled"
    ),
    QT_TRANSLATE_NOOP("AppTexts", "job %1 is already done"),
    QT_TRANSLATE_NOOP("AppTexts", "no job %1"),
    QT_TRANSLATE_NOOP("AppTexts", "the system keyring refused to store the secrets (%1): unlock it and try again"),
    QT_TRANSLATE_NOOP("AppTexts", "no handler for %1 jobs"),
    QT_TRANSLATE_NOOP("AppTexts", "internal error: %1"),
    QT_TRANSLATE_NOOP("AppTexts", "marketplace shipment %1 (found by reference)"),
    QT_TRANSLATE_NOOP("AppTexts", "marketplace shipment %1"),
    QT_TRANSLATE_NOOP("AppTexts", "tracking number changed to %1"),
    QT_TRANSLATE_NOOP("AppTexts", "the marketplace has no shipment for parcel %1: confirm it first"),
    # older templates
    QT_TRANSLATE_NOOP("AppTexts", "unpaired SKU %1"),
    QT_TRANSLATE_NOOP("AppTexts", "address incomplete: %1 missing"),
    QT_TRANSLATE_NOOP("AppTexts", "changed on marketplace: %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no parcel has the code %1"),
    QT_TRANSLATE_NOOP("AppTexts", "order %1 already has a waybill; void it before holding the order"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 has no label yet (%2); request its waybill first"),
    QT_TRANSLATE_NOOP("AppTexts", "parcel %1 was already printed: a reprint needs a reason"),
    QT_TRANSLATE_NOOP(
        "AppTexts", "%1 printed parcels for %2 were not scanned: find them, or close the batch without them"
    ),
    QT_TRANSLATE_NOOP("AppTexts", "print order must be one of %1"),
    QT_TRANSLATE_NOOP("AppTexts", "print job %1 already finished"),
    QT_TRANSLATE_NOOP("AppTexts", "no print job %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no handover batch %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no carrier account %1"),
    QT_TRANSLATE_NOOP("AppTexts", "no label template %1"),
    QT_TRANSLATE_NOOP("AppTexts", "a printer is already called %1"),
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
    # app/rules.py: the dry run's condition texts ("not in" before "in")
    # generic shapes: last, so the specific ones above win
    QT_TRANSLATE_NOOP("AppTexts", "%1 could not %2 %3: %4"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 refused %2: %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 order %2 has no %3"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 requires %2"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 %2 is too small"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is not a whole number"),
    QT_TRANSLATE_NOOP("AppTexts", "%1 is empty"),
    QT_TRANSLATE_NOOP("AppTexts", "line %1"),
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
