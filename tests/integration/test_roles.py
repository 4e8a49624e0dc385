"""Who is packing, and what each role may do: enforced by the services, not only the GUI."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from app.bootstrap import build, ensure_actor
from app.errors import NotAllowed, NotFound
from app.settings import Settings
from app.workstation import Workstation
from db.uow import Database
from tests.integration.test_bench import printed


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def staff(workstation: Workstation) -> dict[str, str]:
    """alice (the first user: admin) adds a supervisor and a packer; their badge codes."""
    return {
        "sam": workstation.bench.add_user("sam", "supervisor", "2468"),
        "pat": workstation.bench.add_user("pat", "packer", "1357"),
    }


def as_user(ws: Workstation, name: str, pin: str) -> Workstation:
    ws.bench.sign_in(name, pin)
    return ws


def test_the_first_user_is_the_admin_and_nobody_else_appears_implicitly(sqlite_url: str, tmp_path: Path) -> None:
    first = build(Settings(db_url=sqlite_url, data_dir=tmp_path, station="bench-1", user="owner"))
    try:
        assert first.actor.role == "admin"
        first.bench.add_user("pat", "packer", "1357")
    finally:
        first.close()
    with pytest.raises(NotFound) as refused:
        build(Settings(db_url=sqlite_url, data_dir=tmp_path, station="bench-1", user="mallory"))
    assert str(refused.value) == "no user mallory: an admin adds users with `main.py user mallory --role packer`"
    packer = build(Settings(db_url=sqlite_url, data_dir=tmp_path, station="bench-2", user="pat"))
    try:
        assert (packer.actor.role, packer.actor.station_name) == ("packer", "bench-2")
        with pytest.raises(NotAllowed, match="adding or changing users needs an admin: pat is a packer"):
            packer.bench.add_user("eve", "admin", "9999")
    finally:
        packer.close()


def _start(url: str, folder: str, name: str) -> tuple[str, str]:
    ws = build(Settings(db_url=url, data_dir=Path(folder), station="new-bench", user=name))
    try:
        return ws.actor.user_name, ws.actor.role
    finally:
        ws.close()


def _add(url: str, folder: str, name: str) -> str:
    ws = build(Settings(db_url=url, data_dir=Path(folder), station="new-bench", user="owner"))
    try:
        ws.bench.add_user(name, "packer", "1357")
        return name
    finally:
        ws.close()


def test_four_processes_starting_at_once_agree_on_the_first_admin_and_a_new_user(db_url: str, tmp_path: Path) -> None:
    Database.open(db_url).dispose()  # an empty, up-to-date database: nobody has started yet
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert pool.starmap(_start, [(db_url, str(tmp_path), "owner")] * 4) == [("owner", "admin")] * 4
        assert pool.starmap(_add, [(db_url, str(tmp_path), "pat")] * 4) == ["pat"] * 4
    ws = build(Settings(db_url=db_url, data_dir=tmp_path, station="new-bench", user="owner"))
    try:
        assert ws.bench.users() == [("owner", "admin"), ("pat", "packer")]
    finally:
        ws.close()


def test_a_packer_may_scan_but_not_force_undo_void_or_edit(
    workstation: Workstation, staff: dict[str, str], tmp_path: Path
) -> None:
    parcels = printed(workstation, tmp_path)
    ws = as_user(workstation, "pat", "1357")
    assert ws.actor.user_name == "pat"
    (stopped,) = [p for p in parcels.values() if p["state"] == "intercepted"]
    green = next(p for p in parcels.values() if p["state"] == "printed")
    assert ws.bench.scan(green["tracking_number"]).kind == "shipped"
    with pytest.raises(NotAllowed, match="force-shipping a parcel needs a supervisor: pat is a packer"):
        ws.bench.force_ship(stopped["tracking_number"], None, "buyer called back")
    with pytest.raises(NotAllowed, match="undoing a scan needs a supervisor"):
        ws.bench.undo_last_scan(None, "wrong parcel")
    with pytest.raises(NotAllowed, match="voiding a waybill needs a supervisor"):
        ws.carriers.void_waybills([green["number"]], "refund")
    with pytest.raises(NotAllowed, match="changing the rules needs an admin"):
        ws.rules.save("hold tests", {"all": []}, [])
    with pytest.raises(NotAllowed, match="deleting an account needs an admin"):
        ws.carriers.delete_carrier_account(ws.carriers.carrier_accounts()[0]["id"])
    with pytest.raises(NotAllowed, match="needs an admin"):
        ws.bench.add_user("pat", "admin", "1357")
    # A supervisor's PIN at the packer's station still authorises (the supervisor walked over).
    assert ws.bench.force_ship(stopped["tracking_number"], "2468", "buyer called back").kind == "forced"


def test_a_supervisor_signed_in_may_force_ship_and_undo_without_a_pin(
    workstation: Workstation, staff: dict[str, str], tmp_path: Path
) -> None:
    parcels = printed(workstation, tmp_path)
    ws = as_user(workstation, "sam", "2468")
    (stopped,) = [p for p in parcels.values() if p["state"] == "intercepted"]
    forced = ws.bench.force_ship(stopped["tracking_number"], None, "buyer called back")
    assert forced.kind == "forced" and forced.params == {"supervisor": "sam"}
    green = next(p for p in parcels.values() if p["state"] == "printed")
    assert ws.bench.scan(green["tracking_number"]).kind == "shipped"
    assert ws.bench.undo_last_scan(None, "wrong parcel").kind == "undone"
    with pytest.raises(NotAllowed, match="changing the rules needs an admin: sam is a supervisor"):
        ws.rules.save("hold tests", {"all": []}, [])


def test_sign_in_by_badge_or_name_and_pin_and_every_scan_records_who(
    workstation: Workstation, staff: dict[str, str], tmp_path: Path
) -> None:
    parcels = printed(workstation, tmp_path)
    bench = workstation.bench
    bench.require_sign_in = True
    codes = [p["tracking_number"] for p in parcels.values() if p["state"] == "printed"]
    with pytest.raises(NotAllowed, match="sign in first"):
        bench.scan(codes[0])
    with pytest.raises(NotFound, match="unknown badge"):
        bench.sign_in("SB-USER:NOPE")
    with pytest.raises(NotAllowed, match="wrong PIN"):
        bench.sign_in("pat", "0000")
    assert bench.sign_in(f"SB-USER:{staff['pat']}").user_name == "pat"
    assert bench.scan(codes[0]).kind == "shipped"
    assert bench.sign_in(staff["sam"]).user_name == "sam"  # the bare badge code, as a per-user code
    assert bench.scan(codes[1]).kind == "shipped"
    bench.sign_out()
    assert bench.signed_in is None and workstation.actor.user_name == "alice"
    with pytest.raises(NotAllowed, match="sign in first"):
        bench.scan(codes[2])
    bench.sign_in("pat", "1357")
    assert bench.scan(codes[0]).message.endswith("by pat at bench-1.")
    figures = {f.user: f.shipped for f in bench.packer_figures()}
    assert figures == {"pat": 1, "sam": 1}


def test_the_station_signs_its_packer_out_after_the_idle_time(workstation: Workstation, staff: dict[str, str]) -> None:
    clock = Clock()
    bench = workstation.bench
    bench._clock = clock  # the service's clock, as a test's stand-in
    bench.require_sign_in = True
    bench.sign_in("pat", "1357")
    clock.now += 14 * 60
    bench.scan("NOT-A-PARCEL")  # any scan keeps the packer signed in
    clock.now += 14 * 60
    assert bench.signed_in is not None
    clock.now += 60
    assert bench.signed_in is None and workstation.actor.user_name == "alice"
    with pytest.raises(NotAllowed, match="sign in first"):
        bench.scan("NOT-A-PARCEL")


def test_one_user_or_the_demo_is_signed_in_automatically(sqlite_url: str, tmp_path: Path) -> None:
    ws = build(Settings(db_url=sqlite_url, data_dir=tmp_path, station="bench-1", user="solo"))
    try:
        assert ws.bench.sign_in_automatically() == ws.actor
        ws.bench.add_user("pat", "packer", "1357")
        ws.bench.sign_out()
        assert ws.bench.sign_in_automatically() is None  # two users: who is packing?
        assert ws.bench.sign_in_automatically(demo=True) is not None
    finally:
        ws.close()


def test_ensure_actor_refuses_an_unknown_user_on_a_database_with_users(workstation: Workstation) -> None:
    with pytest.raises(NotFound, match="no user bob"):
        ensure_actor(workstation.db, "bob", "bench-2")
