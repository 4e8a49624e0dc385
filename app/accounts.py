"""What each platform's account form asks for, in the platform's own words, and how the
seller gets a refresh token by the OAuth authorisation-code grant.

Qt-free: ``ui/account_forms.py`` builds a typed form from ``FORMS`` (one ``Field`` per
value, with where to find it), the CLI can use the same checks. ``split`` turns a
form's values into the account's non-secret settings and its secrets (keyring);
``problems`` says which values are missing or malformed before anything is saved.

OAuth (eBay, AliExpress): ``consent_url`` is the page the seller opens in the browser;
the platform sends the browser back to ``redirect_uri`` with ``?code=…&state=…``.
``LoopbackReceiver`` is that redirect's one-shot server on 127.0.0.1 (a random port);
``code_from`` reads a code pasted as it is or as the whole address the browser showed.
The exchange for a refresh token is ``app.services.sync.SyncService.exchange_code``.
"""

from __future__ import annotations

import hmac
import re
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs, urlencode, urlsplit

from app.errors import InvalidInput

FieldKind = Literal["text", "secret", "choice", "check"]


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # the platform's own word for it (English source; ui/ translates)
    kind: FieldKind = "text"
    secret: bool = False  # kept in the keyring, never in the database
    required: bool = True
    hint: str = ""  # where to find it
    link: str = ""  # the platform's page that shows it
    placeholder: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    pattern: str = ""  # a full match the value must make
    problem: str = ""  # what to say when it does not
    oauth: bool = False  # obtained by "Connect", not typed (it can be pasted too)


@dataclass(frozen=True)
class Form:
    platform: str
    title: str
    fields: tuple[Field, ...]
    intro: str = ""
    link: str = ""
    oauth: bool = False  # has a "Connect" button (authorisation-code grant)
    base_url: bool = True  # offers an API address (empty: the platform's own)

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)

    @property
    def secret_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields if f.secret)


# Amazon's marketplaces: (id, name, region of its SP-API endpoint).
AMAZON_MARKETPLACES: tuple[tuple[str, str, str], ...] = (
    ("ATVPDKIKX0DER", "United States (amazon.com)", "na"),
    ("A2EUQ1WTGCTBG2", "Canada (amazon.ca)", "na"),
    ("A1AM78C64UM0Y8", "Mexico (amazon.com.mx)", "na"),
    ("A2Q3Y263D00KWC", "Brazil (amazon.com.br)", "na"),
    ("A1F83G8C2ARO7P", "United Kingdom (amazon.co.uk)", "eu"),
    ("A1PA6795UKMFR9", "Germany (amazon.de)", "eu"),
    ("A13V1IB3VIYZZH", "France (amazon.fr)", "eu"),
    ("APJ6JRA9NG5V4", "Italy (amazon.it)", "eu"),
    ("A1RKKUPIHCS9HS", "Spain (amazon.es)", "eu"),
    ("A1805IZSGTT6HS", "Netherlands (amazon.nl)", "eu"),
    ("A2NODRKZP88ZB9", "Sweden (amazon.se)", "eu"),
    ("A1C3SOZRARQ6R3", "Poland (amazon.pl)", "eu"),
    ("AMEN7PMS3EDWL", "Belgium (amazon.com.be)", "eu"),
    ("A33AVAJ2PDY3EV", "Turkey (amazon.com.tr)", "eu"),
    ("A2VIGQ35RCS4UG", "United Arab Emirates (amazon.ae)", "eu"),
    ("A21TJRUUN4KGV", "India (amazon.in)", "eu"),
    ("A1VC38T7YXB528", "Japan (amazon.co.jp)", "fe"),
    ("A39IBJ37TRP1C6", "Australia (amazon.com.au)", "fe"),
    ("A19VAU5U5O7RUS", "Singapore (amazon.sg)", "fe"),
)
AMAZON_REGIONS = (
    ("na", "North America (sellingpartnerapi-na.amazon.com)"),
    ("eu", "Europe, Middle East, India (sellingpartnerapi-eu.amazon.com)"),
    ("fe", "Far East (sellingpartnerapi-fe.amazon.com)"),
)

SHOP_DOMAIN = r"[a-z0-9][a-z0-9-]*\.myshopify\.com"

