"""Handover to the courier from the command line: start a batch, scan, status, close."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import carrier_account_id, settings_from, workstation
from app.cli.output import emit, print_json, say, write_file
from app.cli.registry import JSON, arg, command, group

if TYPE_CHECKING:
    from app.handover import HandoverSummary

group("handover", dest="handover_command", help="hand parcels to the courier: start, scan, status, close")

BATCH = arg("batch", type=int, metavar="BATCH", help="the batch id `handover start` printed")


@command(
    "handover start",
    help="open (or reuse) this station's batch for a carrier; prints its id",
    args=[
        arg("carrier", help="carrier account name or id"),
        JSON,
    ],
)
def start(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        batch = ws.bench.handover_open(carrier_account_id(ws, args.carrier))
        emit(args, {"batch": batch}, str(batch))
    return 0


@command(
    "handover scan",
    help="scan parcels into the van (exit 3 when one was refused)",
    args=[
        BATCH,
        arg("codes", nargs="+", metavar="CODE"),
        JSON,
    ],
)
def scan(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        verdicts = [ws.bench.handover_scan(args.batch, code) for code in args.codes]
        if getattr(args, "json", False):
            print_json([v.__dict__ for v in verdicts])
        else:
            for v in verdicts:
                say(f"{v.colour.upper()} {v.title}: {v.message}")
        ws.outbox.run_due()  # after the verdicts: a parcel shipped on the way is confirmed now
    return 0 if all(v.colour == "green" for v in verdicts) else 3


def _describe(summary: HandoverSummary) -> str:
    lines = [
        f"batch {summary.batch_id} ({summary.carrier}, {summary.status}): {summary.scanned} scanned, "
        f"{len(summary.missing)} printed but not scanned"
    ]
    lines += [f"  missing {number} {tracking}".rstrip() for number, tracking in summary.missing]
    return "\n".join(lines)


@command("handover status", help="what is in the batch and what is missing", args=[BATCH, JSON])
def status(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        summary = ws.bench.handover_summary(args.batch)
        emit(args, asdict(summary), _describe(summary))
    return 0


@command(
    "handover close",
    help="the driver signed: close the batch and save the manifest",
    args=[
        BATCH,
        arg("--allow-missing", action="store_true", help="close even though printed parcels were not scanned"),
        arg("--out", type=Path, metavar="FILE", help="save the driver's manifest (PDF) here"),
        JSON,
    ],
)
def close(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        summary = ws.bench.handover_close(args.batch, allow_missing=args.allow_missing)
        if args.out is not None:
            write_file(args.out, ws.printing.document("manifest", [args.batch]))
        data = {**asdict(summary), "manifest": str(args.out) if args.out else None}
        text = _describe(summary) + (f"\nmanifest: {args.out}" if args.out else "")
        emit(args, data, text)
    return 0
