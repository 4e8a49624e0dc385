"""Wiring: build everything from settings. Nothing connects at import time."""

from __future__ import annotations

import gc
import logging

from app import references
from app.actor import Actor
from app.errors import NotFound, StorageUnavailable
from app.settings import Settings
from app.workstation import Workstation
from db.errors import DatabaseUnavailable
from db.uow import Database

log = logging.getLogger(__name__)


def open_database(url: str) -> Database:
    """Open and upgrade the database; an environment failure becomes a clear message."""
    try:
        return Database.open(url)
    except DatabaseUnavailable as exc:
        raise StorageUnavailable(str(exc)) from None


def ensure_actor(db: Database, user_name: str, station_name: str) -> Actor:
    """The user and station this process acts as, and the database's installation identity.

    The station is created on its first start. A user is never created implicitly, except
    the very first one of an empty database, who becomes its admin (someone has to add the
    others). Processes starting at once on a new database or station do not trip over each
    other: whoever loses the insert reads the winner's row.
    """
    for _attempt in range(3):
        with db.uow() as uow:
            user = uow.users.by_name(user_name)
            if user is None and uow.users.count() == 0:
                user = uow.users.create(user_name, "admin")
            if user is None:
                if uow.users.by_name(user_name) is None and uow.users.count() > 0:
                    raise NotFound(
                        f"no user {user_name}: an admin adds users with `main.py user {user_name} --role packer`"
                    )
                continue  # another process created it (or the first admin) just now: read again
            station = uow.stations.by_name(station_name) or uow.stations.create(station_name)
            if station is None:
                continue
            # Every reference sent to a carrier carries it (``app.references``); made once,
            # also for a database made before identities existed.
            uow.settings.add_once(references.INSTALLATION_KEY, references.new_installation())
            actor = Actor(user.id, station.id, user.name, station.name, user.role)
            uow.commit()
            return actor
    raise StorageUnavailable("the database is busy creating users and stations; try again")


def build(settings: Settings) -> Workstation:
    db = open_database(settings.db_url)
    actor = ensure_actor(db, settings.user, settings.station)
    workstation = Workstation(db, actor, settings)
    # What start-up built lives as long as the app: keep it out of the garbage collector's
    # full passes, which otherwise land (~50 ms) in the middle of a scan or a search.
    gc.freeze()
    return workstation
