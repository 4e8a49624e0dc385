"""The request being served, for routes that need more than the parsed JSON body.

Marketplace and carrier faces of the simulator check signatures over the raw body,
read auth headers and form fields; the server sets this before calling a route.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: Message  # case-insensitive: the server's http.client.HTTPMessage
    raw: bytes = b""
    query_list: list[tuple[str, str]] = field(default_factory=list)  # repeated keys kept

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.raw.decode("utf-8", "replace"), keep_blank_values=True))


@dataclass(frozen=True)
class Reply:
    """A non-JSON answer (a PDF label, XML, plain text) or one with its own headers."""

    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


_local = threading.local()


def current() -> Request:
    request: Request | None = getattr(_local, "request", None)
    if request is None:
        raise RuntimeError("no simulator request is being served on this thread")
    return request


def set_current(request: Request | None) -> None:
    _local.request = request


def json_reply(payload: Any, headers: dict[str, str] | None = None) -> Reply:
    import json

    return Reply(json.dumps(payload, ensure_ascii=False).encode("utf-8"), headers=dict(headers or {}))
