"""How a connector's failure becomes a job's outcome, and how long a job waits."""

from __future__ import annotations

import random

from app.connectors.http import RemoteAuthFailed, RemoteThrottled, scrub
from app.errors import RemoteOutcomeUnknown, RemoteRejected, RemoteUnreachable
from app.outbox import MAX_BACKOFF_SECONDS, Outcome, backoff, guard


def raising(exc: Exception):  # type: ignore[no-untyped-def]
    def call() -> Outcome:
        raise exc

    return call


def test_failures_sorted_into_outcomes() -> None:
    assert guard(raising(RemoteUnreachable("down"))).unreachable is True
    assert guard(raising(RemoteOutcomeUnknown("lost"))).state == "unknown"
    throttled = guard(raising(RemoteThrottled("slow down", retry_after=12)))
    assert (throttled.state, throttled.throttled, throttled.retry_after) == ("retry", True, 12)
    assert guard(raising(RemoteAuthFailed("refused the credentials"))).state == "failed"
    assert guard(raising(RemoteRejected("503", retryable=True))).state == "retry"
    rejected = guard(raising(RemoteRejected("order was cancelled")))
    assert (rejected.state, str(rejected.message)) == ("failed", "order was cancelled")


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    rng = random.Random(1)
    waits = [backoff(n, rng) for n in range(1, 12)]
    assert 0.5 <= waits[0] <= 1.5
    assert waits[5] > waits[0]
    assert max(backoff(50, rng) for _ in range(20)) <= MAX_BACKOFF_SECONDS * 1.5
    assert len({round(backoff(3, rng), 6) for _ in range(10)}) > 1  # jitter


def test_scrub_removes_secrets_plain_and_url_encoded() -> None:
    text = "GET /x?token=a%2Fb%2Bsecret&k=a/b+secret failed for a/b+secret"
    assert scrub(text, ["a/b+secret"]) == "GET /x?token=***&k=*** failed for ***"
    assert scrub("short abc", ["abc"]) == "short abc"  # too short to be a secret worth hiding
