"""Handover to the courier from the command line, as separate processes."""

from __future__ import annotations

import json
from pathlib import Path

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from tests.e2e.test_cli import cli
from tests.integration.test_bench import printed


def test_a_batch_is_started_scanned_checked_and_closed_with_its_manifest(tmp_path: Path, simulator) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    ws = build(Settings(db_url=db, data_dir=data))
    try:
        seed(ws, simulator.url)
        parcels = printed(ws, tmp_path)
        carrier = ws.carriers.carrier_accounts()[0]["name"]
    finally:
        ws.close()
    ready = sorted(p["tracking_number"] for p in parcels.values() if p["state"] == "printed")
    (stopped,) = [p["tracking_number"] for p in parcels.values() if p["state"] == "intercepted"]

    batch = cli("--db", db, "handover", "start", carrier, env_dir=data).stdout.strip()
    assert batch.isdigit()
    assert cli("--db", db, "handover", "start", carrier, env_dir=data).stdout.strip() == batch  # the same open batch

    scanned = cli("--db", db, "handover", "scan", batch, ready[0], ready[1], env_dir=data)
    assert scanned.stdout.splitlines() == [f"GREEN In the van: Added to the {carrier} handover."] * 2
    refused = cli("--db", db, "handover", "scan", batch, stopped, "--json", env_dir=data, check=False)
    assert refused.returncode == 3 and json.loads(refused.stdout)[0]["kind"] == "intercepted"

    status = json.loads(cli("--db", db, "handover", "status", batch, "--json", env_dir=data).stdout)
    assert (status["status"], status["scanned"]) == ("open", 2)
    assert sorted(t for _n, t in status["missing"]) == ready[2:]
    text = cli("--db", db, "handover", "status", batch, env_dir=data).stdout
    assert text.startswith(f"batch {batch} ({carrier}, open): 2 scanned, {len(ready) - 2} printed but not scanned")

    manifest = tmp_path / "out" / "manifest.pdf"
    manifest.parent.mkdir()  # --out never creates folders: a typo in the path is refused
    short = cli("--db", db, "handover", "close", batch, "--out", str(manifest), env_dir=data, check=False)
    assert short.returncode == 1 and "were not scanned" in short.stderr and len(short.stderr.splitlines()) == 1
    assert not manifest.exists()
    closed = json.loads(
        cli(
            "--db", db, "handover", "close", batch, "--allow-missing", "--out", str(manifest), "--json", env_dir=data
        ).stdout
    )
    assert (closed["status"], closed["scanned"], closed["manifest"]) == ("handed_over", 2, str(manifest))
    assert manifest.read_bytes().startswith(b"%PDF")
    again = cli("--db", db, "handover", "scan", batch, ready[2], env_dir=data, check=False)
    assert again.returncode == 1 and again.stderr.strip() == "error: this handover batch is closed: open a new one"
