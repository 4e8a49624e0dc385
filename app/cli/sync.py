"""Sync and the outbox: `sync`, `jobs` (list, retry, cancel), `correct-tracking`, `status`.

main.py sync [--until-idle | --watch] [--json]
main.py jobs [--state failed] [--json]
main.py jobs retry ID… | --failed
main.py jobs cancel ID…
main.py correct-tracking PARCEL NEW_NUMBER
main.py status [--json]
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import settings_from, workstation
from app.cli.output import emit, say
from app.cli.registry import JSON, arg, command
from app.errors import InvalidInput


@command(
    "sync",
    help="pull orders and push pending jobs once",
    args=[
        arg("--until-idle", action="store_true", help="push until no job is left to do"),
        arg(
            "--watch",
            action="store_true",
            help="keep running the station's background worker (pulls, outbox) until stopped (Ctrl+C, SIGTERM)",
        ),
        JSON,
    ],
)
def sync(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        if args.watch:
            watch(ws)
            return 0
        report = ws.sync.sync_report(until_idle=args.until_idle)
        ws.stations.prune_feed()  # a shop run from the command line alone has no heartbeat to do it
        emit(args, report, sync_text(report))
    return 0


def watch(ws: Any) -> None:
    """A headless station: the background worker runs until Ctrl+C or SIGTERM, then stops
    cleanly (the workstation's close hands back the jobs it holds)."""
    import signal
    import threading

    stop = threading.Event()

    def stop_on(signum: int, frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, stop_on)
    signal.signal(signal.SIGINT, stop_on)
    ws.sync.start_background(interval=1.0)
    ws.stations.start_heartbeat("worker")  # Settings → Stations and `main.py stations` show it running
    say(f"station {ws.actor.station_name}: syncing in the background; Ctrl+C stops")
    while not stop.wait(0.5):
        pass


def sync_text(report: dict[str, Any]) -> str:
    """`main.py sync` in words: per shop what was pulled, per account what was sent and what waits."""
    lines = []
    for a in report["accounts"]:
        state = {True: "online", False: "offline", None: "not contacted"}[a["online"]]
        head = f"{a['kind']} {a['name']}: {state}"
        pulled = a.get("pulled")
        if pulled is not None:
            head += (
                f", pulled {pulled['new']} new / {pulled['updated']} updated"
                if pulled["ok"]
                else f", pull failed — {pulled.get('error', '')}"
            )
        head += f", sent {a['sent']}, pending {a['pending']}"
        if a["unknown"]:
            head += f", being looked up {a['unknown']}"
        if a["failed"]:
            head += f", failed {a['failed']}"
        lines.append(head)
        lines += [f"    job {f['job']} {f['kind']} {f['key']}: {f['reason']}" for f in a["failures"]]
    return "\n".join(lines) or "no shops or carrier accounts"


@command(
    "jobs",
    help="outbox jobs: list, retry or cancel",
    args=[
        arg("action", nargs="?", choices=("list", "retry", "cancel"), default="list"),
        arg("ids", nargs="*", type=int, metavar="ID"),
        arg("--state", choices=("pending", "in_flight", "unknown", "failed", "done", "cancelled")),
        arg("--failed", action="store_true", help="retry: every failed job"),
        arg("--limit", type=int, default=200),
        JSON,
    ],
)
def jobs(args: argparse.Namespace) -> int:
    from app.services.sync import job_dict

    with workstation(settings_from(args)) as ws:
        if args.action == "retry":
            if not args.ids and not args.failed:
                raise InvalidInput("name the jobs to retry, or pass --failed")
            n = ws.sync.retry_jobs(None if args.failed else args.ids)
            emit(args, {"retried": n}, f"{n} job(s) will be sent again")
            return 0
        if args.action == "cancel":
            if not args.ids:
                raise InvalidInput("name the jobs to cancel")
            n = ws.sync.cancel_jobs(args.ids)
            emit(args, {"cancelled": n}, f"{n} job(s) cancelled")
            return 0
        rows = ws.sync.jobs(args.state, limit=args.limit)
        text = "\n".join(
            f"{r.id:>6} {r.state:<9} {r.kind:<16} {r.key:<20} {r.account_name[:20]:<20} "
            f"tries {r.attempts}{_who(r)}" + (f" — {r.last_error}" if r.last_error else "")
            for r in rows
        )
        emit(args, [job_dict(r) for r in rows], text or "no jobs")
    return 0


def _who(row: Any) -> str:
    """In flight: which station holds the job and until when (local time); else who sent it."""
    if row.leased_by or row.lease_until:
        until = f" until {row.lease_until.astimezone().strftime('%H:%M:%S')}" if row.lease_until else ""
        return f" held by {row.leased_by or '?'}{until}"
    return f" sent by {row.sent_by}" if row.sent_by else ""


@command(
    "correct-tracking",
    help="correct a shipped parcel's tracking number (tells the marketplace)",
    args=[
        arg("parcel", metavar="PARCEL"),
        arg("new_number", metavar="NEW_NUMBER"),
        JSON,
    ],
)
def correct_tracking(args: argparse.Namespace) -> int:
    from app.marketplace_rules import CorrectionRefused

    with workstation(settings_from(args)) as ws:
        try:
            text = ws.sync.correct_tracking(args.parcel, args.new_number)
        except CorrectionRefused as refused:
            # The reason on stderr like any error; the message to send instead on stdout.
            say(f"error: {refused}", file=sys.stderr)
            data = {"parcel": args.parcel, "refused": refused.reason, "buyer_message": refused.buyer_message}
            emit(args, data, "Send the buyer this message instead:\n\n" + refused.buyer_message)
            return 1
        ws.outbox.run_until_idle(max_rounds=3)
        emit(args, {"parcel": args.parcel, "tracking_number": args.new_number, "result": text}, text)
    return 0


@command(
    "marketplace-rules",
    help="each marketplace's tracking-correction window and limit, and its confirmation deadline",
    args=[JSON],
)
def marketplace_rules(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rows = ws.sync.platform_rules()

        def shown(value: object, unit: str) -> str:
            return "no limit" if value is None else f"{value}{unit}"

        lines = [f"{'platform':<12} {'corrections within':>19} {'at most':>9} {'confirm by':>22}"]
        lines += [
            f"{r['platform']:<12} {shown(r['correction_days'], ' days'):>19} {shown(r['correction_limit'], ''):>9} "
            f"{_deadline(r['confirm_grace_hours']):>22}"
            for r in rows
        ]
        emit(args, rows, "\n".join(lines))
    return 0


def _deadline(grace_hours: object) -> str:
    if grace_hours is None:
        return "no deadline"
    return "ship-by" if grace_hours == 0 else f"{grace_hours} h after ship-by"


@command("status", help="queues, outbox and connections", args=[JSON])
def status(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        status = ws.sync.status()
        data = {
            "queues": status.queues,
            "outbox": status.outbox,
            "remotes": [r.__dict__ for r in status.remotes],
            "installation": status.installation,
        }
        text = f"installation: {status.installation}\n"
        text += "  ".join(f"{q}: {n}" for q, n in status.queues.items())
        text += f"\npending jobs: {status.pending}"
        for r in status.remotes:
            state = {True: "online", False: "offline", None: "not contacted"}[r.online]
            text += f"\n{r.kind} {r.name}: {state} {r.message}"
        emit(args, data, text)
    return 0
