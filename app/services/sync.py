"""Sync: marketplace accounts, credentials, the outbox's jobs, the sync panel's figures.

Methods that talk to the network (``pull``, ``run_once``, ``test_shop``,
``test_marketplace``, ``sync_report``) are for worker threads and the CLI, never the GUI
thread; the background ``OutboxWorker`` runs the outbox and the periodic pulls.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from app import accounts, audit, coded, credentials, marketplace_rules, outbox, references, tracking
from app import sync as pulling
from app.connectors import registry
from app.connectors.http import RemoteAuthFailed, scrub
from app.errors import InvalidInput, NotAllowed, NotFound, ShipbenchError
from app.messages import Message
from app.outbox import OutboxRunner, OutboxWorker
from app.review import refresh_queue
from app.services.base import Context, Service
from app.services.connectors import Connectors
from db.models import OutboxJob, Shop, utcnow
from db.uow import Database, UnitOfWork

log = logging.getLogger(__name__)

# The secret fields each marketplace's account asks for (kept in the OS keyring):
# the typed account forms of ``app.accounts`` say which.
SECRET_FIELDS: dict[str, tuple[str, ...]] = {kind: spec.secret_keys for kind, spec in accounts.FORMS.items()}
_SECRET_WORDS = ("secret", "token", "password", "passwd", "api_key", "apikey", "private")

JOB_STATES = ("pending", "in_flight", "unknown", "failed", "done", "cancelled")
LIVE_JOB_STATES = ("pending", "in_flight", "unknown", "failed")  # bounded by the work outstanding
KIND_NAMES = {
    "request_waybill": "request waybill",
    "void_waybill": "void waybill",
    "confirm_shipment": "confirm shipment",
    "update_tracking": "update tracking",
    "pull_orders": "pull orders",
    "track_parcel": "track parcel",
}
TRACK_EVERY_SECONDS = 15 * 60  # the background worker arms the tracking looks that are due this often


@dataclass(frozen=True)
class JobRow:
    id: int
    kind: str
    key: str
    state: str
    account: str  # "shop:3" | "carrier:1"
    account_name: str
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str  # in English (the command line); ``said`` is the same for the GUI
    parcel: str
    order: str
    updated_at: dt.datetime | None
    leased_by: str = ""  # in flight: the station whose outbox holds it
    lease_until: dt.datetime | None = None  # …until then, unless it renews; then anyone takes it over
    sent_by: str = ""  # the station that last sent it
    said: Message | str = ""  # the last error as a message; a remote's own words, or an older row's text


@dataclass(frozen=True)
class AccountStatus:
    """One line of the sync panel: a shop or a carrier account."""

    account: str  # "shop:3" | "carrier:1"
    id: int
    kind: str  # shop | carrier
    name: str
    connector: str  # marketplace or carrier kind ("simulator", "amazon", ...)
    online: bool | None
    message: str  # in English (the command line); ``said`` is the same for the GUI
    last_sync: dt.datetime | None  # shops: the last complete pull; carriers: the last job answered
    pending: int
    unknown: int
    failed: int
    has_credentials: bool | None  # None: not asked (no keyring lookup for the status bar)
    said: Message | str = ""  # the message as a message (a remote's own words as text)


def secret_fields(kind: str) -> tuple[str, ...]:
    return SECRET_FIELDS.get(kind, ("api_key",))


def check_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Non-secret settings only: a key that names a secret belongs in the keyring."""
    if not isinstance(settings, Mapping):
        raise InvalidInput(Message("account_settings_must_json_object"))
    for key in settings:
        if any(word in str(key).lower() for word in _SECRET_WORDS):
            raise InvalidInput(Message("looks_like_secret_enter_secret", {"key": key}))
    return dict(settings)


@dataclass(frozen=True)
class TestResult:
    """A passed "Test connection": what the platform said, and settings it revealed."""

    message: str
    found: dict[str, Any]


@dataclass(frozen=True)
class RemoteStatus:
    name: str
    kind: str  # shop | carrier
    online: bool | None
    message: Message | str
    last_sync: dt.datetime | None


@dataclass(frozen=True)
class Installation:
    """This database's identity: the prefix of every reference it sends (``app.references``)."""

    id: str
    created_at: str


