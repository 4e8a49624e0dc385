"""A loopback HTTP simulator of one marketplace and one carrier, with switchable faults.

It backs the demo mode and the tests. Nothing binds a socket until `start()`; `stop()`
closes the listening socket so clients see "connection refused", the same as a dead
internet line, and `start()` brings it back on the same port with its state intact.
"""

from __future__ import annotations

import json
import logging
import random
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from app.simulator.carrier import CarrierState
from app.simulator.errors import ApiError
from app.simulator.marketplace import MarketplaceState
from app.simulator.request import Reply, Request, set_current
from app.simulator.routes import ROUTES as GENERIC_ROUTES
from app.simulator.routes import Route, resolve
from app.simulator.seed import make_orders

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 1 << 20

_RATE_KEYS = {
    "error": "error_rate",
    "lost_response": "lost_response_rate",
    "lost": "lost_response_rate",
    "rate_limit": "rate_limit_rate",
    "throttle": "throttle_rate",
    "expired_token": "expired_token_rate",
    "duplicate": "duplicate_rate",
}


@dataclass
class Faults:
    """What goes wrong, and how often. Fields may be changed while the server runs."""

    latency_ms: int = 0
    error_rate: float = 0.0  # answered 503 before acting
    lost_response_rate: float = 0.0  # mutating requests act, then the connection drops unanswered
    seed: int = 0
    rate_limit_rate: float = 0.0  # answered 429 with Retry-After before acting
    retry_after_s: int = 1
    # A platform's own throttling answer (Shopify GraphQL THROTTLED, SP-API 429 with its
    # rate headers, ...), rolled by the platform faces.
    throttle_rate: float = 0.0
    # The access token is refused as expired (each platform's documented 401 body); the
    # connector must refresh it and try again. Rolled by the platform faces.
    expired_token_rate: float = 0.0
    # The carrier books the shipment, then answers "duplicate reference" (as after a lost answer).
    duplicate_rate: float = 0.0
    # The carrier answers with a tracking number but no label; the label is ready after this
    # many label requests and this many milliseconds.
    late_label_calls: int = 0
    late_label_ms: int = 0
    _rng: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.latency_ms < 0:
            raise ValueError(f"latency must not be negative, got {self.latency_ms} ms")
        for name in (
            "error_rate",
            "lost_response_rate",
            "rate_limit_rate",
            "throttle_rate",
            "expired_token_rate",
            "duplicate_rate",
        ):
            rate = getattr(self, name)
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {rate}")
        self._rng = random.Random(self.seed)

    @classmethod
    def parse(cls, spec: str) -> Faults:
        """Read "latency=200ms,error=0.2,lost_response=0.1[,rate_limit=0.1,retry_after=2s,seed=7]"."""
        values: dict[str, Any] = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            key, sep, raw = (text.strip() for text in item.partition("="))
            if not sep or not raw:
                raise ValueError(f"fault {item!r} needs a value, like 'error=0.2'")
            if key == "latency":
                values["latency_ms"] = _duration_ms(raw, key)
            elif key == "retry_after":
                values["retry_after_s"] = max(1, round(_duration_ms(raw, key) / 1000))
            elif key == "late_label":  # "3" label calls, or a time: "2s", "500ms"
                if re.fullmatch(r"\d+", raw):
                    values["late_label_calls"] = int(raw)
                else:
                    values["late_label_ms"] = _duration_ms(raw, key)
            elif key == "seed":
                if not re.fullmatch(r"-?\d+", raw):
                    raise ValueError(f"seed must be an integer, got {raw!r}")
                values["seed"] = int(raw)
            elif key in _RATE_KEYS:
                values[_RATE_KEYS[key]] = _rate(raw, key)
            else:
                known = (
                    "latency, error, lost_response, rate_limit, throttle, expired_token, duplicate, late_label,"
                    " retry_after, seed"
                )
                raise ValueError(f"unknown fault {key!r} (known: {known})")
        return cls(**values)

    def roll(self, rate: float) -> bool:
        """True for about `rate` of the calls; deterministic for a given seed and call order."""
        return rate > 0 and (rate >= 1 or self._rng.random() < rate)

    def as_dict(self) -> dict[str, Any]:
        return {
            "latency_ms": self.latency_ms,
            "error_rate": self.error_rate,
            "lost_response_rate": self.lost_response_rate,
            "rate_limit_rate": self.rate_limit_rate,
            "throttle_rate": self.throttle_rate,
            "expired_token_rate": self.expired_token_rate,
            "duplicate_rate": self.duplicate_rate,
            "late_label_calls": self.late_label_calls,
            "late_label_ms": self.late_label_ms,
            "retry_after_s": self.retry_after_s,
            "seed": self.seed,
        }


