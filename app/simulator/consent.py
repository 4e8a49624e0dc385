"""The simulator's OAuth consent pages (eBay, AliExpress): the authorisation-code grant.

``GET …/authorize?client_id=…&redirect_uri=…&state=…`` stands for the seller signing in
and agreeing: it answers 302 to ``redirect_uri?code=…&state=…`` (the state echoed, as the
real pages do; a request without one is refused, so a client that forgets to check it is
caught). ``deny=1`` in the query stands for the seller declining (``?error=access_denied``).
A code is good once, for ten minutes, for the client and redirect address it was issued to.
"""

from __future__ import annotations

import secrets
import threading
import time
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

from app.simulator.errors import ApiError
from app.simulator.request import Reply

if TYPE_CHECKING:
    from app.simulator.server import Simulator

CODE_LIFETIME_S = 600.0


@dataclass
class _Grant:
    platform: str
    client_id: str
    redirect_uri: str
    issued_at: float


@dataclass
class _Codes:
    lock: threading.Lock = field(default_factory=threading.Lock)
    grants: dict[str, _Grant] = field(default_factory=dict)
    refresh_tokens: set[str] = field(default_factory=set)


_CODES: weakref.WeakKeyDictionary[Simulator, _Codes] = weakref.WeakKeyDictionary()
_CODES_LOCK = threading.Lock()


def _codes(sim: Simulator) -> _Codes:
    with _CODES_LOCK:
        return _CODES.setdefault(sim, _Codes())


def consent(sim: Simulator, platform: str, query: dict[str, str], *, known_client: bool = True) -> tuple[int, Reply]:
    """The consent page: a redirect back to the client with a fresh code."""
    redirect_uri = query.get("redirect_uri", "")
    state = query.get("state", "")
    client_id = query.get("client_id", "")
    if urlsplit(redirect_uri).scheme not in ("http", "https"):
        raise ApiError(400, "invalid_request", "redirect_uri must be the address registered for the application")
    if not client_id or not known_client:
        raise ApiError(400, "invalid_client", "the client id is not one of a registered application")
    if not state:
        raise ApiError(400, "invalid_request", "state is required")
    if query.get("deny"):
        answer = {"error": "access_denied", "error_description": "the seller declined", "state": state}
    else:
        code = f"sim-code-{secrets.token_urlsafe(12)}"
        codes = _codes(sim)
        with codes.lock:
            codes.grants[code] = _Grant(platform, client_id, redirect_uri, time.monotonic())
        answer = {"code": code, "state": state}
    sep = "&" if "?" in redirect_uri else "?"
    location = f"{redirect_uri}{sep}{urlencode(answer)}"
    return 302, Reply(b"", content_type="text/html; charset=utf-8", headers={"Location": location})


def redeem(sim: Simulator, platform: str, code: str, client_id: str, redirect_uri: str | None) -> str:
    """A refresh token for a code issued to this client (and redirect address); "" when refused."""
    codes = _codes(sim)
    with codes.lock:
        grant = codes.grants.pop(code, None)
        if grant is None or grant.platform != platform or grant.client_id != client_id:
            return ""
        if redirect_uri is not None and grant.redirect_uri != redirect_uri:
            return ""
        if time.monotonic() - grant.issued_at > CODE_LIFETIME_S:
            return ""
        token = f"sim-refresh-{platform}-{secrets.token_urlsafe(16)}"
        codes.refresh_tokens.add(token)
        return token
