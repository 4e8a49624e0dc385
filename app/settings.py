"""Settings built once at start: paths, database, station identity, printer."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

APP_NAME = "Shipbench"


def data_dir() -> Path:
    override = os.environ.get("SHIPBENCH_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when needed: a quick command with SHIPBENCH_DATA_DIR set skips it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _seconds(text: str | None, default: float) -> float:
    try:
        value = float(text) if text else default
    except ValueError:
        return default
    return value if value >= 0.5 else default


def default_db_url(folder: Path | None = None) -> str:
    return f"sqlite:///{(folder or data_dir()) / 'shipbench.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=default_db_url)
    data_dir: Path = field(default_factory=data_dir)
    station: str = field(default_factory=lambda: os.environ.get("SHIPBENCH_STATION") or socket.gethostname()[:64])
    user: str = field(default_factory=lambda: os.environ.get("SHIPBENCH_USER", "admin"))
    printer_uri: str | None = None  # default: a folder of .zpl files in the data folder
    sign_out_after: float = 15 * 60  # seconds without a scan before the station signs its packer out
    # How long an outbox job claimed by this station stays its own without a renewal
    # (renewed every third of it while the station works); then any station takes it over.
    outbox_lease: float = field(default_factory=lambda: _seconds(os.environ.get("SHIPBENCH_OUTBOX_LEASE"), 30.0))

    @property
    def default_printer_uri(self) -> str:
        return self.printer_uri or (self.data_dir / "labels").as_uri().replace("file://", "folder://", 1)
