"""`waybills` warns (and stops) before a batch that would run a carrier's balance out;
`postage` and `report` as separate processes."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from tests.e2e.test_cli_carriers import cli


def test_a_batch_that_would_run_out_is_refused_and_the_reports_export(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'shipbench.db'}"
    with Simulator(order_count=6) as sim:
        ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
        finally:
            ws.close()
        sim.carrier.set_balance(Decimal("10.00"))

        refused = cli(db_url, "waybills", "--all", check=False)
        assert refused.returncode == 1
        assert "warning: Demo Express: this batch of" in refused.stderr
        assert "the balance is 10.00 USD: it would run out" in refused.stderr
        assert "--anyway" in refused.stderr
        assert sim.carrier.ledger()["charged"] == {}  # nothing was booked

        sim.carrier.set_balance(Decimal("1000.00"))
        booked = cli(db_url, "waybills", "--all")
        assert "warning" not in booked.stderr
        charged = sim.carrier.ledger()["charged"]
        assert charged

        balances = json.loads(cli(db_url, "postage", "balances", "--json").stdout)
        (account,) = balances["accounts"]
        spent = sum((Decimal(v) for v in charged.values()), Decimal(0))
        assert account["postage"] == [{"currency": "USD", "spent": str(spent), "refunded": "0.00"}]
        assert Decimal(account["balance"]) == Decimal("1000.00") - spent

        table = cli(db_url, "report", "carriers").stdout
        assert "Demo Express" in table and str(spent) in table
        rows = list(csv.reader(io.StringIO(cli(db_url, "report", "carriers", "--format", "csv").stdout)))
        assert rows[0][0] == "carrier" and rows[1][0] == "Demo Express" and rows[1][4] == str(spent)
        out = tmp_path / "daily.xlsx"
        assert "rows" in cli(db_url, "report", "daily", "--format", "xlsx", "--out", str(out)).stdout
        assert out.read_bytes()[:2] == b"PK"
        assert "still to go" in cli(db_url, "report", "today").stdout
