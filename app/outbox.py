"""The durable outbox: every effect on the outside world, written with the change that causes it.

A job gets its idempotency key before anything is sent and moves
``pending → in_flight → done | failed (reason) | unknown``. Claiming a job commits
``in_flight`` first; after a crash such a job is *unknown* and its handler looks the
result up before any retry. The network call happens outside any transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import RemoteOutcomeUnknown, RemoteRejected, RemoteUnreachable
from db import queries
from db.models import OutboxJob, Parcel, utcnow
from db.uow import Database

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 300.0


@dataclass(frozen=True)
class JobView:
    """What a handler may know of a job while it talks to the network (no session)."""

    id: int
    kind: str
    key: str
    prior_state: str
    attempts: int
    payload: dict[str, Any]
    shop_id: int | None
    carrier_account_id: int | None
    parcel_id: int | None


@dataclass(frozen=True)
class Outcome:
    state: str  # done | failed | retry | unknown
    message: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    retry_after: float | None = None
    unreachable: bool = False  # the request never arrived: the remote, not the job, is the problem


class Handler(Protocol):
    def perform(self, job: JobView) -> Outcome:
        """Talk to the remote side. Never touches the database."""
        ...

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        """Record the outcome locally, inside the job's closing transaction."""
        ...


def target_of(job: JobView | OutboxJob) -> str:
    if job.carrier_account_id is not None:
        return f"carrier:{job.carrier_account_id}"
    return f"shop:{job.shop_id}"


def guard(call: Callable[[], Outcome]) -> Outcome:
    """Turn the connector's failures into outcomes; a bug still raises."""
    try:
        return call()
    except RemoteUnreachable as exc:
        return Outcome("retry", str(exc), unreachable=True)
    except RemoteOutcomeUnknown as exc:
        return Outcome("unknown", str(exc))
    except RemoteRejected as exc:
        if exc.retryable:
            return Outcome("retry", str(exc), retry_after=getattr(exc, "retry_after", None))
        return Outcome("failed", str(exc))


# --- writing jobs (inside the caller's transaction) ----------------------------------


def enqueue(
    session: Session,
    kind: str,
    key: str,
    payload: dict[str, Any],
    *,
    shop_id: int | None = None,
    carrier_account_id: int | None = None,
    parcel: Parcel | None = None,
) -> OutboxJob:
    """Write a job, or re-arm a failed one with the same key; never a second live job."""
    job = queries.outbox_job(session, kind, key)
    if job is None:
        job = OutboxJob(
            kind=kind,
            idempotency_key=key,
            payload=payload,
            shop_id=shop_id,
            carrier_account_id=carrier_account_id,
            parcel_id=parcel.id if parcel is not None else None,
        )
        session.add(job)
    elif job.state in ("failed", "cancelled"):
        job.state = "pending"
        job.payload = payload
        job.attempts = 0
        job.last_error = None
        job.next_attempt_at = utcnow()
    return job


def cancel_pending(session: Session, kind: str, key: str) -> bool:
    """Withdraw a job that was never sent; returns False if it may already have been."""
    job = queries.outbox_job(session, kind, key)
    if job is None or job.state in ("cancelled", "failed"):
        return True
    if job.state == "pending" and job.attempts == 0:
        job.state = "cancelled"
        job.last_error = "withdrawn before it was sent"
        return True
    return False


def enqueue_void(session: Session, parcel: Parcel) -> None:
    """Queue the waybill void for an intercepted parcel, unless the request never left."""
    if parcel.tracking_number is None and cancel_pending(session, "request_waybill", parcel.number):
        return  # the request never left (or was refused): nothing live to void
    method = parcel.shipping_method
    enqueue(
        session,
        "void_waybill",
        parcel.number,
        {"reference": parcel.number},
        carrier_account_id=method.carrier_account_id if method is not None else None,
        parcel=parcel,
    )


# --- running jobs --------------------------------------------------------------------


def backoff(attempts: int, rng: random.Random) -> float:
    """Exponential with full jitter around the base, capped."""
    base = min(MAX_BACKOFF_SECONDS, 2.0 ** max(0, attempts - 1))
    return base * rng.uniform(0.5, 1.5)


MAX_PROBE_SECONDS = 30.0


@dataclass
class Reachability:
    """Per remote account: one dead marketplace must not stall the others, nor be hammered."""

    online: bool | None = None
    message: str = ""
    checked_at: dt.datetime | None = None
    failures: int = 0
    retry_at: float = 0.0  # monotonic time before which its jobs are not tried


