"""The order desk's commands: hold, release, pair, split, merge, stock, receive; review reasons in JSON."""

from __future__ import annotations

import json

from app.cli import main


def run(capsys, *argv: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_the_order_desk_from_the_command_line(workstation, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)  # the commands act as the database's user
    ws.sync.pull()
    db = ["--db", str(ws.db.engine.url)]
    ws.close()
    code, out = run(capsys, *db, "orders", "--queue", "review", "--json")
    reasons = {o["marketplace_order_id"]: o["reasons"] for o in json.loads(out)}
    assert code == 0 and reasons["MP-10003"] == ["unpaired SKU LEGACY-SKU-9"]

    code, out = run(capsys, *db, "pair", "LEGACY-SKU-9", "MUG-WHTx2", "TEA-GRN-100", "--json")
    assert code == 0 and json.loads(out)["orders_rechecked"] == 1
    code, out = run(capsys, *db, "hold", "MP-10003", "--reason", "buyer asked")
    assert code == 0 and "held 1" in out
    code, out = run(capsys, *db, "release", "MP-10003", "--json")
    assert json.loads(out)["orders"][0]["reasons"] == []

    code, out = run(capsys, *db, "receive", "PEN-GEL-BLK", "5", "--json")
    assert json.loads(out)["on_hand"] == 205
    code, out = run(capsys, *db, "stock", "--json")
    assert {r["sku"]: r["available"] for r in json.loads(out)}["PEN-GEL-BLK"] == 205
    code, out = run(capsys, *db, "stock", "--low")
    assert code == 0 and "PEN-GEL-BLK" not in out
    assert main([*db, "pair", "X", "NO-SUCH-SKU"]) == 1
    assert "no product NO-SUCH-SKU" in capsys.readouterr().err