FORMS: dict[str, Form] = {
    "shopify": Form(
        "shopify",
        "Shopify",
        (
            Field(
                "shop_domain",
                "Shop domain",
                placeholder="your-shop.myshopify.com",
                hint="Your shop's address ending in .myshopify.com (Settings → Domains), not your own domain.",
                pattern=SHOP_DOMAIN,
                problem="the shop domain must end in .myshopify.com, like your-shop.myshopify.com",
            ),
            Field(
                "access_token",
                "Admin API access token",
                "secret",
                secret=True,
                placeholder="shpat_…",
                hint="Settings → Apps and sales channels → Develop apps → your custom app → API credentials "
                "(scopes read_orders, write_fulfillments, write_merchant_managed_fulfillment_orders). "
                "Shopify shows it once.",
                link="https://help.shopify.com/en/manual/apps/app-types/custom-apps",
            ),
            Field("notify_customer", "Email the buyer when a parcel ships", "check", required=False),
        ),
        intro="A custom app in your Shopify admin gives Shipbench an Admin API access token.",
        link="https://help.shopify.com/en/manual/apps/app-types/custom-apps",
    ),
    "amazon": Form(
        "amazon",
        "Amazon (Selling Partner API)",
        (
            Field(
                "marketplace_id",
                "Marketplace",
                "choice",
                choices=tuple((mid, name) for mid, name, _region in AMAZON_MARKETPLACES),
                hint="The Amazon store whose orders Shipbench ships.",
                link="https://developer-docs.amazon.com/sp-api/docs/marketplace-ids",
            ),
            Field(
                "region",
                "Region",
                "choice",
                choices=AMAZON_REGIONS,
                hint="Set from the marketplace; the SP-API endpoint that serves it.",
            ),
            Field(
                "client_id",
                "LWA client identifier",
                secret=True,
                placeholder="amzn1.application-oa2-client.…",
                hint="Seller Central → Apps and Services → Develop Apps → your app → LWA credentials.",
                link="https://developer-docs.amazon.com/sp-api/docs/viewing-your-application-information-and-credentials",
            ),
            Field(
                "client_secret",
                "LWA client secret",
                "secret",
                secret=True,
                hint="Next to the client identifier (View).",
                link="https://developer-docs.amazon.com/sp-api/docs/viewing-your-application-information-and-credentials",
            ),
            Field(
                "refresh_token",
                "Refresh token (self-authorisation)",
                "secret",
                secret=True,
                placeholder="Atzr|…",
                hint="Develop Apps → your app → Authorize app: Amazon shows the refresh token once.",
                link="https://developer-docs.amazon.com/sp-api/docs/self-authorization",
            ),
        ),
        intro="A private SP-API app you authorise for your own seller account (self-authorisation).",
        link="https://developer-docs.amazon.com/sp-api/docs/self-authorization",
    ),
    "ebay": Form(
        "ebay",
        "eBay",
        (
            Field(
                "client_id",
                "App ID (Client ID)",
                secret=True,
                hint="developer.ebay.com → Application Keys → Production keyset.",
                link="https://developer.ebay.com/my/keys",
            ),
            Field(
                "client_secret",
                "Cert ID (Client Secret)",
                "secret",
                secret=True,
                hint="Next to the App ID on the same keyset.",
                link="https://developer.ebay.com/my/keys",
            ),
            Field(
                "ru_name",
                "RuName (eBay redirect URL name)",
                required=False,
                hint="User Tokens → Get a Token from eBay via Your Application. Empty: this computer's "
                "loopback address receives the code.",
                link="https://developer.ebay.com/api-docs/static/oauth-redirect-uri.html",
            ),
            Field(
                "refresh_token",
                "Refresh token",
                "secret",
                secret=True,
                oauth=True,
                hint="Press Connect: eBay asks you to sign in and agree, then Shipbench keeps the token.",
                link="https://developer.ebay.com/api-docs/static/oauth-authorization-code-grant.html",
            ),
        ),
        intro="Your eBay developer keyset, then Connect to let Shipbench ship your orders.",
        link="https://developer.ebay.com/api-docs/static/oauth-authorization-code-grant.html",
        oauth=True,
    ),
    "aliexpress": Form(
        "aliexpress",
        "AliExpress",
        (
            Field(
                "app_key",
                "App Key",
                secret=True,
                hint="AliExpress Open Platform → App Console → your app → App Key.",
                link="https://openservice.aliexpress.com/",
                pattern=r"\d{5,}",
                problem="the AliExpress App Key is a number, like 503150",
            ),
            Field(
                "app_secret",
                "App Secret",
                "secret",
                secret=True,
                hint="Next to the App Key.",
                link="https://openservice.aliexpress.com/",
            ),
            Field(
                "refresh_token",
                "Refresh token",
                "secret",
                secret=True,
                oauth=True,
                hint="Press Authorise: sign in as the seller and agree; the authorisation code is "
                "exchanged for a refresh token (not an access token, which expires).",
                link="https://openservice.aliexpress.com/doc/doc.htm?nodeId=27493&docId=118729",
            ),
        ),
        intro="Your Open Platform app's key and secret, then Authorise the shop.",
        link="https://openservice.aliexpress.com/",
        oauth=True,
    ),
    "woocommerce": Form(
        "woocommerce",
        "WooCommerce",
        (
            Field(
                "store_url",
                "Site URL",
                placeholder="https://shop.example.com",
                hint="Your WordPress site's address (https://).",
                pattern=r"https://[^\s/]+(/[^\s]*)?|http://(127\.0\.0\.1|localhost)(:\d+)?(/[^\s]*)?",
                problem="the site URL must start with https:// (keys are only sent over HTTPS)",
            ),
            Field(
                "consumer_key",
                "Consumer key",
                secret=True,
                placeholder="ck_…",
                hint="WooCommerce → Settings → Advanced → REST API → Add key (Read/Write).",
                link="https://woocommerce.com/document/woocommerce-rest-api/",
            ),
            Field(
                "consumer_secret",
                "Consumer secret",
                "secret",
                secret=True,
                placeholder="cs_…",
                hint="Shown with the consumer key, once.",
                link="https://woocommerce.com/document/woocommerce-rest-api/",
            ),
            Field(
                "shipment_tracking",
                "Shipment Tracking extension installed",
                "check",
                required=False,
                hint="Found by Test connection (its wc-shipment-tracking/v3 route).",
                link="https://woocommerce.com/document/shipment-tracking/",
            ),
        ),
        intro="A REST API key of your WooCommerce shop.",
        link="https://woocommerce.com/document/woocommerce-rest-api/",
        base_url=False,
    ),
    "simulator": Form(
        "simulator",
        "Simulator (test marketplace)",
        (Field("api_key", "API key", "secret", secret=True, required=False, hint="Any value."),),
        intro="The loopback simulator, for trying Shipbench out.",
    ),
}


