"""Sync: marketplace accounts, credentials, the outbox's jobs, the sync panel's figures.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor`,
`self.settings` and `self.runner`, each in its own unit of work. Methods that talk to
the network (``test_shop``, ``test_marketplace``, ``sync_report``) are for worker
threads and the CLI, never the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app import audit, credentials, outbox
from app.connectors import registry
from app.connectors.http import scrub
from app.errors import InvalidInput, NotAllowed, NotFound, ShipbenchError
from app.review import refresh_queue
from db import queries
from db.models import CarrierAccount, Order, OutboxJob, Parcel, Shop, utcnow

if TYPE_CHECKING:
    from app.actor import Actor
    from app.outbox import OutboxRunner
    from db.uow import Database

log = logging.getLogger(__name__)

# The secret fields each marketplace's account asks for (kept in the OS keyring).
SECRET_FIELDS: dict[str, tuple[str, ...]] = {
    "simulator": ("api_key",),
    "amazon": ("client_id", "client_secret", "refresh_token"),
    "shopify": ("access_token",),
    "ebay": ("client_id", "client_secret", "refresh_token"),
    "aliexpress": ("app_key", "app_secret", "access_token"),
    "woocommerce": ("consumer_key", "consumer_secret"),
}
_SECRET_WORDS = ("secret", "token", "password", "passwd", "api_key", "apikey", "private")

JOB_STATES = ("pending", "in_flight", "unknown", "failed", "done", "cancelled")
KIND_NAMES = {
    "request_waybill": "request waybill",
    "void_waybill": "void waybill",
    "confirm_shipment": "confirm shipment",
    "update_tracking": "update tracking",
    "pull_orders": "pull orders",
}


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
    last_error: str
    parcel: str
    order: str
    updated_at: dt.datetime | None


@dataclass(frozen=True)
class AccountStatus:
    """One line of the sync panel: a shop or a carrier account."""

    account: str  # "shop:3" | "carrier:1"
    id: int
    kind: str  # shop | carrier
    name: str
    connector: str  # marketplace or carrier kind ("simulator", "amazon", ...)
    online: bool | None
    message: str
    last_sync: dt.datetime | None  # shops: the last complete pull; carriers: the last job answered
    pending: int
    unknown: int
    failed: int
    has_credentials: bool | None  # None: not asked (no keyring lookup for the status bar)


def secret_fields(kind: str) -> tuple[str, ...]:
    return SECRET_FIELDS.get(kind, ("api_key",))


def check_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Non-secret settings only: a key that names a secret belongs in the keyring."""
    if not isinstance(settings, Mapping):
        raise InvalidInput("account settings must be a JSON object like {\"seller_id\": \"A1B2\"}")
    for key in settings:
        if any(word in str(key).lower() for word in _SECRET_WORDS):
            raise InvalidInput(f"{key!r} looks like a secret: enter it in the secret fields, which go to the keyring")
    return dict(settings)