@dataclass(frozen=True)
class Status:
    queues: dict[str, int]
    outbox: dict[str, int]
    remotes: list[RemoteStatus]
    installation: str = ""

    @property
    def pending(self) -> int:
        return sum(n for state, n in self.outbox.items() if state in ("pending", "in_flight", "unknown"))

    @property
    def online(self) -> bool | None:
        known = [r.online for r in self.remotes if r.online is not None]
        return all(known) if known else None


class SyncService(Service):
    """Marketplace accounts, pulls and the outbox: what is pending, online, last synced."""

    def __init__(self, ctx: Context, runner: OutboxRunner, connectors: Connectors) -> None:
        super().__init__(ctx)
        self.runner = runner
        self.connectors = connectors
        self.worker: OutboxWorker | None = None
        self._pull_online: dict[int, tuple[bool, Message | str]] = {}
        self._last_pull_attempt: float | None = None
        self._last_tracking: float | None = None

    # --- pulls and the outbox --------------------------------------------------------

    def pull(self) -> dict[str, Any]:
        """Pull every shop; an unreachable marketplace is reported, not raised."""
        with self.db.reader() as uow:
            # Shops whose orders come from files have nothing to pull until an API is set up.
            shop_ids = [(s.id, s.name) for s in uow.shops.all() if (s.settings or {}).get("source") != "file"]
        report: dict[str, Any] = {}
        for shop_id, name in shop_ids:
            try:
                stats = pulling.pull_shop(self.db, shop_id, self.connectors.marketplace_for(shop_id), self.actor)
                report[name] = {"ok": True, **stats.__dict__}
                self._pull_online[shop_id] = (True, "")
            except ShipbenchError as exc:
                reason = exc.message
                report[name] = {"ok": False, "error": str(reason) or type(exc).__name__}
                self._pull_online[shop_id] = (False, reason)
        return report

    def run_once(self) -> dict[str, Any]:
        """Pull orders, then push every due outbox job once."""
        report = self.pull()
        attempted = self.runner.run_due()
        return {"shops": report, "outbox_attempted": attempted, "outbox": self.status().outbox}

    def start_background(self, *, interval: float = 2.0, pull_every: float = 60.0) -> OutboxWorker:
        """Start the background worker: the outbox, plus a pull every ``pull_every`` seconds."""

        def before() -> None:
            last = self._last_pull_attempt
            if last is None or time.monotonic() - last >= pull_every:
                self._last_pull_attempt = time.monotonic()
                self.pull()
            done = self._last_tracking
            if done is None or time.monotonic() - done >= TRACK_EVERY_SECONDS:
                self._last_tracking = time.monotonic()
                self.schedule_tracking()

        self.worker = OutboxWorker(self.runner, interval=interval, before=before)
        self.worker.start()
        return self.worker

    def schedule_tracking(self) -> int:
        """Arm a tracking look (``track_parcel`` job) for each shipped parcel due one; how many."""
        with self.db.uow() as uow:
            armed = tracking.schedule(uow.session)
            uow.commit()
        return armed

    def wake(self) -> None:
        """Run the outbox now, trying offline remotes again at once."""
        self.runner.probe_now()
        if self.worker is not None:
            self.worker.wake()

    def status(self, *, finished: bool = True) -> Status:
        """Counts, pending work, who is online. ``finished=False`` leaves out done and cancelled
        jobs, whose number grows with the shop's history: what a GUI timer asks for."""
        with self.db.reader() as uow:
            remotes = []
            for shop in uow.shops.all():
                online = self._pull_online.get(shop.id)
                reach = self.runner.reachability.get(f"shop:{shop.id}")
                is_online = online[0] if online else (reach.online if reach else None)
                if shop.last_pull_error and online is None:
                    is_online = False
                remotes.append(
                    RemoteStatus(shop.name, "shop", is_online, shop.last_pull_error or "", shop.last_pull_at)
                )
            for account in uow.carriers.accounts():
                reach = self.runner.reachability.get(f"carrier:{account.id}")
                remotes.append(
                    RemoteStatus(
                        account.name,
                        "carrier",
                        reach.online if reach else None,
                        str(reach.message) if reach else "",
                        reach.checked_at if reach else None,
                    )
                )
            installation = uow.settings.get(references.INSTALLATION_KEY) or {}
            jobs = uow.jobs.counts(None if finished else LIVE_JOB_STATES)
            return Status(uow.orders.queue_counts(), jobs, remotes, str(installation.get("id", "")))

    def installation(self) -> Installation:
        """This database's installation identity (created now if it has none yet)."""
        with self.db.uow() as uow:
            value = uow.settings.add_once(references.INSTALLATION_KEY, references.new_installation())
            uow.commit()
        return Installation(str(value["id"]), str(value.get("created_at", "")))

    def stop_background(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    # --- marketplace accounts ------------------------------------------------------

    def marketplace_kinds(self) -> list[str]:
        return sorted(registry.MARKETPLACES)

    def shop_accounts(self) -> list[dict[str, Any]]:
        """Every shop with its non-secret settings and whether secrets are stored (no secret values)."""
        with self.db.reader() as uow:
            shops = [(s.id, s.name, s.marketplace, s.base_url, dict(s.settings or {})) for s in uow.shops.all()]
        return [
            {
                "id": shop_id,
                "name": name,
                "marketplace": kind,
                "base_url": base_url,
                "settings": settings,
                "secret_fields": list(secret_fields(kind)),
                "has_credentials": bool(stored),
                "stored_secrets": sorted(stored),  # the names, never the values
            }
            for shop_id, name, kind, base_url, settings in shops
            for stored in [credentials.load("shop", shop_id)]
        ]

    def save_shop(
        self,
        *,
        name: str,
        marketplace: str,
        base_url: str = "",
        settings: Mapping[str, Any] | None = None,
        secrets: Mapping[str, str] | None = None,
        shop_id: int | None = None,
    ) -> int:
        """Add a marketplace account, or edit one; secrets go to the keyring, the rest to the database.

        ``secrets`` None or empty keeps the stored secrets (a blank field in the dialog
        means "unchanged").
        """
        name = name.strip()
        if not name:
            raise InvalidInput(Message("shop_needs_name"))
        if marketplace not in registry.MARKETPLACES:
            known = ", ".join(sorted(registry.MARKETPLACES))
            raise InvalidInput(
                Message("marketplace_has_no_connector_known", {"kind": marketplace, "marketplaces": known})
            )
        clean_settings = check_settings(settings or {})
        new_secrets = {k: v for k, v in (secrets or {}).items() if v}
        if new_secrets and not credentials.available():
            raise credentials.NoKeyring(credentials.NO_KEYRING)
        with self.db.uow() as uow:
            clash = uow.shops.by_name(name)
            if clash is not None and clash.id != (shop_id or 0):
                raise InvalidInput(Message("there_already_shop_called", {"name": name}))
            if shop_id is None:
                shop = Shop(name=name, marketplace=marketplace, base_url=base_url.strip(), settings=clean_settings)
                uow.add(shop)
                uow.flush()
            else:
                found = uow.shops.get(shop_id)
                if found is None:
                    raise NotFound(Message("no_shop", {"shop_id": shop_id}))
                shop = found
                if shop.marketplace != marketplace and shop.pull_cursor:
                    shop.pull_cursor = None  # another platform: start the pulls afresh
                shop.name, shop.marketplace, shop.base_url = name, marketplace, base_url.strip()
                shop.settings = clean_settings
            audit.record(uow.session, self.actor, "shop account saved", detail=f"{name} ({marketplace})")
            uow.commit()
            saved_id = shop.id
        if new_secrets:
            merged = {**credentials.load("shop", saved_id), **new_secrets}
            credentials.store("shop", saved_id, merged)
        self.connectors.forget("shop", saved_id)
        return saved_id

    def forget_shop_secrets(self, shop_id: int) -> None:
        credentials.forget("shop", shop_id)
        self.connectors.forget("shop", shop_id)

    def test_shop(self, shop_id: int) -> str:
        """One cheap authenticated call with the stored settings and secrets (a worker thread)."""
        with self.db.reader() as uow:
            shop = uow.shops.get(shop_id)
            if shop is None:
                raise NotFound(Message("no_shop", {"shop_id": shop_id}))
            kind, base_url, settings = shop.marketplace, shop.base_url, dict(shop.settings or {})
        return self.test_marketplace(kind, base_url, settings, credentials.load("shop", shop_id))

    def test_marketplace(
        self,
        kind: str,
        base_url: str,
        settings: Mapping[str, Any],
        secrets: Mapping[str, str],
        *,
        shop_id: int | None = None,
    ) -> str:
        """Test an account's values before they are saved (the dialog's "Test connection").

        With ``shop_id``, secrets left empty are the ones stored for that shop.
        """
        return self.test_account(kind, base_url, settings, secrets, shop_id=shop_id).message

    def test_account(
        self,
        kind: str,
        base_url: str,
        settings: Mapping[str, Any],
        secrets: Mapping[str, str],
        *,
        shop_id: int | None = None,
    ) -> TestResult:
        """One cheap authenticated call; a failure is raised in plain words (who refused what,
        which address cannot be reached), never with a secret in it. WooCommerce: also
        whether the Shipment Tracking extension answers (``found``)."""
        entered = {k: v for k, v in secrets.items() if v}
        secrets = {**credentials.load("shop", shop_id), **entered} if shop_id is not None else entered
        secret_values = [v for v in secrets.values() if v]
        settings = check_settings(settings)
        found: dict[str, Any] = {}
        try:
            connector = registry.marketplace(kind, base_url, settings, dict(secrets))
            test = getattr(connector, "test_connection", None)
            if test is None:
                raise NotAllowed(Message("connector_cannot_test_connection", {"kind": kind}))
            message = scrub(str(test()), secret_values)
            detect = getattr(connector, "has_shipment_tracking", None)
            if detect is not None:
                found["shipment_tracking"] = bool(detect())
                message += (
                    "; the Shipment Tracking extension is installed"
                    if found["shipment_tracking"]
                    else "; the Shipment Tracking extension is not installed (tracking goes in an order note)"
                )
            return TestResult(message, found)
        except ShipbenchError as exc:
            host = accounts.host_of(kind, base_url, settings)
            words = scrub(accounts.explain(kind, exc, host=host), secret_values)
            exc.args = (words,)
            exc.message = Message("text", {"text": words})  # the GUI shows the same plain words
            raise exc from None

    def exchange_code(
        self,
        kind: str,
        base_url: str,
        secrets: Mapping[str, str],
        code: str,
        redirect_uri: str,
        *,
        shop_id: int | None = None,
    ) -> str:
        """The OAuth authorisation code for a refresh token (eBay, AliExpress; a worker thread).

        ``secrets``: the app's client id/secret (App Key/Secret) as typed; empty ones are
        the stored ones of ``shop_id``. Returns the refresh token (the caller saves it).
        """
        entered = {k: v for k, v in secrets.items() if v}
        values = {**credentials.load("shop", shop_id), **entered} if shop_id is not None else entered
        secret_values = [v for v in (*values.values(), code) if v]
        try:
            if kind == "ebay":
                from app.connectors import ebay

                return ebay.exchange_code(
                    base_url,
                    client_id=values.get("client_id", ""),
                    client_secret=values.get("client_secret", ""),
                    code=code.strip(),
                    redirect_uri=redirect_uri,
                )
            if kind == "aliexpress":
                from app.connectors import aliexpress

                return aliexpress.exchange_code(
                    base_url,
                    app_key=values.get("app_key", ""),
                    app_secret=values.get("app_secret", ""),
                    code=code.strip(),
                )
        except ShipbenchError as exc:
            host = accounts.host_of(kind, base_url, {})
            words = scrub(
                str(exc) if isinstance(exc, RemoteAuthFailed) else accounts.explain(kind, exc, host=host), secret_values
            )
            exc.args = (words,)
            exc.message = Message("text", {"text": words})  # the GUI shows the same plain words
            raise exc from None
        raise InvalidInput(f"{kind} accounts are not connected with an authorisation code")

    # --- the outbox's jobs -------------------------------------------------------------

    def jobs(
        self, state: str | None = None, *, account: str | None = None, offset: int = 0, limit: int = 200
    ) -> list[JobRow]:
        """Jobs newest first (one page), optionally of one state and one account ("shop:3")."""
        with self.db.reader() as uow:
            rows = uow.jobs.page(state, account=account, offset=offset, limit=limit)
            names = _account_names(uow)
            parcels = uow.parcels.numbers_with_orders(sorted({j.parcel_id for j in rows if j.parcel_id}))
            stations = uow.stations.names(
                sorted({i for j in rows for i in (j.lease_station_id, j.sent_by_station_id) if i is not None})
            )
            return [
                JobRow(
                    id=j.id,
                    kind=j.kind,
                    key=j.idempotency_key,
                    state=j.state,
                    account=outbox.target_of(j),
                    account_name=names.get(outbox.target_of(j), outbox.target_of(j)),
                    attempts=j.attempts,
                    next_attempt_at=j.next_attempt_at,
                    last_error=j.last_error or "",
                    said=coded.read(j, "last_error") or "",
                    parcel=parcels.get(j.parcel_id or 0, ("", ""))[0],
                    order=parcels.get(j.parcel_id or 0, ("", ""))[1],
                    updated_at=j.updated_at,
                    leased_by=stations.get(j.lease_station_id or 0, "") if j.state == "in_flight" else "",
                    lease_until=j.lease_until if j.state == "in_flight" else None,
                    sent_by=stations.get(j.sent_by_station_id or 0, ""),
                )
                for j in rows
            ]

    def retry_jobs(self, job_ids: list[int] | None = None) -> int:
        """Send failed (or cancelled) jobs again, now; ``None``: every failed job. Returns how many."""
        with self.db.uow() as uow:
            s = uow.session
            jobs = uow.jobs.in_states(("failed", "cancelled")) if job_ids is None else uow.jobs.by_ids(job_ids)
            if job_ids is not None:
                missing = set(job_ids) - {j.id for j in jobs}
                if missing:
                    raise NotFound(Message("no_job", {"missing": ", ".join(map(str, sorted(missing)))}))
                busy = [j.id for j in jobs if j.state not in ("failed", "cancelled", "pending", "unknown")]
                if busy:
                    raise NotAllowed(
                        Message(
                            "job_only_failed_cancelled_jobs",
                            {"job_id": busy[0], "state": _state_word(jobs, busy[0])},
                        )
                    )
            count = 0
            for job in jobs:
                if job.state in ("pending", "unknown"):
                    job.next_attempt_at = utcnow()  # "retry now" on a waiting job: no delay
                    continue
                job.state = "pending"
                job.attempts = 0
                job.next_attempt_at = utcnow()
                parcel = uow.parcels.get(job.parcel_id) if job.parcel_id else None
                if parcel is not None:
                    if job.kind == "request_waybill" and parcel.status == "failed":
                        parcel.status = "requested"
                        coded.store(parcel, "waybill_error", None)
                        refresh_queue(parcel.order)
                    audit.record(s, self.actor, "job retried", parcel=parcel, detail=_kind(job.kind))
                count += 1
            uow.commit()
        self.wake()
        return count

    def cancel_jobs(self, job_ids: list[int]) -> int:
        """Withdraw jobs that are waiting or failed; a job whose outcome is unknown cannot be."""
        with self.db.uow() as uow:
            s = uow.session
            jobs = uow.jobs.by_ids(job_ids)
            missing = set(job_ids) - {j.id for j in jobs}
            if missing:
                raise NotFound(Message("no_job", {"missing": ", ".join(map(str, sorted(missing)))}))
            for job in jobs:
                if job.state in ("in_flight", "unknown"):
                    raise NotAllowed(
                        Message(
                            "job_may_already_have_reached",
                            {"id": job.id, "value": "carrier" if job.carrier_account_id else "marketplace"},
                        )
                    )
                if job.state == "done":
                    raise NotAllowed(Message("job_already_done", {"id": job.id}))
            count = 0
            for job in jobs:
                if job.state == "cancelled":
                    continue
                job.state = "cancelled"
                coded.store(
                    job,
                    "last_error",
                    Message("job_cancelled_by", {"user": self.actor.user_name})
                    if self.actor.user_name
                    else Message("job_cancelled_by_a_user"),
                )
                parcel = uow.parcels.get(job.parcel_id) if job.parcel_id else None
                if parcel is not None:
                    if job.kind == "request_waybill" and parcel.status == "requested":
                        parcel.status = "failed"
                        coded.store(parcel, "waybill_error", Message("waybill_request_cancelled"))
                        refresh_queue(parcel.order)
                    audit.record(s, self.actor, "job cancelled", parcel=parcel, detail=_kind(job.kind))
                count += 1
            uow.commit()
        return count

    def correct_tracking(self, parcel_ref: str, new_number: str) -> str:
        """Correct a shipped parcel's tracking number, and tell the marketplace (a queued job).

        Not yet confirmed: the waiting confirmation carries the new number. Confirmed: an
        ``update_tracking`` job, which the marketplace accepts within its window.
        """
        new_number = new_number.strip()
        if not new_number:
            raise InvalidInput(Message("enter_new_tracking_number"))
        with self.db.uow() as uow:
            s = uow.session
            parcel = uow.parcels.by_code(parcel_ref)
            if parcel is None:
                raise NotFound(Message("no_parcel", {"missing": parcel_ref}))
            if parcel.status != "shipped":
                raise NotAllowed(Message("parcel_not_shipped_yet_change", {"number": parcel.number}))
            if parcel.tracking_number == new_number:
                raise InvalidInput(
                    Message("parcel_already_has_tracking_number", {"number": parcel.number, "new_number": new_number})
                )
            old = parcel.tracking_number or ""
            confirm = uow.jobs.by_key("confirm_shipment", parcel.number)
            if confirm is None or confirm.state != "pending":  # the marketplace has (or may have) the old one
                self._within_marketplace_rules(uow, parcel, old, new_number)
            parcel.tracking_number = new_number
            audit.record(s, self.actor, "tracking corrected", parcel=parcel, detail=f"{old} → {new_number}")
            if confirm is not None and confirm.state == "pending":
                confirm.payload = {**confirm.payload, "tracking_number": new_number}
                result = "the waiting confirmation will carry the new number"
            else:
                method = parcel.shipping_method
                carrier = method.carrier_account.name if method is not None else ""
                outbox.enqueue(
                    s,
                    "update_tracking",
                    f"{parcel.number}:{new_number}",
                    {
                        "order_id": parcel.order.marketplace_order_id,
                        "package_reference": references.package_reference_of(s, parcel, confirm),
                        "carrier": (confirm.payload.get("carrier") if confirm is not None else "") or carrier,
                        "tracking_number": new_number,
                        "previous_tracking_number": old,
                    },
                    shop_id=parcel.order.shop_id,
                    parcel=parcel,
                )
                result = "the correction is queued for the marketplace"
            uow.commit()
        self.wake()
        return result

    def _within_marketplace_rules(self, uow: UnitOfWork, parcel: Any, old: str, new_number: str) -> None:
        """Refuse a correction the marketplace would not take (its window, its limit), with a buyer message."""
        order = parcel.order
        rules = marketplace_rules.rules_for(order.shop.marketplace)
        # A correction the marketplace refused or a user cancelled did not count there.
        done = uow.jobs.count_for_parcel("update_tracking", parcel.id, not_in=("failed", "cancelled"))
        problem = marketplace_rules.correction_problem(rules, parcel.shipped_at, done, dt.datetime.now(dt.UTC))
        if problem is None:
            return
        method = parcel.shipping_method
        message = marketplace_rules.buyer_message(
            buyer=order.buyer_name or order.ship_name,
            order_number=order.number,
            carrier=method.carrier_account.name if method is not None else "",
            old_number=old,
            new_number=new_number,
        )
        audit.record(uow.session, self.actor, "tracking correction refused", parcel=parcel, detail=problem)
        uow.commit()  # the refusal stays in the parcel's history
        raise marketplace_rules.CorrectionRefused(problem, message)

    def platform_rules(self) -> list[dict[str, Any]]:
        """Each platform's correction window and limit and confirmation deadline."""
        return [r.as_dict() for r in marketplace_rules.RULES.values()]

    # --- figures for the sync panel and the CLI ----------------------------------------

    def sync_overview(self, *, with_credentials: bool = False) -> list[AccountStatus]:
        """Every shop and carrier account with its connection and its jobs' counts (two queries)."""
        with self.db.reader() as uow:
            counts = uow.jobs.counts_by_account(("pending", "in_flight", "unknown", "failed"))
            rows: list[AccountStatus] = []
            for shop in uow.shops.all():
                target = f"shop:{shop.id}"
                pulled = self._pull_online.get(shop.id)
                reach = self.runner.reachability.get(target)
                online = pulled[0] if pulled else (reach.online if reach else None)
                if shop.last_pull_error and pulled is None:
                    online = False
                said = (
                    (pulled[1] if pulled else "")
                    or coded.read(shop, "last_pull_error")
                    or (reach.message if reach else "")
                )
                c = counts.get(target, {})
                rows.append(
                    AccountStatus(
                        target,
                        shop.id,
                        "shop",
                        shop.name,
                        shop.marketplace,
                        online,
                        str(said),
                        shop.last_pull_at,
                        c.get("pending", 0) + c.get("in_flight", 0),
                        c.get("unknown", 0),
                        c.get("failed", 0),
                        credentials.has_secrets("shop", shop.id) if with_credentials else None,
                        said,
                    )
                )
            for account in uow.carriers.accounts():
                target = f"carrier:{account.id}"
                reach = self.runner.reachability.get(target)
                c = counts.get(target, {})
                rows.append(
                    AccountStatus(
                        target,
                        account.id,
                        "carrier",
                        account.name,
                        account.carrier,
                        reach.online if reach else None,
                        str(reach.message) if reach else "",
                        reach.last_ok_at if reach else None,
                        c.get("pending", 0) + c.get("in_flight", 0),
                        c.get("unknown", 0),
                        c.get("failed", 0),
                        credentials.has_secrets("carrier", account.id) if with_credentials else None,
                        reach.message if reach else "",
                    )
                )
            return rows

    def sync_report(self, *, until_idle: bool = False) -> dict[str, Any]:
        """Pull every shop, push the outbox (once, or until nothing is left), report per account."""
        pulled = self.pull()
        before = _done_counts(self.db)
        if until_idle:
            self.runner.run_until_idle()
        else:
            self.runner.run_due()
        after = _done_counts(self.db)
        failed = _failed_reasons(self.db)
        accounts = []
        for row in self.sync_overview():
            entry: dict[str, Any] = {
                "account": row.account,
                "kind": row.kind,
                "name": row.name,
                "online": row.online,
                "message": str(row.message),
                "sent": after.get(row.account, 0) - before.get(row.account, 0),
                "pending": row.pending,
                "unknown": row.unknown,
                "failed": row.failed,
                "failures": failed.get(row.account, []),
            }
            if row.kind == "shop" and row.name not in pulled:
                entry["pulled"] = None  # a shop whose orders come from files: nothing to pull
                entry["last_sync"] = row.last_sync.isoformat() if row.last_sync else None
            elif row.kind == "shop":
                p = pulled.get(row.name, {})
                entry["pulled"] = {
                    "ok": p.get("ok", False),
                    "new": p.get("new", 0),
                    "updated": p.get("updated", 0),
                    "cancelled": p.get("cancelled", 0),
                    "intercepted": p.get("intercepted", 0),
                }
                if not p.get("ok", False) and p.get("error"):
                    entry["pulled"]["error"] = p["error"]
                entry["last_sync"] = row.last_sync.isoformat() if row.last_sync else None
            accounts.append(entry)
        # "shops": each shop's pull as `Workstation.pull` reports it (kept for scripts).
        return {"accounts": accounts, "shops": pulled, "outbox": self.status().outbox}


def job_dict(row: JobRow) -> dict[str, Any]:
    # ``said`` is the GUI's copy of ``last_error`` (a message): the English text is enough here
    data = {f.name: getattr(row, f.name) for f in fields(row) if f.name != "said"}
    for key in ("next_attempt_at", "updated_at", "lease_until"):
        data[key] = data[key].isoformat() if data[key] else None
    return data


def _kind(kind: str) -> str:
    return KIND_NAMES.get(kind, kind.replace("_", " "))


def _state_word(jobs: list[OutboxJob], job_id: int) -> str:
    state = next(j.state for j in jobs if j.id == job_id)
    return state.replace("_", " ")


def _account_names(uow: UnitOfWork) -> dict[str, str]:
    names = {f"shop:{i}": n for i, n in uow.shops.names().items()}
    names.update({f"carrier:{i}": n for i, n in uow.carriers.account_names().items()})
    return names


def _done_counts(db: Database) -> dict[str, int]:
    with db.reader() as uow:
        return {target: c.get("done", 0) for target, c in uow.jobs.counts_by_account(("done",)).items()}


def _failed_reasons(db: Database, per_account: int = 20) -> dict[str, list[dict[str, Any]]]:
    with db.reader() as uow:
        out: dict[str, list[dict[str, Any]]] = {}
        for job in uow.jobs.in_states(("failed",)):
            items = out.setdefault(outbox.target_of(job), [])
            if len(items) < per_account:
                items.append(
                    {"job": job.id, "kind": job.kind, "key": job.idempotency_key, "reason": job.last_error or ""}
                )
        return out
