"""A small JSON-over-HTTP client that sorts network failures the way the outbox needs.

- the request certainly did not arrive (refused, DNS, connect timeout): ``RemoteUnreachable``
- it may have arrived (reset or timeout after sending): ``RemoteOutcomeUnknown``
- the other side answered with an error: ``RemoteRejected`` carrying its reason

API for connector authors (stable; the old ``get``/``post`` -> ``(status, body)`` remain):

- ``JsonHttp(base_url, *, timeout=10, what="the marketplace", headers={...},
  secrets=[token, ...], limiter=TokenBucket | None)``: ``headers`` go on every request
  (``set_header(name, value)`` changes one later, e.g. a refreshed token);
  every string in ``secrets`` (and any added by ``add_secret``) is replaced by ``***`` in
  every error text this client raises; a ``limiter`` (``app.ratelimit.TokenBucket``) is
  waited on before each request.
- ``request(method, path, *, params=None, json=None, form=None, data=None,
  headers=None, ok_statuses=(404,) for GET) -> Response(status, body, headers, raw)``:
  ``json`` is sent as JSON, ``form`` url-encoded, ``data`` raw bytes (set Content-Type
  in ``headers``); ``throttle_retries=N`` (constructor) repeats a *read* refused with 429
  after the time the remote asks (a minute at most), N times; ``body`` is the decoded JSON (or ``{"message": text}``); ``headers``
  has lower-case names. A status in ``ok_statuses`` is returned instead of raised.
  ``get/post/put/patch/delete`` are shortcuts returning ``(status, body)``.
- Errors raised (all ``app.errors.RemoteRejected`` subclasses carry ``.status``,
  ``.payload`` (decoded body), ``.headers``, ``.code``, ``.retryable``, ``.retry_after``):
  * ``RemoteThrottled`` for 429 (and for a platform's own throttle answer: raise it
    yourself, e.g. Shopify GraphQL ``THROTTLED``): ``retry_after`` seconds from
    Retry-After (seconds or HTTP date) or None. The outbox reschedules the job for that
    time without counting a failed attempt and pauses the account's other jobs.
  * ``RemoteAuthFailed`` for 401 (and 403 with an auth code): refresh the token and
    retry once inside the connector; if it still fails let it through — the job fails
    with a clear reason ("... refused the credentials ...") the user sees.
  * other 4xx: ``RemoteRejected(retryable=False)``; 408/425/5xx: ``retryable=True``.
- ``scrub(text, secrets)``: the same secret-removal for your own messages.
"""

from __future__ import annotations

import email.utils
import errno
import http.client
import json as jsonlib
import logging
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.errors import RemoteOutcomeUnknown, RemoteRejected, RemoteUnreachable
from app.messages import Message
from app.redact import scrub

if TYPE_CHECKING:
    from app.ratelimit import TokenBucket

log = logging.getLogger(__name__)


class RemoteThrottled(RemoteRejected):
    """The remote asked us to slow down; try again after ``retry_after`` seconds (None: unknown)."""

    def __init__(self, message: Message | str, *, retry_after: float | None = None, code: str = "throttled") -> None:
        super().__init__(message, code=code, retryable=True)
        self.retry_after = retry_after
        self.status: int | None = 429
        self.payload: Any = {}
        self.headers: dict[str, str] = {}


class RemoteAuthFailed(RemoteRejected):
    """The remote refused the credentials (expired or revoked token, wrong key)."""

    def __init__(self, message: Message | str, *, code: str = "unauthorized") -> None:
        super().__init__(message, code=code, retryable=False)
        self.retry_after: float | None = None
        self.status: int | None = 401
        self.payload: Any = {}
        self.headers: dict[str, str] = {}


@dataclass(frozen=True)
class Response:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    raw: bytes = b""


