"""The outbox's jobs: pages for the sync panel, counts per account, claims under a lease.

An account is named as the outbox names it: "shop:3" or "carrier:1" (a job with a
carrier account is the carrier's, whatever shop it also names).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update

from db import queries
from db.models import OutboxJob
from db.repositories.base import Repository


def _target(shop_id: int | None, account_id: int | None) -> str:
    return f"carrier:{account_id}" if account_id is not None else f"shop:{shop_id}"


class JobsRepository(Repository):
    def get(self, job_id: int) -> OutboxJob | None:
        return self.session.get(OutboxJob, job_id)

    def by_key(self, kind: str, key: str) -> OutboxJob | None:
        return queries.outbox_job(self.session, kind, key)

    def by_ids(self, job_ids: Sequence[int]) -> list[OutboxJob]:
        if not job_ids:
            return []
        return list(
            self.session.scalars(select(OutboxJob).where(OutboxJob.id.in_(list(job_ids))).order_by(OutboxJob.id))
        )

    def count_for_parcel(self, kind: str, parcel_id: int, *, not_in: Sequence[str] = ()) -> int:
        """How many ``kind`` jobs this parcel has, leaving out those in the states ``not_in``."""
        stmt = select(func.count()).where(OutboxJob.kind == kind, OutboxJob.parcel_id == parcel_id)
        if not_in:
            stmt = stmt.where(OutboxJob.state.not_in(list(not_in)))
        return int(self.session.scalar(stmt) or 0)

    def in_states(self, states: Sequence[str]) -> list[OutboxJob]:
        return list(self.session.scalars(select(OutboxJob).where(OutboxJob.state.in_(states)).order_by(OutboxJob.id)))

    def page(
        self, state: str | None = None, *, account: str | None = None, offset: int = 0, limit: int = 200
    ) -> list[OutboxJob]:
        """Jobs newest first, optionally of one state and one account ("shop:3", "carrier:1")."""
        stmt = select(OutboxJob).order_by(OutboxJob.id.desc()).offset(offset).limit(limit)
        if state:
            stmt = stmt.where(OutboxJob.state == state)
        if account:
            kind, _, raw_id = account.partition(":")
            column = OutboxJob.shop_id if kind == "shop" else OutboxJob.carrier_account_id
            stmt = stmt.where(column == int(raw_id))
            if kind == "shop":
                stmt = stmt.where(OutboxJob.carrier_account_id.is_(None))
        return list(self.session.scalars(stmt))

    def counts(self, states: Sequence[str] | None = None) -> dict[str, int]:
        """state → how many jobs (of ``states`` only, when given)."""
        return queries.outbox_counts(self.session, states)

    def counts_by_account(self, states: Sequence[str]) -> dict[str, dict[str, int]]:
        """account ("shop:3" | "carrier:1") → state → how many jobs, for these states (one query)."""
        out: dict[str, dict[str, int]] = {}
        for shop_id, account_id, state, n in self.session.execute(
            select(OutboxJob.shop_id, OutboxJob.carrier_account_id, OutboxJob.state, func.count())
            .where(OutboxJob.state.in_(states))
            .group_by(OutboxJob.shop_id, OutboxJob.carrier_account_id, OutboxJob.state)
        ):
            per_state = out.setdefault(_target(shop_id, account_id), {})
            per_state[state] = per_state.get(state, 0) + n
        return out

    # --- claims under a lease (app/outbox.py) ---------------------------------------------

    def lapsed(self, clock: dt.datetime, token: str, limit: int) -> list[OutboxJob]:
        """In-flight jobs nobody holds any more: the lease ran out (or there never was one),
        or it is this outbox's own (``token``) from a claim or a close that did not get its
        answer. They are looked up before any retry."""
        return list(
            self.session.scalars(
                select(OutboxJob)
                .where(OutboxJob.state == "in_flight", _lapsed(clock, token))
                .order_by(OutboxJob.id)
                .limit(limit)
            )
        )

    def claimable(self, job_ids: Sequence[int], clock: dt.datetime, token: str) -> list[OutboxJob]:
        """Those of ``job_ids`` still free to claim, locked for this transaction.

        PostgreSQL: ``FOR UPDATE SKIP LOCKED``, so a job another station is claiming this
        instant is passed over, not waited on. SQLite has no row locks (the clause is left
        out): its writer holds the database, and :meth:`take`'s conditional update decides.
        """
        if not job_ids:
            return []
        return list(
            self.session.scalars(
                select(OutboxJob)
                .where(
                    OutboxJob.id.in_(list(job_ids)),
                    or_(
                        OutboxJob.state.in_(("pending", "unknown")),
                        and_(OutboxJob.state == "in_flight", _lapsed(clock, token)),
                    ),
                )
                .order_by(OutboxJob.id)
                .with_for_update(skip_locked=True)
            )
        )

    def take(
        self, job: OutboxJob, *, clock: dt.datetime, token: str, station_id: int | None, until: dt.datetime
    ) -> bool:
        """Claim ``job`` in flight under this outbox's lease, if it is still as it was read."""
        still = OutboxJob.state == job.state
        if job.state == "in_flight":
            still = and_(still, _lapsed(clock, token))
        result = self.session.execute(
            update(OutboxJob)
            .where(OutboxJob.id == job.id, still)
            .values(
                state="in_flight",
                attempts=OutboxJob.attempts + 1,
                updated_at=clock,
                lease_station_id=station_id,
                lease_token=token,
                lease_until=until,
            )
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1  # type: ignore[attr-defined]

    def renew(self, job_ids: Sequence[int], token: str, until: dt.datetime) -> set[int]:
        """Extend this outbox's lease on ``job_ids``; returns those it still holds."""
        if not job_ids:
            return set()
        rows = self.session.execute(
            update(OutboxJob)
            .where(OutboxJob.id.in_(list(job_ids)), OutboxJob.lease_token == token, OutboxJob.state == "in_flight")
            .values(lease_until=until)
            .returning(OutboxJob.id)
            .execution_options(synchronize_session=False)
        )
        return {job_id for (job_id,) in rows}

    def held(self, job_ids: Sequence[int], token: str) -> list[OutboxJob]:
        """Those of ``job_ids`` this outbox still holds, locked until the outcome is written."""
        if not job_ids:
            return []
        return list(
            self.session.scalars(
                select(OutboxJob)
                .where(OutboxJob.id.in_(list(job_ids)), OutboxJob.lease_token == token, OutboxJob.state == "in_flight")
                .order_by(OutboxJob.id)
                .with_for_update()
            )
        )

    def hand_back(self, token: str, message: str, code: str | None = None, params: dict[str, Any] | None = None) -> int:
        """A clean stop: whatever this outbox still holds was sent and not answered, so its
        outcome is unknown; freed now, the next worker looks it up without waiting for the lease.
        ``message`` is the last error's English text, ``code`` and ``params`` its message's."""
        result = self.session.execute(
            update(OutboxJob)
            .where(OutboxJob.lease_token == token, OutboxJob.state == "in_flight")
            .values(
                state="unknown",
                lease_token=None,
                lease_until=None,
                lease_station_id=None,
                last_error=message,
                last_error_code=code,
                last_error_params=params,
            )
            .execution_options(synchronize_session=False)
        )
        return result.rowcount  # type: ignore[attr-defined]

    def live_leases(self, token: str) -> list[tuple[int, dt.datetime | None]]:
        """(job, lease end) of every in-flight job another outbox holds (bounded by the work in flight)."""
        rows = self.session.execute(
            select(OutboxJob.id, OutboxJob.lease_until).where(
                OutboxJob.state == "in_flight", or_(OutboxJob.lease_token.is_(None), OutboxJob.lease_token != token)
            )
        )
        return [(job_id, until) for job_id, until in rows]


def _lapsed(clock: dt.datetime, token: str) -> ColumnElement[bool]:
    return or_(OutboxJob.lease_until.is_(None), OutboxJob.lease_until < clock, OutboxJob.lease_token == token)
