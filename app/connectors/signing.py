"""How the Chinese cross-border carriers authenticate a request.

Each is a pure function of the credentials and the exact bytes sent, so the connectors
and the simulator's faces share one implementation and the tests pin each one to a
worked example (see tests/unit/test_signing.py for where each example comes from).

- YunExpress OMS API v1: ``Authorization: Basic base64("<customer code>&<api secret>")``.
- 4PX open platform (open.4px.com): ``sign = md5("app_key" + key + "format" + format +
  "method" + method + "timestamp" + ms + "v" + version + <body as sent> + app_secret)``,
  lower-case hex; the common parameters and the sign travel in the query string,
  ``access_token`` and ``language`` are not signed.
- Yanwen open API (open.yw56.com.cn): ``sign = md5(api_token + user_id + <body as sent> +
  format + method + timestamp + version + api_token)``, lower-case hex; ``user_id``,
  ``method``, ``format``, ``timestamp``, ``version`` and ``sign`` travel in the query
  string.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

FPX_FORMAT = "json"
YANWEN_FORMAT = "json"
YANWEN_VERSION = "V1.0"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def yunexpress_authorization(customer_code: str, api_secret: str) -> str:
    """The value of the Authorization header YunExpress expects."""
    token = base64.b64encode(f"{customer_code}&{api_secret}".encode()).decode("ascii")
    return f"Basic {token}"


def yunexpress_credentials(header: str) -> tuple[str, str] | None:
    """(customer code, api secret) from an Authorization header, or None if malformed."""
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "basic" or not token:
        return None
    try:
        text = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    code, sep, secret = text.partition("&")
    return (code, secret) if sep and code and secret else None


def fpx_sign(
    *, app_key: str, app_secret: str, method: str, timestamp: str, version: str, body: str, fmt: str = FPX_FORMAT
) -> str:
    """The 4PX ``sign`` query parameter for one request."""
    return _md5(f"app_key{app_key}format{fmt}method{method}timestamp{timestamp}v{version}{body}{app_secret}")


def yanwen_sign(
    *,
    api_token: str,
    user_id: str,
    method: str,
    timestamp: str,
    body: str,
    version: str = YANWEN_VERSION,
    fmt: str = YANWEN_FORMAT,
) -> str:
    """The Yanwen ``sign`` query parameter for one request."""
    return _md5(f"{api_token}{user_id}{body}{fmt}{method}{timestamp}{version}{api_token}")


def same_sign(expected: str, given: str) -> bool:
    """Compare two hex signatures in constant time, ignoring case (both carriers accept either)."""
    return hmac.compare_digest(expected.lower().encode(), given.strip().lower().encode())
