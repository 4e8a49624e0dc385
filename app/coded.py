"""A ``Message`` kept in the database next to its English text.

A text the database stores (a hold reason, a waybill error, an outbox job's last error…)
is written three ways at once: the English sentence in its own column, as before (the
command line, the logs and rows written before codes read it), and the message's code
and params in ``<column>_code`` and ``<column>_params`` (JSON). A list of them (an
order's review reasons, a print job's left-out notes) is one JSON list of
``{"code", "params"}``. Reading gives back the ``Message``; a row without a code (written
before revision 0024, or by hand) gives its English text.

Params are JSON: a ``Message`` inside is ``{"$code", "$params"}``, a tuple (reasons
joined with "; ") is ``{"$tuple": [...]}``, a list stays a list; a number, a text, a bool
or None stays as it is; anything else (a Decimal, a date) is kept as its text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.messages import Message, restored
from app.messages_en import ENGLISH
from app.redact import scrub_credentials

Stored = Message | str


def _out(value: Any) -> Any:
    if isinstance(value, Said):
        value = value.message
    if isinstance(value, Message):
        return {"$code": value.code, "$params": encode_params(value.params)}
    if isinstance(value, tuple):
        return {"$tuple": [_out(v) for v in value]}
    if isinstance(value, list):
        return [_out(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _in(value: Any) -> Any:
    if isinstance(value, dict):
        if "$tuple" in value:
            return tuple(_in(v) for v in value["$tuple"])
        if "$code" in value:
            return restored(value["$code"], decode_params(value.get("$params")))
        return {k: _in(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_in(v) for v in value]
    return value


def encode_params(params: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _out(v) for k, v in params.items()}


def decode_params(params: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: _in(v) for k, v in (params or {}).items()}


def scrubbed(value: Stored | None) -> Stored | None:
    """``value`` with anything shaped like a credential masked, in its text and in every param."""
    if value is None or isinstance(value, str):
        return scrub_credentials(value)

    def clean(param: Any) -> Any:
        if isinstance(param, str):
            return scrub_credentials(param)
        if isinstance(param, Message):
            return scrubbed(param)
        if isinstance(param, list | tuple):
            return type(param)(clean(p) for p in param)
        return param

    return value.with_params(clean)


def store(row: object, column: str, value: Stored | None) -> None:
    """Write ``value`` to ``column`` and its code and params: a message as its English text
    and its code; a plain text (a printer's or a remote's own words) as the text alone, with
    no code, shown as older rows are; an empty text or None as nothing."""
    if isinstance(value, Message):
        setattr(row, column, str(value))
        setattr(row, f"{column}_code", value.code)
        setattr(row, f"{column}_params", encode_params(value.params))
        return
    setattr(row, column, value or None)
    setattr(row, f"{column}_code", None)
    setattr(row, f"{column}_params", None)


def load(text: str | None, code: str | None, params: Mapping[str, Any] | None) -> Stored | None:
    """What a column pair holds: the message when it has a code this version knows, else the text."""
    if code is not None and code in ENGLISH:
        try:
            return restored(code, decode_params(params))
        except (KeyError, TypeError):  # a nested code this version does not know
            pass
    return text


def read(row: object, column: str) -> Stored | None:
    return load(getattr(row, column), getattr(row, f"{column}_code"), getattr(row, f"{column}_params"))


def encode_list(values: Iterable[Stored]) -> list[dict[str, Any]]:
    """Each message as ``{"code", "params"}``; a plain text as ``{"code": None}`` (shown as its text)."""
    out: list[dict[str, Any]] = []
    for value in values:
        if isinstance(value, Message):
            out.append({"code": value.code, "params": encode_params(value.params)})
        else:
            out.append({"code": None})
    return out


def load_list(texts: Sequence[str], coded: Sequence[Mapping[str, Any]] | None) -> list[Stored]:
    """The messages of a list column, else (an older row, or a list that does not match) its texts."""
    if coded is None or len(coded) != len(texts):
        return list(texts)
    out: list[Stored] = []
    for text, item in zip(texts, coded, strict=True):
        message = load(text, item.get("code"), item.get("params"))
        out.append(text if message is None else message)
    return out


def store_lines(row: object, column: str, codes_column: str, values: Sequence[Stored]) -> None:
    """Write a list to a newline-separated text ``column`` and its messages to ``codes_column``
    (None when none of them is a message: the texts alone say as much)."""
    stored = [kept(v) for v in values]
    setattr(row, column, "\n".join(str(v) for v in stored))
    setattr(row, codes_column, coded_lines(stored))


def coded_lines(values: Sequence[Stored]) -> list[dict[str, Any]] | None:
    """The codes column of a list: None when none of its values is a message."""
    stored = [kept(v) for v in values]
    return encode_list(stored) if any(isinstance(v, Message) for v in stored) else None


def read_lines(row: object, column: str, codes_column: str) -> list[Stored]:
    """The list ``store_lines`` wrote: its messages, or (older rows) its texts."""
    texts = [line for line in (getattr(row, column) or "").split("\n") if line]
    return load_list(texts, getattr(row, codes_column))


class Said(str):
    """An English text that keeps the message it says.

    Review reasons are compared, joined, filtered and searched as text (by the rules, the
    queue filter, the command line); made as ``Said`` they are still that text, and
    ``store_lines`` keeps the message beside it."""

    message: Message

    def __new__(cls, message: Message) -> Said:
        said = super().__new__(cls, str(message))
        said.message = message
        return said


def kept(value: Stored) -> Stored:
    """What is stored of a value: a ``Said``'s message, else the value."""
    return value.message if isinstance(value, Said) else value


def as_said(value: Stored) -> str:
    """A stored value back as text that keeps its message."""
    return Said(value) if isinstance(value, Message) else value
