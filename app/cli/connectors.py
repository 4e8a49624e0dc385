"""The connections to the outside world: marketplace `accounts`, `carriers` accounts, and
shipment `confirmations` by file for shops without an API connection.

    main.py accounts list [--json]
    main.py accounts add NAME --marketplace KIND [--url URL] [--setting k=v …]   (secrets on stdin)
    main.py accounts edit ID [--name …] [--url …] [--setting k=v …] [--secrets]
    main.py accounts test ID
    main.py accounts connect ID [--no-browser] [--wait SECONDS]   (eBay, AliExpress: the consent page)
    main.py carriers list | add NAME --carrier KIND [--secret k=v …] | test ACCOUNT
    main.py confirmations export --shop NAME --format amazon|shopify|ebay|aliexpress|woocommerce --out FILE [--since DATE]
    main.py confirmations mark-sent FILE --shop NAME --format FORMAT

``accounts connect`` is the dialog's Connect for a station without a screen at hand: it
prints the platform's consent page (and opens it in the browser when there is one), a
one-shot server on 127.0.0.1 receives the answer, and the refresh token goes to the
keyring. On another machine's browser, the page lands on an address that cannot load:
paste that address (or the code alone) on the command's standard input.

Marketplace secrets are never taken from argv (they would land in the shell history and
the process list): ``accounts add`` asks for each of the marketplace's secret fields, or
reads ``field=value`` lines from stdin when it is not a terminal.

``confirmations export`` writes the shipped parcels the marketplace has not been told
about yet; after uploading the file in the marketplace's back office, ``mark-sent``
records them as confirmed (audited) and withdraws their API confirmations so nothing is
sent twice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import carrier_account_id, read_file, settings_from, workstation
from app.cli.output import emit, say, write_file
from app.cli.registry import JSON, arg, command, group
from app.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from app.workstation import Workstation

CONFIRMATION_FORMATS = ("amazon", "shopify", "ebay", "aliexpress", "woocommerce")


# --- marketplace accounts ---------------------------------------------------------------


@command(
    "accounts",
    help="marketplace accounts: list, add, edit, test, connect (secrets via stdin)",
    args=[
        arg("action", choices=("list", "add", "edit", "test", "connect", "forget-secrets")),
        arg("target", nargs="?", metavar="NAME|ID", help="add: the shop's name; edit/test/connect: its id"),
        arg("--marketplace", metavar="KIND"),
        arg("--name"),
        arg("--url", default=None, help="API base URL (empty: the platform's own)"),
        arg("--setting", action="append", default=[], metavar="KEY=VALUE", help="a non-secret setting"),
        arg("--secrets", action="store_true", help="edit: enter the secrets again"),
        arg("--no-browser", action="store_true", help="connect: only print the consent page's address"),
        arg("--wait", type=float, default=600.0, metavar="SECONDS", help="connect: how long to wait for the consent"),
        JSON,
    ],
)
def accounts(args: argparse.Namespace) -> int:
    from app.services.sync import secret_fields

    with workstation(settings_from(args)) as ws:
        if args.action == "list":
            rows = ws.sync.shop_accounts()
            text = "\n".join(
                f"{a['id']:>4} {a['name']:<24} {a['marketplace']:<12} {a['base_url'] or '(default)':<32} "
                f"{'secrets stored' if a['has_credentials'] else 'no credentials'}"
                for a in rows
            )
            emit(args, rows, text or "no marketplace accounts")
            return 0
        if args.action == "add":
            if not args.target or not args.marketplace:
                raise InvalidInput("accounts add NAME --marketplace KIND")
            secrets = read_secrets(secret_fields(args.marketplace))
            shop_id = ws.sync.save_shop(
                name=args.target,
                marketplace=args.marketplace,
                base_url=args.url or "",
                settings=_settings(args.setting),
                secrets=secrets,
            )
            emit(args, {"id": shop_id}, f"shop {args.target} saved (id {shop_id})")
            return 0
        if not args.target or not args.target.isdigit():
            raise InvalidInput(f"accounts {args.action} needs the shop's id (see `accounts list`)")
        shop_id = int(args.target)
        current = next((a for a in ws.sync.shop_accounts() if a["id"] == shop_id), None)
        if current is None:
            raise NotFound(f"no shop {shop_id}")
        if args.action == "edit":
            kind = args.marketplace or current["marketplace"]
            new_secrets = read_secrets(secret_fields(kind)) if args.secrets else None
            settings = {**current["settings"], **_settings(args.setting)}
            ws.sync.save_shop(
                shop_id=shop_id,
                name=args.name or current["name"],
                marketplace=kind,
                base_url=current["base_url"] if args.url is None else args.url,
                settings=settings,
                secrets=new_secrets,
            )
            emit(args, {"id": shop_id}, f"shop {shop_id} saved")
            return 0
        if args.action == "connect":
            connect(ws, current, no_browser=args.no_browser, wait=args.wait)
            emit(
                args,
                {"id": shop_id, "connected": True},
                f"shop {shop_id} connected: the refresh token is in the keyring",
            )
            return 0
        if args.action == "forget-secrets":
            ws.sync.forget_shop_secrets(shop_id)
            emit(args, {"id": shop_id}, f"the secrets of shop {shop_id} are removed from the keyring")
            return 0
        message = ws.sync.test_shop(shop_id)
        emit(args, {"id": shop_id, "ok": True, "message": message}, message)
    return 0


def connect(ws: Workstation, shop: dict[str, Any], *, no_browser: bool, wait: float) -> None:
    """The OAuth consent for an eBay or AliExpress shop whose app keys are stored; the refresh token is saved."""
    import queue
    import threading
    import webbrowser

    from app import accounts as forms
    from app import credentials

    kind, shop_id = shop["marketplace"], shop["id"]
    if kind not in ("ebay", "aliexpress"):
        raise InvalidInput(
            f"{kind} accounts are not connected through a consent page: `accounts edit {shop_id} --secrets`"
        )
    client_key = "client_id" if kind == "ebay" else "app_key"
    client = credentials.load("shop", shop_id).get(client_key, "")
    if not client:
        raise InvalidInput(f"the shop has no {client_key} yet: `accounts edit {shop_id} --secrets` first")
    state = forms.new_state()
    receiver = forms.LoopbackReceiver(state).start()
    answers: queue.Queue[tuple[str, str]] = queue.Queue()
    try:
        redirect = str(shop["settings"].get("ru_name") or "") if kind == "ebay" else ""
        redirect = redirect or receiver.redirect_uri
        url = forms.consent_url(kind, shop["base_url"], client, redirect, state)
        say(f"Sign in and agree on this page (waiting up to {wait:.0f} s):\n  {url}")
        say("On another machine's browser: paste the address it lands on (or the code) here and press Enter.")
        if not no_browser:
            webbrowser.open(url)

        def loopback() -> None:
            try:
                answers.put(("code", receiver.wait(wait)))
            except InvalidInput as exc:
                answers.put(("error", str(exc)))

        def pasted() -> None:
            for line in sys.stdin:
                if line.strip():
                    answers.put(("pasted", line))
                    return

        threading.Thread(target=loopback, daemon=True).start()
        threading.Thread(target=pasted, daemon=True).start()
        try:
            how, answer = answers.get(timeout=wait + 1)
        except queue.Empty:
            raise InvalidInput("no answer from the consent page: run `accounts connect` again") from None
        if how == "error":
            raise InvalidInput(answer)
        code = forms.code_from(answer, state) if how == "pasted" else answer
    finally:
        receiver.stop()
    refresh = ws.sync.exchange_code(kind, shop["base_url"], {}, code, redirect, shop_id=shop_id)
    ws.sync.save_shop(
        shop_id=shop_id,
        name=shop["name"],
        marketplace=kind,
        base_url=shop["base_url"],
        settings=shop["settings"],
        secrets={"refresh_token": refresh},
    )


def _settings(pairs: list[str]) -> dict[str, str]:
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


# --- carrier accounts -------------------------------------------------------------------

group("carriers", dest="carriers_command", help="carrier accounts")


@command("carriers list", args=[JSON])
def carriers_list(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rows = ws.carriers.carrier_accounts()
        emit(
            args,
            rows,
            "\n".join(f"{a['id']:>3} {a['name']:<24} {a['carrier']:<12} {a['base_url']}" for a in rows)
            or "no carrier accounts",
        )
    return 0


@command(
    "carriers add",
    help="add a carrier account (secrets go to the OS keyring)",
    args=[
        arg("name"),
        arg("--carrier", required=True, help="connector kind, e.g. simulator, yunexpress, 4px"),
        arg("--url", default="", help="base URL (default: the carrier's production endpoint)"),
        arg("--setting", action="append", default=[], metavar="KEY=VALUE"),
        arg("--secret", action="append", default=[], metavar="KEY=VALUE"),
    ],
)
def carriers_add(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        account_id = ws.carriers.save_carrier_account(
            args.name,
            args.carrier,
            base_url=args.url,
            settings=_pairs(args.setting, "setting"),
            secrets=_pairs(args.secret, "secret"),
        )
        say(f"carrier account {account_id}: {args.name}")
    return 0


@command("carriers test", help="one authenticated call to the carrier", args=[arg("account", metavar="ACCOUNT")])
def carriers_test(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        say(str(ws.carriers.test_carrier_account(carrier_account_id(ws, args.account))))
    return 0


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"{what} {item!r} must look like KEY=VALUE")
        out[key.strip()] = value
    return out


# --- confirmations by file --------------------------------------------------------------


@command(
    "confirmations",
    help="shipment confirmations by file: export, then mark-sent after uploading",
    args=[
        arg("action", choices=("export", "mark-sent")),
        arg("file", nargs="?", metavar="FILE", help="mark-sent: the file that was uploaded"),
        arg("--shop", required=True, metavar="NAME"),
        arg("--format", required=True, choices=CONFIRMATION_FORMATS),
        arg("--out", metavar="FILE", help="export: where to write the file"),
        arg("--since", metavar="DATE", help="export: parcels shipped on or after this date (YYYY-MM-DD)"),
        JSON,
    ],
)
def confirmations(args: argparse.Namespace) -> int:
    from app import confirmation_files

    with workstation(settings_from(args)) as ws:
        if args.action == "export":
            if not args.out:
                raise InvalidInput("export needs --out FILE")
            since = _since(args.since)
            result = confirmation_files.export(ws.db, args.shop, args.format, since)
            write_file(Path(args.out), result.data)
            lines = [f"{len(result.parcels)} parcels written to {args.out}"]
            lines += [f"  left out {number}: {why}" for number, why in result.skipped]
            emit(args, {"file": args.out, "parcels": result.parcels, "skipped": result.skipped}, "\n".join(lines))
            return 0
        if not args.file:
            raise InvalidInput("mark-sent needs the FILE that was uploaded")
        data = read_file(args.file)
        marked = confirmation_files.mark_sent(
            ws.db, ws.actor, args.shop, args.format, data, file_name=Path(args.file).name
        )
        lines = [f"{len(marked.parcels)} parcels recorded as confirmed by file"]
        lines += [f"  not marked {number}: {why}" for number, why in marked.skipped]
        lines += [f"  no open parcel for order {order} tracking {tracking}" for order, tracking in marked.not_found]
        emit(
            args,
            {"parcels": marked.parcels, "skipped": marked.skipped, "not_found": [list(x) for x in marked.not_found]},
            "\n".join(lines),
        )
        return 0 if not marked.skipped else 1


def _since(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"--since must be a date like 2025-03-14, not {text!r}") from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
