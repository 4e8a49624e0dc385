"""Tracking after shipping (#18): looked up on a schedule through the outbox until delivered;
delivered / exception / returned; the parcels stuck in transit."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select

from app.cli import main
from app.connectors.base import TrackingEvent
from app.tracking import latest, state_of
from db.models import AuditEvent, OutboxJob, Parcel
from tests.integration.test_marketplace_rules import _ship_two

T0 = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def test_a_carriers_words_become_a_state() -> None:
    assert [state_of(s) for s in ("delivered", "in_transit", "info_received", "Exception", "return-to-sender")] == [
        "delivered",
        "in_transit",
        "in_transit",
        "exception",
        "returned",
    ]
    events = [
        TrackingEvent(T0, "info_received", "Shipment information received"),
        TrackingEvent(T0 + dt.timedelta(days=2), "delivered", "Delivered", "Berlin"),
        TrackingEvent(T0 + dt.timedelta(days=1), "in_transit", "Departed hub"),
    ]
    found = latest(events)
    assert found is not None and (found.state, found.at, found.note) == (
        "delivered",
        events[1].at,
        "Delivered — Berlin",
    )
    assert latest([]) is None


def _parcel(ws, number: str) -> Any:  # type: ignore[no-untyped-def]
    """The parcel's tracking columns, read now."""
    with ws.db.reader() as uow:
        parcel = uow.session.scalar(select(Parcel).where(Parcel.number == number))
        assert parcel is not None
        keys = ("carrier_shipment_id", "tracking_state", "tracking_note", "delivered_at")
        return SimpleNamespace(**{k: getattr(parcel, k) for k in keys})


def _age(ws, *, checked: dt.timedelta, shipped: dt.timedelta | None = None) -> None:  # type: ignore[no-untyped-def]
    """Move the parcels' last look (and shipping) into the past, as if time had passed."""
    with ws.db.uow() as uow:
        for parcel in uow.session.scalars(select(Parcel).where(Parcel.status == "shipped")):
            if parcel.tracking_checked_at is not None:
                parcel.tracking_checked_at -= checked
            if shipped is not None and parcel.shipped_at is not None:
                parcel.shipped_at -= shipped
        uow.commit()


def test_shipped_parcels_are_tracked_until_delivered(workstation, simulator, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    first, second = _ship_two(ws, tmp_path)
    assert ws.sync.schedule_tracking() == 2
    ws.outbox.run_until_idle()
    assert _parcel(ws, first).tracking_state == "in_transit"
    assert ws.sync.schedule_tracking() == 0  # just looked: nothing due

    simulator.carrier.add_event(_parcel(ws, first).carrier_shipment_id, "delivered", "Delivered", "Berlin")
    simulator.carrier.add_event(_parcel(ws, second).carrier_shipment_id, "exception", "Address not found", "Lyon")
    _age(ws, checked=dt.timedelta(hours=7))
    assert ws.sync.schedule_tracking() == 2
    ws.outbox.run_until_idle()
    delivered, trouble = _parcel(ws, first), _parcel(ws, second)
    assert delivered.tracking_state == "delivered" and delivered.delivered_at is not None
    assert delivered.tracking_note == "Delivered — Berlin"
    assert trouble.tracking_state == "exception" and trouble.delivered_at is None

    # Delivered is final: only the exception is looked up again; one outbox row per parcel.
    _age(ws, checked=dt.timedelta(hours=7))
    assert ws.sync.schedule_tracking() == 1
    ws.outbox.run_until_idle()
    with ws.db.reader() as uow:
        rows = uow.session.scalar(select(func.count()).select_from(OutboxJob).where(OutboxJob.kind == "track_parcel"))
        actions = set(uow.session.scalars(select(AuditEvent.action)))
    assert rows == 2 and {"delivered", "tracking exception"} <= actions

    # The late report says when a late order was delivered.
    with ws.db.uow() as uow:
        parcel = uow.session.scalar(select(Parcel).where(Parcel.number == first))
        assert parcel is not None and parcel.shipped_at is not None
        parcel.order.ship_by = parcel.shipped_at - dt.timedelta(hours=2)
        late_order = parcel.order.number
        uow.commit()
    late = {o["order"]: o for o in ws.reports.report("late").as_json()["orders"]}
    assert late[late_order]["delivered_at"] and late[late_order]["shipped_at"]

    # Stuck: the exception at once; a parcel in transit only after the days given.
    assert [p.number for p in ws.carriers.stuck_in_transit()] == [second]
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    db = ["--db", str(ws.db.engine.url)]
    ws.close()
    assert main([*db, "tracking", "stuck", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["number"], row["state"], row["note"]) == (second, "exception", "Address not found — Lyon")


def test_a_parcel_in_transit_too_long_is_stuck_and_the_cli_looks_up_what_is_due(
    workstation, simulator, tmp_path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    first, second = _ship_two(ws, tmp_path)
    assert ws.carriers.stuck_in_transit() == []
    _age(ws, checked=dt.timedelta(0), shipped=dt.timedelta(days=12))
    stuck = ws.carriers.stuck_in_transit()
    assert {p.number for p in stuck} == {first, second} and all(p.days == 12 for p in stuck)
    assert ws.carriers.stuck_in_transit(days=20) == []
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    db = ["--db", str(ws.db.engine.url)]
    ws.close()
    assert main([*db, "tracking", "due"]) == 0
    assert "2 parcels looked up at their carrier" in capsys.readouterr().out
    assert main([*db, "tracking", "stuck"]) == 0
    out = capsys.readouterr().out
    assert first in out and "in_transit" in out and " 12 d" in out
