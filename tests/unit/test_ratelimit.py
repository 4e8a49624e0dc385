"""Token buckets per account: bursts, the sustained rate, and a remote's "not before then"."""

from __future__ import annotations

import pytest

from app.ratelimit import Limiters, RateLimit, TokenBucket


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_the_sustained_rate() -> None:
    clock = Clock()
    bucket = TokenBucket(RateLimit(per_second=2, burst=3), clock=clock)
    assert [bucket.try_acquire() for _ in range(3)] == [0, 0, 0]
    assert bucket.try_acquire() == pytest.approx(0.5)
    clock.now += 0.5
    assert bucket.try_acquire() == 0
    clock.now += 10  # a quiet spell refills only up to the burst
    assert [bucket.try_acquire() for _ in range(4)][-1] > 0


def test_a_pause_holds_every_request_until_the_remote_said() -> None:
    clock = Clock()
    bucket = TokenBucket(RateLimit(per_second=100, burst=100), clock=clock)
    bucket.pause(7)
    assert bucket.wait_time() == pytest.approx(7)
    assert bucket.try_acquire() == pytest.approx(7)
    clock.now += 7
    assert bucket.wait_time() == 0 and bucket.try_acquire() == 0


def test_accounts_have_their_own_buckets_and_settings_override_the_connector() -> None:
    limiters = Limiters()
    a = limiters.for_account("shop:1", RateLimit(1, 1))
    b = limiters.for_account("shop:2")
    a.try_acquire()
    assert a.wait_time() > 0 and b.wait_time() == 0

    class Declared:
        rate_limit = RateLimit(per_second=0.5, burst=10)

    assert RateLimit.of(Declared()) == RateLimit(0.5, 10)
    assert RateLimit.of(Declared(), {"rate_limit": {"per_second": 3, "burst": 2}}) == RateLimit(3, 2)
    assert RateLimit.of(object()) == RateLimit.DEFAULT
    with pytest.raises(ValueError):
        RateLimit(0, 1)
