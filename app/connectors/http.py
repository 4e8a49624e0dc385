"""A small JSON-over-HTTP client that sorts network failures the way the outbox needs.

- the request certainly did not arrive (refused, DNS, connect timeout): ``RemoteUnreachable``
- it may have arrived (reset or timeout after sending): ``RemoteOutcomeUnknown``
- the other side answered with an error: ``RemoteRejected`` carrying its reason
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from app.errors import RemoteOutcomeUnknown, RemoteRejected, RemoteUnreachable

log = logging.getLogger(__name__)


class JsonHttp:
    def __init__(self, base_url: str, *, timeout: float = 10.0, what: str = "the server") -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.what = what

    def get(self, path: str, params: dict[str, str] | None = None) -> tuple[int, Any]:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        return self._request("GET", path + query, None)

    def post(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        return self._request("POST", path, body)

    def _request(self, method: str, path: str, body: dict[str, Any] | None) -> tuple[int, Any]:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            self.base_url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.status, _decode(resp.read())
        except urllib.error.HTTPError as exc:
            payload = _decode(exc.read())
            if exc.code == 404 and method == "GET":
                return exc.code, payload
            message = payload.get("message") if isinstance(payload, dict) else None
            code = payload.get("error", "") if isinstance(payload, dict) else ""
            retryable = exc.code in (408, 425, 429) or exc.code >= 500
            err = RemoteRejected(
                f"{self.what} answered {exc.code}: {message or exc.reason}", code=code, retryable=retryable
            )
            err.payload = payload  # type: ignore[attr-defined]
            err.status = exc.code  # type: ignore[attr-defined]
            retry_after = exc.headers.get("Retry-After") if exc.headers else None
            err.retry_after = _seconds(retry_after)  # type: ignore[attr-defined]
            raise err from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)) and method != "GET":
                raise RemoteOutcomeUnknown(f"{self.what} did not answer in time") from None
            raise RemoteUnreachable(f"{self.what} cannot be reached ({_short(reason)})") from None
        except (http.client.RemoteDisconnected, ConnectionResetError, socket.timeout, TimeoutError) as exc:
            if method == "GET":
                raise RemoteUnreachable(f"{self.what} dropped the connection ({_short(exc)})") from None
            raise RemoteOutcomeUnknown(
                f"{self.what} dropped the connection before answering ({_short(exc)})"
            ) from None
        except (http.client.HTTPException, OSError) as exc:
            if method == "GET":
                raise RemoteUnreachable(f"{self.what} failed ({_short(exc)})") from None
            raise RemoteOutcomeUnknown(f"{self.what} failed mid-request ({_short(exc)})") from None


def _decode(raw: bytes) -> Any:
    if not raw:
        return {}
    try:
        return json.loads(raw)
    except ValueError:
        return {"message": raw[:200].decode("utf-8", "replace")}


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _short(reason: object) -> str:
    text = str(reason) or type(reason).__name__
    return text[:120]
