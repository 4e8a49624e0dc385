"""Repositories over a real migrated SQLite file: the lookups the services now rely on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from db.models import (
    AuditEvent,
    CarrierAccount,
    Order,
    OrderLine,
    OutboxJob,
    Parcel,
    Product,
    Rule,
    ShippingMethod,
    Shop,
    SkuPairing,
    Station,
    TrackingPool,
    User,
    utcnow,
)
from db.uow import Database, UnitOfWork


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Database]:
    database = Database.open(sqlite_url)
    with database.uow() as uow:
        blocking = Shop(name="Blocking", marketplace="simulator", stock_policy="block")
        warning = Shop(name="Warning", marketplace="simulator", stock_policy="warn")
        account = CarrierAccount(name="Sim Post", carrier="simulator")
        uow.add(blocking)
        uow.add(warning)
        uow.add(account)
        uow.flush()
        uow.add(ShippingMethod(carrier_account_id=account.id, code="STD", name="Standard"))
        uow.add(Product(sku="MUG-1", name="Mug"))
        uow.add(Product(sku="CUP-1", name="Cup"))
        uow.commit()
    yield database
    database.dispose()


def _order(
    uow: UnitOfWork, shop: str, number: str, *, queue: str = "review", skus: tuple[str, ...] = (), reasons: str = ""
) -> Order:
    found = uow.shops.by_name(shop)
    assert found is not None
    order = Order(
        shop_id=found.id,
        marketplace_order_id=number,
        number=number,
        queue=queue,
        status="review" if queue == "review" else "approved",
        review_reasons=reasons,
    )
    order.lines = [OrderLine(remote_line_id=str(i), sku=sku, quantity=1) for i, sku in enumerate(skus)]
    uow.add(order)
    uow.flush()
    return order


def test_an_unknown_id_is_none_and_nothing_is_kept_without_commit(db: Database) -> None:
    with db.uow() as uow:
        assert uow.orders.get(999) is None
        assert uow.parcels.get(999) is None
        assert uow.shops.by_name("Nobody") is None
        _order(uow, "Blocking", "A-1")
    with db.reader() as uow:
        assert uow.orders.all() == []


def test_review_orders_waiting_on_stock_are_those_of_block_shops_with_the_product(db: Database) -> None:
    with db.uow() as uow:
        mug = uow.products.id_of_sku("MUG-1")
        assert mug is not None
        uow.add(SkuPairing(marketplace_sku="AMZ-MUG", product_id=mug, shop_id=None))
        own_sku = _order(uow, "Blocking", "B-OWN", skus=("MUG-1",))
        paired = _order(uow, "Blocking", "B-PAIRED", skus=("AMZ-MUG",))
        short = _order(uow, "Blocking", "B-SHORT", skus=("CUP-1",), reasons="not enough stock of CUP-1")
        _order(uow, "Blocking", "B-OTHER", skus=("CUP-1",))
        _order(uow, "Warning", "W-MUG", skus=("MUG-1",))
        _order(uow, "Blocking", "B-APPROVED", queue="waybill", skus=("MUG-1",))
        uow.commit()
    with db.reader() as uow:
        waiting = uow.orders.waiting_on_stock(mug)
        assert [o.number for o in waiting] == [own_sku.number, paired.number, short.number]


def test_orders_by_ids_leaves_unknown_ids_out_and_review_is_per_shop(db: Database) -> None:
    with db.uow() as uow:
        a = _order(uow, "Blocking", "A-1")
        b = _order(uow, "Warning", "B-1")
        _order(uow, "Warning", "B-2", queue="print")
        uow.commit()
    with db.reader() as uow:
        assert [o.number for o in uow.orders.by_ids([b.id, 999, a.id])] == ["A-1", "B-1"]
        assert uow.orders.by_ids([]) == []
        assert [o.number for o in uow.orders.in_review(b.shop_id)] == ["B-1"]
        assert [o.number for o in uow.orders.all("print")] == ["B-2"]
        assert [o.number for o in uow.orders.by_ref(["A-1", str(b.id)])] == ["A-1", "B-1"]


def test_parcels_by_what_a_user_types_and_their_uses(db: Database) -> None:
    with db.uow() as uow:
        order = _order(uow, "Blocking", "A-1", queue="print")
        method = uow.carriers.methods()[0]
        pool = TrackingPool(
            carrier_account_id=method.carrier_account_id,
            prefix="RR",
            suffix="CN",
            first_serial=1,
            last_serial=10,
            next_serial=2,
        )
        uow.add(pool)
        uow.flush()
        labelled = Parcel(
            number="P-1",
            order_id=order.id,
            status="labelled",
            tracking_number="TRK1",
            shipping_method_id=method.id,
            pool_id=pool.id,
        )
        voided = Parcel(number="P-2", order_id=order.id, status="voided")
        waiting = Parcel(number="P-3", order_id=order.id, status="waybill")
        for p in (labelled, voided, waiting):
            uow.add(p)
        uow.commit()
    with db.reader() as uow:
        assert [p.number for p in uow.parcels.by_ref(["TRK1", "P-3", "NOPE", str(voided.id)])] == ["P-1", "P-2", "P-3"]
        assert uow.parcels.by_code("TRK1").number == "P-1"  # type: ignore[union-attr]
        assert uow.parcels.by_code("P-3").number == "P-3"  # type: ignore[union-attr]
        assert uow.parcels.with_tracking_number("TRK1").number == "P-1"  # type: ignore[union-attr]
        assert uow.parcels.with_tracking_number("TRK1", other_than=labelled.id) is None
        assert uow.parcels.numbers_of([order.id], ("labelled", "waybill")) == ["P-1", "P-3"]
        assert uow.parcels.live_ids_of(order.id) == [labelled.id, waiting.id]
        assert uow.parcels.ids_by_number(["P-3", "P-1"]) == [labelled.id, waiting.id]
        assert uow.parcels.numbers_with_orders([labelled.id]) == {labelled.id: ("P-1", "A-1")}
        assert uow.parcels.numbers_with_orders([]) == {}
        assert uow.parcels.uses_method(method.id) and not uow.orders.uses_method(method.id)
        assert uow.parcels.uses_pool(pool.id) and not uow.parcels.uses_pool(pool.id + 1)
        assert not uow.carriers.has_methods(method.carrier_account_id + 1)
        assert uow.carriers.has_methods(method.carrier_account_id)


def test_jobs_are_paged_and_counted_per_account(db: Database) -> None:
    with db.uow() as uow:
        shop = uow.shops.by_name("Blocking")
        account = uow.carriers.account_by_name("Sim Post")
        assert shop is not None and account is not None
        jobs = [
            OutboxJob(kind="confirm_shipment", idempotency_key="c1", state="pending", shop_id=shop.id),
            OutboxJob(kind="confirm_shipment", idempotency_key="c2", state="failed", shop_id=shop.id),
            # a carrier's job that also names the shop belongs to the carrier
            OutboxJob(
                kind="request_waybill",
                idempotency_key="w1",
                state="pending",
                shop_id=shop.id,
                carrier_account_id=account.id,
            ),
            OutboxJob(kind="request_waybill", idempotency_key="w2", state="in_flight", carrier_account_id=account.id),
            OutboxJob(kind="request_waybill", idempotency_key="w3", state="done", carrier_account_id=account.id),
        ]
        for job in jobs:
            uow.add(job)
        uow.commit()
    shop_key, carrier_key = f"shop:{shop.id}", f"carrier:{account.id}"
    with db.reader() as uow:
        assert uow.jobs.counts_by_account(("pending", "in_flight", "failed")) == {
            shop_key: {"pending": 1, "failed": 1},
            carrier_key: {"pending": 1, "in_flight": 1},
        }
        assert uow.jobs.counts_by_account(("done",)) == {carrier_key: {"done": 1}}
        assert uow.jobs.counts() == {"pending": 2, "failed": 1, "in_flight": 1, "done": 1}
        assert [j.idempotency_key for j in uow.jobs.page(account=shop_key)] == ["c2", "c1"]
        assert [j.idempotency_key for j in uow.jobs.page("pending", account=carrier_key)] == ["w1"]
        assert [j.idempotency_key for j in uow.jobs.page(offset=1, limit=2)] == ["w2", "w1"]
        assert uow.jobs.by_key("request_waybill", "w2").state == "in_flight"  # type: ignore[union-attr]
        assert [j.idempotency_key for j in uow.jobs.in_states(("failed", "done"))] == ["c2", "w3"]
        # In flight without a lease (from before leases): free for any worker to take over.
        assert [j.idempotency_key for j in uow.jobs.lapsed(utcnow(), "a-token", 10)] == ["w2"]
    with db.uow() as uow:
        w2 = uow.jobs.by_key("request_waybill", "w2")
        assert w2 is not None
        until = utcnow() + dt.timedelta(seconds=30)
        assert uow.jobs.take(w2, clock=utcnow(), token="station-a", station_id=None, until=until)
        uow.commit()
    with db.uow() as uow:
        w2 = uow.jobs.by_key("request_waybill", "w2")
        assert w2 is not None and w2.lease_token == "station-a"
        # A live lease: nobody else may take it, and only its holder renews it.
        assert uow.jobs.lapsed(utcnow(), "station-b", 10) == []
        assert uow.jobs.claimable([w2.id], utcnow(), "station-b") == []
        assert not uow.jobs.take(w2, clock=utcnow(), token="station-b", station_id=None, until=until)
        assert uow.jobs.renew([w2.id], "station-b", until) == set()
        assert uow.jobs.renew([w2.id], "station-a", until) == {w2.id}
        # Once it has run out, the other station takes it over.
        later = until + dt.timedelta(seconds=1)
        assert [j.id for j in uow.jobs.claimable([w2.id], later, "station-b")] == [w2.id]
        uow.commit()


def test_rules_run_in_position_order_and_the_last_position_is_known(db: Database) -> None:
    with db.uow() as uow:
        assert uow.rules.last_position() == 0
        for name, position in (("late", 3), ("early", 1), ("tie-a", 2), ("tie-b", 2)):
            uow.add(Rule(name=name, position=position))
        uow.commit()
    with db.reader() as uow:
        assert [r.name for r in uow.rules.in_order()] == ["early", "tie-a", "tie-b", "late"]
        assert uow.rules.last_position() == 3


def test_an_orders_history_names_who_and_where_oldest_first(db: Database) -> None:
    at = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
    with db.uow() as uow:
        alice, bench = User(name="alice"), Station(name="bench-1")
        uow.add(alice)
        uow.add(bench)
        order = _order(uow, "Blocking", "A-1")
        uow.add(
            AuditEvent(
                at=at + dt.timedelta(minutes=5),
                user_id=alice.id,
                station_id=bench.id,
                action="approve",
                order_id=order.id,
            )
        )
        uow.add(AuditEvent(at=at, user_id=alice.id, station_id=bench.id, action="import", order_id=order.id))
        uow.commit()
    with db.reader() as uow:
        assert uow.users.by_name("alice") is not None and uow.stations.by_name("bench-1") is not None
        history = [(e.action, user, station) for e, user, station in uow.audit.of_order(order.id)]
        assert history == [("import", "alice", "bench-1"), ("approve", "alice", "bench-1")]


def test_delete_through_the_unit_of_work(db: Database) -> None:
    with db.uow() as uow:
        method = uow.carriers.methods()[0]
        uow.delete(method)
        uow.commit()
    with db.reader() as uow:
        assert uow.carriers.methods() == []
        assert uow.carriers.method_names() == []
        assert [a.name for a in uow.carriers.accounts()] == ["Sim Post"]
        assert sorted(uow.shops.names().values()) == ["Blocking", "Warning"]