class SyncDesk:
    db: Database
    runner: OutboxRunner
    actor: Actor
    _marketplaces: dict[int, Any]
    _pull_online: dict[int, tuple[bool, str]]

    # --- marketplace accounts ------------------------------------------------------

    def marketplace_kinds(self) -> list[str]:
        return sorted(registry.MARKETPLACES)

    def shop_accounts(self) -> list[dict[str, Any]]:
        """Every shop with its non-secret settings and whether secrets are stored (no secret values)."""
        with self.db.reader() as uow:
            shops = [(s.id, s.name, s.marketplace, s.base_url, dict(s.settings or {})) for s in queries.shops(uow.session)]
        return [
            {
                "id": shop_id,
                "name": name,
                "marketplace": kind,
                "base_url": base_url,
                "settings": settings,
                "secret_fields": list(secret_fields(kind)),
                "has_credentials": credentials.has_secrets("shop", shop_id),
            }
            for shop_id, name, kind, base_url, settings in shops
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
            raise InvalidInput("the shop needs a name")
        if marketplace not in registry.MARKETPLACES:
            known = ", ".join(sorted(registry.MARKETPLACES))
            raise InvalidInput(f"marketplace {marketplace!r} has no connector (known: {known})")
        clean_settings = check_settings(settings or {})
        new_secrets = {k: v for k, v in (secrets or {}).items() if v}
        if new_secrets and not credentials.available():
            raise credentials.NoKeyring(credentials.NO_KEYRING)
        with self.db.uow() as uow:
            s = uow.session
            clash = s.scalar(select(Shop).where(Shop.name == name, Shop.id != (shop_id or 0)))
            if clash is not None:
                raise InvalidInput(f"there is already a shop called {name}")
            if shop_id is None:
                shop = Shop(name=name, marketplace=marketplace, base_url=base_url.strip(), settings=clean_settings)
                s.add(shop)
                s.flush()
            else:
                found = s.get(Shop, shop_id)
                if found is None:
                    raise NotFound(f"no shop {shop_id}")
                shop = found
                if shop.marketplace != marketplace and shop.pull_cursor:
                    shop.pull_cursor = None  # another platform: start the pulls afresh
                shop.name, shop.marketplace, shop.base_url = name, marketplace, base_url.strip()
                shop.settings = clean_settings
            audit.record(s, self.actor, "shop account saved", detail=f"{name} ({marketplace})")
            uow.commit()
            saved_id = shop.id
        if new_secrets:
            merged = {**credentials.load("shop", saved_id), **new_secrets}
            credentials.store("shop", saved_id, merged)
        self.forget_connector("shop", saved_id)
        return saved_id

    def forget_shop_secrets(self, shop_id: int) -> None:
        credentials.forget("shop", shop_id)
        self.forget_connector("shop", shop_id)

    def forget_connector(self, kind: str, account_id: int) -> None:
        """Build the connector afresh next time (settings or secrets changed)."""
        with self._connector_lock:  # type: ignore[attr-defined]
            if kind == "shop":
                self._marketplaces.pop(account_id, None)
            else:
                self._carriers.pop(account_id, None)  # type: ignore[attr-defined]
        self.runner.limiters.forget(f"{kind}:{account_id}")

    def test_shop(self, shop_id: int) -> str:
        """One cheap authenticated call with the stored settings and secrets (a worker thread)."""
        with self.db.reader() as uow:
            shop = uow.session.get(Shop, shop_id)
            if shop is None:
                raise NotFound(f"no shop {shop_id}")
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
        entered = {k: v for k, v in secrets.items() if v}
        secrets = {**credentials.load("shop", shop_id), **entered} if shop_id is not None else entered
        secret_values = [v for v in secrets.values() if v]
        try:
            connector = registry.marketplace(kind, base_url, check_settings(settings), dict(secrets))
            test = getattr(connector, "test_connection", None)
            if test is None:
                raise NotAllowed(f"the {kind} connector cannot test a connection")
            return scrub(str(test()), secret_values)
        except ShipbenchError as exc:
            raise _scrubbed(exc, secret_values) from None

    # --- the outbox's jobs -------------------------------------------------------------

    def jobs(
        self, state: str | None = None, *, account: str | None = None, offset: int = 0, limit: int = 200
    ) -> list[JobRow]:
        """Jobs newest first (one page), optionally of one state and one account ("shop:3")."""
        with self.db.reader() as uow:
            s = uow.session
            stmt = select(OutboxJob).order_by(OutboxJob.id.desc()).offset(offset).limit(limit)
            if state:
                stmt = stmt.where(OutboxJob.state == state)
            if account:
                kind, _, raw_id = account.partition(":")
                column = OutboxJob.shop_id if kind == "shop" else OutboxJob.carrier_account_id
                stmt = stmt.where(column == int(raw_id))
                if kind == "shop":
                    stmt = stmt.where(OutboxJob.carrier_account_id.is_(None))
            rows = list(s.scalars(stmt))
            names = _account_names(s)
            parcel_ids = {j.parcel_id for j in rows if j.parcel_id}
            parcels = {}
            if parcel_ids:
                for pid, number, order_number in s.execute(
                    select(Parcel.id, Parcel.number, Order.number)
                    .join(Order, Order.id == Parcel.order_id)
                    .where(Parcel.id.in_(parcel_ids))
                ):
                    parcels[pid] = (number, order_number)
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
                    parcel=parcels.get(j.parcel_id or 0, ("", ""))[0],
                    order=parcels.get(j.parcel_id or 0, ("", ""))[1],
                    updated_at=j.updated_at,
                )
                for j in rows
            ]

    def retry_jobs(self, job_ids: list[int] | None = None) -> int:
        """Send failed (or cancelled) jobs again, now; ``None``: every failed job. Returns how many."""
        with self.db.uow() as uow:
            s = uow.session
            stmt = select(OutboxJob).where(OutboxJob.state.in_(("failed", "cancelled")))
            if job_ids is not None:
                stmt = select(OutboxJob).where(OutboxJob.id.in_(job_ids))
            jobs = list(s.scalars(stmt))
            if job_ids is not None:
                missing = set(job_ids) - {j.id for j in jobs}
                if missing:
                    raise NotFound(f"no job {', '.join(map(str, sorted(missing)))}")
                busy = [j.id for j in jobs if j.state not in ("failed", "cancelled", "pending", "unknown")]
                if busy:
                    raise NotAllowed(f"job {busy[0]} is {_state_word(jobs, busy[0])}: only failed or cancelled jobs are retried")
            count = 0
            for job in jobs:
                if job.state in ("pending", "unknown"):
                    job.next_attempt_at = utcnow()  # "retry now" on a waiting job: no delay
                    continue
                job.state = "pending"
                job.attempts = 0
                job.next_attempt_at = utcnow()
                parcel = s.get(Parcel, job.parcel_id) if job.parcel_id else None
                if parcel is not None:
                    if job.kind == "request_waybill" and parcel.status == "failed":
                        parcel.status = "requested"
                        parcel.waybill_error = None
                        refresh_queue(parcel.order)
                    audit.record(s, self.actor, "job retried", parcel=parcel, detail=_kind(job.kind))
                count += 1
            uow.commit()
        self.wake()  # type: ignore[attr-defined]
        return count

    def cancel_jobs(self, job_ids: list[int]) -> int:
        """Withdraw jobs that are waiting or failed; a job whose outcome is unknown cannot be."""
        with self.db.uow() as uow:
            s = uow.session
            jobs = list(s.scalars(select(OutboxJob).where(OutboxJob.id.in_(job_ids))))
            missing = set(job_ids) - {j.id for j in jobs}
            if missing:
                raise NotFound(f"no job {', '.join(map(str, sorted(missing)))}")
            for job in jobs:
                if job.state in ("in_flight", "unknown"):
                    raise NotAllowed(
                        f"job {job.id} may already have reached the {'carrier' if job.carrier_account_id else 'marketplace'}; "
                        "it is being looked up and cannot be cancelled"
                    )
                if job.state == "done":
                    raise NotAllowed(f"job {job.id} is already done")
            count = 0
            for job in jobs:
                if job.state == "cancelled":
                    continue
                job.state = "cancelled"
                job.last_error = f"cancelled by {self.actor.user_name or 'a user'}"
                parcel = s.get(Parcel, job.parcel_id) if job.parcel_id else None
                if parcel is not None:
                    if job.kind == "request_waybill" and parcel.status == "requested":
                        parcel.status = "failed"
                        parcel.waybill_error = "the waybill request was cancelled"
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
            raise InvalidInput("enter the new tracking number")
        with self.db.uow() as uow:
            s = uow.session
            parcel = queries.parcel_by_code(s, parcel_ref)
            if parcel is None:
                raise NotFound(f"no parcel {parcel_ref}")
            if parcel.status != "shipped":
                raise NotAllowed(f"parcel {parcel.number} is not shipped yet: change its waybill instead")
            if parcel.tracking_number == new_number:
                raise InvalidInput(f"parcel {parcel.number} already has tracking number {new_number}")
            old = parcel.tracking_number or ""
            confirm = queries.outbox_job(s, "confirm_shipment", parcel.number)
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
                        "package_reference": parcel.number,
                        "carrier": (confirm.payload.get("carrier") if confirm is not None else "") or carrier,
                        "tracking_number": new_number,
                        "previous_tracking_number": old,
                    },
                    shop_id=parcel.order.shop_id,
                    parcel=parcel,
                )
                result = "the correction is queued for the marketplace"
            uow.commit()
        self.wake()  # type: ignore[attr-defined]
        return result

    # --- figures for the sync panel and the CLI ----------------------------------------

    def sync_overview(self, *, with_credentials: bool = False) -> list[AccountStatus]:
        """Every shop and carrier account with its connection and its jobs' counts (two queries)."""
        with self.db.reader() as uow:
            s = uow.session
            counts: dict[str, dict[str, int]] = {}
            for shop_id, account_id, state, n in s.execute(
                select(OutboxJob.shop_id, OutboxJob.carrier_account_id, OutboxJob.state, func.count())
                .where(OutboxJob.state.in_(("pending", "in_flight", "unknown", "failed")))
                .group_by(OutboxJob.shop_id, OutboxJob.carrier_account_id, OutboxJob.state)
            ):
                target = f"carrier:{account_id}" if account_id is not None else f"shop:{shop_id}"
                counts.setdefault(target, {})[state] = counts.get(target, {}).get(state, 0) + n
            rows: list[AccountStatus] = []
            for shop in queries.shops(s):
                target = f"shop:{shop.id}"
                pulled = self._pull_online.get(shop.id)
                reach = self.runner.reachability.get(target)
                online = pulled[0] if pulled else (reach.online if reach else None)
                if shop.last_pull_error and pulled is None:
                    online = False
                message = (pulled[1] if pulled else "") or shop.last_pull_error or (reach.message if reach else "")
                c = counts.get(target, {})
                rows.append(
                    AccountStatus(
                        target, shop.id, "shop", shop.name, shop.marketplace, online, message, shop.last_pull_at,
                        c.get("pending", 0) + c.get("in_flight", 0), c.get("unknown", 0), c.get("failed", 0),
                        credentials.has_secrets("shop", shop.id) if with_credentials else None,
                    )
                )
            for account in s.scalars(select(CarrierAccount).order_by(CarrierAccount.id)):
                target = f"carrier:{account.id}"
                reach = self.runner.reachability.get(target)
                c = counts.get(target, {})
                rows.append(
                    AccountStatus(
                        target, account.id, "carrier", account.name, account.carrier,
                        reach.online if reach else None, reach.message if reach else "",
                        reach.last_ok_at if reach else None,
                        c.get("pending", 0) + c.get("in_flight", 0), c.get("unknown", 0), c.get("failed", 0),
                        credentials.has_secrets("carrier", account.id) if with_credentials else None,
                    )
                )
            return rows

    def sync_report(self, *, until_idle: bool = False) -> dict[str, Any]:
        """Pull every shop, push the outbox (once, or until nothing is left), report per account."""
        pulled = self.pull()  # type: ignore[attr-defined]
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
                "message": row.message,
                "sent": after.get(row.account, 0) - before.get(row.account, 0),
                "pending": row.pending,
                "unknown": row.unknown,
                "failed": row.failed,
                "failures": failed.get(row.account, []),
            }
            if row.kind == "shop":
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
        return {"accounts": accounts, "shops": pulled, "outbox": self.status().outbox}  # type: ignore[attr-defined]


