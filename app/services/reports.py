"""Reports: the seller's figures per day, carrier, shop and packer, the late orders, and
the bench's end of day — read from the database in a few grouped queries."""

from __future__ import annotations

import datetime as dt

from app import reports
from app.errors import InvalidInput
from app.reports import CarrierDay, FigureRow, Report
from app.services.base import Service

DEFAULT_DAYS = 7


def local_offset_minutes() -> int:
    """This machine's offset from UTC now: a report's days are the seller's days."""
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta(0)
    return int(offset.total_seconds() // 60)


class ReportsService(Service):
    """Figures over a range of local days, inclusive at both ends."""

    def report(
        self,
        kind: str,
        start: dt.date | None = None,
        end: dt.date | None = None,
        *,
        offset_minutes: int | None = None,
        now: dt.datetime | None = None,
    ) -> Report:
        if kind not in reports.KINDS:
            raise InvalidInput(f"report one of {', '.join(reports.KINDS)}")
        offset = local_offset_minutes() if offset_minutes is None else offset_minutes
        now = now or dt.datetime.now(dt.UTC)
        today = (now + dt.timedelta(minutes=offset)).date()
        end = end or today
        start = start or end - dt.timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            raise InvalidInput(f"the report's start {start} is after its end {end}")
        since, until = _utc(start, offset), _utc(end + dt.timedelta(days=1), offset)
        report = Report(kind, start, end)
        with self.db.reader() as uow:
            if kind == "late":
                report.late_orders = uow.reports.late_orders(since, until, now)
                return report
            by = reports.GROUP_OF[kind]
            orders_in = uow.reports.orders_in(since, until, by, offset) if by in ("day", "shop") else None
            shipped = uow.reports.shipped(since, until, by, offset)
            money = uow.reports.postage(since, until, by, offset)
            names = uow.reports.names(by)
        keys = set(shipped) | set(money) | set(orders_in or {})
        if by == "day":
            # every day of the range, empty ones too: a chart's gaps are days with nothing
            keys |= {(start + dt.timedelta(days=i)).isoformat() for i in range((end - start).days + 1)}
        rows = []
        for key in keys:
            row = FigureRow(
                _name(key, by, names),
                orders_in=None if orders_in is None else orders_in.get(key, 0),
                shipped=shipped.get(key, (0, 0))[0],
                late=shipped.get(key, (0, 0))[1],
                spent={c: v[0] for c, v in money.get(key, {}).items() if v[0]},
                refunded={c: v[1] for c, v in money.get(key, {}).items() if v[1]},
            )
            rows.append(row)
        rows.sort(key=lambda r: r.key if by == "day" else (-r.shipped, r.key))
        report.rows = rows
        return report

    def end_of_day(self, *, offset_minutes: int | None = None, now: dt.datetime | None = None) -> list[CarrierDay]:
        """Per carrier: parcels shipped today (the local day) and parcels still to go out."""
        offset = local_offset_minutes() if offset_minutes is None else offset_minutes
        now = now or dt.datetime.now(dt.UTC)
        today = (now + dt.timedelta(minutes=offset)).date()
        with self.db.reader() as uow:
            rows = uow.reports.end_of_day(_utc(today, offset), _utc(today + dt.timedelta(days=1), offset))
            names = uow.reports.names("carrier")
        return [CarrierDay(names.get(k, "") if k is not None else "", shipped, to_go) for k, shipped, to_go in rows]


def _utc(day: dt.date, offset_minutes: int) -> dt.datetime:
    """The UTC instant a local day starts."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) - dt.timedelta(minutes=offset_minutes)


def _name(key: str | int | None, by: str, names: dict[int, str]) -> str:
    if by == "day":
        return str(key)
    if key is None:
        return ""  # no carrier (a parcel without a method), no packer (booked, not shipped yet)
    return names.get(int(key), str(key))
