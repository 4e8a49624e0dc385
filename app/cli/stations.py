"""Stations sharing the database: `stations`.

main.py stations [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.common import settings_from, workstation
from app.cli.output import emit
from app.cli.registry import JSON, arg, command


@command(
    "stations",
    help="the stations sharing this database: last heartbeat, what runs there, printers, scanner, accounts",
    args=[arg("--beat", action="store_true", help="write this station's heartbeat first"), JSON],
)
def stations(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        if args.beat:
            ws.stations.beat("cli")
        rows = ws.stations.stations()
        senders = ws.stations.senders()
    data = [
        {
            "name": s.name,
            "this": s.this,
            "live": s.live,
            "seen_at": s.seen_at.isoformat() if s.seen_at else None,
            "runs": s.runs,
            "user": s.info.get("user"),
            "printer": s.info.get("printer"),
            "scanner": s.info.get("scanner"),
            "accounts": s.info.get("accounts", []),
            "sends_for": sorted(a for a, name in senders.items() if name == s.name),
        }
        for s in rows
    ]
    emit(args, data, "\n".join(_line(d) for d in data) or "no stations")
    return 0


def _line(d: dict[str, Any]) -> str:
    if d["seen_at"] is None:
        seen = "never seen"
    else:
        ago = (dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(d["seen_at"])).total_seconds()
        seen = f"seen {int(ago)} s ago" if ago < 3600 else f"last seen {d['seen_at'][:16].replace('T', ' ')}"
    parts = [f"{d['name']}{' (this station)' if d['this'] else ''}: {'running' if d['live'] else 'stopped'}, {seen}"]
    if d["runs"]:
        parts.append("runs " + ", ".join(d["runs"]))
    if d["user"]:
        parts.append(f"user {d['user']}")
    if d["printer"]:
        parts.append(f"printer {d['printer']}")
    if d["accounts"]:
        parts.append("secrets for " + ", ".join(d["accounts"]))
    if d["sends_for"]:
        parts.append("sends for " + ", ".join(d["sends_for"]))
    return " · ".join(parts)