class OutboxRunner:
    """Runs due jobs; one dead remote does not stall the others."""

    def __init__(self, db: Database, handlers: dict[str, Handler], actor: Actor, *, seed: int | None = None) -> None:
        self.db = db
        self.handlers = handlers
        self.actor = actor
        self.rng = random.Random(seed)
        self.reachability: dict[str, Reachability] = {}
        self._lock = threading.Lock()  # one runner pass at a time within this process

    def run_due(self, *, limit: int = 200, now: dt.datetime | None = None, probe: bool = False) -> int:
        """Run every job due now once; returns how many reached their remote.

        Jobs of a remote that is offline wait for its next probe time, unless ``probe``.
        """
        with self._lock:
            with self.db.reader() as uow:
                jobs = [(j.id, target_of(j)) for j in queries.due_jobs(uow.session, now or utcnow(), limit)]
            unreachable: set[str] = set()
            attempted = 0
            for job_id, target in jobs:
                reach = self.reachability.get(target)
                waiting = reach is not None and reach.online is False and time.monotonic() < reach.retry_at
                if target in unreachable or (waiting and not probe):
                    continue
                view = self._claim(job_id)
                if view is None:
                    continue
                outcome = self._perform(view)
                self._record_reachability(target, outcome)
                if outcome.unreachable:
                    unreachable.add(target)
                else:
                    attempted += 1
                self._finish(view, outcome)
            return attempted

    def run_until_idle(self, *, max_rounds: int = 50) -> None:
        """Run jobs, ignoring backoff delays, until none is left to do (CLI and tests)."""
        for _ in range(max_rounds):
            far_future = utcnow() + dt.timedelta(days=3650)
            if self.run_due(now=far_future, probe=True) == 0:
                return  # nothing left, or every remote with work is offline: the jobs wait

    def probe_now(self) -> None:
        """Try offline remotes at the next pass (the user pressed Sync, or the line is back)."""
        for reach in self.reachability.values():
            reach.retry_at = 0.0

    def _claim(self, job_id: int) -> JobView | None:
        with self.db.uow() as uow:
            job = uow.session.get(OutboxJob, job_id)
            if job is None or job.state not in ("pending", "unknown"):
                return None
            view = JobView(
                id=job.id,
                kind=job.kind,
                key=job.idempotency_key,
                prior_state=job.state,
                attempts=job.attempts + 1,
                payload=dict(job.payload),
                shop_id=job.shop_id,
                carrier_account_id=job.carrier_account_id,
                parcel_id=job.parcel_id,
            )
            job.state = "in_flight"
            job.attempts += 1
            uow.commit()
        return view

    def _perform(self, view: JobView) -> Outcome:
        handler = self.handlers.get(view.kind)
        if handler is None:
            return Outcome("failed", f"no handler for {view.kind} jobs")
        try:
            return handler.perform(view)
        except Exception as exc:  # a bug in a handler must not wedge the queue
            log.exception("outbox job %s (%s) crashed", view.id, view.kind)
            return Outcome("unknown", f"internal error: {type(exc).__name__}")

    def _finish(self, view: JobView, outcome: Outcome) -> None:
        with self.db.uow() as uow:
            job = uow.session.get(OutboxJob, view.id)
            assert job is not None
            job.last_error = outcome.message or None
            if outcome.unreachable:
                # Never arrived: not the job's fault. It waits for its remote to come back.
                job.state = view.prior_state
                job.attempts -= 1
            elif outcome.state in ("retry", "unknown"):
                delay = backoff(job.attempts, self.rng)
                if outcome.retry_after is not None:
                    delay = max(delay, outcome.retry_after)
                job.state = "pending" if outcome.state == "retry" else "unknown"
                job.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
            else:
                job.state = outcome.state
            handler = self.handlers.get(view.kind)
            if handler is not None:
                handler.apply(uow.session, job, outcome, self.actor)
            uow.commit()
        log.info("outbox job %s %s %s → %s %s", view.id, view.kind, view.key, outcome.state, outcome.message)

    def _record_reachability(self, target: str, outcome: Outcome) -> None:
        reach = self.reachability.setdefault(target, Reachability())
        reach.checked_at = utcnow()
        if outcome.unreachable:
            reach.failures += 1
            reach.online = False
            reach.message = outcome.message
            wait = min(MAX_PROBE_SECONDS, 2.0 ** (reach.failures - 1)) * self.rng.uniform(0.8, 1.2)
            reach.retry_at = time.monotonic() + wait
        else:
            reach.online, reach.failures, reach.retry_at = True, 0, 0.0
            reach.message = "" if outcome.state == "done" else outcome.message


class OutboxWorker(threading.Thread):
    """Background thread: runs due jobs every few seconds, or at once when woken."""

    def __init__(self, runner: OutboxRunner, *, interval: float = 2.0, before: Callable[[], None] | None = None) -> None:
        super().__init__(name="outbox-worker", daemon=True)
        self.runner = runner
        self.interval = interval
        self.before = before
        self._wake = threading.Event()
        self._stopping = threading.Event()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                if self.before is not None:
                    self.before()
                self.runner.run_due()
            except Exception:
                log.exception("outbox worker pass failed; trying again shortly")
            self._wake.wait(self.interval)
            self._wake.clear()
