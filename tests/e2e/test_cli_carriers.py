"""Carrier commands as separate processes: waybills with reasons, retries, voids, pools, tracking, rates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator

ROOT = Path(__file__).resolve().parents[2]


def cli(db_url: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, *args],
        check=False,
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_the_carrier_commands_from_failure_to_void(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'shipbench.db'}"
    with Simulator(order_count=12) as sim:
        ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
            parcels = [p["number"] for p in ws.queues.parcels_summary()]
            from db.models import Parcel

            with ws.db.uow() as uow:  # one parcel with an address the carrier refuses
                from sqlalchemy import select

                uow.session.scalar(select(Parcel).where(Parcel.number == parcels[0])).order.ship_postcode = ""
                uow.commit()
        finally:
            ws.close()
        first, second, third = parcels[:3]

        out = cli(db_url, "waybills", "--all").stdout
        assert f"{first}: failed — the carrier answered 422: recipient postcode is missing" in out
        assert f"{second}: LP" in out

        assert "no failed parcels" not in cli(db_url, "retry-waybills", "--failed").stdout
        assert cli(db_url, "retry-waybills", check=False).returncode == 1

        out = cli(db_url, "void", second, "--reason", "wrong service").stdout
        assert f"{second}: void queued" in out and f"{second}: refund refunded" in out

        tracked = json.loads(cli(db_url, "track", third, "--json").stdout)
        assert [e["status"] for e in tracked[third]["events"]] == ["info_received"]

        out = cli(db_url, "rates", third).stdout
        assert "Demo Express Standard" in out and "USD" in out

        pool_file = tmp_path / "pool.txt"
        pool_file.write_text("RR00000001CN-RR00000010CN\n", encoding="utf-8")
        assert (
            "pool 1: RR000000014CN–RR000000102CN (10 numbers)"
            in cli(db_url, "pool", "import", str(pool_file), "--carrier", "Demo Express").stdout
        )
        out = cli(db_url, "pool", "assign", second).stdout
        assert out.startswith(f"{second}: RR")
        listing = json.loads(cli(db_url, "pool", "list", "--json").stdout)
        assert listing[0]["remaining"] == 9

        bad = tmp_path / "label.pdf"
        bad.write_bytes(b"<html>oops</html>")
        refused = cli(db_url, "tracking", "set", first, "FWD00012345", "--label", str(bad), check=False)
        assert refused.returncode == 1 and "is not a label" in refused.stderr
        assert "FWD00012345 (labelled" in cli(db_url, "tracking", "set", first, "FWD00012345").stdout

        assert "Demo Express" in cli(db_url, "carriers", "list").stdout
        assert "connected to Demo Express" in cli(db_url, "carriers", "test", "Demo Express").stdout
