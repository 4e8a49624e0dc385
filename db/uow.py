"""Unit of work: one short transaction, rolled back unless ``commit()`` was called.

The repositories (``uow.orders``, ``uow.parcels``, ``uow.shops`` …) are the way in to the
data; ``add``/``delete``/``flush``/``commit`` act on the transaction as a whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from db.engine import make_engine, make_session_factory
from db.errors import DatabaseUnavailable, environment_message
from db.listen import Listener
from db.models import Base
from db.repositories import (
    AuditRepository,
    CarriersRepository,
    ChangesRepository,
    JobsRepository,
    OrdersRepository,
    ParcelsRepository,
    PostageRepository,
    PrintersRepository,
    ProductsRepository,
    RatesRepository,
    ReportsRepository,
    RulesRepository,
    SettingsRepository,
    ShopsRepository,
    StationsRepository,
    UsersRepository,
    WarehousesRepository,
)


class UnitOfWork:
    """One transaction and the repositories over it.

    ``session`` is transitional: the domain modules (review, waybills, printing, …) still
    take a session until their SQL moves into repositories too; services reach data only
    through the repositories and the methods below.
    """

    session: Session
    orders: OrdersRepository
    parcels: ParcelsRepository
    postage: PostageRepository
    products: ProductsRepository
    reports: ReportsRepository
    shops: ShopsRepository
    carriers: CarriersRepository
    jobs: JobsRepository
    printers: PrintersRepository
    rules: RulesRepository
    users: UsersRepository
    stations: StationsRepository
    audit: AuditRepository
    warehouses: WarehousesRepository
    changes: ChangesRepository
    rates: RatesRepository

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = s = self._factory()
        self._committed = False
        self.orders = OrdersRepository(s)
        self.parcels = ParcelsRepository(s)
        self.postage = PostageRepository(s)
        self.products = ProductsRepository(s)
        self.reports = ReportsRepository(s)
        self.shops = ShopsRepository(s)
        self.carriers = CarriersRepository(s)
        self.jobs = JobsRepository(s)
        self.printers = PrintersRepository(s)
        self.rules = RulesRepository(s)
        self.settings = SettingsRepository(s)
        self.users = UsersRepository(s)
        self.stations = StationsRepository(s)
        self.audit = AuditRepository(s)
        self.warehouses = WarehousesRepository(s)
        self.changes = ChangesRepository(s)
        self.rates = RatesRepository(s)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()

    def add(self, obj: Base) -> None:
        self.session.add(obj)

    def delete(self, obj: Base) -> None:
        self.session.delete(obj)

    def refresh(self, obj: Base, attributes: Sequence[str] | None = None) -> None:
        """Load ``attributes`` of ``obj`` again (e.g. a relationship after its key changed)."""
        self.session.refresh(obj, list(attributes) if attributes is not None else None)

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def flush(self) -> None:
        self.session.flush()


class Database:
    """The engine and the two kinds of unit of work: writing and reading."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = make_engine(url)
        self._write = make_session_factory(self.engine, write=True)
        self._read = make_session_factory(self.engine, write=False)

    @classmethod
    def open(cls, url: str) -> Database:
        """Open and upgrade the database; an environment failure raises DatabaseUnavailable."""
        try:
            backend = make_url(url).get_backend_name()
            if backend not in ("sqlite", "postgresql"):
                raise DatabaseUnavailable(
                    f"Shipbench keeps its data in SQLite or PostgreSQL, not {backend!r}: "
                    "use sqlite:///path/shipbench.db or postgresql://host/db"
                )
            db = cls(url)
        except ImportError as exc:  # a PostgreSQL URL without its driver installed
            raise DatabaseUnavailable(f"the database driver is not installed: {exc.name or exc}") from None
        except OSError as exc:
            raise DatabaseUnavailable(f"cannot create the database folder: {exc.strerror or exc}") from None
        except ArgumentError:
            raise DatabaseUnavailable(f"not a database URL: {url!r} (e.g. sqlite:///path/shipbench.db)") from None
        try:
            migrate.upgrade_if_needed(db.engine)
        except migrate.DatabaseRefused as exc:
            db.dispose()
            raise DatabaseUnavailable(str(exc)) from None
        except DBAPIError as exc:
            db.dispose()
            raise DatabaseUnavailable(environment_message(exc) or f"cannot open the database: {exc.orig}") from None
        return db

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._write)

    def reader(self) -> UnitOfWork:
        return UnitOfWork(self._read)

    def ping(self) -> None:
        """One round trip to the server; raises what a lost or refused connection raises."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    def listener(self) -> Listener:
        """A connection of its own that wakes when another station commits (``db.listen``)."""
        return Listener(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()
