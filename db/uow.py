"""Unit of work: one short transaction, rolled back unless ``commit()`` was called."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory


class UnitOfWork:
    session: Session

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self._committed = False
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()

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

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._write)

    def reader(self) -> UnitOfWork:
        return UnitOfWork(self._read)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()