def job_dict(row: JobRow) -> dict[str, Any]:
    data = asdict(row)
    for key in ("next_attempt_at", "updated_at"):
        data[key] = data[key].isoformat() if data[key] else None
    return data


def _scrubbed(exc: ShipbenchError, secrets: list[str]) -> ShipbenchError:
    """The same error with any secret value blanked out of its text."""
    text = scrub(str(exc), secrets)
    if text == str(exc):
        return exc
    exc.args = (text,)
    return exc


def _kind(kind: str) -> str:
    return KIND_NAMES.get(kind, kind.replace("_", " "))


def _state_word(jobs: list[OutboxJob], job_id: int) -> str:
    state = next(j.state for j in jobs if j.id == job_id)
    return state.replace("_", " ")


def _account_names(session: Any) -> dict[str, str]:
    names = {f"shop:{i}": n for i, n in session.execute(select(Shop.id, Shop.name))}
    names.update({f"carrier:{i}": n for i, n in session.execute(select(CarrierAccount.id, CarrierAccount.name))})
    return names


def _done_counts(db: Database) -> dict[str, int]:
    with db.reader() as uow:
        rows = uow.session.execute(
            select(OutboxJob.shop_id, OutboxJob.carrier_account_id, func.count())
            .where(OutboxJob.state == "done")
            .group_by(OutboxJob.shop_id, OutboxJob.carrier_account_id)
        )
        out: dict[str, int] = {}
        for shop_id, account_id, n in rows:
            target = f"carrier:{account_id}" if account_id is not None else f"shop:{shop_id}"
            out[target] = out.get(target, 0) + n
        return out


def _failed_reasons(db: Database, per_account: int = 20) -> dict[str, list[dict[str, Any]]]:
    with db.reader() as uow:
        out: dict[str, list[dict[str, Any]]] = {}
        for job in uow.session.scalars(select(OutboxJob).where(OutboxJob.state == "failed").order_by(OutboxJob.id)):
            items = out.setdefault(outbox.target_of(job), [])
            if len(items) < per_account:
                items.append({"job": job.id, "kind": job.kind, "key": job.idempotency_key, "reason": job.last_error or ""})
        return out
