"""Wiring: build everything from settings. Nothing connects at import time."""

from __future__ import annotations

import gc
import logging

from sqlalchemy import select
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.actor import Actor
from app.errors import StorageUnavailable
from app.settings import Settings
from app.workstation import Workstation
from db import migrate
from db.errors import environment_message
from db.models import Station, User
from db.uow import Database

log = logging.getLogger(__name__)


def open_database(url: str) -> Database:
    """Open and upgrade the database; an environment failure becomes a clear message."""
    try:
        db = Database(url)
    except OSError as exc:
        raise StorageUnavailable(f"cannot create the database folder: {exc.strerror or exc}") from None
    except ArgumentError:
        raise StorageUnavailable(f"not a database URL: {url!r} (e.g. sqlite:///path/shipbench.db)") from None
    try:
        migrate.upgrade_if_needed(db.engine)
    except DBAPIError as exc:
        db.dispose()
        raise StorageUnavailable(environment_message(exc) or f"cannot open the database: {exc.orig}") from None
    return db


def ensure_actor(db: Database, user_name: str, station_name: str) -> Actor:
    """The user and station this process acts as; created on first start."""
    with db.uow() as uow:
        s = uow.session
        user = s.scalar(select(User).where(User.name == user_name))
        if user is None:
            user = User(name=user_name, role="admin")
            s.add(user)
        station = s.scalar(select(Station).where(Station.name == station_name))
        if station is None:
            station = Station(name=station_name)
            s.add(station)
        s.flush()
        actor = Actor(user.id, station.id, user.name, station.name, user.role)
        uow.commit()
    return actor


def build(settings: Settings) -> Workstation:
    db = open_database(settings.db_url)
    actor = ensure_actor(db, settings.user, settings.station)
    workstation = Workstation(db, actor, settings)
    # What start-up built lives as long as the app: keep it out of the garbage collector's
    # full passes, which otherwise land (~50 ms) in the middle of a scan or a search.
    gc.freeze()
    return workstation