# Values an API address (the simulator, a test shop) stands in for.
_ADDRESS_KEYS = frozenset({"shop_domain", "store_url"})


def form(platform: str) -> Form:
    found = FORMS.get(platform)
    if found is None:
        raise InvalidInput(f"no account form for {platform!r} (known: {', '.join(sorted(FORMS))})")
    return found


def _spec(platform: str) -> Form:
    if platform.startswith("carrier:"):
        return carrier_form(platform.removeprefix("carrier:"))
    return form(platform)


def region_of(marketplace_id: str) -> str:
    return next((region for mid, _name, region in AMAZON_MARKETPLACES if mid == marketplace_id), "")


@dataclass(frozen=True)
class Problem:
    key: str
    message: str


def problems(
    platform: str, values: Mapping[str, Any], *, stored: frozenset[str] = frozenset(), base_url: str = ""
) -> list[Problem]:
    """What is missing or malformed; ``stored`` names secrets already kept (left empty = unchanged).

    ``platform`` is a marketplace, or ``carrier:<kind>`` for a carrier account."""
    spec = _spec(platform)
    found: list[Problem] = []
    for f in spec.fields:
        value = values.get(f.key)
        text = "" if value is None or isinstance(value, bool) else str(value).strip()
        if f.kind == "check":
            continue
        if not text:
            if f.required and not (f.secret and f.key in stored) and not f.oauth:
                if f.key in _ADDRESS_KEYS and base_url:
                    continue
                found.append(Problem(f.key, f"enter the {f.label}"))
            continue
        if f.pattern and not re.fullmatch(f.pattern, text.lower() if f.key == "shop_domain" else text):
            found.append(Problem(f.key, f.problem or f"the {f.label} does not look right"))
    return found


