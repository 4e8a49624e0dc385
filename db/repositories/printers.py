"""Printers and the print jobs (batches) sent to them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, exists, func, or_, select, update

from db.models import PrintClaim, Printer, PrintJob, PrintJobItem, Station
from db.repositories.base import Repository

LIVE_JOBS = ("pending", "printing", "stopped", "sent")
UNFINISHED_JOBS = ("pending", "printing", "stopped")
OPEN_ITEMS = ("pending", "sent", "uncertain")


class PrintersRepository(Repository):
    def get(self, printer_id: int) -> Printer | None:
        return self.session.get(Printer, printer_id)

    def all(self) -> list[Printer]:
        """Every printer, by name."""
        return list(self.session.scalars(select(Printer).order_by(Printer.name)))

    def by_name(self, name: str) -> Printer | None:
        return self.session.scalar(select(Printer).where(Printer.name == name))

    def by_uri(self, uri: str) -> Printer | None:
        return self.session.scalar(select(Printer).where(Printer.uri == uri).order_by(Printer.id).limit(1))

    def job_count(self, printer_id: int) -> int:
        """How many print batches ever went to this printer (their history keeps it)."""
        return self.session.scalar(select(func.count()).where(PrintJob.printer_id == printer_id)) or 0

    def recent_jobs(self, limit: int = 50) -> list[PrintJob]:
        """The newest print jobs first."""
        return list(self.session.scalars(select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)))

    def job(self, job_id: int) -> PrintJob | None:
        return self.session.get(PrintJob, job_id)

    def item(self, item_id: int) -> PrintJobItem | None:
        return self.session.get(PrintJobItem, item_id)

    def unfinished_jobs(
        self, printer_id: int | None = None, *, station_id: int | None = None, foreign: bool = False
    ) -> list[PrintJob]:
        """Batches with labels still to send (stopped, paused, or cut short by a crash), oldest first:
        of one station (``station_id``), or of every other station (``foreign``)."""
        query = select(PrintJob).where(PrintJob.status.in_(UNFINISHED_JOBS)).order_by(PrintJob.id)
        if printer_id is not None:
            query = query.where(PrintJob.printer_id == printer_id)
        if station_id is not None:
            query = query.where(PrintJob.station_id != station_id if foreign else PrintJob.station_id == station_id)
        return list(self.session.scalars(query))

    def station_name(self, station_id: int) -> str:
        return self.session.scalar(select(Station.name).where(Station.id == station_id)) or f"station {station_id}"

    def parcels_in_live_jobs(self, parcel_ids: list[int]) -> set[int]:
        """Of these parcels, those whose label a live batch holds (claimed: to send, sent or uncertain)."""
        found: set[int] = set()
        for start in range(0, len(parcel_ids), 500):
            chunk = parcel_ids[start : start + 500]
            found.update(self.session.scalars(select(PrintClaim.parcel_id).where(PrintClaim.parcel_id.in_(chunk))))
        return found

    def claim(self, job_id: int, parcel_ids: list[int]) -> set[int]:
        """Claim these parcels' labels for the batch; returns those it holds now.

        One insert per parcel that does nothing on a conflict with the primary key: two
        stations claiming at once (SQLite or PostgreSQL) can never both win a parcel —
        the database decides, not a read before the write.
        """
        if not parcel_ids:
            return set()
        for start in range(0, len(parcel_ids), 500):
            chunk = parcel_ids[start : start + 500]
            self.session.execute(
                self.insert_or_ignore(PrintClaim)
                .values([{"parcel_id": p, "job_id": job_id} for p in chunk])
                .on_conflict_do_nothing(index_elements=["parcel_id"])
            )
        held: set[int] = set()
        for start in range(0, len(parcel_ids), 500):
            chunk = parcel_ids[start : start + 500]
            held.update(
                self.session.scalars(
                    select(PrintClaim.parcel_id).where(PrintClaim.job_id == job_id, PrintClaim.parcel_id.in_(chunk))
                )
            )
        return held

    def claim_holder(self, parcel_id: int) -> int | None:
        """The batch holding the parcel's label, if any."""
        return self.session.scalar(select(PrintClaim.job_id).where(PrintClaim.parcel_id == parcel_id))

    def release(self, job_id: int, parcel_ids: list[int] | None = None) -> None:
        """The batch lets go of these parcels' labels (all of them when None)."""
        stmt = delete(PrintClaim).where(PrintClaim.job_id == job_id)
        if parcel_ids is not None:
            if not parcel_ids:
                return
            stmt = stmt.where(PrintClaim.parcel_id.in_(parcel_ids))
        self.session.execute(stmt)

    def take_over(self, job_id: int, from_station: int, to_station: int, now: dt.datetime) -> bool:
        """Move an unfinished batch to ``to_station`` — only if ``from_station`` still has it and
        its lease ran out (no station is sending it now). One conditional update: of two
        stations taking over at once, one wins."""
        result = self.session.execute(
            update(PrintJob)
            .where(
                PrintJob.id == job_id,
                PrintJob.station_id == from_station,
                PrintJob.status.in_(UNFINISHED_JOBS),
                or_(PrintJob.lease_until.is_(None), PrintJob.lease_until < now),
            )
            .values(station_id=to_station, lease_until=None)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0))

    def sent_items_of_parcel(self, parcel_id: int) -> list[PrintJobItem]:
        """The parcel's labels sent to a printer that could not say they printed."""
        return list(
            self.session.scalars(
                select(PrintJobItem).where(
                    PrintJobItem.parcel_id == parcel_id, PrintJobItem.state.in_(("sent", "uncertain"))
                )
            )
        )

    def job_has_open_items(self, job_id: int) -> bool:
        return bool(
            self.session.scalar(
                select(exists().where(PrintJobItem.job_id == job_id, PrintJobItem.state.in_(OPEN_ITEMS)))
            )
        )

    def item_counts(self, job_id: int) -> dict[str, int]:
        """How many of the job's labels are in each state."""
        rows = self.session.execute(
            select(PrintJobItem.state, func.count()).where(PrintJobItem.job_id == job_id).group_by(PrintJobItem.state)
        )
        return {state: count for state, count in rows}  # noqa: C416 (rows are Row objects)
