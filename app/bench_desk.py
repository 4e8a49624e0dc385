"""The packing-bench half of the workstation: users, supervisor actions, verify, handover, figures.

A mixin of ``Workstation`` (it uses its ``db``, ``actor`` and ``wake``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app import handover, scanning, supervision, users, verify
from app.actor import Actor
from db.models import CarrierAccount
from db.uow import Database


class BenchDesk:
    db: Database
    actor: Actor

    def wake(self) -> None: ...

    def add_user(self, name: str, role: str, pin: str) -> None:
        with self.db.uow() as uow:
            users.add_user(uow.session, name, role, pin)
            uow.commit()

    def force_ship(self, code: str, pin: str, reason: str) -> scanning.Verdict:
        verdict = supervision.force_ship(self.db, code, pin, reason, self.actor)
        self.wake()
        return verdict

    def undo_last_scan(self, pin: str, reason: str) -> scanning.Verdict:
        return supervision.undo_last_scan(self.db, pin, reason, self.actor)

    def supervisor(self, pin: str) -> str:
        """The supervisor's name for this PIN (raises NotAllowed otherwise)."""
        with self.db.reader() as uow:
            return users.authorise(uow.session, pin).name

    def verify_start(self, code: str) -> tuple[verify.VerifySession | None, scanning.Verdict]:
        return verify.start(self.db, code, self.actor)

    def verify_item(self, session: verify.VerifySession, code: str) -> scanning.Verdict:
        return verify.scan_item(self.db, session, code, self.actor)

    def verify_override(self, session: verify.VerifySession, pin: str, reason: str) -> scanning.Verdict:
        return verify.override(self.db, session, self.supervisor(pin), reason, self.actor)

    def record_weight(self, code: str, grams: int) -> verify.WeightCheck:
        return verify.record_weight(self.db, code, grams, self.actor)

    def carriers(self) -> list[tuple[int, str]]:
        with self.db.reader() as uow:
            return [(a.id, a.name) for a in uow.session.scalars(select(CarrierAccount).order_by(CarrierAccount.id))]

    def handover_open(self, carrier_account_id: int) -> int:
        return handover.open_batch(self.db, carrier_account_id, self.actor)

    def handover_scan(self, batch_id: int, code: str) -> scanning.Verdict:
        verdict = handover.scan(self.db, batch_id, code, self.actor)
        if verdict.kind == "handed_over":
            self.wake()
        return verdict

    def handover_summary(self, batch_id: int) -> handover.HandoverSummary:
        return handover.summary(self.db, batch_id)

    def handover_close(self, batch_id: int, *, allow_missing: bool = False) -> handover.HandoverSummary:
        return handover.close(self.db, batch_id, self.actor, allow_missing=allow_missing)

    def packer_figures(self, since: dt.datetime | None = None) -> list[supervision.PackerFigures]:
        start = since or dt.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        return supervision.packer_figures(self.db, start)
