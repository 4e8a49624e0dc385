"""Per-account request rate limits: a token bucket each, shared by the outbox and the pulls.

A connector declares its platform's limit as a class attribute::

    from app.ratelimit import RateLimit
    class AmazonMarketplace:
        rate_limit = RateLimit(per_second=0.5, burst=10)   # none declared: not limited

and keeps its ``JsonHttp`` in ``self.http`` (or has a ``limiter`` attribute): the
workstation then attaches the account's bucket (``attach``), so every request the
connector makes waits for a token (pulls, confirmations, lookups). The outbox asks the
same bucket before starting a job and leaves the job for a later pass instead of
blocking when the bucket is empty or paused. A remote's throttle answer (429 with
Retry-After, GraphQL THROTTLED) calls ``bucket.pause(seconds)``: nothing goes to that
account until then. A setting ``{"rate_limit": {"per_second": 2, "burst": 5}}`` in an
account's non-secret settings overrides the connector's declaration.

Several stations share one allowance: with a database (``Limiters(db, station_id)``) an
account's bucket is a row of ``rate_buckets`` (``SharedBucket``), taken with a
conditional update under the row's lock, so N stations together stay within the
platform's rate, and a throttle answer pauses the account for all of them. An account
that declares no limit never touches the database; a database that does not answer
falls back to the process's own bucket for that moment.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from db.uow import Database


@dataclass(frozen=True)
class RateLimit:
    per_second: float  # sustained requests per second
    burst: int = 1  # how many may go at once after a quiet spell

    DEFAULT: ClassVar[RateLimit]

    def __post_init__(self) -> None:
        if self.per_second <= 0 or self.burst < 1:
            raise ValueError("a rate limit needs per_second > 0 and burst >= 1")

    @classmethod
    def of(cls, connector: object, settings: Mapping[str, Any] | None = None) -> RateLimit:
        """The account's override from its settings, else what the connector declares."""
        override = (settings or {}).get("rate_limit")
        if isinstance(override, Mapping):
            try:
                return cls(float(override.get("per_second", 1)), int(override.get("burst", 1)))
            except (TypeError, ValueError):
                pass
        declared = getattr(connector, "rate_limit", None)
        return declared if isinstance(declared, RateLimit) else cls.DEFAULT


# A connector that declares nothing is not held back here (its remote's 429s still are).
RateLimit.DEFAULT = RateLimit(per_second=1000.0, burst=1000)


class TokenBucket:
    """Thread-safe; ``clock`` is monotonic seconds (a fake one in the unit tests)."""

    def __init__(self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._tokens = float(limit.burst)
        self._stamp = clock()
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self._stamp)
        self._tokens = min(float(self.limit.burst), self._tokens + elapsed * self.limit.per_second)
        self._stamp = now

    def wait_time(self) -> float:
        """Seconds until one token is available (0: now); takes nothing."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            pause = max(0.0, self._paused_until - now)
            need = 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.limit.per_second
            return max(pause, need)

    def try_acquire(self) -> float:
        """Take a token and return 0, or take nothing and return the seconds to wait."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            if now < self._paused_until:
                return self._paused_until - now
            if self._tokens >= 1:
                self._tokens -= 1
                return 0.0
            return (1 - self._tokens) / self.limit.per_second

    def acquire(self, timeout: float | None = None) -> bool:
        """Block until a token is taken (False if ``timeout`` passes first)."""
        deadline = None if timeout is None else self._clock() + timeout
        while True:
            wait = self.try_acquire()
            if wait <= 0:
                return True
            if deadline is not None and self._clock() + wait > deadline:
                return False
            time.sleep(min(wait, 1.0))

    def pause(self, seconds: float) -> None:
        """The remote said "not before then": no token until ``seconds`` from now."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))
            self._tokens = 0.0
            self._stamp = self._clock()

    @property
    def paused_for(self) -> float:
        with self._lock:
            return max(0.0, self._paused_until - self._clock())


class SharedBucket(TokenBucket):
    """An account's bucket kept in the database: one allowance for every station.

    The same methods as ``TokenBucket``; each take is one short writing transaction
    (``db.repositories.rates``). Unlimited accounts and database failures use the local
    bucket underneath, so a request never fails for the sake of counting it.
    """

    def __init__(self, db: Database, account: str, station_id: int, limit: RateLimit) -> None:
        super().__init__(limit)
        self._db = db
        self._account = account
        self._station_id = station_id

    def _shared(self) -> bool:
        return self.limit != RateLimit.DEFAULT

    def wait_time(self) -> float:
        if not self._shared():
            return super().wait_time()
        try:
            with self._db.reader() as uow:
                return uow.rates.wait_time(self._account, self.limit.per_second, self.limit.burst, time.time())
        except Exception:  # noqa: BLE001 - the database is away: this process's own count
            return super().wait_time()

    def try_acquire(self) -> float:
        if not self._shared():
            return super().try_acquire()
        try:
            with self._db.uow() as uow:
                limit = self.limit
                wait = uow.rates.take(self._account, limit.per_second, limit.burst, time.time(), self._station_id)
                uow.commit()
                return wait
        except Exception:  # noqa: BLE001
            return super().try_acquire()

    def pause(self, seconds: float) -> None:
        super().pause(seconds)
        if not self._shared():
            return
        try:
            with self._db.uow() as uow:
                uow.rates.pause(self._account, seconds, self.limit.burst, time.time())
                uow.commit()
        except Exception:  # noqa: BLE001
            pass

    @property
    def paused_for(self) -> float:
        local = super().paused_for
        if not self._shared():
            return local
        try:
            with self._db.reader() as uow:
                return max(local, uow.rates.pause_left(self._account, time.time()))
        except Exception:  # noqa: BLE001
            return local


class Limiters:
    """The buckets of one process's accounts ("shop:3", "carrier:1"), made on first use.

    Given the database and this station, the buckets are shared with every station
    (``SharedBucket``); without, they count this process alone (tests, tools).
    """

    def __init__(self, db: Database | None = None, station_id: int = 0) -> None:
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()
        self._db = db
        self._station_id = station_id

    def _new(self, account: str, limit: RateLimit) -> TokenBucket:
        if self._db is None:
            return TokenBucket(limit)
        return SharedBucket(self._db, account, self._station_id, limit)

    def for_account(self, account: str, limit: RateLimit | None = None) -> TokenBucket:
        """The account's bucket; a different ``limit`` changes its rate (settings edited)."""
        with self._lock:
            bucket = self._buckets.get(account)
            if bucket is None:
                bucket = self._buckets[account] = self._new(account, limit or RateLimit.DEFAULT)
            elif limit is not None and bucket.limit != limit:
                bucket.limit = limit
            return bucket

    def forget(self, account: str | None = None) -> None:
        with self._lock:
            if account is None:
                self._buckets.clear()
            else:
                self._buckets.pop(account, None)


def attach(connector: object, bucket: TokenBucket) -> None:
    """Make every request of ``connector`` wait for ``bucket``: its ``limiter`` attribute, or its ``http``'s."""
    if hasattr(connector, "limiter"):
        connector.limiter = bucket
        return
    http = getattr(connector, "http", None)
    if http is not None and hasattr(http, "limiter"):
        http.limiter = bucket
