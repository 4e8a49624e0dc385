"""The outbox against a misbehaving marketplace: latency, 5xx, 429 + Retry-After, lost answers,
expired tokens, a dead shop beside a live one. Real simulator on loopback, real SQLite."""

from __future__ import annotations

import datetime as dt
import json
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from app import outbox
from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator
from db.models import OutboxJob, Parcel, Shop, utcnow
from tests.integration.helpers import closed_port
from tests.integration.test_credentials import memory_keyring  # noqa: F401 (a fixture)


def ledger(sim: Simulator) -> dict[str, Any]:
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=5) as resp:
        return json.loads(resp.read())


@pytest.fixture
def shipped(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A workstation with 6 parcels scanned out; their confirmations wait in the outbox."""
    with Simulator() as sim:
        sim.marketplace.cancel_after_label = None
        ws = build(
            Settings(db_url=f"sqlite:///{tmp_path / 'x.db'}", data_dir=tmp_path / "data", station="b", user="al")
        )
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            ids = ws.printing.printable_parcels(None)[:6]
            # a folder printer cannot say what printed: the user confirms the batch
            ws.printing.confirm_print_job(
                ws.printing.run_print_job(
                    ws.printing.create_print_job(ids, "folder://" + str(tmp_path / "labels"))
                ).job_id
            )
            with ws.db.reader() as uow:
                codes = list(uow.session.scalars(select(Parcel.tracking_number).where(Parcel.id.in_(ids))))
            for code in codes:
                assert ws.bench.scan(code).kind == "shipped"
            yield ws, sim
        finally:
            ws.close()


def confirm_jobs(ws) -> list[SimpleNamespace]:  # type: ignore[no-untyped-def]
    return all_jobs(ws, "confirm_shipment")


def all_jobs(ws, kind: str) -> list[SimpleNamespace]:  # type: ignore[no-untyped-def]
    with ws.db.reader() as uow:
        jobs = uow.session.scalars(select(OutboxJob).where(OutboxJob.kind == kind).order_by(OutboxJob.id))
        return [
            SimpleNamespace(
                state=j.state,
                attempts=j.attempts,
                last_error=j.last_error,
                shop_id=j.shop_id,
                next_attempt_at=j.next_attempt_at,
            )
            for j in jobs
        ]


def test_latency_and_server_errors_end_with_each_parcel_confirmed_once(shipped) -> None:
    ws, sim = shipped
    sim.faults = Faults(latency_ms=30, error_rate=0.4, seed=3)
    ws.outbox.run_until_idle()
    assert {j.state for j in confirm_jobs(ws)} == {"done"}
    book = ledger(sim)["confirmations"]
    assert len(book) == 6 and all(c["requests"] == 1 for c in book.values())


def test_a_429_reschedules_the_job_for_the_time_the_marketplace_asks_without_counting_a_failure(shipped) -> None:
    ws, sim = shipped
    sim.faults = Faults(rate_limit_rate=1.0, retry_after_s=3)
    before = utcnow()
    ws.outbox.run_due()
    jobs = confirm_jobs(ws)
    throttled = [j for j in jobs if j.last_error]
    assert len(throttled) == 1  # the account pauses after the first 429: the others wait their turn
    job = throttled[0]
    assert job.state == "pending" and job.attempts == 0
    assert "429" in (job.last_error or "")
    assert job.next_attempt_at.replace(tzinfo=dt.UTC) >= before + dt.timedelta(seconds=3)
    # Asked again at once: nothing goes to that marketplace before the time it gave.
    assert ws.outbox.run_due() == 0
    assert ledger(sim)["requests"] == {}
    sim.faults = Faults()
    started = time.monotonic()
    ws.outbox.run_until_idle()
    assert time.monotonic() - started < 10
    assert {j.state for j in confirm_jobs(ws)} == {"done"}


def test_a_lost_answer_is_looked_up_not_sent_again(shipped) -> None:
    ws, sim = shipped
    sim.faults = Faults(lost_response_rate=1.0)
    ws.outbox.run_due()
    jobs = confirm_jobs(ws)
    assert {j.state for j in jobs} == {"unknown"}
    assert len(ledger(sim)["confirmations"]) == 6  # the marketplace did act on each
    sim.faults = Faults()
    ws.outbox.run_until_idle()
    jobs = confirm_jobs(ws)
    assert {j.state for j in jobs} == {"done"}
    assert all("found by reference" in (j.last_error or "") for j in jobs)
    assert all(c["requests"] == 1 for c in ledger(sim)["confirmations"].values())


def test_an_expired_token_is_refreshed_and_the_job_goes_through(shipped) -> None:
    ws, sim = shipped
    sim.faults = Faults(expired_token_rate=1.0)  # every token expires once it has been used
    ws.outbox.run_until_idle()
    assert {j.state for j in confirm_jobs(ws)} == {"done"}
    assert sim.token_serial >= 6


@pytest.mark.usefixtures("memory_keyring")
def test_a_revoked_key_fails_the_job_with_a_clear_reason_and_no_secret(shipped) -> None:
    ws, sim = shipped
    shop = ws.sync.shop_accounts()[0]
    ws.sync.save_shop(
        shop_id=shop["id"],
        name=shop["name"],
        marketplace="simulator",
        base_url=sim.url,
        secrets={"api_key": "revoked-key-123"},
    )
    ws.outbox.run_until_idle()
    jobs = confirm_jobs(ws)
    assert {j.state for j in jobs} == {"failed"}
    reason = jobs[0].last_error or ""
    assert "refused the credentials" in reason and "revoked" in reason
    failed = ws.sync.jobs("failed")
    assert len(failed) == 6 and failed[0].last_error == reason
    # Fixed key: "retry" sends them again.
    ws.sync.save_shop(
        shop_id=shop["id"],
        name=shop["name"],
        marketplace="simulator",
        base_url=sim.url,
        secrets={"api_key": "k-123456"},
    )
    assert ws.sync.retry_jobs(None) == 6
    ws.outbox.run_until_idle()
    assert {j.state for j in confirm_jobs(ws)} == {"done"}


def test_one_dead_shop_does_not_hold_up_another_shops_jobs(shipped) -> None:
    ws, _sim = shipped
    with ws.db.uow() as uow:
        dead = Shop(name="Dead Shop", marketplace="simulator", base_url=f"http://127.0.0.1:{closed_port()}")
        uow.session.add(dead)
        uow.session.flush()
        for i in range(3):
            outbox.enqueue(
                uow.session,
                "confirm_shipment",
                f"DEAD-{i}",
                {
                    "order_id": f"X-{i}",
                    "package_reference": f"DEAD-{i}",
                    "carrier": "c",
                    "tracking_number": f"T{i}",
                    "lines": [],
                },
                shop_id=dead.id,
            )
        uow.commit()
        dead_id = dead.id
    ws.outbox.run_due()
    jobs = confirm_jobs(ws)
    live = [j for j in jobs if j.shop_id != dead_id]
    waiting = [j for j in jobs if j.shop_id == dead_id]
    assert {j.state for j in live} == {"done"}
    assert {(j.state, j.attempts) for j in waiting} == {("pending", 0)}
    assert "cannot be reached" in (waiting[0].last_error or "")
    overview = {row.name: row for row in ws.sync.sync_overview()}
    assert overview["Dead Shop"].online is False and overview["Dead Shop"].pending == 3
    assert overview["Demo Marketplace"].pending == 0


def test_tracking_correction_within_the_window_and_the_marketplaces_refusal_after(shipped) -> None:
    ws, sim = shipped
    ws.outbox.run_until_idle()
    parcel = next(p for p in ws.queues.parcels_summary() if p["confirmed"])
    reference = ws.sync.installation().id + parcel["number"]  # the package reference it was confirmed by
    ws.sync.correct_tracking(parcel["number"], "CORR-1")
    ws.outbox.run_until_idle()
    assert ledger(sim)["confirmations"][reference]["tracking_number"] == "CORR-1"
    assert ws.sync.jobs("done")[0].kind == "update_tracking"
    # Six days later the marketplace's 5-day window is closed: the job fails with its reason.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=6)
    sim.marketplace._clock = lambda: later
    ws.sync.correct_tracking(parcel["number"], "CORR-2")
    ws.outbox.run_until_idle()
    failed = ws.sync.jobs("failed")
    assert len(failed) == 1 and failed[0].kind == "update_tracking"
    assert "within 5 days" in failed[0].last_error
    assert ledger(sim)["confirmations"][reference]["tracking_number"] == "CORR-1"


def test_a_correction_before_the_confirmation_left_rides_with_it(shipped) -> None:
    ws, sim = shipped
    parcel = ws.queues.parcels_summary()[0]
    shipped_one = next(p for p in ws.queues.parcels_summary() if p["state"] == "shipped")
    assert (
        ws.sync.correct_tracking(shipped_one["number"], "FIXED-9")
        == "the waiting confirmation will carry the new number"
    )
    ws.outbox.run_until_idle()
    reference = ws.sync.installation().id + shipped_one["number"]
    assert ledger(sim)["confirmations"][reference]["tracking_number"] == "FIXED-9"
    assert parcel  # the summary still lists every parcel
