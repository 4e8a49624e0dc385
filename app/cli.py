"""Command line: the same services as the GUI. Errors exit non-zero with one clear line."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import logging
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import InvalidInput, ShipbenchError
from app.settings import Settings, data_dir, default_db_url
from db.errors import environment_message

log = logging.getLogger(__name__)

# Commands that live in their own modules: each has COMMANDS (names), add_commands(sub)
# and run(args) -> exit code; they import heavy things inside run(), never at the top.
CLI_MODULES = (
    "app.cli_import", "app.cli_orders", "app.cli_rules", "app.cli_sync", "app.cli_connectors", "app.cli_carriers",
)

QUEUE_NAMES = ("review", "waybill", "print", "scan", "shipped", "on_hold", "exceptions", "cancelled")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Shipbench: pack, label and ship.")
    parser.add_argument("--db", metavar="URL", help="database URL (default: a SQLite file in the data folder)")
    parser.add_argument("--demo", action="store_true", help="GUI on a throwaway database with the simulator")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument(
        "--lang", dest="ui_lang", choices=("en", "zh_CN"),
        help="GUI language (default: $SHIPBENCH_LANG, else the system's: zh* gives zh_CN)",
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("simulator", help="run the marketplace + carrier simulator")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--faults", default="", help="e.g. latency=200ms,error=0.2,lost_response=0.1,throttle=0.1")
    p.add_argument("--orders", type=int, default=60, help="how many orders the marketplace starts with")

    p = sub.add_parser("demo", help="the whole flow against an embedded simulator")
    p.add_argument("--headless", action="store_true", help="without a GUI; prints a JSON summary")
    p.add_argument("--out", type=Path, help="folder for the printed labels (headless)")
    p.add_argument("--faults", default="")

    p = sub.add_parser("sync", help="pull orders and push pending jobs once")
    p.add_argument("--until-idle", action="store_true", help="push until no job is left to do")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("orders", help="list orders")
    p.add_argument("--queue", choices=QUEUE_NAMES)
    p.add_argument("--json", action="store_true")

    for name, help_text in (("approve", "approve orders"), ("waybills", "request waybills")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("orders", nargs="*", metavar="ORDER")
        p.add_argument("--all", action="store_true")
        p.add_argument("--json", action="store_true")

    p = sub.add_parser("print", help="print labels of the Print queue (a stopped batch resumes first)")
    p.add_argument("--all", action="store_true", required=True)
    p.add_argument("--printer", metavar="URI|NAME", help="a printer's name, or tcp://HOST:9100, folder:///PATH, …")
    p.add_argument("--order-by", choices=("queue", "carrier", "sku", "bin", "order_date"), default="queue")
    p.add_argument("--reverse", action="store_true", help="last label first (printers that stack face down)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("label", help="render one parcel's label to a file, without printing")
    p.add_argument("parcel", metavar="PARCEL", help="parcel number or tracking number")
    p.add_argument("--lang", choices=("zpl", "tspl", "escpos", "pdf", "png"), required=True)
    p.add_argument("--template", help="label template (default: the carrier's label, else shipping-4x6)")
    p.add_argument("--dpi", type=int, choices=(203, 300), default=203)
    p.add_argument("--out", type=Path, required=True)

    p = sub.add_parser("printers", help="configured printers and their status")
    p.add_argument("--json", action="store_true")
    p.add_argument("--discover", action="store_true", help="also list printers found on USB, CUPS and serial")

    p = sub.add_parser("document", help="pick list or packing slips for the Print/Scan queues, or a manifest")
    p.add_argument("kind", choices=("pick_list", "packing_slips", "manifest"))
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="parcel ids (default: the Print and Scan queues) or a batch id")
    p.add_argument("--format", choices=("pdf", "escpos"), default="pdf")
    p.add_argument("--out", type=Path, required=True)

    p = sub.add_parser("scan", help="scan a code at this station")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("classify", help="what a scanned code is recognised as (no database)")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("user", help="add a user or change their role and PIN (the PIN is asked for)")
    p.add_argument("name")
    p.add_argument("--role", choices=("packer", "supervisor", "admin"), default="packer")

    for module in CLI_MODULES:
        importlib.import_module(module).add_commands(sub)

    p = sub.add_parser("status", help="queues, outbox and connections")
    p.add_argument("--json", action="store_true")
    return parser


def settings_from(args: argparse.Namespace, **overrides: Any) -> Settings:
    kwargs: dict[str, Any] = {}
    if args.db:
        kwargs["db_url"] = args.db
    kwargs.update(overrides)
    return Settings(**kwargs)


def _orders_arg(ws: Any, args: argparse.Namespace) -> list[int] | None:
    if args.all:
        return None
    if not args.orders:
        raise InvalidInput("name the orders, or pass --all")
    return ws.resolve(list(args.orders))


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """JSON when --json was given, else the text."""
    _out(args, data, text)


def _out(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


@contextlib.contextmanager
def workstation(settings: Settings) -> Iterator[Any]:
    from app.bootstrap import build

    ws = build(settings)
    try:
        yield ws
    finally:
        ws.close()


def run(args: argparse.Namespace) -> int:
    """Run one CLI command (not the GUI); returns the exit code."""
    cmd = args.command
    for module_name in CLI_MODULES:
        module = importlib.import_module(module_name)
        if cmd in module.COMMANDS:
            return int(module.run(args))
    if cmd == "simulator":
        from app.simulator import Faults, serve_forever

        try:
            faults = Faults.parse(args.faults) if args.faults else None
        except ValueError as exc:
            raise InvalidInput(f"--faults: {exc}") from None
        serve_forever(args.port, faults, order_count=args.orders)
        return 0
    if cmd == "demo":
        return _demo(args)
    if cmd == "classify":
        from dataclasses import asdict

        from scanners.classify import classify

        found = classify(args.code)
        text = f"{found.kind}" + (f" ({found.carrier})" if found.carrier else "") + f": {found.value}"
        if found.check_digit_valid is not None:
            text += f" — check digit {'valid' if found.check_digit_valid else 'WRONG'}"
        if found.detail:
            text += f" — {found.detail}"
        _out(args, asdict(found), text)
        return 0 if found.kind not in ("misread", "unknown") else 3
    with workstation(settings_from(args)) as ws:
        if cmd == "sync":
            from app.cli_sync import sync_text

            report = ws.sync_report(until_idle=args.until_idle)
            _out(args, report, sync_text(report))
        elif cmd == "orders":
            orders = ws.orders_summary(args.queue)
            lines = [
                f"{o['number']:<24} {o['queue']:<10} {o['recipient']['country']:<3} "
                f"{o['recipient']['name'][:28]:<28} {'; '.join(o['reasons'])}"
                for o in orders
            ]
            _out(args, orders, "\n".join(lines) or "no orders")
        elif cmd == "approve":
            result = ws.approve(_orders_arg(ws, args))
            text = [f"approved {len(result.approved)} orders"]
            text += [f"  {n}: {'; '.join(r)}" for n, r in result.refused.items()]
            _out(args, {"approved": result.approved, "refused": result.refused}, "\n".join(text))
        elif cmd == "waybills":
            result = ws.request_waybills(_orders_arg(ws, args))
            ws.runner.run_until_idle(max_rounds=3)
            parcels = ws.waybill_report(result.queued) if result.queued else []
            text = [
                f"{p['number']}: "
                + (f"{p['tracking_number']}" + (f" ({p['error']})" if p["error"] else "") if p["tracking_number"]
                   else ("failed — " if p["state"] == "failed" else "waiting — ")
                   + (p["error"] or "carrier offline, will retry"))
                for p in parcels
            ]
            text += [f"{k}: {v}" for k, v in result.skipped.items()]
            _out(args, {"parcels": parcels, "skipped": result.skipped}, "\n".join(text) or "nothing to request")
        elif cmd == "print":
            return _print(ws, args)
        elif cmd == "label":
            data = ws.render_parcel_label(args.parcel, args.lang, template=args.template, dpi=args.dpi)
            _write(args.out, data)
            print(f"{args.out}: {len(data)} bytes")
        elif cmd == "printers":
            rows = []
            for p in ws.printers():
                st = ws.printer_status(p.id)
                rows.append({"id": p.id, "name": p.name, "uri": p.uri, "language": p.language, "dpi": p.dpi,
                             "media_mm": [p.width_mm, p.height_mm], "template": p.template,
                             "status": st.state, "message": st.message})
            found = [d.__dict__ for d in ws.discover_printers()] if args.discover else []
            text = "\n".join(f"{r['name']:<24} {r['language']:<6} {r['uri']:<32} {r['status']}: {r['message']}" for r in rows)
            text = text or "no printers configured"
            if found:
                text += "\nfound:\n" + "\n".join(f"  {d['uri']}  {d['description']}" for d in found)
            _out(args, {"printers": rows, "discovered": found}, text)
        elif cmd == "document":
            ids = args.ids or [pid for q in ("print", "scan") for oid in ws.queue_ids(q) for pid in ws.parcel_ids_of(oid)]
            data = ws.document(args.kind, ids, fmt=args.format)
            _write(args.out, data)
            print(f"{args.out}: {len(data)} bytes")
        elif cmd == "scan":
            verdict = ws.scan(args.code)
            ws.runner.run_due()
            _out(args, verdict.__dict__, f"{verdict.colour.upper()} {verdict.title}: {verdict.message}")
            return 0 if verdict.colour == "green" else 3
        elif cmd == "user":
            import getpass

            pin = getpass.getpass("PIN: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
            ws.add_user(args.name, args.role, pin)
            print(f"{args.name} is a {args.role}")
        elif cmd == "status":
            status = ws.status()
            data = {
                "queues": status.queues,
                "outbox": status.outbox,
                "remotes": [r.__dict__ for r in status.remotes],
            }
            text = "  ".join(f"{q}: {n}" for q, n in status.queues.items())
            text += f"\npending jobs: {status.pending}"
            for r in status.remotes:
                state = {True: "online", False: "offline", None: "not contacted"}[r.online]
                text += f"\n{r.kind} {r.name}: {state} {r.message}"
            _out(args, data, text)
    return 0


def _print(ws: Any, args: argparse.Namespace) -> int:
    results = [ws.run_print_job(job_id) for job_id in ws.unfinished_print_jobs()]
    parcel_ids = ws.printable_parcels(None)
    if parcel_ids and all(r.status == "done" for r in results):
        job = ws.create_print_job(parcel_ids, ws.printer_uri(args.printer), order_by=args.order_by, reverse=args.reverse)
        results.append(ws.run_print_job(job))
    if not results:
        _out(args, [], "nothing to print")
        return 0
    failed = [r for r in results if r.status != "done"]
    data = [r.__dict__ for r in results]
    text = "\n".join(
        f"job {r.job_id}: printed {r.printed} of {r.total}" + (f" — stopped: {r.error}" if r.error else "")
        for r in results
    )
    _out(args, data, text)
    if failed:
        print(f"printing stopped: {failed[0].error}; run `print --all` again to resume", file=sys.stderr)
        return 1
    return 0


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror or exc}") from None


def _demo(args: argparse.Namespace) -> int:
    if not args.headless:
        raise InvalidInput("use `main.py --demo` for the GUI demo, or `demo --headless --out DIR`")
    if args.out is None:
        raise InvalidInput("demo --headless needs --out DIR for the printed labels")
    from app.demo import run_headless
    from app.simulator import Faults, Simulator

    try:
        faults = Faults.parse(args.faults) if args.faults else None
    except ValueError as exc:
        raise InvalidInput(f"--faults: {exc}") from None
    with tempfile.TemporaryDirectory(prefix="shipbench-demo-") as tmp, Simulator(faults=faults) as sim:
        db_url = args.db or default_db_url(Path(tmp))
        with workstation(Settings(db_url=db_url, data_dir=Path(tmp))) as ws:
            summary = run_headless(ws, sim.url, args.out)
    print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))
    return 0


def setup_logging(verbose: bool) -> Path | None:
    """Log to a file in the data folder (and stderr when verbose); never a secret."""
    handlers: list[logging.Handler] = []
    log_file: Path | None = None
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "shipbench.log"
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    except OSError:
        log_file = None
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers or [logging.NullHandler()],
        force=True,
    )
    return log_file


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = setup_logging(args.verbose)
    try:
        return run(args)
    except ShipbenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = environment_message(exc)  # the database is busy, full, read-only, gone
        if message is not None:
            print(f"error: {message}", file=sys.stderr)
            return 1
        # A bug: one line here, the traceback in the log.
        log.exception("unexpected failure")
        where = f"; details in {log_file}" if log_file else ""
        print(f"internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 70
