"""The marketplace's own rules as data (#18): tracking corrections within the platform's window and
limit, refused outside them with the reason and a message for the buyer instead."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.marketplace_rules import CorrectionRefused, correction_problem, rules_for
from db.models import Parcel, Shop

NOW = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
def test_amazon_and_aliexpress_take_two_corrections_within_five_days(platform: str) -> None:
    rules = rules_for(platform)
    shipped = NOW - dt.timedelta(days=4, hours=23)
    assert correction_problem(rules, shipped, 0, NOW) is None
    assert correction_problem(rules, shipped, 1, NOW) is None
    assert "at most 2 tracking corrections" in (correction_problem(rules, shipped, 2, NOW) or "")
    late = correction_problem(rules, NOW - dt.timedelta(days=5, hours=1), 0, NOW)
    assert (
        late == f"{rules.title} accepts tracking corrections within 5 days of shipping; this package shipped 5 days ago"
    )


def test_other_platforms_have_their_own_limits() -> None:
    long_ago = NOW - dt.timedelta(days=30)
    assert correction_problem(rules_for("shopify"), long_ago, 9, NOW) is None
    assert correction_problem(rules_for("woocommerce"), long_ago, 9, NOW) is None
    assert correction_problem(rules_for("ebay"), NOW - dt.timedelta(days=9), 5, NOW) is None
    assert "within 10 days" in (correction_problem(rules_for("ebay"), long_ago, 0, NOW) or "")
    assert correction_problem(rules_for("some-new-market"), long_ago, 9, NOW) is None


def _ship_two(ws, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Two parcels scanned out and confirmed on the simulator; their parcel numbers."""
    ws.sync.pull()
    ready = [o["id"] for o in ws.queues.orders_summary("review") if not o["reasons"]][:2]
    ws.orders.approve(ready)
    ws.carriers.request_waybills(ready)
    ws.outbox.run_until_idle()
    ids = ws.printing.printable_parcels(ready)
    job = ws.printing.run_print_job(ws.printing.create_print_job(ids, "folder://" + str(tmp_path / "labels")))
    ws.printing.confirm_print_job(job.job_id)
    with ws.db.reader() as uow:
        rows = uow.session.execute(select(Parcel.number, Parcel.tracking_number).where(Parcel.id.in_(ids))).all()
    for _number, code in rows:
        assert ws.bench.scan(code).kind == "shipped"
    ws.outbox.run_until_idle()
    return [number for number, _code in rows]


def test_the_third_correction_is_refused_with_a_buyer_message(workstation, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    first, second = _ship_two(ws, tmp_path)
    for n in (1, 2):
        assert ws.sync.correct_tracking(first, f"CORR-{n}") == "the correction is queued for the marketplace"
        ws.outbox.run_until_idle()
    with pytest.raises(CorrectionRefused) as refused:
        ws.sync.correct_tracking(first, "CORR-3")
    assert refused.value.reason.startswith("the marketplace accepts at most 2 tracking corrections")
    assert "CORR-2" in refused.value.buyer_message and "CORR-3" in refused.value.buyer_message
    assert ws.queues.parcels_summary()  # nothing changed: the parcel keeps CORR-2
    with ws.db.reader() as uow:
        assert uow.session.scalar(select(Parcel.tracking_number).where(Parcel.number == first)) == "CORR-2"
    assert {j.kind for j in ws.sync.jobs("pending")} <= {"pull_orders"}

    # Six days after shipping the window is closed, on the command line too.
    with ws.db.uow() as uow:
        parcel = uow.session.scalar(select(Parcel).where(Parcel.number == second))
        assert parcel is not None and parcel.shipped_at is not None
        parcel.shipped_at -= dt.timedelta(days=6)
        uow.commit()
    db = ["--db", str(ws.db.engine.url)]
    ws.close()
    assert main([*db, "correct-tracking", second, "LATE-1", "--json"]) == 1
    captured = capsys.readouterr()
    assert "error: tracking correction refused: the marketplace accepts tracking corrections within 5 days" in (
        captured.err
    )
    answer = json.loads(captured.out)
    assert answer["refused"].endswith("this package shipped 6 days ago") and "LATE-1" in answer["buyer_message"]


def test_a_shop_without_limits_takes_a_third_correction(workstation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    first, _second = _ship_two(ws, tmp_path)
    for n in (1, 2):
        ws.sync.correct_tracking(first, f"CORR-{n}")
        ws.outbox.run_until_idle()
    with ws.db.uow() as uow:
        for shop in uow.session.scalars(select(Shop)):
            shop.marketplace = "woocommerce"  # a shop's own site: no limits (nothing is sent after this)
        uow.commit()
    assert ws.sync.correct_tracking(first, "CORR-3") == "the correction is queued for the marketplace"


def test_the_rules_are_listed_on_the_command_line(workstation, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SHIPBENCH_USER", workstation.actor.user_name)
    db = ["--db", str(workstation.db.engine.url)]
    workstation.close()
    assert main([*db, "marketplace-rules", "--json"]) == 0
    rows = {r["platform"]: r for r in json.loads(capsys.readouterr().out)}
    assert (rows["amazon"]["correction_days"], rows["amazon"]["correction_limit"]) == (5, 2)
    assert (rows["aliexpress"]["correction_days"], rows["aliexpress"]["correction_limit"]) == (5, 2)
    assert main([*db, "marketplace-rules"]) == 0
    assert "no limit" in capsys.readouterr().out
