"""The sync commands as a user runs them: demo with faults, sync --json, jobs, accounts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import outbox
from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str = "", check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ},
        check=False,
    )
    if check:
        assert result.returncode == 0, result.stderr[-2000:]
    return result


@pytest.mark.slow  # a whole faulty demo run in a child process: CI's `pytest -m slow` step
def test_headless_demo_with_faults_confirms_each_package_once(tmp_path: Path) -> None:
    faults = "latency=5ms,error=0.2,lost_response=0.1,throttle=0.1,retry_after=1s,seed=4"
    summary = json.loads(cli("demo", "--headless", "--out", str(tmp_path / "labels"), "--faults", faults).stdout)
    assert summary["outbox"].get("failed", 0) == 0 and set(summary["outbox"]) == {"done"}
    confirmations = summary["simulator"]["confirmations_per_package_reference"]
    shipped = [summary["installation"] + p["number"] for p in summary["parcels"] if p["state"] == "shipped"]
    assert sorted(confirmations) == sorted(shipped)
    assert len({c["shipment_id"] for c in confirmations.values()}) == len(shipped)
    assert max(summary["simulator"]["live_shipments_per_reference"].values()) == 1


def test_bad_faults_are_one_clear_line(tmp_path: Path) -> None:
    result = cli("demo", "--headless", "--out", str(tmp_path), "--faults", "latency=fast", check=False)
    assert result.returncode != 0
    assert "latency must be a duration" in result.stderr and "Traceback" not in result.stderr


def test_sync_json_jobs_retry_cancel_and_accounts(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    with Simulator() as sim:
        ws = build(Settings(db_url=db, data_dir=tmp_path / "data"))
        try:
            seed(ws, sim.url)
            with ws.db.uow() as uow:  # two confirmations the marketplace will refuse
                for key in ("P-X1", "P-X2"):
                    outbox.enqueue(
                        uow.session,
                        "confirm_shipment",
                        key,
                        {
                            "order_id": "MP-NOPE",
                            "package_reference": key,
                            "carrier": "c",
                            "tracking_number": "T",
                            "lines": [],
                        },
                        shop_id=1,
                    )
                uow.commit()
        finally:
            ws.close()
        sim.faults = Faults()
        report = json.loads(cli("--db", db, "sync", "--until-idle", "--json").stdout)
        shop = next(a for a in report["accounts"] if a["kind"] == "shop")
        assert shop["pulled"]["ok"] and shop["pulled"]["new"] == 60
        assert shop["failed"] == 2 and shop["sent"] == 0
        assert "order MP-NOPE does not exist" in shop["failures"][0]["reason"]
        assert report["shops"]["Demo Marketplace"]["new"] == 60  # the old shape, kept for scripts
        text = cli("--db", db, "sync").stdout
        assert "shop Demo Marketplace: online" in text and "failed 2" in text

        jobs = json.loads(cli("--db", db, "jobs", "--state", "failed", "--json").stdout)
        assert [j["key"] for j in jobs] == ["P-X2", "P-X1"]
        first, second = jobs[1]["id"], jobs[0]["id"]
        assert "1 job(s) will be sent again" in cli("--db", db, "jobs", "retry", str(first)).stdout
        assert "1 job(s) cancelled" in cli("--db", db, "jobs", "cancel", str(second)).stdout
        states = {j["key"]: j["state"] for j in json.loads(cli("--db", db, "jobs", "--json").stdout)}
        assert states == {"P-X1": "pending", "P-X2": "cancelled"}
        refused = cli("--db", db, "jobs", "cancel", "999", check=False)
        assert refused.returncode != 0 and "no job 999" in refused.stderr

        # No keyring on this machine: adding an account with a secret says what to do,
        # and the secret (from stdin, never argv) is nowhere in the output.
        added = cli(
            "--db",
            db,
            "accounts",
            "add",
            "Second",
            "--marketplace",
            "simulator",
            "--url",
            sim.url,
            stdin="api_key=sk-never-shown-123\n",
            check=False,
        )
        assert added.returncode != 0 and "no system keyring" in added.stderr
        assert "sk-never-shown-123" not in added.stderr + added.stdout
        cli(
            "--db",
            db,
            "accounts",
            "add",
            "Second",
            "--marketplace",
            "simulator",
            "--url",
            sim.url,
            "--setting",
            "seller_id=S2",
        )
        listed = json.loads(cli("--db", db, "accounts", "list", "--json").stdout)
        assert [(a["name"], a["has_credentials"]) for a in listed] == [("Demo Marketplace", False), ("Second", False)]
        tested = cli("--db", db, "accounts", "test", str(listed[1]["id"]))
        assert tested.stdout.startswith("connected to the marketplace")
