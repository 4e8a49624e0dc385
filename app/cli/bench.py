"""The packing bench: `scan`, `classify` (no database) and `user`."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import TYPE_CHECKING

from app.cli.common import settings_from, workstation
from app.cli.output import emit, say
from app.cli.registry import JSON, arg, command

if TYPE_CHECKING:
    from app.scanning import Verdict


@command(
    "scan",
    help="scan a code at this station",
    args=[
        arg("code"),
        JSON,
        arg(
            "--no-send",
            action="store_true",
            help="leave the marketplace confirmation to the outbox (the station's worker or `main.py sync`)",
        ),
    ],
)
def scan(args: argparse.Namespace) -> int:
    """Exit 0 on green, 3 on amber or red: a script can stop on a refused parcel; 75 when the
    scan was not recorded (the database was locked or unreachable): scan again.

    The verdict comes first: a SQLite database already up to date is scanned with the
    standard library alone (``app.scanning.quick_scan``: no ORM, no connectors, no
    keyring), the verdict is printed and stdout closed, and only then does a shipped
    parcel's confirmation go out (which loads the whole application and the network).
    """
    from app.scanning import quick_scan

    settings = settings_from(args)
    verdict = quick_scan(settings.db_url, settings.user, settings.station, args.code)
    if verdict is None:  # PostgreSQL, a schema to upgrade, a first start: the whole application
        with workstation(settings) as ws:
            verdict = ws.bench.scan(args.code)
            _answer(args, verdict)
            if verdict.kind == "shipped" and not args.no_send:
                ws.outbox.run_due()
    else:
        _answer(args, verdict)
        if verdict.kind == "shipped" and not args.no_send:
            with workstation(settings) as ws:
                ws.outbox.run_due()
    if verdict.kind == "not_recorded":
        return NOT_RECORDED
    return 0 if verdict.colour == "green" else 3


NOT_RECORDED = 75  # as app.cli.TRY_AGAIN: nothing was recorded; the same scan again will do


def _answer(args: argparse.Namespace, verdict: Verdict) -> None:
    """Print the verdict and close stdout: whoever reads it has the answer before any network traffic."""
    emit(args, verdict.__dict__, f"{verdict.colour.upper()} {verdict.title}: {verdict.message}")
    sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the pipe's reader sees the end now
        os.close(devnull)


@command("classify", help="what a scanned code is recognised as (no database)", args=[arg("code"), JSON])
def classify_code(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from scanners.classify import classify

    found = classify(args.code)
    text = f"{found.kind}" + (f" ({found.carrier})" if found.carrier else "") + f": {found.value}"
    if found.check_digit_valid is not None:
        text += f" — check digit {'valid' if found.check_digit_valid else 'WRONG'}"
    if found.detail:
        text += f" — {found.detail}"
    emit(args, asdict(found), text)
    return 0 if found.kind not in ("misread", "unknown") else 3


@command(
    "user",
    help="add a user or change their role and PIN (the PIN is asked for)",
    args=[
        arg("name"),
        arg("--role", choices=("packer", "supervisor", "admin"), default="packer"),
    ],
)
def user(args: argparse.Namespace) -> int:
    import getpass

    from app.roles import require

    with workstation(settings_from(args)) as ws:
        require(ws.actor, "manage_users")  # before asking for a PIN that would be refused
        pin = getpass.getpass("PIN: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
        badge = ws.bench.add_user(args.name, args.role, pin)
        say(f"{args.name} is a {args.role}")
        say(f"badge: SB-USER:{badge}")
    return 0


@command("users", help="users with their role and badge barcode (admins only: a badge signs in)", args=[JSON])
def users(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rows = ws.bench.badges()
        data = [{"name": n, "role": r, "badge": f"SB-USER:{b}" if b else None} for n, r, b in rows]
        text = "\n".join(
            f"{n:<20} {r:<10} " + (f"SB-USER:{b}" if b else "(no badge: run `main.py user NAME`)") for n, r, b in rows
        )
        emit(args, data, text)
    return 0


@command(
    "force-ship",
    help="ship an intercepted parcel anyway (supervisors; audited): the buyer called back, the cancel was a mistake",
    args=[
        arg("parcel", metavar="PARCEL", help="parcel number, tracking number or the code on its label"),
        arg("--reason", required=True, help="why, for the audit log (required)"),
        arg(
            "--pin",
            action="store_true",
            help="a supervisor's PIN authorises it (asked on the terminal, else read from stdin); "
            "without it the user running the command ($SHIPBENCH_USER) must be a supervisor",
        ),
        JSON,
    ],
)
def force_ship(args: argparse.Namespace) -> int:
    import getpass

    from app.errors import InvalidInput

    if not args.reason.strip():
        raise InvalidInput("force-ship needs a reason: --reason 'buyer called: ship it'")
    pin = None
    if args.pin:
        pin = getpass.getpass("supervisor PIN: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    with workstation(settings_from(args)) as ws:
        verdict = ws.bench.force_ship(args.parcel, pin, args.reason)
    from dataclasses import asdict

    emit(args, asdict(verdict), f"{verdict.parcel_number} (order {verdict.order_number}): {verdict.message}")
    return 0
