"""Settings built once at start: paths, database, station identity, printer."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "Shipbench"


def data_dir() -> Path:
    override = os.environ.get("SHIPBENCH_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url(folder: Path | None = None) -> str:
    return f"sqlite:///{(folder or data_dir()) / 'shipbench.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=default_db_url)
    data_dir: Path = field(default_factory=data_dir)
    station: str = field(default_factory=lambda: os.environ.get("SHIPBENCH_STATION") or socket.gethostname()[:64])
    user: str = field(default_factory=lambda: os.environ.get("SHIPBENCH_USER", "admin"))
    printer_uri: str | None = None  # default: a folder of .zpl files in the data folder

    @property
    def default_printer_uri(self) -> str:
        return self.printer_uri or (self.data_dir / "labels").as_uri().replace("file://", "folder://", 1)
