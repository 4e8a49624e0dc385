"""CLI: the outbox's jobs (list, retry, cancel), tracking corrections and marketplace accounts.

    main.py jobs [--state failed] [--json]
    main.py jobs retry ID… | --failed
    main.py jobs cancel ID…
    main.py correct-tracking PARCEL NEW_NUMBER
    main.py accounts list [--json]
    main.py accounts add NAME --marketplace KIND [--url URL] [--setting k=v …]   (secrets on stdin)
    main.py accounts edit ID [--name …] [--url …] [--setting k=v …] [--secrets]
    main.py accounts test ID

Secrets are never taken from argv (they would land in the shell history and the process
list): ``accounts add`` asks for each of the marketplace's secret fields, or reads
``field=value`` lines from stdin when it is not a terminal.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

COMMANDS: tuple[str, ...] = ("jobs", "accounts", "correct-tracking")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("jobs", help="outbox jobs: list, retry or cancel")
    p.add_argument("action", nargs="?", choices=("list", "retry", "cancel"), default="list")
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--state", choices=("pending", "in_flight", "unknown", "failed", "done", "cancelled"))
    p.add_argument("--failed", action="store_true", help="retry: every failed job")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("correct-tracking", help="correct a shipped parcel's tracking number (tells the marketplace)")
    p.add_argument("parcel", metavar="PARCEL")
    p.add_argument("new_number", metavar="NEW_NUMBER")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("accounts", help="marketplace accounts: list, add, edit, test (secrets via stdin)")
    p.add_argument("action", choices=("list", "add", "edit", "test", "forget-secrets"))
    p.add_argument("target", nargs="?", metavar="NAME|ID", help="add: the shop's name; edit/test: its id")
    p.add_argument("--marketplace", metavar="KIND")
    p.add_argument("--name")
    p.add_argument("--url", default=None, help="API base URL (empty: the platform's own)")
    p.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE", help="a non-secret setting")
    p.add_argument("--secrets", action="store_true", help="edit: enter the secrets again")
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from app.cli import emit, settings_from, workstation

    with workstation(settings_from(args)) as ws:
        if args.command == "jobs":
            return _jobs(ws, args, emit)
        if args.command == "correct-tracking":
            text = ws.correct_tracking(args.parcel, args.new_number)
            ws.runner.run_until_idle(max_rounds=3)
            emit(args, {"parcel": args.parcel, "tracking_number": args.new_number, "result": text}, text)
            return 0
        return _accounts(ws, args, emit)
    raise AssertionError(f"{args.command} is not a command of {__name__}")


def _jobs(ws: Any, args: argparse.Namespace, emit: Any) -> int:
    from app.errors import InvalidInput
    from app.sync_desk import job_dict

    if args.action == "retry":
        if not args.ids and not args.failed:
            raise InvalidInput("name the jobs to retry, or pass --failed")
        n = ws.retry_jobs(None if args.failed else args.ids)
        emit(args, {"retried": n}, f"{n} job(s) will be sent again")
        return 0
    if args.action == "cancel":
        if not args.ids:
            raise InvalidInput("name the jobs to cancel")
        n = ws.cancel_jobs(args.ids)
        emit(args, {"cancelled": n}, f"{n} job(s) cancelled")
        return 0
    rows = ws.jobs(args.state, limit=args.limit)
    text = "\n".join(
        f"{r.id:>6} {r.state:<9} {r.kind:<16} {r.key:<20} {r.account_name[:20]:<20} "
        f"tries {r.attempts}" + (f" — {r.last_error}" if r.last_error else "")
        for r in rows
    )
    emit(args, [job_dict(r) for r in rows], text or "no jobs")
    return 0


def _settings(pairs: list[str]) -> dict[str, str]:
    from app.errors import InvalidInput

    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"a setting is KEY=VALUE, got {pair!r}")
        out[key.strip()] = value.strip()
    return out


def read_secrets(fields: list[str] | tuple[str, ...]) -> dict[str, str]:
    """Ask for each secret field without echo, or read ``field=value`` lines from stdin."""
    if sys.stdin.isatty():
        import getpass

        return {f: getpass.getpass(f"{f} (hidden, empty to skip): ").strip() for f in fields}
    secrets: dict[str, str] = {}
    for line in sys.stdin.read().splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip():
            secrets[key.strip()] = value.strip()
    return secrets


def _accounts(ws: Any, args: argparse.Namespace, emit: Any) -> int:
    from app.errors import InvalidInput
    from app.sync_desk import secret_fields

    if args.action == "list":
        accounts = ws.shop_accounts()
        text = "\n".join(
            f"{a['id']:>4} {a['name']:<24} {a['marketplace']:<12} {a['base_url'] or '(default)':<32} "
            f"{'secrets stored' if a['has_credentials'] else 'no credentials'}"
            for a in accounts
        )
        emit(args, accounts, text or "no marketplace accounts")
        return 0
    if args.action == "add":
        if not args.target or not args.marketplace:
            raise InvalidInput("accounts add NAME --marketplace KIND")
        secrets = read_secrets(secret_fields(args.marketplace))
        shop_id = ws.save_shop(
            name=args.target, marketplace=args.marketplace, base_url=args.url or "",
            settings=_settings(args.setting), secrets=secrets,
        )
        emit(args, {"id": shop_id}, f"shop {args.target} saved (id {shop_id})")
        return 0
    if not args.target or not args.target.isdigit():
        raise InvalidInput(f"accounts {args.action} needs the shop's id (see `accounts list`)")
    shop_id = int(args.target)
    current = next((a for a in ws.shop_accounts() if a["id"] == shop_id), None)
    if current is None:
        from app.errors import NotFound

        raise NotFound(f"no shop {shop_id}")
    if args.action == "edit":
        kind = args.marketplace or current["marketplace"]
        secrets = read_secrets(secret_fields(kind)) if args.secrets else None
        settings = {**current["settings"], **_settings(args.setting)}
        ws.save_shop(
            shop_id=shop_id, name=args.name or current["name"], marketplace=kind,
            base_url=current["base_url"] if args.url is None else args.url, settings=settings, secrets=secrets,
        )
        emit(args, {"id": shop_id}, f"shop {shop_id} saved")
        return 0
    if args.action == "forget-secrets":
        ws.forget_shop_secrets(shop_id)
        emit(args, {"id": shop_id}, f"the secrets of shop {shop_id} are removed from the keyring")
        return 0
    message = ws.test_shop(shop_id)
    emit(args, {"id": shop_id, "ok": True, "message": message}, message)
    return 0


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
                if pulled["ok"] else f", pull failed — {pulled.get('error', '')}"
            )
        head += f", sent {a['sent']}, pending {a['pending']}"
        if a["unknown"]:
            head += f", being looked up {a['unknown']}"
        if a["failed"]:
            head += f", failed {a['failed']}"
        lines.append(head)
        lines += [f"    job {f['job']} {f['kind']} {f['key']}: {f['reason']}" for f in a["failures"]]
    return "\n".join(lines) or "no shops or carrier accounts"
