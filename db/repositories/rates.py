"""Rate buckets shared by every station (migration 0023): one row per platform account.

A token is taken in the caller's writing unit of work: the row is read ``FOR UPDATE`` on
PostgreSQL (two stations taking at once queue on the row, never both see the same
tokens); on SQLite the writing transaction already holds the file's one write lock.
Times are epoch seconds of the stations' clocks.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from db.models import RateBucket
from db.repositories.base import Repository


class RatesRepository(Repository):
    def _locked(self, account: str, burst: int, now: float) -> RateBucket:
        bucket = self.session.scalar(select(RateBucket).where(RateBucket.account == account).with_for_update())
        if bucket is None:
            try:
                with self.session.begin_nested():  # another station may make it at this moment
                    self.session.add(RateBucket(account=account, tokens=float(burst), stamp=now, paused_until=0.0))
            except IntegrityError:  # the other one made it: read theirs
                pass
            bucket = self.session.scalar(select(RateBucket).where(RateBucket.account == account).with_for_update())
            assert bucket is not None
        return bucket

    def take(self, account: str, per_second: float, burst: int, now: float, station_id: int) -> float:
        """Take a token and return 0, or take nothing and return the seconds to wait."""
        bucket = self._locked(account, burst, now)
        if now < bucket.paused_until:
            return bucket.paused_until - now
        tokens = min(float(burst), bucket.tokens + max(0.0, now - bucket.stamp) * per_second)
        bucket.stamp = max(bucket.stamp, now)
        if tokens >= 1:
            bucket.tokens = tokens - 1
            bucket.sender_station_id = station_id
            bucket.sent_at = now
            return 0.0
        bucket.tokens = tokens
        return (1 - tokens) / per_second

    def wait_time(self, account: str, per_second: float, burst: int, now: float) -> float:
        """Seconds until a token is there (0: now); takes nothing."""
        bucket = self.session.get(RateBucket, account)
        if bucket is None:
            return 0.0
        pause = max(0.0, bucket.paused_until - now)
        tokens = min(float(burst), bucket.tokens + max(0.0, now - bucket.stamp) * per_second)
        return max(pause, 0.0 if tokens >= 1 else (1 - tokens) / per_second)

    def pause(self, account: str, seconds: float, burst: int, now: float) -> None:
        """The remote said "not before then": no station sends through this account until then."""
        bucket = self._locked(account, burst, now)
        bucket.paused_until = max(bucket.paused_until, now + max(0.0, seconds))
        bucket.tokens = 0.0
        bucket.stamp = now

    def mark_sender(self, account: str, station_id: int, now: float) -> None:
        """This station sent through the account just now (an outbox pass that reached it)."""
        bucket = self._locked(account, 1, now)
        bucket.sender_station_id = station_id
        bucket.sent_at = now

    def pause_left(self, account: str, now: float) -> float:
        bucket = self.session.get(RateBucket, account)
        return max(0.0, bucket.paused_until - now) if bucket is not None else 0.0

    def senders(self) -> dict[str, tuple[int | None, float | None]]:
        """account → (the station that sent last, when): the sync panel's "sent by"."""
        rows = self.session.execute(select(RateBucket.account, RateBucket.sender_station_id, RateBucket.sent_at)).all()
        return {a: (s, t) for a, s, t in rows}