def _duration_ms(raw: str, key: str) -> int:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(ms|s)?", raw)
    if match is None:
        raise ValueError(f"{key} must be a duration like '200ms' or '1.5s', got {raw!r}")
    number = float(match.group(1))
    return round(number * 1000) if match.group(2) == "s" else round(number)


def _rate(raw: str, key: str) -> float:
    try:
        rate = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise ValueError(f"{key} must be a fraction like '0.2' or '20%', got {raw!r}") from None
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"{key} must be between 0 and 1, got {raw!r}")
    return rate


def _generic_mp(path: str) -> bool:
    """The simulator's own marketplace API (platform faces roll their own token faults)."""
    return path.startswith("/mp/") and path != "/mp/token"


class _LostResponse(Exception):
    """The request acted; the answer is dropped on the floor."""


class _Server(ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.simulator = simulator
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("simulator: error serving %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    # HTTP/1.0: one request per connection, so stop() really cuts every client off.
    protocol_version = "HTTP/1.0"
    server_version = "ShipbenchSimulator/1"

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib name)
        logger.debug("simulator: %s " + format, self.address_string(), *args)

    def _dispatch(self) -> None:
        simulator = self.server.simulator
        headers: dict[str, str] = {}
        route: Route | None = None
        try:
            parts = urlsplit(self.path)
            route, params = resolve(self.command, parts.path)
            query_list = parse_qsl(parts.query, keep_blank_values=True)
            query = dict(query_list)
            faults = simulator.faults
            if not route.instrumentation:
                if faults.latency_ms:
                    time.sleep(faults.latency_ms / 1000)
                if faults.roll(faults.error_rate):
                    raise ApiError(503, "unavailable", "the service is temporarily unavailable (simulated)")
                if faults.roll(faults.rate_limit_rate):
                    headers["Retry-After"] = str(faults.retry_after_s)
                    raise ApiError(429, "rate_limited", "too many requests (simulated)")
            raw = self._read_body()
            request = Request(self.command, parts.path, query, self.headers, raw, query_list)
            if not route.instrumentation and route in GENERIC_ROUTES:
                # The simulator's own API: a throttle is a 429 saying when to come back
                # (platform faces answer throttles and expired tokens in their own words).
                if faults.roll(faults.throttle_rate):
                    headers["Retry-After"] = str(faults.retry_after_s)
                    raise ApiError(429, "throttled", "request quota used up; slow down (simulated)")
                if _generic_mp(parts.path):
                    simulator.check_token(self.headers.get("Authorization") or "")
            if simulator.on_request is not None and not route.instrumentation:
                simulator.on_request(request)
            set_current(request)
            body = self._parse_body(raw)
            try:
                status, payload = route.handler(simulator, params, query, body)
            finally:
                set_current(None)
                if route.mutating and not route.instrumentation and faults.roll(faults.lost_response_rate):
                    raise _LostResponse
            if simulator.before_reply is not None and not route.instrumentation:
                simulator.before_reply(request, status, payload)
        except _LostResponse:
            self._drop_connection()
            return
        except ApiError as error:
            if route is not None and route.render_error is not None:
                status, payload, extra = route.render_error(error)
                headers.update(extra)
            else:
                status, payload = error.status, error.payload()
        except Exception:
            logger.exception("simulator: %s %s failed", self.command, self.path)
            status, payload = 500, {"error": "internal", "message": "internal simulator error"}
        self._send(status, payload, headers)

    def _read_body(self) -> bytes:
        length_header = self.headers.get("Content-Length") or "0"
        try:
            length = int(length_header)
        except ValueError:
            raise ApiError(400, "bad_request", "Content-Length is not a number") from None
        if length > MAX_BODY_BYTES:
            raise ApiError(413, "too_large", f"the body is larger than {MAX_BODY_BYTES} bytes")
        return self.rfile.read(length) if length > 0 else b""

    def _parse_body(self, raw: bytes) -> Any:
        """JSON bodies parsed; form bodies as a dict; anything else is left to the route."""
        if not raw.strip():
            return None
        content_type = (self.headers.get("Content-Type") or "").lower()
        if "x-www-form-urlencoded" in content_type:
            return dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        if content_type and "json" not in content_type:
            return None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(400, "bad_request", f"the body is not valid JSON: {exc}") from None

    def _send(self, status: int, payload: Any, headers: dict[str, str]) -> None:
        content_type = "application/json; charset=utf-8"
        if isinstance(payload, Reply):
            data, content_type = payload.body, payload.content_type
            headers = {**headers, **payload.headers}
        else:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            logger.debug("simulator: client went away before the answer", exc_info=True)

    def _drop_connection(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class Simulator:
    """One marketplace and one carrier on a loopback port; state lives in memory."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed_orders: bool = True,
        faults: Faults | None = None,
        order_count: int = 60,
        order_seed: int = 0,
    ) -> None:
        self.host = host
        self._port = port
        self.faults = faults if faults is not None else Faults()
        self._lock = threading.RLock()
        seeded = make_orders(order_count, seed=order_seed) if seed_orders else None
        self.marketplace = MarketplaceState(
            self._lock,
            seeded.orders if seeded else (),
            cancel_after_label=seeded.cancel_after_label if seeded else None,
        )
        self.carrier = CarrierState(self._lock, on_live_shipment=self.marketplace.on_carrier_shipment)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.token_serial = 0
        self._token_uses: dict[str, int] = {}
        self._expired_tokens: set[str] = set()
        # Test hooks, called on the serving thread (never for the ledger/admin routes):
        # on_request(request) before the route acts; before_reply(request, status, payload)
        # after it acted and before the answer goes out (e.g. to kill a client right there).
        self.on_request: Callable[[Request], None] | None = None
        self.before_reply: Callable[[Request, int, Any], None] | None = None

    def check_token(self, authorization: str) -> None:
        """The expired-token fault: a token already used may expire (and stays expired); a fresh one works once."""
        token = authorization.removeprefix("Bearer ").strip()
        with self._lock:
            if token and token in self._expired_tokens:
                raise ApiError(401, "token_expired", "the access token has expired (simulated)")
            used = self._token_uses.get(token, 0)
            if (used or not token) and self.faults.roll(self.faults.expired_token_rate):
                if token:
                    self._expired_tokens.add(token)
                raise ApiError(401, "token_expired", "the access token has expired (simulated)")
            self._token_uses[token] = used + 1

    def start(self) -> Simulator:
        """Bind and serve in a daemon thread; after stop(), binds the same port again."""
        if self._server is not None:
            return self
        server = _Server((self.host, self._port), self)
        self._port = server.server_address[1]
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"simulator:{self._port}",
            daemon=True,
        )
        self._server, self._thread = server, thread
        thread.start()
        logger.info("simulator listening on %s", self.url)
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        self._server = self._thread = None
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        logger.info("simulator on port %s stopped", self._port)

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("the simulator has no port until start()")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def serve_forever(port: int, faults: Faults | None = None, *, host: str = "127.0.0.1", order_count: int = 60) -> None:
    """Run the simulator in the foreground until Ctrl-C (for `main.py simulator`)."""
    with Simulator(host=host, port=port, faults=faults, order_count=order_count) as simulator:
        print(f"Shipbench simulator at {simulator.url} (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(0.5)
        except KeyboardInterrupt:
            print("simulator stopped", flush=True)