class JsonHttp:
    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 10.0,
        what: str = "the server",
        headers: Mapping[str, str] | None = None,
        secrets: Iterable[str] = (),
        limiter: TokenBucket | None = None,
        throttle_retries: int = 0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.throttle_retries = throttle_retries
        self.timeout = timeout
        self.what = what
        self.headers: dict[str, str] = dict(headers or {})
        self.secrets: set[str] = {s for s in secrets if s}
        self.limiter = limiter

    def add_secret(self, value: str) -> None:
        if value:
            self.secrets.add(value)

    def set_header(self, name: str, value: str | None) -> None:
        if value is None:
            self.headers.pop(name, None)
        else:
            self.headers[name] = value

    # --- shortcuts (backward compatible) --------------------------------------------

    def get(self, path: str, params: Mapping[str, str] | None = None) -> tuple[int, Any]:
        r = self.request("GET", path, params=params)
        return r.status, r.body

    def post(self, path: str, body: Any = None) -> tuple[int, Any]:
        r = self.request("POST", path, json=body if body is not None else {})
        return r.status, r.body

    def put(self, path: str, body: Any = None) -> tuple[int, Any]:
        r = self.request("PUT", path, json=body if body is not None else {})
        return r.status, r.body

    def patch(self, path: str, body: Any = None) -> tuple[int, Any]:
        r = self.request("PATCH", path, json=body if body is not None else {})
        return r.status, r.body

    def delete(self, path: str) -> tuple[int, Any]:
        r = self.request("DELETE", path)
        return r.status, r.body

    # --- the one request ------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
        json: Any = None,
        form: Mapping[str, str] | None = None,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        ok_statuses: Iterable[int] | None = None,
    ) -> Response:
        tries = 0
        while True:
            try:
                return self._once(method, path, params, json, form, data, headers, ok_statuses)
            except RemoteThrottled as exc:
                # Reads are safe to repeat: wait as told (a minute at most), a few times.
                wait = exc.retry_after if exc.retry_after is not None else 2.0**tries
                if method.upper() not in ("GET", "HEAD") or tries >= self.throttle_retries or wait > 60:
                    raise
                tries += 1
                if self.limiter is not None:
                    self.limiter.pause(wait)
                else:
                    time.sleep(wait)

    def _once(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | Sequence[tuple[str, str]] | None,
        json: Any,
        form: Mapping[str, str] | None,
        data: bytes | None,
        headers: Mapping[str, str] | None,
        ok_statuses: Iterable[int] | None,
    ) -> Response:
        method = method.upper()
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        url = path if path.startswith(("http://", "https://")) else self.base_url + path
        all_headers = {"Accept": "application/json", **self.headers}
        if json is not None:
            data = jsonlib.dumps(json, ensure_ascii=False).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        elif form is not None:
            data = urllib.parse.urlencode(form).encode("utf-8")
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        all_headers.update(headers or {})
        ok = set(ok_statuses) if ok_statuses is not None else ({404} if method == "GET" else set())
        if self.limiter is not None:
            self.limiter.acquire()
        req = urllib.request.Request(url + query, data=data, method=method, headers=all_headers)
        mutating = method not in ("GET", "HEAD")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
                return Response(resp.status, _decode(raw), _headers(resp.headers), raw)
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            payload = _decode(raw)
            hdrs = _headers(exc.headers)
            if exc.code in ok:
                return Response(exc.code, payload, hdrs, raw)
            raise self._rejected(exc.code, str(exc.reason), payload, hdrs) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)) and mutating:
                raise RemoteOutcomeUnknown(Message("remote_timed_out", {"what": self.what})) from None
            if mutating and not _never_sent(reason):
                # A reset or broken pipe while the request was going out: it may have arrived.
                raise RemoteOutcomeUnknown(
                    self._scrub_message(
                        Message("remote_dropped_before_answer_detail", {"what": self.what, "reason": _short(reason)})
                    )
                ) from None
            raise RemoteUnreachable(
                self._scrub_message(Message("remote_unreachable", {"name": self.what, "reason": _short(reason)}))
            ) from None
        except (http.client.RemoteDisconnected, ConnectionResetError, TimeoutError) as exc:
            if not mutating:
                raise RemoteUnreachable(
                    self._scrub_message(Message("remote_dropped_detail", {"what": self.what, "reason": _short(exc)}))
                ) from None
            raise RemoteOutcomeUnknown(
                self._scrub_message(
                    Message("remote_dropped_before_answer_detail", {"what": self.what, "reason": _short(exc)})
                )
            ) from None
        except (http.client.HTTPException, OSError) as exc:
            if not mutating:
                raise RemoteUnreachable(
                    self._scrub_message(Message("remote_failed", {"what": self.what, "reason": _short(exc)}))
                ) from None
            raise RemoteOutcomeUnknown(
                self._scrub_message(Message("remote_failed_mid_request", {"what": self.what, "reason": _short(exc)}))
            ) from None

    def _rejected(self, status: int, reason: str, payload: Any, headers: dict[str, str]) -> RemoteRejected:
        message, code = _reason(payload)
        text = self._scrub_message(
            Message("remote_answered", {"what": self.what, "status": status, "text": message or reason})
        )
        retry_after = _seconds(headers.get("retry-after"))
        err: RemoteRejected
        if status == 429:
            err = RemoteThrottled(text, retry_after=retry_after, code=code or "throttled")
        elif status == 401:
            err = RemoteAuthFailed(
                self._scrub_message(
                    Message("remote_refused_credentials", {"what": self.what, "text": message or reason})
                ),
                code=code or "unauthorized",
            )
        else:
            err = RemoteRejected(text, code=code, retryable=status in (408, 425) or status >= 500)
        err.payload = payload  # type: ignore[attr-defined]
        err.status = status  # type: ignore[attr-defined]
        err.headers = headers  # type: ignore[attr-defined]
        err.retry_after = retry_after  # type: ignore[attr-defined]
        return err

    def _scrub(self, text: str) -> str:
        return scrub(text, self.secrets)

    def _scrub_message(self, message: Message) -> Message:
        """The message with any secret value blanked out of its params (a remote may echo a key)."""
        return message.with_params(lambda v: self._scrub(v) if isinstance(v, str) else v)


