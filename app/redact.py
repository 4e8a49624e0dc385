"""Secrets never leave in an error text, in any of the forms they take on the wire.

A secret reaches an error message raw, URL-encoded (a query string or a form body),
JSON-escaped (an echoed request body), or base64-encoded — alone, or as ``id:secret``
in an HTTP Basic ``Authorization`` header that a remote echoes back. ``scrub`` replaces
every one of those forms of the secrets it is given; ``scrub_credentials`` removes what
looks like a credential whatever its value (``Basic …``/``Bearer …`` tokens, fields
named like secrets), as the last step before a remote's text is stored or shown.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Iterable

MASK = "***"
_MIN = 4  # shorter "secrets" (a region code, a flag) would blank out ordinary words

_AUTH = re.compile(r"(?i)\b(basic|bearer|token|digest)(\s+|%20|\+)[A-Za-z0-9+/=._~\-]{8,}")
_FIELD = re.compile(
    r"(?i)([\"']?\b[\w-]*(?:secret|token|password|passwd|api[_-]?key|apikey|private[_-]?key|signature|authorization)"
    r"[\"']?\s*[:=]\s*[\"']?)([^\s\"'&,;}]{4,})"
)


def _b64_forms(value: str) -> set[str]:
    raw = value.encode("utf-8")
    forms = set()
    for enc in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
        text = enc.decode("ascii")
        forms.add(text)
        forms.add(text.rstrip("="))
    return {f for f in forms if len(f) >= _MIN}


def forms_of(secret: str) -> set[str]:
    """Every spelling of ``secret`` an error text may carry."""
    return {
        secret,
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret),
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret)[1:-1],
        *_b64_forms(secret),
    }


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every form of every secret (at least 4 characters) replaced by ``***``."""
    values = sorted({s for s in secrets if s and len(s) >= _MIN})
    if not values or not text:
        return text
    forms: set[str] = set()
    for s in values:
        forms |= forms_of(s)
    for a in values:  # HTTP Basic: base64("id:secret"), either of them being the secret
        for b in values:
            if a != b:
                forms |= _b64_forms(f"{a}:{b}")
    for form in sorted((f for f in forms if len(f) >= _MIN), key=len, reverse=True):
        text = text.replace(form, MASK)
    return text


def scrub_credentials(text: str | None) -> str | None:
    """``text`` with anything shaped like a credential masked, whatever its value."""
    if not text:
        return text
    text = _AUTH.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return _FIELD.sub(lambda m: f"{m.group(1)}{MASK}", text)
