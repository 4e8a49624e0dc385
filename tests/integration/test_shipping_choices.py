"""Per-order and batch shipping choices (#18): `method ORDER… --set`, the rules' service level,
ship-by and time left in `orders --json`."""

from __future__ import annotations

import datetime as dt
import json

from app.cli import main
from db.models import Order


def _run(capsys, *argv: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_method_is_set_for_orders_in_review_and_after_approval(workstation, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    ws.sync.pull()
    ready = [o for o in ws.queues.orders_summary("review") if not o["reasons"]]
    first, second, third = (o["number"] for o in ready[:3])
    ws.orders.approve([ready[2]["id"]])  # approved: its parcel waits for a waybill
    db = ["--db", str(ws.db.engine.url)]
    ws.close()

    code, out = _run(capsys, *db, "method", first, second, third, "--set", "exp", "--json")
    assert code == 0 and json.loads(out) == {"done": dict.fromkeys((first, second, third), "Express"), "refused": {}}
    code, out = _run(capsys, *db, "orders", "--queue", "review", "--json")
    methods = {o["number"]: o["shipping_method"] for o in json.loads(out)}
    assert methods[first] == methods[second] == "Express"
    code, out = _run(capsys, *db, "orders", "--queue", "waybill", "--json")
    assert {o["number"]: o["shipping_method"] for o in json.loads(out)}[third] == "Express"

    assert main([*db, "method", first, "--set", "Overnight by owl"]) == 1
    assert "no shipping method Overnight by owl (known: STD, EXP)" in capsys.readouterr().err
    assert main([*db, "method", first]) == 1
    code, out = _run(capsys, *db, "method")
    assert code == 0 and "EXP" in out and "Express" in out


def test_a_rule_on_the_requested_service_sets_the_method(workstation) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    ws.rules.save(
        "Expedited by express",
        [{"kind": "service_level", "in": ["expedited"]}],
        [{"kind": "set_method", "method": "EXP"}],
    )
    ws.sync.pull()
    rows = ws.queues.orders_summary("review")
    fast = [o for o in rows if o["service_level"] == "expedited"]
    assert fast and all(o["requested_service"] == "Expedited" for o in fast)
    assert all(o["shipping_method"] == "Express" for o in fast)
    assert all(o["shipping_method"] != "Express" for o in rows if o["service_level"] != "expedited")


def test_orders_json_has_ship_by_and_time_left(workstation, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)
    ws.sync.pull()
    now = dt.datetime.now(dt.UTC)
    with ws.db.uow() as uow:
        orders = list(uow.session.query(Order).order_by(Order.id).limit(2))
        orders[0].ship_by = now + dt.timedelta(hours=5, minutes=30)
        orders[1].ship_by = now - dt.timedelta(hours=2)
        numbers = [o.number for o in orders]
        uow.commit()
    db = ["--db", str(ws.db.engine.url)]
    ws.close()
    code, out = _run(capsys, *db, "orders", "--json")
    rows = {o["number"]: o for o in json.loads(out)}
    soon, late = rows[numbers[0]], rows[numbers[1]]
    assert 5.4 < soon["time_left_hours"] <= 5.5 and soon["urgency"] == "today"
    assert soon["time_left"].startswith("ship within 5 h 2") and soon["ship_by"].startswith(str(now.year))
    assert -2.1 < late["time_left_hours"] < -1.9 and late["urgency"] == "overdue"
    assert late["time_left"].startswith("overdue by 2 h") or late["time_left"].startswith("overdue by 1 h 59")
    others = [o for n, o in rows.items() if n not in numbers]
    assert all(o["ship_by"] is None and o["time_left_hours"] is None for o in others)
