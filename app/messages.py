"""What a service says, as a value: ``Message(code, params)``.

Services raise errors and return results carrying a ``Message`` instead of an English
sentence. ``str(message)`` is the English text (``app.messages_en.ENGLISH``: code →
``str.format`` template) for the command line and the logs; the GUI looks the code up
in its own catalogue (``ui/messages.py``) and fills the params in the user's language.
A param may itself be a ``Message`` (a reason inside a refusal) or a list of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from app.messages_en import ENGLISH

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Message:
    """A code from the catalogue and the values its template names."""

    code: str
    params: Mapping[str, Any] = field(default=_EMPTY)

    def __post_init__(self) -> None:
        if self.code not in ENGLISH:
            raise KeyError(f"unknown message code {self.code!r}")
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __str__(self) -> str:
        return english(self)

    def with_params(self, change: Callable[[Any], Any]) -> Message:
        """The same message with ``change`` applied to each param (e.g. secrets blanked out)."""
        return Message(self.code, {k: change(v) for k, v in self.params.items()})

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))


def restored(code: str, params: Mapping[str, Any]) -> Message:
    """A message read back from where it was kept (app/coded.py): its code is data there."""
    return Message(code, params)


def english_param(value: Any) -> Any:
    """A param as the English template shows it: a message as its text; a list of words
    (address fields) joined with ", "; a tuple of reasons (each a message or a text)
    joined with "; "."""
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    return value


def english(message: Message) -> str:
    return ENGLISH[message.code].format(**{k: english_param(v) for k, v in message.params.items()})


def text(value: Message | str) -> str:
    """English for either: the shape of values that are still plain text in places."""
    return str(value)
