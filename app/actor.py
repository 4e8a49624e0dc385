"""Who does a thing: every audit event and scan records a user and a station."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_id: int
    station_id: int
    user_name: str = ""
    station_name: str = ""
    role: str = "admin"
