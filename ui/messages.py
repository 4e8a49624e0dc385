"""A ``Message`` from app/ in the GUI's language.

app/ says what happened as ``Message(code, params)`` (app/messages.py); this module looks
the code up in the GUI's catalogue (ui/message_texts.py, every template wrapped for Qt's
translation tools), translates the template, and fills it with the params, themselves in
the user's language: a ``Message`` inside a message is rendered in turn, a list of them is
joined (a list of words with ", ", a tuple of reasons with "; "), and a word of a closed vocabulary (a parcel state, an address field, a role —
``message_texts.TERMS``) is translated. Anything else (an SKU, a carrier's own words) is
shown as it is. A code the GUI does not know yet shows its English text.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.coded import load
from app.errors import ShipbenchError
from app.messages import Message
from ui.app_texts import translate_app_text
from ui.message_texts import CONTEXT, TEMPLATES, TERMS, TERMS_CONTEXT

_TERMS = frozenset(TERMS)


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _tight(text: str) -> str:
    """No space between two Chinese characters ("%1 返回" with %1 = "平台")."""
    out = []
    for i, ch in enumerate(text):
        if ch == " " and 0 < i < len(text) - 1 and _cjk(text[i - 1]) and _cjk(text[i + 1]):
            continue
        out.append(ch)
    return "".join(out)


def term_text(word: str) -> str:
    """A word of a closed vocabulary (``TERMS``) in the GUI's language; anything else as it is."""
    return QCoreApplication.translate(TERMS_CONTEXT, word) if word in _TERMS else word


def param_text(value: Any) -> Any:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, str):
        return term_text(value)
    if isinstance(value, list):  # words: "street, postcode"
        return QCoreApplication.translate(TERMS_CONTEXT, ", ").join(str(param_text(v)) for v in value)
    if isinstance(value, tuple):  # reasons: "no shipping method; payment not cleared"
        return QCoreApplication.translate(TERMS_CONTEXT, "; ").join(str(param_text(v)) for v in value)
    return value


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def message_text(message: Message) -> str:
    """``message`` in the installed language; its English text when the GUI lacks the code."""
    template = TEMPLATES.get(message.code)
    if template is None:
        return str(message)
    translated = QCoreApplication.translate(CONTEXT, template)
    params: Mapping[str, Any] = {k: param_text(v) for k, v in message.params.items()}
    try:
        return _tight(translated.format(**params))
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(message)


def error_text(exc: BaseException) -> str:
    """What a failure says, in the GUI's language (a ``ShipbenchError``'s message), else its text."""
    if isinstance(exc, ShipbenchError):
        return message_text(exc.message)
    return str(exc)


def any_text(value: Message | str) -> str:
    """A value that is a ``Message`` in the GUI's language; a plain string (a name, a
    remote's own words) as it is."""
    return message_text(value) if isinstance(value, Message) else value


def stored_text(value: Message | str | None) -> str:
    """A text the database keeps (a hold reason, a waybill error, a job's last error…) in the
    GUI's language: a message from its code and params; a row older than message codes (or a
    remote's own words) through the table of known English texts, else as it is."""
    if value is None:
        return ""
    if isinstance(value, Message) and value.code == "text":  # plain words kept as a message
        return translate_app_text(str(value.params.get("text", "")))
    if isinstance(value, Message):
        return message_text(value)
    return translate_app_text(value)


def stored_row_text(text: str, code: str | None, params: Mapping[str, Any] | None) -> str:
    """``stored_text`` of a column's text, code and params as a query row carries them."""
    return stored_text(load(text, code, params))