def _reason(payload: Any) -> tuple[str, str]:
    """(message, code) from the usual error body shapes."""
    if not isinstance(payload, dict):
        return "", ""
    message = payload.get("message") or payload.get("error_description") or ""
    code = payload.get("error") or payload.get("code") or ""
    if isinstance(code, dict):  # {"error": {"code":..., "message":...}}
        message = message or code.get("message", "")
        code = code.get("code", "")
    errors = payload.get("errors")
    if not message and isinstance(errors, list) and errors and isinstance(errors[0], dict):
        message = errors[0].get("message", "")
        code = code or errors[0].get("code", "")
    elif not message and isinstance(errors, str):
        message = errors
    return str(message)[:300], str(code)


def _headers(msg: Any) -> dict[str, str]:
    if msg is None:
        return {}
    return {k.lower(): v for k, v in msg.items()}


def _decode(raw: bytes) -> Any:
    if not raw:
        return {}
    try:
        return jsonlib.loads(raw)
    except ValueError:
        return {"message": raw[:200].decode("utf-8", "replace")}


def _seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _never_sent(reason: object) -> bool:
    """True when the request certainly did not reach the other side (refused, no route, DNS)."""
    if isinstance(reason, (ConnectionRefusedError, socket.gaierror)):
        return True
    if isinstance(reason, OSError):
        return reason.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN)
    return not isinstance(reason, BaseException)  # a plain text reason: bad URL, unknown scheme


def _short(reason: object) -> str:
    return network_words(reason)


def network_words(reason: object) -> str:
    """A network failure in plain words, never an errno: "the host name is not known", …"""
    import ssl

    if isinstance(reason, socket.gaierror):
        return "the host name is not known (check the address and the internet connection)"
    if isinstance(reason, ConnectionRefusedError):
        return "nothing answers there (connection refused)"
    if isinstance(reason, ConnectionResetError):
        return "the connection was cut"
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "no answer in time"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "its certificate is not valid for this address"
    if isinstance(reason, ssl.SSLError):
        return "the secure connection failed"
    if isinstance(reason, http.client.RemoteDisconnected):
        return "it closed the connection without answering"
    if isinstance(reason, OSError) and reason.errno in (errno.ENETUNREACH, errno.ENETDOWN):
        return "no network (is this computer online?)"
    if isinstance(reason, OSError) and reason.errno in (errno.EHOSTUNREACH, errno.EHOSTDOWN):
        return "no route to that computer"
    if isinstance(reason, OSError):
        return (reason.strerror or type(reason).__name__).lower()
    text = str(reason) or type(reason).__name__
    return text[:120]
