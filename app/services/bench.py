"""The packing bench: sign-in, scan-out, users, supervisor actions, verify, handover, figures."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from app import audit, handover, roles, scanning, supervision, users, verify
from app.actor import Actor
from app.errors import NotAllowed
from app.services.base import Context, Service


class BenchService(Service):
    """What the scan station and ``main.py scan`` do; a shipped parcel wakes the outbox.

    Sign-in: the station's packer signs in with a badge (or name + PIN); from then on the
    shared context's actor is that packer, so every scan, audit event and handover records
    them. Sign-out (a command barcode, or ``settings.sign_out_after`` seconds without a
    scan) gives the context back to the process's own user. A station that requires a
    sign-in (the GUI sets ``require_sign_in``) refuses scans until someone signs in.
    """

    def __init__(self, ctx: Context, wake: Callable[[], None], *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(ctx)
        self.wake = wake
        self.require_sign_in = False
        self._process_actor = ctx.actor  # who acts when nobody is signed in (SHIPBENCH_USER, --demo)
        self._signed_in: Actor | None = None
        self._automatic = False  # signed in because only one user exists: never times out
        self._last_activity = 0.0
        self._clock = clock

    # --- who is packing ---------------------------------------------------------------

    @property
    def signed_in(self) -> Actor | None:
        """The packer signed in at this station, or None (also once the idle time passed)."""
        if self._signed_in is not None and not self._automatic:
            if self._clock() - self._last_activity >= self.settings.sign_out_after:
                self.sign_out(reason="idle")
        return self._signed_in

    def sign_in(self, badge_or_name: str, pin: str | None = None) -> Actor:
        """Sign a packer in by badge (``SB-USER:<badge>``, or the bare code) or by name + PIN."""
        with self.db.uow() as uow:
            user = users.find_for_sign_in(uow.session, badge_or_name, pin)
            actor = Actor(
                user.id, self._process_actor.station_id, user.name, self._process_actor.station_name, user.role
            )
            audit.record(uow.session, actor, "sign in")
            uow.commit()
        if self._signed_in is not None and self._signed_in.user_id != actor.user_id:
            self.sign_out(reason=f"{actor.user_name} signed in")
        self._become(actor, automatic=False)
        return actor

    def sign_in_automatically(self, *, demo: bool = False) -> Actor | None:
        """Sign in the process's own user when nobody could be confused with them.

        That is in the demo, or when the database has exactly one user: a one-person shop
        never sees a sign-in prompt. Such a sign-in never times out. None otherwise.
        """
        if not demo:
            with self.db.reader() as uow:
                if uow.users.count() != 1:
                    return None
        self._become(self._process_actor, automatic=True)
        return self._process_actor

    def sign_out(self, *, reason: str = "signed out") -> None:
        signed = self._signed_in
        if signed is None:
            return
        self._signed_in = None
        self._automatic = False
        self._ctx.actor = self._process_actor
        with self.db.uow() as uow:
            audit.record(uow.session, signed, "sign out", detail=reason)
            uow.commit()

    def _become(self, actor: Actor, *, automatic: bool) -> None:
        self._signed_in = actor
        self._automatic = automatic
        self._last_activity = self._clock()
        self._ctx.actor = actor

    def _acting(self) -> None:
        """A scan or action at the station: refuse it before sign-in, and keep the sign-in alive."""
        if self.require_sign_in and self.signed_in is None:
            raise NotAllowed("sign in first: scan your badge")
        self._last_activity = self._clock()

    # --- scanning ---------------------------------------------------------------------

    def scan(self, code: str) -> scanning.Verdict:
        self._acting()
        verdict = scanning.scan(self.db, code, self.actor)
        if verdict.kind == "shipped":
            self.wake()
        return verdict

    def add_user(self, name: str, role: str, pin: str) -> str:
        """Add a user or change their role and PIN (admins only); returns their badge code."""
        roles.require(self.actor, "manage_users")
        with self.db.uow() as uow:
            user = users.add_user(uow.session, name, role, pin)
            audit.record(uow.session, self.actor, "user", detail=f"{user.name}: {role}")
            badge = user.badge or ""
            uow.commit()
        return badge

    def users(self) -> list[tuple[str, str]]:
        """(name, role) of every user: the sign-in list."""
        with self.db.reader() as uow:
            return [(u.name, u.role) for u in uow.users.all()]

    def badges(self) -> list[tuple[str, str, str]]:
        """(name, role, badge code) of every user, for the badge sheet (admins only: a badge signs in)."""
        roles.require(self.actor, "manage_users")
        with self.db.reader() as uow:
            return [(u.name, u.role, u.badge or "") for u in uow.users.all()]

    def force_ship(self, code: str, pin: str | None, reason: str) -> scanning.Verdict:
        """Ship an intercepted parcel: a supervisor's PIN, or a supervisor signed in (no PIN)."""
        self._acting()
        if pin is None:
            roles.require(self.actor, "force_ship")
        verdict = supervision.force_ship(self.db, code, pin, reason, self.actor)
        self.wake()
        return verdict

    def undo_last_scan(self, pin: str | None, reason: str) -> scanning.Verdict:
        self._acting()
        if pin is None:
            roles.require(self.actor, "undo_scan")
        return supervision.undo_last_scan(self.db, pin, reason, self.actor)

    def supervisor(self, pin: str) -> str:
        """The supervisor's name for this PIN (raises NotAllowed otherwise)."""
        with self.db.reader() as uow:
            return users.authorise(uow.session, pin).name

    def verify_start(self, code: str) -> tuple[verify.VerifySession | None, scanning.Verdict]:
        self._acting()
        return verify.start(self.db, code, self.actor)

    def verify_item(self, session: verify.VerifySession, code: str) -> scanning.Verdict:
        self._acting()
        return verify.scan_item(self.db, session, code, self.actor)

    def verify_override(self, session: verify.VerifySession, pin: str, reason: str) -> scanning.Verdict:
        return verify.override(self.db, session, self.supervisor(pin), reason, self.actor)

    def record_weight(self, code: str, grams: int) -> verify.WeightCheck:
        return verify.record_weight(self.db, code, grams, self.actor)

    def handover_carriers(self) -> list[tuple[int, str]]:
        with self.db.reader() as uow:
            return [(a.id, a.name) for a in uow.carriers.accounts()]

    def handover_open(self, carrier_account_id: int) -> int:
        self._acting()
        return handover.open_batch(self.db, carrier_account_id, self.actor)

    def handover_scan(self, batch_id: int, code: str) -> scanning.Verdict:
        self._acting()
        verdict = handover.scan(self.db, batch_id, code, self.actor)
        if verdict.kind == "handed_over":
            self.wake()
        return verdict

    def handover_summary(self, batch_id: int) -> handover.HandoverSummary:
        return handover.summary(self.db, batch_id)

    def handover_close(self, batch_id: int, *, allow_missing: bool = False) -> handover.HandoverSummary:
        self._acting()
        return handover.close(self.db, batch_id, self.actor, allow_missing=allow_missing)

    def packer_figures(self, since: dt.datetime | None = None) -> list[supervision.PackerFigures]:
        start = since or dt.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        return supervision.packer_figures(self.db, start)
