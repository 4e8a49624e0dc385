"""Tracking-number pools: offline labels, numbers never handed out twice across stations,
pre-advice to the carrier later, a warning when a pool runs low."""

from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import build
from app.errors import InvalidInput
from app.settings import Settings
from db.models import CarrierAccount, Order, Parcel, ShippingMethod, Shop, User
from scanners.check_digits import make_s10
from scanners.classify import classify


def carrier_ledger(sim) -> dict:  # type: ignore[no-untyped-def]
    with urllib.request.urlopen(f"{sim.url}/carrier/_ledger", timeout=5) as resp:
        return json.loads(resp.read())


def test_a_pool_labels_parcels_offline_and_pre_advises_the_carrier_later(workstation, simulator, tmp_path) -> None:
    ws = workstation
    ws.sync.pull()
    ws.orders.approve(None)
    account = ws.carriers.carrier_accounts()[0]["id"]
    (pool,) = ws.carriers.import_pool("RR00000100CN-RR00000104CN\n", account, "STD", low_warning=3)
    assert (pool.remaining, pool.size, pool.warning) == (5, 5, "")
    with pytest.raises(InvalidInput, match="overlap"):
        ws.carriers.import_pool("RR,102,110,CN", account)

    simulator.stop()  # the line is down: the bench still labels parcels
    numbers = [p["number"] for p in ws.queues.parcels_summary()][:3]
    report = ws.carriers.assign_pool_numbers(numbers)
    assert not report.refused
    tracking = list(report.done.values())
    assert tracking == [make_s10("RR", serial, "CN") for serial in (100, 101, 102)]
    assert all(classify(t).check_digit_valid for t in tracking)
    assert {p["state"] for p in ws.carriers.waybill_report(numbers)} == {"labelled"}
    assert ws.carriers.pool_warnings() == [
        f"tracking pool RR…CN (STD) of {ws.carriers.carrier_accounts()[0]['name']} is running low: 2 numbers left"
    ]

    job = ws.printing.create_print_job(ws.carriers.parcel_ids(numbers), "folder://" + str(tmp_path / "labels"))
    assert ws.printing.run_print_job(job).status == "sent"  # a one-way printer cannot say what printed
    assert ws.printing.confirm_print_job(job).status == "done"  # the user saw the labels come out
    labels = sorted((tmp_path / "labels").glob("*.zpl"))
    assert len(labels) == 3 and any(tracking[0].encode() in f.read_bytes() for f in labels)

    ws.outbox.run_until_idle()  # offline: the pre-advice waits
    simulator.start()
    ws.sync.wake()
    ws.outbox.run_until_idle()
    book = carrier_ledger(simulator)
    assert book["preadvices"] == dict.fromkeys(tracking, 1)
    refs = ws.carriers.shipper_references(numbers)
    for number, t in zip(numbers, tracking, strict=True):
        assert [s["tracking_number"] for s in book["shipments"][refs[number]]] == [t]
    with ws.db.reader() as uow:
        assert all(
            p.preadvice_sent_at is not None
            for p in uow.session.scalars(select(Parcel).where(Parcel.number.in_(numbers)))
        )

    ws.carriers.assign_pool_numbers([p["number"] for p in ws.queues.parcels_summary()][3:6])
    refused = ws.carriers.assign_pool_numbers([p["number"] for p in ws.queues.parcels_summary()][6:7]).refused
    assert "no tracking numbers left" in next(iter(refused.values()))
    assert ws.carriers.pool_warnings() == [
        f"tracking pool RR…CN (STD) of {ws.carriers.carrier_accounts()[0]['name']} is used up"
    ]


def _seed_parcels(url: str, tmp_path: Path, count: int) -> list[str]:
    ws = build(Settings(db_url=url, data_dir=tmp_path / "seed", station="seed", user="seed"))
    try:
        with ws.db.uow() as uow:
            s = uow.session
            account = CarrierAccount(name="Post", carrier="simulator", base_url="http://127.0.0.1:9")
            shop = Shop(name="Shop", marketplace="simulator")
            s.add_all([account, shop])
            s.flush()
            method = ShippingMethod(carrier_account_id=account.id, code="STD", name="Standard", is_default=True)
            s.add(method)
            s.flush()
            for i in range(count):
                order = Order(
                    shop_id=shop.id,
                    marketplace_order_id=f"M{i}",
                    number=f"O{i}",
                    status="approved",
                    queue="waybill",
                    ship_country="DE",
                )
                s.add(order)
                s.flush()
                s.add(Parcel(number=f"P{i:08d}", order_id=order.id, shipping_method_id=method.id, weight_grams=100))
            uow.commit()
        ws.carriers.import_pool("LX,1,10000,CN", account.id)
        for i in range(2):  # the stations' packers, added by the admin (the first user)
            ws.bench.add_user(f"packer{i}", "packer", "1357")
    finally:
        ws.close()
    return [f"P{i:08d}" for i in range(count)]


def test_two_stations_taking_numbers_at_once_never_get_the_same_one(db_url: str, tmp_path: Path) -> None:
    numbers = _seed_parcels(db_url, tmp_path, 120)
    stations = [
        build(Settings(db_url=db_url, data_dir=tmp_path / f"s{i}", station=f"bench-{i}", user=f"packer{i}"))
        for i in range(2)
    ]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def work(ws, mine: list[str]) -> None:  # type: ignore[no-untyped-def]
        try:
            start.wait()
            for number in mine:  # one number per unit of work, interleaving with the other station
                report = ws.carriers.assign_pool_numbers([number])
                assert not report.refused, report.refused
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ws, numbers[i::2])) for i, ws in enumerate(stations)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not errors, errors
        with stations[0].db.reader() as uow:
            given = list(uow.session.scalars(select(Parcel.tracking_number).where(Parcel.tracking_number.is_not(None))))
            users = set(uow.session.scalars(select(User.name)))
        assert len(given) == len(set(given)) == 120
        assert {"packer0", "packer1"} <= users
        assert stations[0].carriers.pools()[0].remaining == 10000 - 120
    finally:
        for ws in stations:
            ws.close()