def split(platform: str, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(settings for the database, secrets for the keyring) from a form's values."""
    spec = _spec(platform)
    settings: dict[str, Any] = {}
    secret_values: dict[str, str] = {}
    for f in spec.fields:
        value = values.get(f.key)
        if f.kind == "check":
            settings[f.key] = bool(value)
            continue
        text = "" if value is None else str(value).strip()
        if f.secret:
            if text:
                secret_values[f.key] = text
        elif text:
            settings[f.key] = text.lower() if f.key == "shop_domain" else text.rstrip("/")
    if platform == "shopify" and "shop_domain" in settings:
        settings["shop_domain"] = settings["shop_domain"].removeprefix("https://").removeprefix("http://")
    if platform == "amazon" and settings.get("marketplace_id") and not settings.get("region"):
        settings["region"] = region_of(str(settings["marketplace_id"]))
    return settings, secret_values


def missing_settings(platform: str, settings: Mapping[str, Any], base_url: str = "") -> list[str]:
    """The labels of required non-secret values an account lacks (a file-imported shop, say)."""
    if platform not in FORMS:
        return []
    names = []
    for f in form(platform).fields:
        if f.secret or not f.required or f.kind == "check" or settings.get(f.key):
            continue
        if f.key in _ADDRESS_KEYS and base_url:
            continue
        if platform == "amazon" and f.key == "region":
            continue  # follows from the marketplace
        names.append(f.label)
    return names


# --- OAuth: the authorisation-code grant -------------------------------------------------

EBAY_AUTH_URL = "https://auth.ebay.com/oauth2/authorize"
EBAY_SCOPE = "https://api.ebay.com/oauth/api_scope/sell.fulfillment"
ALIEXPRESS_AUTH_URL = "https://api-sg.aliexpress.com/oauth/authorize"


def new_state() -> str:
    return secrets.token_urlsafe(16)


def consent_url(platform: str, base_url: str, client_id: str, redirect_uri: str, state: str) -> str:
    """The page the seller opens to agree; ``base_url`` set (the simulator): its own consent page."""
    root = base_url.rstrip("/")
    if platform == "ebay":
        page = f"{root}/oauth2/authorize" if root else EBAY_AUTH_URL
        query = {
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": EBAY_SCOPE,
            "state": state,
        }
    elif platform == "aliexpress":
        page = f"{root}/oauth/authorize" if root else ALIEXPRESS_AUTH_URL
        query = {
            "response_type": "code",
            "force_auth": "true",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "state": state,
        }
    else:
        raise InvalidInput(f"{platform} accounts are not connected through a consent page")
    return f"{page}?{urlencode(query)}"


def code_from(text: str, state: str | None = None) -> str:
    """The authorisation code from what the seller pasted: the code, or the whole redirected address."""
    text = text.strip()
    if not text:
        raise InvalidInput("paste the authorisation code (or the whole address the browser showed)")
    if "code=" not in text:
        return text
    query = parse_qs(urlsplit(text).query or text.split("?", 1)[-1])
    if query.get("error"):
        raise InvalidInput(f"the consent was not given: {query.get('error_description', query['error'])[0]}")
    codes = query.get("code") or []
    if not codes:
        raise InvalidInput("the address has no code=…: paste the whole address the browser showed")
    if state is not None and query.get("state") and not hmac.compare_digest(query["state"][0], state):
        raise InvalidInput(
            "that address belongs to another connection attempt (its state differs): press Connect again"
        )
    return codes[0]


@dataclass
class LoopbackResult:
    code: str = ""
    error: str = ""
    done: threading.Event = field(default_factory=threading.Event)


class LoopbackReceiver:
    """A one-shot HTTP server on 127.0.0.1 that receives the consent page's redirect.

    ``start()`` binds a free port (``redirect_uri`` is then known); the first request
    carrying ``code`` and the expected ``state`` (or an ``error``) ends it. A request with
    another state is answered 400 and ignored (another tab, a stale link).
    """

    def __init__(self, state: str, *, port: int = 0) -> None:
        self.state = state
        self.result = LoopbackResult()
        receiver = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                query = parse_qs(urlsplit(self.path).query)
                given = (query.get("state") or [""])[0]
                if not hmac.compare_digest(given, receiver.state):
                    self._answer(400, "This link belongs to another connection attempt. Go back to Shipbench.")
                    return
                if query.get("error"):
                    receiver.result.error = (query.get("error_description") or query["error"])[0]
                    self._answer(200, "The consent was not given. You can close this tab.")
                elif query.get("code"):
                    receiver.result.code = query["code"][0]
                    self._answer(200, "Shipbench received the authorisation. You can close this tab.")
                else:
                    self._answer(400, "No authorisation code in this address.")
                    return
                receiver.result.done.set()

            def _answer(self, status: int, text: str) -> None:
                body = f"<!doctype html><meta charset=utf-8><title>Shipbench</title><p>{text}</p>".encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
                return  # the query holds the code: never logged

        self._server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
        self._thread: threading.Thread | None = None

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def start(self) -> LoopbackReceiver:
        self._thread = threading.Thread(target=self._serve, name="oauth-loopback", daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        self._server.timeout = 0.2
        while not self.result.done.is_set() and not getattr(self, "_stopped", False):
            self._server.handle_request()
        self._server.server_close()

    def wait(self, timeout: float | None = None) -> str:
        """The code (raises InvalidInput on a refused consent or when the time ran out)."""
        if not self.result.done.wait(timeout):
            raise InvalidInput("no answer from the consent page yet: finish it in the browser, or paste the code")
        if self.result.error:
            raise InvalidInput(f"the consent was not given: {self.result.error}")
        return self.result.code

    def stop(self) -> None:
        """Stop listening; a ``wait`` still blocked returns (as a cancelled consent)."""
        self._stopped = True
        if not self.result.done.is_set():
            self.result.error = "cancelled"
            self.result.done.set()
        if self._thread is not None:
            self._thread.join(timeout=2)


# --- "Test connection" in plain words ------------------------------------------------------

PLATFORM_NAMES = {
    "shopify": "Shopify",
    "amazon": "Amazon",
    "ebay": "eBay",
    "aliexpress": "AliExpress",
    "woocommerce": "WooCommerce",
    "simulator": "The simulator",
}
CREDENTIAL_WORDS = {
    "shopify": "the token",
    "amazon": "the LWA client or the refresh token",
    "ebay": "the keys or the refresh token",
    "aliexpress": "the app key, secret or refresh token",
    "woocommerce": "the consumer key and secret",
    "simulator": "the API key",
}
_PARENS = re.compile(r"\((.*)\)\s*$")


def host_of(platform: str, base_url: str, settings: Mapping[str, Any]) -> str:
    """The address the account talks to, for "cannot reach …"."""
    if base_url:
        return urlsplit(base_url).netloc or base_url
    if platform == "shopify":
        return str(settings.get("shop_domain") or "the Shopify shop")
    if platform == "woocommerce":
        return urlsplit(str(settings.get("store_url") or "")).netloc or "the WooCommerce site"
    if platform == "amazon":
        return f"sellingpartnerapi-{settings.get('region') or 'eu'}.amazon.com"
    return {"ebay": "api.ebay.com", "aliexpress": "api-sg.aliexpress.com"}.get(platform, platform)


def explain(platform: str, error: Exception, *, host: str) -> str:
    """A failed test in words: who refused what and why, or which address cannot be reached."""
    from app.connectors.http import RemoteAuthFailed
    from app.errors import RemoteOutcomeUnknown, RemoteRejected, RemoteUnreachable

    name = PLATFORM_NAMES.get(platform, platform)
    text = str(error)
    if isinstance(error, RemoteAuthFailed):
        if error.code == "no_credentials":
            return text
        payload = getattr(error, "payload", None)
        detail = ""
        if isinstance(payload, Mapping):
            detail = str(
                payload.get("error_description")
                or payload.get("message")
                or payload.get("errors")
                or payload.get("error")
                or ""
            )
        if not detail:
            found = re.search(r"\((.*)\)", text)
            detail = found.group(1) if found else text
        status = getattr(error, "status", None) or 401
        return f"{name} refused {CREDENTIAL_WORDS.get(platform, 'the credentials')}: {status} {detail}".strip()
    if isinstance(error, (RemoteUnreachable, RemoteOutcomeUnknown)):
        found = _PARENS.search(text)
        why = found.group(1) if found else "no answer"
        return f"cannot reach {host}: {why}"
    if isinstance(error, RemoteRejected):
        status = getattr(error, "status", None)
        if status == 404:
            return f"{name} has no API at {host}: check the address"
        return text
    return text


# --- carriers ---------------------------------------------------------------------------


def _account_fields(number_hint: str, link: str) -> tuple[Field, ...]:
    return (
        Field("account_number", "Account number", hint=number_hint, link=link),
        Field(
            "account_country_code",
            "Account country",
            placeholder="US",
            pattern=r"[A-Z]{2}",
            problem="the account country is a two-letter code, like US or DE",
            hint="Two letters (ISO 3166), where the account is registered.",
        ),
    )


CARRIER_FORMS: dict[str, Form] = {
    "simulator": Form(
        "simulator",
        "Simulator (test carrier)",
        (),
        intro="The loopback simulator's carrier, for trying Shipbench out.",
    ),
    "yunexpress": Form(
        "yunexpress",
        "YunExpress",
        (
            Field(
                "customer_code",
                "Customer code",
                hint="YunExpress customer portal → API settings (客户编号).",
                link="https://www.yunexpress.com/",
            ),
            Field("api_secret", "API secret", "secret", secret=True, hint="Shown next to the customer code (密钥)."),
        ),
        intro="Your YunExpress API access from the customer portal.",
        link="https://www.yunexpress.com/",
    ),
    "4px": Form(
        "4px",
        "4PX",
        (
            Field(
                "app_key",
                "App key",
                secret=True,
                hint="4PX open platform → My apps → app key.",
                link="https://open.4px.com/",
            ),
            Field("app_secret", "App secret", "secret", secret=True, hint="Next to the app key."),
            Field(
                "label_size",
                "Label size",
                "choice",
                required=False,
                choices=(("label_100x100", "100 × 100 mm"), ("label_100x150", "100 × 150 mm (4 × 6 in)")),
            ),
        ),
        intro="An app on the 4PX open platform.",
        link="https://open.4px.com/",
    ),
    "yanwen": Form(
        "yanwen",
        "Yanwen",
        (
            Field(
                "user_id",
                "Customer number",
                hint="Yanwen online system → account (客户号).",
                link="https://www.yw56.com.cn/",
            ),
            Field("api_token", "API token", "secret", secret=True, hint="Yanwen online system → API token."),
        ),
        intro="Your Yanwen customer number and API token.",
        link="https://www.yw56.com.cn/",
    ),
    "ups": Form(
        "ups",
        "UPS",
        (
            Field(
                "client_id",
                "Client ID",
                secret=True,
                hint="developer.ups.com → Apps → your app → Credentials.",
                link="https://developer.ups.com/get-started",
            ),
            Field("client_secret", "Client secret", "secret", secret=True, hint="Next to the client ID."),
            *_account_fields("Your UPS shipper number (6 characters).", "https://www.ups.com/"),
        ),
        intro="An app on the UPS developer portal (OAuth client credentials).",
        link="https://developer.ups.com/get-started",
    ),
    "fedex": Form(
        "fedex",
        "FedEx",
        (
            Field(
                "api_key",
                "API key",
                secret=True,
                hint="developer.fedex.com → My projects → your project → Production key.",
                link="https://developer.fedex.com/api/en-us/get-started.html",
            ),
            Field("secret_key", "Secret key", "secret", secret=True, hint="Next to the API key."),
            Field(
                "track_api_key",
                "Tracking API key",
                secret=True,
                required=False,
                hint="Only if tracking is a separate project.",
            ),
            Field("track_secret_key", "Tracking secret key", "secret", secret=True, required=False),
            *_account_fields("Your FedEx account number (9 digits).", "https://www.fedex.com/"),
        ),
        intro="A project on the FedEx developer portal.",
        link="https://developer.fedex.com/api/en-us/get-started.html",
    ),
    "dhl_express": Form(
        "dhl_express",
        "DHL Express",
        (
            Field(
                "site_id",
                "Site ID (API user)",
                secret=True,
                hint="Given by DHL Express with the MyDHL API access.",
                link="https://developer.dhl.com/api-reference/dhl-express-mydhl-api",
            ),
            Field("password", "Password", "secret", secret=True),
            *_account_fields("Your DHL Express account number (9 digits).", "https://mydhl.express.dhl/"),
        ),
        intro="MyDHL API access from DHL Express.",
        link="https://developer.dhl.com/api-reference/dhl-express-mydhl-api",
    ),
    "usps": Form(
        "usps",
        "USPS",
        (
            Field(
                "client_id",
                "Consumer key",
                secret=True,
                hint="developers.usps.com → Apps → your app.",
                link="https://developers.usps.com/getting-started",
            ),
            Field("client_secret", "Consumer secret", "secret", secret=True),
            Field("account_number", "Account number (EPS or permit)"),
            Field(
                "account_type",
                "Account type",
                "choice",
                choices=(("EPS", "Enterprise Payment System (EPS)"), ("PERMIT", "Permit"), ("METER", "Meter")),
            ),
            Field("mid", "Mailer ID (MID)"),
            Field("crid", "Customer Registration ID (CRID)"),
        ),
        intro="An app on the USPS developer portal, with your payment account.",
        link="https://developers.usps.com/getting-started",
    ),
}


def carrier_form(kind: str) -> Form:
    found = CARRIER_FORMS.get(kind)
    if found is None:
        return Form(kind, kind, ())
    return found
