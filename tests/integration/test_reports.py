"""Report figures against a hand-counted fixture (SQLite and PostgreSQL), and their exports
through the one formula-safe writer.

The fixture, in UTC (range 1–3 March 2026):

  order shop ordered        ship-by       parcel: method shipped (by)     waybills
  O1    A    03-01 10:00    03-02 12:00   C1  03-02 09:00 alice (on time) 5.00 USD booked 03-01 20:00
  O2    A    03-01 23:30    03-02 12:00   C2  03-02 15:00 bob   (late)    7.50 USD booked 03-02 08:00
  O3    B    03-02 05:00    03-03 00:00   C1  not shipped (late by now)   4.00 USD 03-02 06:00, voided and
                                                                          refunded 03-02 07:00; 4.20 USD 07:30
  O4    B    02-28 10:00    03-01 12:00   C2  03-03 10:00 alice (late)    30.00 CNY booked 02-28 (outside)
  O5    B    03-03 22:00    —             —
  O6    A    03-04 01:00    —             —   (outside)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from app import reports
from app.settings import Settings

D = Decimal
START, END = dt.date(2026, 3, 1), dt.date(2026, 3, 3)
NOW = dt.datetime(2026, 3, 4, 0, 0, tzinfo=dt.UTC)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=dt.UTC)


@pytest.fixture
def ws(db_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.bootstrap import build
    from db.models import CarrierAccount, Order, Parcel, ShippingMethod, Shop, User, Waybill

    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
    with ws.db.uow() as uow:
        s = uow.session
        a, b = Shop(name="=Shop A", marketplace="simulator"), Shop(name="Shop B", marketplace="simulator")
        c1, c2 = CarrierAccount(name="C1", carrier="simulator"), CarrierAccount(name="C2", carrier="simulator")
        s.add_all([a, b, c1, c2])
        s.flush()
        m1 = ShippingMethod(carrier_account_id=c1.id, code="STD", name="One")
        m2 = ShippingMethod(carrier_account_id=c2.id, code="EXP", name="Two")
        bob = User(name="bob", role="packer")
        s.add_all([m1, m2, bob])
        s.flush()
        alice = uow.users.by_name("alice")
        assert alice is not None

        def order(n: int, shop: Shop, ordered: dt.datetime, ship_by: dt.datetime | None) -> Order:
            o = Order(
                shop_id=shop.id, marketplace_order_id=f"M{n}", number=f"O{n}", ordered_at=ordered, ship_by=ship_by
            )
            s.add(o)
            s.flush()
            return o

        def parcel(o: Order, method: ShippingMethod, shipped: dt.datetime | None, by: User | None) -> Parcel:
            p = Parcel(
                number=f"P{o.number}",
                order_id=o.id,
                shipping_method_id=method.id,
                status="shipped" if shipped else "printed",
                shipped_at=shipped,
                shipped_by_id=by.id if by else None,
            )
            o.queue = "shipped" if shipped else "scan"
            s.add(p)
            s.flush()
            return p

        def waybill(
            p: Parcel, account: CarrierAccount, amount: str, cur: str, booked: dt.datetime, **kw: object
        ) -> None:
            s.add(
                Waybill(
                    parcel_id=p.id,
                    carrier_account_id=account.id,
                    shipping_method_id=p.shipping_method_id,
                    charged_amount=D(amount),
                    currency=cur,
                    booked_at=booked,
                    **kw,
                )
            )

        o1 = order(1, a, at(1, 10), at(2, 12))
        waybill(parcel(o1, m1, at(2, 9), alice), c1, "5.00", "USD", at(1, 20))
        o2 = order(2, a, at(1, 23, 30), at(2, 12))
        waybill(parcel(o2, m2, at(2, 15), bob), c2, "7.50", "USD", at(2, 8))
        o3 = order(3, b, at(2, 5), at(3, 0))
        p3 = parcel(o3, m1, None, None)
        waybill(p3, c1, "4.00", "USD", at(2, 6), voided_at=at(2, 7), refund_state="refunded",
                refund_amount=D("4.00"), refunded_at=at(2, 7))  # fmt: skip
        waybill(p3, c1, "4.20", "USD", at(2, 7, 30))
        o4 = order(4, b, at(28, 10, month=2), at(1, 12))
        waybill(parcel(o4, m2, at(3, 10), alice), c2, "30.00", "CNY", at(28, 10, month=2))
        order(5, b, at(3, 22), None)
        order(6, a, at(4, 1), None)
        uow.commit()
    try:
        yield ws
    finally:
        ws.close()


def figures(report: reports.Report) -> dict[str, tuple[int | None, int, int, dict[str, Decimal], dict[str, Decimal]]]:
    return {r.key: (r.orders_in, r.shipped, r.late, r.spent, r.refunded) for r in report.rows}


def test_daily_figures_match_the_hand_count(ws) -> None:  # type: ignore[no-untyped-def]
    report = ws.reports.report("daily", START, END, offset_minutes=0, now=NOW)
    assert figures(report) == {
        "2026-03-01": (2, 0, 0, {"USD": D("5.00")}, {}),
        "2026-03-02": (1, 2, 1, {"USD": D("15.70")}, {"USD": D("4.00")}),
        "2026-03-03": (1, 1, 1, {}, {}),
    }
    total = report.total
    assert (total.orders_in, total.shipped, total.late) == (4, 3, 2)
    assert (total.spent, total.refunded) == ({"USD": D("20.70")}, {"USD": D("4.00")})


def test_a_day_is_the_sellers_local_day(ws) -> None:  # type: ignore[no-untyped-def]
    # UTC+8: O2 (23:30 UTC) came in on the 2nd, O5 (22:00 UTC on the 3rd) on the 4th
    report = ws.reports.report("daily", START, END, offset_minutes=480, now=NOW)
    assert {k: v[0] for k, v in figures(report).items()} == {"2026-03-01": 1, "2026-03-02": 2, "2026-03-03": 0}


def test_per_carrier_shop_and_packer(ws) -> None:  # type: ignore[no-untyped-def]
    carriers = figures(ws.reports.report("carriers", START, END, offset_minutes=0, now=NOW))
    assert carriers == {
        "C1": (None, 1, 0, {"USD": D("13.20")}, {"USD": D("4.00")}),
        "C2": (None, 2, 2, {"USD": D("7.50")}, {}),
    }
    shops = figures(ws.reports.report("shops", START, END, offset_minutes=0, now=NOW))
    assert shops == {
        "=Shop A": (2, 2, 1, {"USD": D("12.50")}, {}),
        "Shop B": (2, 1, 1, {"USD": D("8.20")}, {"USD": D("4.00")}),
    }
    packers = figures(ws.reports.report("packers", START, END, offset_minutes=0, now=NOW))
    assert packers == {
        "alice": (None, 2, 1, {"USD": D("5.00")}, {}),
        "bob": (None, 1, 1, {"USD": D("7.50")}, {}),
        "": (None, 0, 0, {"USD": D("8.20")}, {"USD": D("4.00")}),  # booked, not shipped yet
    }


def test_late_orders_shipped_after_ship_by_or_still_open_past_it(ws) -> None:  # type: ignore[no-untyped-def]
    report = ws.reports.report("late", START, END, offset_minutes=0, now=NOW)
    assert [(o["order"], o["carrier"], o["packer"]) for o in report.late_orders] == [
        ("O4", "C2", "alice"),
        ("O2", "C2", "bob"),
        ("O3", "C1", ""),
    ]
    hours = [row[4] for row in report.table(now=NOW)]
    assert hours == [D("46.0"), D("3.0"), D("24.0")]


def test_end_of_day_per_carrier(ws) -> None:  # type: ignore[no-untyped-def]
    rows = ws.reports.end_of_day(offset_minutes=0, now=at(2, 23))
    assert [(r.carrier, r.shipped, r.to_go) for r in rows] == [("C1", 1, 1), ("C2", 1, 0)]


def test_exports_are_formula_safe_and_keep_numbers(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    report = ws.reports.report("shops", START, END, offset_minutes=0, now=NOW)
    rows = list(csv.reader(io.StringIO(reports.export(report, "csv").decode("utf-8-sig"))))
    assert rows[0] == ["shop", "orders_in", "shipped", "late", "postage_spent_USD", "postage_refunded_USD"]
    assert rows[1] == ["'=Shop A", "2", "2", "1", "12.50", "0.00"]  # the shop's name is never a formula

    path = tmp_path / "shops.xlsx"
    path.write_bytes(reports.export(report, "xlsx"))
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[1][0] == "'=Shop A" and values[1][4] == 12.5  # money stays a number
    assert values[2][5] == 4

    body = json.loads(reports.export(report, "json"))
    assert body["total"]["postage_spent"] == {"USD": "20.70"}
    assert body["rows"][0]["key"] == "=Shop A"


def test_reports_refuse_what_makes_no_sense(ws) -> None:  # type: ignore[no-untyped-def]
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput):
        ws.reports.report("weekly")
    with pytest.raises(InvalidInput, match="after"):
        ws.reports.report("daily", END, START)
    with pytest.raises(InvalidInput):
        reports.export(ws.reports.report("daily", START, END), "pdf")
