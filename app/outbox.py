"""The durable outbox: every effect on the outside world, written with the change that causes it.

A job gets its idempotency key before anything is sent and moves
``pending → in_flight → done | failed (reason) | unknown``. Claiming a job commits
``in_flight`` first, under a *lease*: the claiming station, this outbox's token (one per
running process) and an end time the outbox renews every third of the lease on its own
thread (:class:`LeaseKeeper`) while it works, however slow a request. Nobody touches a
live lease. A lease that ran out (its process died or sleeps) is taken over by any
running worker, and the job counts as *unknown*: its handler looks the result up before
any retry. Outcomes are written only while the lease is still held; a clean stop hands
back what it holds. The network call happens outside any transaction, and a lost
database connection ends a pass, never the worker.

Each remote account ("shop:3", "carrier:1") has its own token bucket (its connector's
declared rate limit) and its own reachability: a dead or throttled account waits while
the others go on, each account's jobs on their own thread in a pass. A throttle answer
(429 + Retry-After, GraphQL THROTTLED) reschedules the job for the time the remote asks,
without counting an attempt, and pauses that account's bucket.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app import coded
from app.actor import Actor
from app.connectors.http import RemoteAuthFailed, RemoteThrottled
from app.errors import InvalidInput, NotFound, Outage, RemoteOutcomeUnknown, RemoteRejected, RemoteUnreachable
from app.messages import Message
from app.ratelimit import Limiters, TokenBucket
from db import queries
from db.models import OutboxJob, Parcel, utcnow
from db.uow import Database

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 300.0
DEFAULT_THROTTLE_SECONDS = 5.0  # a throttle answer that does not say how long
LIVE_STATES = ("pending", "in_flight", "unknown")
# Within a pass an account's thread waits for its rate limit when the wait is short,
# up to this long in all; then its jobs are left for the next pass.
SHORT_WAIT_SECONDS = 0.5
PASS_BUDGET_SECONDS = 5.0
CLAIM_BATCH = 20  # jobs of one account claimed in one commit
FLUSH_SECONDS = 1.0  # outcomes of a batch are committed at least this often
DEFAULT_LEASE_SECONDS = 30.0
CLOSE_RETRIES = (0.2, 0.5, 1.0, 2.0, 4.0)  # writing outcomes again after a lost connection
_TRIED = dt.datetime.min.replace(tzinfo=dt.UTC)


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
    message: Message | str = ""  # a message, or a remote's own words; stored as the job's last error
    data: dict[str, Any] = field(default_factory=dict)
    retry_after: float | None = None
    unreachable: bool = False  # the request never arrived: the remote, not the job, is the problem
    throttled: bool = False  # the remote asked us to slow down: not the job's fault either


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
        return Outcome("retry", exc.message, unreachable=True)
    except RemoteOutcomeUnknown as exc:
        return Outcome("unknown", exc.message)
    except RemoteThrottled as exc:
        return Outcome("retry", exc.message, retry_after=exc.retry_after, throttled=True)
    except RemoteAuthFailed as exc:
        return Outcome("failed", exc.message)
    except RemoteRejected as exc:
        if exc.retryable:
            return Outcome("retry", exc.message, retry_after=getattr(exc, "retry_after", None))
        return Outcome("failed", exc.message)


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
        coded.store(job, "last_error", None)
        job.next_attempt_at = utcnow()
    return job


def cancel_pending(session: Session, kind: str, key: str) -> bool:
    """Withdraw a job that was never sent; returns False if it may already have been."""
    job = queries.outbox_job(session, kind, key)
    if job is None or job.state in ("cancelled", "failed"):
        return True
    if job.state == "pending" and job.attempts == 0:
        job.state = "cancelled"
        coded.store(job, "last_error", Message("job_withdrawn"))
        return True
    return False


def enqueue_void(session: Session, parcel: Parcel) -> None:
    """Queue the waybill void for an intercepted parcel, unless the request never left."""
    if parcel.tracking_number is None and cancel_pending(session, "request_waybill", parcel.number):
        return  # the request never left (or was refused): nothing live to void
    method = parcel.shipping_method
    # The reference it was sent with, and whom it was for: a record found under that
    # reference is cancelled only when it is this parcel's (app.waybills.VoidWaybill).
    payload: dict[str, Any] = {"reference": parcel.number, "shipment_id": parcel.carrier_shipment_id}
    for kind in ("request_waybill", "preadvice"):
        sent = queries.outbox_job(session, kind, parcel.number)
        if sent is not None and sent.payload.get("reference"):
            payload["reference"] = sent.payload["reference"]
            if sent.payload.get("recipient"):
                payload.update(recipient=sent.payload["recipient"], weight_grams=sent.payload.get("weight_grams"))
            break
    enqueue(
        session,
        "void_waybill",
        parcel.number,
        payload,
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
    message: Message | str = ""
    checked_at: dt.datetime | None = None
    failures: int = 0
    retry_at: float = 0.0  # monotonic time before which its jobs are not tried
    last_ok_at: dt.datetime | None = None  # the last time it answered a job


class LeaseKeeper:
    """Keeps this outbox's leases alive: renews them every third of the lease on its own
    thread, so a request slower than the lease (or a batch longer than it) keeps its jobs.

    It knows, by the monotonic clock, until when each lease is sure to last: a job is sent
    only while at least a third of its lease is left (after a sleep or a lost connection
    it renews first), and a job whose lease another station took over is dropped, never sent.
    """

    def __init__(self, db: Database, token: str, seconds: float) -> None:
        self.db = db
        self.token = token
        self.seconds = seconds
        self._held: dict[int, float] = {}  # job id → monotonic time its lease surely lasts until
        self._lock = threading.Lock()
        self._renew_lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def until(self) -> dt.datetime:
        return utcnow() + dt.timedelta(seconds=self.seconds)

    def hold(self, job_ids: list[int], since: float) -> None:
        """``since``: the monotonic time just before the claim that wrote the lease."""
        with self._lock:
            for job_id in job_ids:
                self._held[job_id] = since + self.seconds
            if self._thread is None and self._held:
                self._thread = threading.Thread(target=self._run, name="outbox-leases", daemon=True)
                self._thread.start()

    def drop(self, job_ids: list[int]) -> None:
        with self._lock:
            for job_id in job_ids:
                self._held.pop(job_id, None)

    def held_ids(self) -> set[int]:
        with self._lock:
            return set(self._held)

    def holds(self, job_id: int) -> bool:
        """Is the lease on ``job_id`` sure to last a while yet? Renews now when in doubt."""
        margin = self.seconds / 3
        with self._lock:
            sure_until = self._held.get(job_id)
        if sure_until is None:
            return False
        if time.monotonic() + margin < sure_until:
            return True
        self.renew()
        with self._lock:
            sure_until = self._held.get(job_id)
        return sure_until is not None and time.monotonic() + margin < sure_until

    def renew(self) -> None:
        """One statement for every job held; a job no longer ours is dropped."""
        with self._renew_lock:
            ids = sorted(self.held_ids())
            if not ids:
                return
            started = time.monotonic()
            try:
                with self.db.uow() as uow:
                    still = uow.jobs.renew(ids, self.token, self.until())
                    uow.commit()
            except DBAPIError as exc:
                log.warning("could not renew the outbox's leases (%s); trying again", type(exc.orig).__name__)
                return
            with self._lock:
                for job_id in ids:
                    if job_id in still:
                        if job_id in self._held:
                            self._held[job_id] = started + self.seconds
                    elif self._held.pop(job_id, None) is not None:
                        log.warning("outbox job %s: its lease ran out and another worker took it over", job_id)

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stopping.wait(self.seconds / 3):
            try:
                self.renew()
            except Exception:
                log.exception("renewing the outbox's leases failed")


class OutboxRunner:
    """Runs due jobs; one dead remote does not stall the others."""

    def __init__(
        self,
        db: Database,
        handlers: dict[str, Handler],
        actor: Actor,
        *,
        seed: int | None = None,
        limiters: Limiters | None = None,
        max_parallel: int = 4,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
    ) -> None:
        self.db = db
        self.token = uuid.uuid4().hex  # this process's outbox: whose leases are whose
        self.leases = LeaseKeeper(db, self.token, lease_seconds)
        self._stopping = threading.Event()
        self._claimed = False  # a process that never claimed a job has nothing to hand back
        self.handlers = handlers
        self.actor = actor
        self.rng = random.Random(seed)
        self.reachability: dict[str, Reachability] = {}
        self.limiters = limiters if limiters is not None else Limiters()
        self.max_parallel = max_parallel
        self._lock = threading.Lock()  # one runner pass at a time within this process
        self.outage = Outage(log, "outbox")  # a lost database: logged once, and once back
        self._reach_lock = threading.Lock()
        self._rng_lock = threading.Lock()
        self.last_wait = 0.0  # after a pass: seconds until a rate-limited account may go on (0: none)
        # Accounts whose jobs this station leaves to another (it lacks their secrets and a
        # live station holds them: ``StationsService.left_to_others``); set by the workstation.
        self.left_to_others: Callable[[], frozenset[str]] = frozenset

    def run_due(self, *, limit: int = 200, now: dt.datetime | None = None, probe: bool = False) -> int:
        """Run every job due now once; returns how many reached their remote.

        Jobs of a remote that is offline wait for its next probe time, unless ``probe``;
        jobs of an account whose rate limit is used up (or that asked us to wait) stay
        for a later pass (``last_wait`` says how long).
        """
        with self._lock:
            try:
                jobs = self._due(now, limit)
            except DBAPIError as exc:
                if not self.outage.failed(exc):  # a lost connection: one line when it goes, one when back
                    log.warning(
                        "outbox: the database did not answer (%s); trying again next pass", type(exc.orig).__name__
                    )
                self.last_wait = 0.0
                return 0
            self.outage.ok()
            groups: dict[str, list[int]] = {}
            for job_id, target in jobs:
                groups.setdefault(target, []).append(job_id)
            waits: list[float] = []
            if len(groups) <= 1 or self.max_parallel <= 1:
                results = [self._run_target(t, ids, probe, waits) for t, ids in groups.items()]
            else:
                with ThreadPoolExecutor(min(self.max_parallel, len(groups)), thread_name_prefix="outbox") as pool:
                    futures = [pool.submit(self._run_target, t, ids, probe, waits) for t, ids in groups.items()]
                    results = [f.result() for f in futures]
            self.last_wait = min(waits) if waits else 0.0
            return sum(results)

    def _due(self, now: dt.datetime | None, limit: int) -> list[tuple[int, str]]:
        """(job, account) of the due jobs, then of the in-flight ones whose lease ran out."""
        held = self.leases.held_ids()
        clock = utcnow()
        try:
            others = self.left_to_others()
        except DBAPIError:
            others = frozenset()
        with self.db.reader() as uow:
            due = queries.due_jobs(uow.session, now or clock, limit, skip=others)
            lapsed = uow.jobs.lapsed(clock, self.token, limit)
            return [(j.id, t) for j in [*due, *lapsed] if j.id not in held and (t := target_of(j)) not in others]

    def _run_target(self, target: str, job_ids: list[int], probe: bool, waits: list[float]) -> int:
        """One account's due jobs, in order; stops at the first sign the account is down or busy."""
        with self._reach_lock:
            reach = self.reachability.get(target)
            waiting = reach is not None and reach.online is False and time.monotonic() < reach.retry_at
        if waiting and not probe:
            return 0
        bucket = self.limiters.for_account(target)
        attempted = 0
        budget_end = time.monotonic() + PASS_BUDGET_SECONDS
        queue = list(job_ids)
        stop = False
        while queue and not stop:
            if not self._rate_ok(bucket, budget_end, waits):
                break
            # Claim a few at once (one durable commit), send one by one, close them together:
            # a crash leaves them in flight, and in flight means "look it up first".
            batch, queue = queue[:CLAIM_BATCH], queue[CLAIM_BATCH:]
            try:
                views = self._claim_many(batch)
            except DBAPIError as exc:
                # Had the claim committed after all, the jobs carry our token and come back
                # at the next pass as our own lapsed ones: looked up, not sent blindly.
                log.warning("outbox: lost the database while claiming %s's jobs (%s)", target, type(exc.orig).__name__)
                break
            results: list[tuple[JobView, Outcome | None]] = []
            flushed = time.monotonic()
            for view in views:
                if stop or self._stopping.is_set() or not self._rate_ok(bucket, budget_end, waits):
                    stop = True
                    results.append((view, None))  # not sent: back to how it was
                    continue
                if not self.leases.holds(view.id):
                    continue  # its lease ran out while we waited, and it is someone else's now
                outcome = self._perform(view)
                self._record_reachability(target, outcome)
                results.append((view, outcome))
                if outcome.throttled:
                    pause = outcome.retry_after if outcome.retry_after is not None else DEFAULT_THROTTLE_SECONDS
                    bucket.pause(pause)
                    waits.append(bucket.wait_time())
                    stop = True
                elif outcome.unreachable:
                    stop = True
                else:
                    attempted += 1
                if time.monotonic() - flushed >= FLUSH_SECONDS:
                    self._finish_many(results)  # a slow remote: show progress every second
                    results, flushed = [], time.monotonic()
            self._finish_many(results)
        if attempted:
            self._mark_sender(target)
        return attempted

    def _mark_sender(self, target: str) -> None:
        """Say in the database that this station sends for the account (the sync panel shows it)."""
        try:
            with self.db.uow() as uow:
                uow.rates.mark_sender(target, self.actor.station_id, time.time())
                uow.commit()
        except DBAPIError:
            pass

    def _rate_ok(self, bucket: TokenBucket, budget_end: float, waits: list[float]) -> bool:
        """May this account send now? Waits briefly for a token within the pass's budget."""
        wait = bucket.wait_time()  # the connector's requests take the tokens
        if wait > 0 and wait <= SHORT_WAIT_SECONDS and time.monotonic() + wait < budget_end:
            time.sleep(wait)  # this account's thread only; the others go on
            wait = bucket.wait_time()
        if wait > 0:
            waits.append(wait)
            return False
        return True

    def run_until_idle(self, *, max_rounds: int = 50, max_wait: float = 30.0) -> int:
        """Run jobs, ignoring backoff delays, until none is left to do (CLI and tests).

        Waits (up to ``max_wait`` seconds at a time) for an account's rate limit or
        Retry-After rather than hammering it, and for jobs another outbox holds: until
        they are done, their owner renews (it is alive), or the lease runs out (taken
        over). Returns how many jobs reached their remote.
        """
        total = 0
        seen: dict[int, dt.datetime | None] = {}  # another outbox's job → the lease end we saw
        for _ in range(max_rounds):
            far_future = utcnow() + dt.timedelta(days=3650)
            attempted = self.run_due(now=far_future, probe=True)
            total += attempted
            if attempted == 0:
                if 0 < self.last_wait <= max_wait:
                    time.sleep(self.last_wait)
                    continue
                if self._await_lapse(seen, max_wait):
                    continue
                return total  # nothing left, or every remote with work is offline: the jobs wait
        return total

    def _await_lapse(self, seen: dict[int, dt.datetime | None], max_wait: float) -> bool:
        """Wait while another outbox holds jobs in flight whose lease may be running out;
        True when one ran out (this outbox takes it over next), False when there is
        nothing to wait for: no such job, or only ones whose owner renewed (it is alive
        and finishes them itself), or ``max_wait`` passed.
        """
        deadline = time.monotonic() + max_wait
        while time.monotonic() < deadline:
            try:
                with self.db.reader() as uow:
                    leases = uow.jobs.live_leases(self.token)
            except DBAPIError:
                time.sleep(0.5)
                continue
            clock = utcnow()
            waiting = False
            for job_id, until in leases:
                if seen.setdefault(job_id, until) != until:
                    continue  # renewed since we first saw it: its owner is at work
                if until is None or until <= clock:
                    seen[job_id] = _TRIED  # taken over next; not waited for again
                    return True
                waiting = True
            if not waiting:
                return False
            time.sleep(0.5)
        return False

    def probe_now(self) -> None:
        """Try offline remotes at the next pass (the user pressed Sync, or the line is back)."""
        with self._reach_lock:
            for reach in self.reachability.values():
                reach.retry_at = 0.0

    def _claim(self, job_id: int) -> JobView | None:
        views = self._claim_many([job_id])
        return views[0] if views else None

    def _claim_many(self, job_ids: list[int]) -> list[JobView]:
        """Mark jobs in flight under our lease and commit before anything is sent.

        Skips those another worker has claimed or holds a live lease on. A job taken over
        from a lapsed lease counts as unknown: it is looked up before any retry.
        """
        views: list[JobView] = []
        taken: list[tuple[int, int | None]] = []
        started = time.monotonic()
        clock = utcnow()
        with self.db.uow() as uow:
            s = uow.session
            for job in uow.jobs.claimable(job_ids, clock, self.token):
                prior = "unknown" if job.state == "in_flight" else job.state
                if job.state == "in_flight":
                    taken.append((job.id, job.lease_station_id))
                prepare = getattr(self.handlers.get(job.kind), "prepare", None)
                if prepare is not None and prior == "pending" and job.attempts == 0:
                    prepare(s, job)  # e.g. a split order's parcel confirms only its own lines
                    s.flush()
                if not uow.jobs.take(
                    job, clock=clock, token=self.token, station_id=self.actor.station_id, until=self.leases.until()
                ):
                    continue  # another station claimed it between our read and our write
                s.refresh(job)
                views.append(
                    JobView(
                        id=job.id,
                        kind=job.kind,
                        key=job.idempotency_key,
                        prior_state=prior,
                        attempts=job.attempts,
                        payload=dict(job.payload),
                        shop_id=job.shop_id,
                        carrier_account_id=job.carrier_account_id,
                        parcel_id=job.parcel_id,
                    )
                )
            uow.commit()
        self.leases.hold([v.id for v in views], started)
        self._claimed = self._claimed or bool(views)
        claimed = {v.id for v in views}
        for job_id, station_id in taken:
            if job_id in claimed:
                log.warning(
                    "outbox job %s: the lease of station %s ran out; taken over, looking it up before any retry",
                    job_id,
                    station_id,
                )
        return views

    def _perform(self, view: JobView) -> Outcome:
        handler = self.handlers.get(view.kind)
        if handler is None:
            return Outcome("failed", Message("job_no_handler", {"kind": view.kind}))
        try:
            return handler.perform(view)
        except (InvalidInput, NotFound) as exc:
            # The account cannot be used as it is (a missing marketplace id, a deleted
            # shop): nothing was sent; the reason says what to fill in, then Retry.
            return Outcome("failed", exc.message)
        except Exception as exc:  # a bug in a handler must not wedge the queue
            log.exception("outbox job %s (%s) crashed", view.id, view.kind)
            return Outcome("unknown", Message("job_internal_error", {"kind": type(exc).__name__}))

    def _finish(self, view: JobView, outcome: Outcome) -> None:
        self._finish_many([(view, outcome)])

    def _finish_many(self, results: list[tuple[JobView, Outcome | None]]) -> None:
        """Record outcomes in one transaction; ``None``: claimed but never sent, released as it was.

        Only jobs whose lease we still hold: one taken over meanwhile is the new owner's.
        A lost connection is retried; if the database stays away the jobs are let go, and
        whoever claims them next (this outbox too) looks them up first.
        """
        if not results:
            return
        ids = [view.id for view, _ in results]
        written: set[int] = set()
        try:
            for delay in (0.0, *CLOSE_RETRIES):
                time.sleep(delay)
                try:
                    written = self._write_outcomes(results)
                    break
                except DBAPIError as exc:
                    log.warning(
                        "outbox: lost the database while recording %s outcome(s) (%s); trying again",
                        len(results),
                        type(exc.orig).__name__,
                    )
            else:
                log.error("outbox: could not record %s outcome(s); they will be looked up", len(results))
        finally:
            self.leases.drop(ids)
        for view, outcome in results:
            if outcome is None:
                continue
            if view.id in written:
                log.info("outbox job %s %s %s → %s %s", view.id, view.kind, view.key, outcome.state, outcome.message)
            else:
                log.warning(
                    "outbox job %s %s %s: another worker holds it now; its outcome is theirs",
                    view.id,
                    view.kind,
                    view.key,
                )

    def _write_outcomes(self, results: list[tuple[JobView, Outcome | None]]) -> set[int]:
        with self.db.uow() as uow:
            jobs = {job.id: job for job in uow.jobs.held([view.id for view, _ in results], self.token)}
            for view, outcome in results:
                job = jobs.get(view.id)
                if job is None:
                    continue
                job.lease_token = job.lease_until = job.lease_station_id = None
                if outcome is None:
                    job.state = view.prior_state
                    job.attempts = max(0, job.attempts - 1)
                    continue
                if not (outcome.unreachable or outcome.throttled):
                    job.sent_by_station_id = self.actor.station_id
                self._close(uow.session, job, view, outcome)
            uow.commit()
        return set(jobs)

    def stop_sending(self) -> None:
        """A pass under way sends nothing more; what it claimed and did not send goes back as it was."""
        self._stopping.set()

    def close(self) -> None:
        """A clean stop: stop sending, stop renewing, and hand back whatever is still held."""
        self._stopping.set()
        self.leases.stop()
        if not self._claimed:
            return
        try:
            with self.db.uow() as uow:
                why = Message("job_handed_back")
                n = uow.jobs.hand_back(self.token, str(why), why.code, coded.encode_params(why.params))
                uow.commit()
        except DBAPIError as exc:
            log.warning(
                "could not hand back the outbox's jobs (%s); their leases will run out", type(exc.orig).__name__
            )
            return
        if n:
            log.info("handed back %s in-flight outbox job(s)", n)

    def _close(self, session: Session, job: OutboxJob, view: JobView, outcome: Outcome) -> None:
        coded.store(job, "last_error", coded.scrubbed(outcome.message))
        if outcome.unreachable or outcome.throttled:
            # Never acted on: not the job's fault. It waits for its remote.
            job.state = view.prior_state
            job.attempts = max(0, job.attempts - 1)
            if outcome.throttled:
                wait = outcome.retry_after if outcome.retry_after is not None else DEFAULT_THROTTLE_SECONDS
                job.next_attempt_at = utcnow() + dt.timedelta(seconds=wait)
        elif outcome.state in ("retry", "unknown"):
            with self._rng_lock:
                delay = backoff(job.attempts, self.rng)
            if outcome.retry_after is not None:
                delay = max(delay, outcome.retry_after)
            # Once unknown, a job stays unknown until a lookup settles it.
            unknown = outcome.state == "unknown" or view.prior_state == "unknown"
            job.state = "unknown" if unknown else "pending"
            job.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
        else:
            job.state = outcome.state
        handler = self.handlers.get(view.kind)
        if handler is not None:
            handler.apply(session, job, outcome, self.actor)

    def _record_reachability(self, target: str, outcome: Outcome) -> None:
        with self._reach_lock:
            reach = self.reachability.setdefault(target, Reachability())
            reach.checked_at = utcnow()
            if outcome.unreachable:
                reach.failures += 1
                reach.online = False
                reach.message = coded.scrubbed(outcome.message) or ""
                with self._rng_lock:
                    jitter = self.rng.uniform(0.8, 1.2)
                wait = min(MAX_PROBE_SECONDS, 2.0 ** (reach.failures - 1)) * jitter
                reach.retry_at = time.monotonic() + wait
            else:
                reach.online, reach.failures, reach.retry_at = True, 0, 0.0
                reach.message = "" if outcome.state == "done" else coded.scrubbed(outcome.message) or ""
                if outcome.state == "done":
                    reach.last_ok_at = reach.checked_at


class OutboxWorker(threading.Thread):
    """Background thread: runs due jobs every few seconds, or at once when woken."""

    def __init__(
        self, runner: OutboxRunner, *, interval: float = 2.0, before: Callable[[], None] | None = None
    ) -> None:
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
                self.runner.run_due()  # says when the database is back (``outage.ok``)
            except Exception as exc:
                if not self.runner.outage.failed(exc):  # a lost database is tried again quietly; the rest is a bug
                    log.exception("outbox worker pass failed; trying again shortly")
            wait = self.interval
            if 0 < self.runner.last_wait < wait:
                wait = self.runner.last_wait
            self._wake.wait(wait)
            self._wake.clear()
