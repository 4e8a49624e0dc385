"""Labels and documents: `print`, `label`, `printers`, `document`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import settings_from, workstation
from app.cli.output import emit, say, write_file
from app.cli.registry import JSON, arg, command, group


def _job_line(r: object) -> str:
    """One batch in words: what printed, what was only sent, what stopped it."""
    job, printed, total = r.job_id, r.printed, r.total  # type: ignore[attr-defined]
    sent, uncertain, error = r.sent, r.uncertain, r.error  # type: ignore[attr-defined]
    line = f"job {job}: printed {printed} of {total}"
    if sent:
        line += (
            f", sent {sent} — this printer cannot say what it printed: check the labels, then "
            f"`print-jobs confirm {job}` (or scan the parcels)"
        )
    if uncertain:
        line += (
            f" — the label of {', '.join(uncertain)} may or may not have printed: "
            f"`print-jobs resolve {job} --printed` or `--not-printed`"
        )
    elif error:
        line += f" — stopped: {error}"
    for left in r.left_out:  # type: ignore[attr-defined]
        line += f"\n  not printed: {left} (the order shows why; fix the address or use a larger label)"
    skipped = getattr(r, "skipped", ())
    if skipped:
        line += f"; skipped {len(skipped)}: " + ", ".join(skipped)
    return line


def _as_json(r: object) -> dict[str, object]:
    return {
        **r.__dict__,
        "uncertain": list(r.uncertain),  # type: ignore[attr-defined]
        "skipped": list(r.skipped),  # type: ignore[attr-defined]
        "left_out": list(r.left_out),  # type: ignore[attr-defined]
    }


@command(
    "print",
    help="print labels of the Print queue (a stopped batch on that printer resumes first)",
    args=[
        arg("--all", action="store_true", required=True),
        arg("--printer", metavar="URI|NAME", help="a printer's name, or tcp://HOST:9100, folder:///PATH, …"),
        arg("--order-by", choices=("queue", "carrier", "sku", "bin", "order_date"), default="queue"),
        arg("--reverse", action="store_true", help="last label first (printers that stack face down)"),
        JSON,
    ],
)
def print_labels(args: argparse.Namespace) -> int:
    from app.errors import ClaimedElsewhere

    with workstation(settings_from(args)) as ws:
        printing = ws.printing
        uri = printing.printer_for(args.printer)
        # only this station's stopped batches on this printer go first: a batch stopped on another printer
        # blocks nothing here, and another station's batch is that station's (or taken over: print-jobs take-over)
        for job_id, station in printing.foreign_unfinished_print_jobs(uri):
            say(
                f"note: print job {job_id} of {station} is unfinished on this printer and is left to it "
                f"(if {station} is gone: `print-jobs take-over {job_id}`)",
                file=sys.stderr,
            )
        results = [printing.run_print_job(job_id) for job_id in printing.unfinished_print_jobs(uri)]
        parcel_ids = printing.printable_parcels(None)
        if parcel_ids and all(r.status in ("done", "sent") for r in results):
            try:
                job = printing.create_print_job(
                    parcel_ids, uri, order_by=args.order_by, reverse=args.reverse, from_queue=True
                )
            except ClaimedElsewhere as exc:  # another station claimed them all a moment ago
                say(str(exc), file=sys.stderr)
            else:
                results.append(printing.run_print_job(job))
        if not results:
            emit(args, [], "nothing to print")
            return 0
        emit(args, [_as_json(r) for r in results], "\n".join(map(_job_line, results)))
        failed = [r for r in results if r.status not in ("done", "sent")]
        if failed:
            r = failed[0]
            if r.uncertain:
                say(
                    f"printing waits: say whether {r.uncertain[0]} printed (`print-jobs resolve {r.job_id} "
                    "--printed|--not-printed`), then run `print --all` again",
                    file=sys.stderr,
                )
            else:
                say(f"printing stopped: {r.error}; run `print --all` again to resume", file=sys.stderr)
            return 1
    return 0


@command(
    "print-jobs",
    help="print batches: list them, or cancel / resume / confirm / resolve / take over one",
    args=[
        arg(
            "action",
            nargs="?",
            choices=("list", "cancel", "resume", "confirm", "resolve", "take-over"),
            default="list",
            help="take-over: this station takes over another station's unfinished batch (that station is gone)",
        ),
        arg("job", nargs="?", type=int, metavar="ID"),
        arg("--printed", action="store_true", help="resolve: the label in doubt did print"),
        arg("--not-printed", action="store_true", help="resolve: it did not print; send it again"),
        JSON,
    ],
)
def print_jobs(args: argparse.Namespace) -> int:
    from app.errors import InvalidInput

    if args.action != "list" and args.job is None:
        raise InvalidInput(f"print-jobs {args.action} needs a job ID")
    if args.action == "resolve" and args.printed == args.not_printed:
        raise InvalidInput("say --printed or --not-printed")
    with workstation(settings_from(args)) as ws:
        printing = ws.printing
        if args.action == "list":
            jobs = printing.print_jobs()
            rows = [
                {
                    # "said", "left_out_said": the GUI's copies of "error" and "left_out"
                    **{k: v for k, v in j.__dict__.items() if k not in ("said", "left_out_said")},
                    "uncertain": list(j.uncertain),
                    "left_out": list(j.left_out),
                    "skipped": list(j.skipped),
                    "created_at": j.created_at.isoformat(),
                }
                for j in jobs
            ]
            text = "\n".join(
                f"{j.id:>5} {j.status:<9} {j.printer:<20} {j.station:<12} printed {j.printed}/{j.total}"
                + (f", sent {j.sent} (not confirmed)" if j.sent else "")
                + (f", in doubt: {', '.join(j.uncertain)}" if j.uncertain else "")
                + (f", skipped {len(j.skipped)}" if j.skipped else "")
                + (f" — {j.error}" if j.error else "")
                + "".join(f"\n      not printed: {left}" for left in j.left_out)
                for j in jobs
            )
            emit(args, rows, text or "no print jobs")
            return 0
        if args.action == "cancel":
            printing.cancel_print_job(args.job)
            emit(args, {"job": args.job, "status": "cancelled"}, f"job {args.job}: cancelled")
            return 0
        if args.action == "take-over":
            result = printing.take_over_print_job(args.job)
            emit(
                args,
                _as_json(result),
                f"job {args.job}: taken over by this station; `print --all` (or `print-jobs resume {args.job}`) "
                "sends what is left",
            )
            return 0
        if args.action == "confirm":
            result = printing.confirm_print_job(args.job)
        elif args.action == "resolve":
            result = printing.resolve_print_job(args.job, printed=args.printed)
        else:
            result = printing.run_print_job(args.job)
        emit(args, _as_json(result), _job_line(result))
        return 0 if result.status in ("done", "sent") or args.action == "resolve" else 1


@command(
    "label",
    help="render one parcel's label to a file, without printing",
    args=[
        arg("parcel", metavar="PARCEL", help="parcel number or tracking number"),
        arg("--lang", choices=("zpl", "tspl", "escpos", "pdf", "png"), required=True),
        arg(
            "--template",
            help="label template (default: the carrier's label, else shipping-4x6; shipping-80mm for escpos)",
        ),
        arg("--dpi", type=int, choices=(203, 300), default=203),
        arg("--out", type=Path, required=True),
    ],
)
def label(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        data = ws.printing.render_parcel_label(args.parcel, args.lang, template=args.template, dpi=args.dpi)
        write_file(args.out, data)
        say(f"{args.out}: {len(data)} bytes")
    return 0


# --- printers: the profile the GUI's Printers screen edits ------------------------------

DISCOVER = arg(
    "--discover",
    action="store_true",
    help="also list printers found on USB, CUPS, serial and the network (Zebra discovery, mDNS), in under 2 s",
)
group(
    "printers",
    dest="printers_command",
    help="printers: list (the default), add, edit, remove, test, calibrate",
    default="list",
    args=[JSON, DISCOVER],
)


def _profile_args(*, adding: bool) -> list[Any]:
    """The printer profile's fields; adding, URI is required and the rest have the GUI's defaults."""
    keep = "" if adding else " (default: unchanged)"
    return [
        arg(
            "--uri",
            required=adding,
            help="tcp://HOST:9100, usb://…, cups://QUEUE, serial:///dev/ttyUSB0, folder:///PATH",
        ),
        arg("--language", choices=("zpl", "tspl", "escpos", "pdf"), help="printer language (default: zpl)" + keep),
        arg("--dpi", type=int, choices=(203, 300), help="dots per inch (default: 203)" + keep),
        arg("--media", metavar="WxH", help="label size in mm, e.g. 100x150 (default: 100x150)" + keep),
        arg("--gap", type=float, metavar="MM", help="gap between die-cut labels, 0 for continuous (default: 3)" + keep),
        arg("--darkness", metavar="N", help="ZPL 0-30, TSPL 0-15; `printer` leaves the printer's own" + keep),
        arg("--speed", metavar="N", help="inches per second; `printer` leaves the printer's own" + keep),
        arg("--x-offset", type=int, metavar="DOTS", help="shift the label right (default: 0)" + keep),
        arg("--y-offset", type=int, metavar="DOTS", help="shift the label down (default: 0)" + keep),
        arg("--rotation", type=int, choices=(0, 90, 180, 270), help="(default: 0)" + keep),
        arg("--template", metavar="NAME", help="label template (default: shipping-4x6, or as fits the media)" + keep),
        JSON,
    ]


def _printer_row(p: Any, status: Any = None) -> dict[str, Any]:
    prof = p.profile
    row = {
        "id": p.id,
        "name": p.name,
        "uri": p.uri,
        "language": p.language,
        "dpi": p.dpi,
        "media_mm": [p.width_mm, p.height_mm],
        "gap_mm": prof.gap_mm,
        "darkness": prof.darkness,
        "speed": prof.speed,
        "x_offset": prof.x_offset,
        "y_offset": prof.y_offset,
        "rotation": prof.rotation,
        "template": p.template,
    }
    if status is not None:
        row |= {"status": status.state, "message": status.message}
    return row


def _describe_printer(p: Any) -> str:
    prof = p.profile
    extra = [f"gap {prof.gap_mm:g} mm"]
    extra += [f"darkness {prof.darkness}"] if prof.darkness is not None else []
    extra += [f"speed {prof.speed}"] if prof.speed is not None else []
    extra += [f"offset {prof.x_offset},{prof.y_offset}"] if prof.x_offset or prof.y_offset else []
    extra += [f"rotated {prof.rotation}°"] if prof.rotation else []
    return (
        f"{p.name}: {p.language} {p.dpi} dpi {p.width_mm:g}x{p.height_mm:g} mm at {p.uri}, "
        f"template {p.template}; " + ", ".join(extra)
    )


def _setting(value: str | None, what: str) -> int | None:
    """``--darkness 20`` → 20; ``--darkness printer`` → None (the printer's own setting)."""
    from app.errors import InvalidInput

    if value in (None, "printer", ""):
        return None
    try:
        return int(str(value))
    except ValueError:
        raise InvalidInput(f"--{what} must be a whole number or `printer`, not {value!r}") from None


def _media(text: str) -> tuple[float, float]:
    from app.errors import InvalidInput

    w, sep, h = text.lower().replace("×", "x").partition("x")
    try:
        if sep:
            return float(w), float(h)
    except ValueError:
        pass
    raise InvalidInput(f"--media must look like 100x150 (width x length in mm), not {text!r}")


def _save_profile(ws: Any, args: argparse.Namespace, name: str, current: Any | None) -> Any:
    """Build the profile from the options over ``current`` (or the defaults) and save it."""
    from dataclasses import replace

    from app.errors import InvalidInput
    from printers.profiles import PrinterProfile

    changes: dict[str, Any] = {"name": name}
    for option, key in (
        ("uri", "uri"),
        ("language", "language"),
        ("dpi", "dpi"),
        ("gap", "gap_mm"),
        ("x_offset", "x_offset"),
        ("y_offset", "y_offset"),
        ("rotation", "rotation"),
    ):
        if getattr(args, option) is not None:
            changes[key] = getattr(args, option)
    for what in ("darkness", "speed"):
        if getattr(args, what) is not None:
            changes[what] = _setting(getattr(args, what), what)
    if args.media:
        changes["width_mm"], changes["height_mm"] = _media(args.media)
    try:
        profile = replace(current.profile, **changes) if current else PrinterProfile(**changes)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    template = args.template or (current.template if current else "shipping-4x6")
    printer_id = ws.printing.save_printer(profile, template=template, printer_id=current.id if current else None)
    return next(p for p in ws.printing.printers() if p.id == printer_id)


@command("printers list", help="configured printers and their live status", args=[JSON, DISCOVER])
def printers_list(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rows = [_printer_row(p, ws.printing.printer_status(p.id)) for p in ws.printing.printers()]
        found = [d.__dict__ for d in ws.printing.discover_printers()] if args.discover else []
        text = "\n".join(
            f"{r['name']:<24} {r['language']:<6} {r['uri']:<32} {r['status']}: {r['message']}" for r in rows
        )
        text = text or "no printers configured: `printers add NAME --uri tcp://HOST:9100` adds one"
        if found:
            text += "\nfound:\n" + "\n".join(f"  {d['uri']}  {d['description']}" for d in found)
        emit(args, {"printers": rows, "discovered": found}, text)
    return 0


@command(
    "printers add",
    help="add a printer: its address, language, resolution, media and label template",
    args=[arg("name", metavar="NAME"), *_profile_args(adding=True)],
)
def printers_add(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        saved = _save_profile(ws, args, args.name, None)
    emit(args, _printer_row(saved), "added " + _describe_printer(saved))
    return 0


@command(
    "printers edit",
    help="change a printer's profile; options not given are kept",
    args=[
        arg("name", metavar="NAME", help="the printer's name or id"),
        arg("--rename", metavar="NEW"),
        *_profile_args(adding=False),
    ],
)
def printers_edit(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        current = ws.printing.printer_named(args.name)
        saved = _save_profile(ws, args, args.rename or current.name, current)
    emit(args, _printer_row(saved), "saved " + _describe_printer(saved))
    return 0


@command(
    "printers remove",
    help="remove a printer that never printed a batch",
    args=[arg("name", metavar="NAME", help="the printer's name or id"), JSON],
)
def printers_remove(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        printer = ws.printing.printer_named(args.name)
        ws.printing.delete_printer(printer.id)
    emit(args, {"removed": printer.name, "id": printer.id}, f"removed printer {printer.name}")
    return 0


@command(
    "printers test",
    help="ask the printer how it is, then print a test label (exit 1 when it cannot print)",
    args=[arg("name", metavar="NAME", help="the printer's name or id"), JSON],
)
def printers_test(args: argparse.Namespace) -> int:
    """As the Printers screen's Test print: a printer out of labels takes the bytes and prints nothing."""
    with workstation(settings_from(args)) as ws:
        printer = ws.printing.printer_named(args.name)
        status = ws.printing.printer_status(printer.id)
        data: dict[str, Any] = {"printer": printer.name, "status": status.state, "message": status.message}
        if status.state not in ("ready", "unknown"):
            emit(args, {**data, "sent": False}, f"{printer.name}: no test label — {status.message or status.state}")
            return 1
        ws.printing.test_print(printer.id)
        said = status.message or ("ready" if status.state == "ready" else "it cannot say how it is")
        emit(args, {**data, "sent": True}, f"{printer.name}: test label sent; the printer says: {said}")
    return 0


@command(
    "printers calibrate",
    help="ZPL ~JC / TSPL GAPDETECT: the printer measures its labels",
    args=[arg("name", metavar="NAME", help="the printer's name or id"), JSON],
)
def calibrate_printer(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        printer = ws.printing.printer_named(args.name)
        sent = ws.printing.calibrate(printer.id)
        emit(
            args,
            {"printer": printer.name, "sent": sent},
            f"{printer.name}: sent {sent}; the printer feeds a few labels to measure them",
        )
    return 0


@command(
    "document",
    help="pick list or packing slips for the Print/Scan queues, a manifest, or the command sheet",
    args=[
        arg("kind", choices=("pick_list", "packing_slips", "manifest", "command_sheet")),
        arg(
            "ids",
            nargs="*",
            type=int,
            metavar="ID",
            help="parcel ids (default: the Print and Scan queues) or a batch id",
        ),
        arg("--format", choices=("pdf", "escpos"), default="pdf"),
        arg("--out", type=Path, required=True),
    ],
)
def document(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        ids = args.ids
        if not ids and args.kind != "command_sheet":
            ids = [
                pid
                for q in ("print", "scan")
                for oid in ws.queues.queue_ids(q)
                for pid in ws.printing.parcel_ids_of(oid)
            ]
        data = ws.printing.document(args.kind, ids, fmt=args.format)
        write_file(args.out, data)
        say(f"{args.out}: {len(data)} bytes")
    return 0
