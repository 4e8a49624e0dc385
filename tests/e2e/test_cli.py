"""The whole flow through the command line, as separate processes, against the simulator."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from tests.zpl_decode import decode_zpl

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env_dir: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(env_dir)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_headless_demo_ships_every_parcel_once(tmp_path: Path) -> None:
    out = tmp_path / "labels"
    summary = json.loads(cli("demo", "--headless", "--out", str(out), env_dir=tmp_path / "data").stdout)

    parcels = summary["parcels"]
    states = Counter(p["state"] for p in parcels)
    assert states["shipped"] >= 50 and states["intercepted"] == 1
    sim = summary["simulator"]
    # Invariant 1: never two live shipments for one parcel; invariant 3: one confirmation each.
    assert set(sim["live_shipments_per_reference"].values()) <= {0, 1}
    shipped = {summary["installation"] + p["number"]: p for p in parcels if p["state"] == "shipped"}
    confirmations = sim["confirmations_per_package_reference"]
    assert set(confirmations) == set(shipped)
    for ref, entry in confirmations.items():
        assert entry["tracking_number"] == shipped[ref]["tracking_number"] and entry["requests"] >= 1
    assert set(sim["carrier_create_requests_per_reference"].values()) == {1}  # nothing booked twice
    for parcel in parcels:
        assert parcel["label_file"] == str(out / f"{parcel['number']}.zpl")
        assert sim["shipments_per_reference"][parcel["carrier_reference"]] == 1
    # Every label on disk scans as its parcel's tracking number.
    for parcel in parcels[:5]:
        assert parcel["tracking_number"] in decode_zpl(Path(parcel["label_file"]).read_bytes())
    intercepted = next(s for s in summary["scans"] if s["verdict"] == "intercepted")
    assert "Do not ship" in intercepted["message"]
    reasons = {tuple(o["reasons"]) for o in summary["orders"] if o["queue"] == "review"}
    assert ("unpaired SKU LEGACY-SKU-9",) in reasons


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def simulator_process(tmp_path: Path):  # type: ignore[no-untyped-def]
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "simulator", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "SHIPBENCH_DATA_DIR": str(tmp_path / "sim")},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "/health", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise AssertionError("simulator did not start: " + proc.stderr.read().decode()[-500:]) from None
            time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def test_step_by_step_commands(tmp_path: Path, simulator_process: str) -> None:
    data = tmp_path / "data"
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    # Point a fresh database at the running simulator (what the settings screen will do).
    from app.bootstrap import build
    from app.cli.demo import seed
    from app.settings import Settings

    ws = build(Settings(db_url=db, data_dir=data))
    seed(ws, simulator_process)
    ws.close()

    sync = json.loads(cli("--db", db, "sync", "--json", env_dir=data).stdout)
    assert sync["shops"]["Demo Marketplace"]["new"] >= 50
    review = json.loads(cli("--db", db, "orders", "--queue", "review", "--json", env_dir=data).stdout)
    first = review[0]["number"]
    approved = json.loads(cli("--db", db, "approve", first, "--json", env_dir=data).stdout)
    assert approved["approved"] == [first]
    waybills = json.loads(cli("--db", db, "waybills", "--all", "--json", env_dir=data).stdout)
    (parcel,) = waybills["parcels"]
    assert parcel["tracking_number"]
    out = tmp_path / "printed"
    printed = cli("--db", db, "print", "--all", "--printer", f"folder://{out}", env_dir=data)
    assert "printed 0 of 1, sent 1" in printed.stdout  # a folder cannot say it printed: the scan will
    assert parcel["tracking_number"] in decode_zpl((out / f"{parcel['number']}.zpl").read_bytes())

    green = cli("--db", db, "scan", parcel["tracking_number"], env_dir=data)
    assert green.stdout.startswith("GREEN Shipped")
    amber = cli("--db", db, "scan", parcel["tracking_number"], env_dir=data, check=False)
    assert amber.returncode == 3 and "Already shipped" in amber.stdout
    status = json.loads(cli("--db", db, "status", "--json", env_dir=data).stdout)
    assert status["queues"]["shipped"] == 1
    with urllib.request.urlopen(simulator_process + "/mp/_ledger") as resp:
        assert list(json.loads(resp.read())["confirmations"]) == [status["installation"] + parcel["number"]]


def test_errors_are_one_clear_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    result = cli("--db", db, "approve", env_dir=data, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: name the orders, or pass --all"

    result = cli("--db", db, "approve", "NO-SUCH-ORDER", env_dir=data, check=False)
    assert result.returncode == 1 and result.stderr.strip() == "error: no order NO-SUCH-ORDER"

    result = cli("--db", db, "print", "--all", "--printer", "lpt1", env_dir=data, check=False)
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr

    (tmp_path / "not-a-db").write_bytes(b"this is not a database" * 100)
    result = cli("--db", f"sqlite:///{tmp_path / 'not-a-db'}", "status", env_dir=data, check=False)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "damaged" in result.stderr or "not a Shipbench database" in result.stderr


def test_classify_needs_no_database(tmp_path: Path) -> None:
    ok = json.loads(cli("classify", "]C1RF770947603CN", "--json", env_dir=tmp_path).stdout)
    assert (ok["kind"], ok["carrier"], ok["check_digit_valid"]) == ("tracking", "upu-s10", True)
    bad = cli("classify", "RF770947604CN", env_dir=tmp_path, check=False)
    assert bad.returncode == 3 and "WRONG" in bad.stdout
    assert not (tmp_path / "shipbench.db").exists()


def test_a_supervisor_is_added_with_a_pin_from_stdin(tmp_path: Path) -> None:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(tmp_path)}
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, "user", "sam", "--role", "supervisor"],
        input="2468\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0 and result.stdout.splitlines()[0] == "sam is a supervisor"
    assert result.stdout.splitlines()[1].startswith("badge: SB-USER:")
    assert "2468" not in (tmp_path / "shop.db").read_bytes().decode("latin-1")  # only a salted hash
    short = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, "user", "sam"],
        input="12\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    assert short.returncode == 1 and short.stderr.strip() == "error: a PIN is 4 to 12 digits"


def test_label_printers_and_documents_commands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    from app.bootstrap import build
    from app.cli.demo import seed
    from app.settings import Settings
    from app.simulator import Simulator

    with Simulator() as sim:
        ws = build(Settings(db_url=db, data_dir=data))
        seed(ws, sim.url)
        ws.sync.pull()
        ws.orders.approve(None)
        ws.carriers.request_waybills(None)
        ws.outbox.run_until_idle()
        parcel = next(p for p in ws.queues.parcels_summary() if p["state"] == "labelled")
        ws.close()
    png = tmp_path / "one.png"
    cli("--db", db, "label", parcel["number"], "--lang", "png", "--out", str(png), env_dir=data)
    import zxingcpp
    from PIL import Image

    assert parcel["tracking_number"] in [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    bad = cli("--db", db, "label", "P99999999", "--lang", "zpl", "--out", str(png), env_dir=data, check=False)
    assert bad.returncode == 1 and bad.stderr.strip() == "error: no parcel P99999999"
    listing = json.loads(cli("--db", db, "printers", "--json", env_dir=data).stdout)
    assert listing["printers"] == []
    pick = tmp_path / "pick.pdf"
    cli("--db", db, "document", "pick_list", "--out", str(pick), env_dir=data)
    assert pick.read_bytes().startswith(b"%PDF")
