"""The words of the account forms (``app.accounts.FORMS``), listed for the translators.

``app/`` is Qt-free, so its platform words are marked here with ``QT_TRANSLATE_NOOP`` and
translated in ``ui/account_forms.py``; ``tests/ui/test_account_forms.py`` checks that every
label, hint and choice of ``FORMS`` is in this list.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS = (
    QT_TRANSLATE_NOOP("AccountForms", "Where to find it"),
    QT_TRANSLATE_NOOP("AccountForms", "Guide"),
    QT_TRANSLATE_NOOP("AccountForms", "stored — leave empty to keep"),
    QT_TRANSLATE_NOOP("AccountForms", "not stored"),
    QT_TRANSLATE_NOOP("AccountForms", "Enter the %1."),
    QT_TRANSLATE_NOOP("AccountForms", "This does not look right."),
    QT_TRANSLATE_NOOP("AccountForms", "Shopify"),
    QT_TRANSLATE_NOOP("AccountForms", "A custom app in your Shopify admin gives Shipbench an Admin API access token."),
    QT_TRANSLATE_NOOP("AccountForms", "Shop domain"),
    QT_TRANSLATE_NOOP(
        "AccountForms", "Your shop's address ending in .myshopify.com (Settings → Domains), not your own domain."
    ),
    QT_TRANSLATE_NOOP("AccountForms", "the shop domain must end in .myshopify.com, like your-shop.myshopify.com"),
    QT_TRANSLATE_NOOP("AccountForms", "Admin API access token"),
    QT_TRANSLATE_NOOP(
        "AccountForms",
        "Settings → Apps and sales channels → Develop apps → your custom app → API credentials (scopes read_orders, write_fulfillments, write_merchant_managed_fulfillment_orders). Shopify shows it once.",
    ),
    QT_TRANSLATE_NOOP("AccountForms", "Email the buyer when a parcel ships"),
    QT_TRANSLATE_NOOP("AccountForms", "Amazon (Selling Partner API)"),
    QT_TRANSLATE_NOOP(
        "AccountForms", "A private SP-API app you authorise for your own seller account (self-authorisation)."
    ),
    QT_TRANSLATE_NOOP("AccountForms", "Marketplace"),
    QT_TRANSLATE_NOOP("AccountForms", "The Amazon store whose orders Shipbench ships."),
    QT_TRANSLATE_NOOP("AccountForms", "United States (amazon.com)"),
    QT_TRANSLATE_NOOP("AccountForms", "Canada (amazon.ca)"),
    QT_TRANSLATE_NOOP("AccountForms", "Mexico (amazon.com.mx)"),
    QT_TRANSLATE_NOOP("AccountForms", "Brazil (amazon.com.br)"),
    QT_TRANSLATE_NOOP("AccountForms", "United Kingdom (amazon.co.uk)"),
    QT_TRANSLATE_NOOP("AccountForms", "Germany (amazon.de)"),
    QT_TRANSLATE_NOOP("AccountForms", "France (amazon.fr)"),
    QT_TRANSLATE_NOOP("AccountForms", "Italy (amazon.it)"),
    QT_TRANSLATE_NOOP("AccountForms", "Spain (amazon.es)"),
    QT_TRANSLATE_NOOP("AccountForms", "Netherlands (amazon.nl)"),
    QT_TRANSLATE_NOOP("AccountForms", "Sweden (amazon.se)"),
    QT_TRANSLATE_NOOP("AccountForms", "Poland (amazon.pl)"),
    QT_TRANSLATE_NOOP("AccountForms", "Belgium (amazon.com.be)"),
    QT_TRANSLATE_NOOP("AccountForms", "Turkey (amazon.com.tr)"),
    QT_TRANSLATE_NOOP("AccountForms", "United Arab Emirates (amazon.ae)"),
    QT_TRANSLATE_NOOP("AccountForms", "India (amazon.in)"),
    QT_TRANSLATE_NOOP("AccountForms", "Japan (amazon.co.jp)"),
    QT_TRANSLATE_NOOP("AccountForms", "Australia (amazon.com.au)"),
    QT_TRANSLATE_NOOP("AccountForms", "Singapore (amazon.sg)"),
    QT_TRANSLATE_NOOP("AccountForms", "Region"),
    QT_TRANSLATE_NOOP("AccountForms", "Set from the marketplace; the SP-API endpoint that serves it."),
    QT_TRANSLATE_NOOP("AccountForms", "North America (sellingpartnerapi-na.amazon.com)"),
    QT_TRANSLATE_NOOP("AccountForms", "Europe, Middle East, India (sellingpartnerapi-eu.amazon.com)"),
    QT_TRANSLATE_NOOP("AccountForms", "Far East (sellingpartnerapi-fe.amazon.com)"),
    QT_TRANSLATE_NOOP("AccountForms", "LWA client identifier"),
    QT_TRANSLATE_NOOP(
        "AccountForms", "Seller Central → Apps and Services → Develop Apps → your app → LWA credentials."
    ),
    QT_TRANSLATE_NOOP("AccountForms", "LWA client secret"),
    QT_TRANSLATE_NOOP("AccountForms", "Next to the client identifier (View)."),
    QT_TRANSLATE_NOOP("AccountForms", "Refresh token (self-authorisation)"),
    QT_TRANSLATE_NOOP("AccountForms", "Develop Apps → your app → Authorize app: Amazon shows the refresh token once."),
    QT_TRANSLATE_NOOP("AccountForms", "eBay"),
    QT_TRANSLATE_NOOP("AccountForms", "Your eBay developer keyset, then Connect to let Shipbench ship your orders."),
    QT_TRANSLATE_NOOP("AccountForms", "App ID (Client ID)"),
    QT_TRANSLATE_NOOP("AccountForms", "developer.ebay.com → Application Keys → Production keyset."),
    QT_TRANSLATE_NOOP("AccountForms", "Cert ID (Client Secret)"),
    QT_TRANSLATE_NOOP("AccountForms", "Next to the App ID on the same keyset."),
    QT_TRANSLATE_NOOP("AccountForms", "RuName (eBay redirect URL name)"),
    QT_TRANSLATE_NOOP(
        "AccountForms",
        "User Tokens → Get a Token from eBay via Your Application. Empty: this computer's loopback address receives the code.",
    ),
    QT_TRANSLATE_NOOP("AccountForms", "Refresh token"),
    QT_TRANSLATE_NOOP(
        "AccountForms", "Press Connect: eBay asks you to sign in and agree, then Shipbench keeps the token."
    ),
    QT_TRANSLATE_NOOP("AccountForms", "AliExpress"),
    QT_TRANSLATE_NOOP("AccountForms", "Your Open Platform app's key and secret, then Authorise the shop."),
    QT_TRANSLATE_NOOP("AccountForms", "App Key"),
    QT_TRANSLATE_NOOP("AccountForms", "AliExpress Open Platform → App Console → your app → App Key."),
    QT_TRANSLATE_NOOP("AccountForms", "the AliExpress App Key is a number, like 503150"),
    QT_TRANSLATE_NOOP("AccountForms", "App Secret"),
    QT_TRANSLATE_NOOP("AccountForms", "Next to the App Key."),
    QT_TRANSLATE_NOOP(
        "AccountForms",
        "Press Authorise: sign in as the seller and agree; the authorisation code is exchanged for a refresh token (not an access token, which expires).",
    ),
    QT_TRANSLATE_NOOP("AccountForms", "WooCommerce"),
    QT_TRANSLATE_NOOP("AccountForms", "A REST API key of your WooCommerce shop."),
    QT_TRANSLATE_NOOP("AccountForms", "Site URL"),
    QT_TRANSLATE_NOOP("AccountForms", "Your WordPress site's address (https://)."),
    QT_TRANSLATE_NOOP("AccountForms", "the site URL must start with https:// (keys are only sent over HTTPS)"),
    QT_TRANSLATE_NOOP("AccountForms", "Consumer key"),
    QT_TRANSLATE_NOOP("AccountForms", "WooCommerce → Settings → Advanced → REST API → Add key (Read/Write)."),
    QT_TRANSLATE_NOOP("AccountForms", "Consumer secret"),
    QT_TRANSLATE_NOOP("AccountForms", "Shown with the consumer key, once."),
    QT_TRANSLATE_NOOP("AccountForms", "Shipment Tracking extension installed"),
    QT_TRANSLATE_NOOP("AccountForms", "Found by Test connection (its wc-shipment-tracking/v3 route)."),
    QT_TRANSLATE_NOOP("AccountForms", "Simulator (test marketplace)"),
    QT_TRANSLATE_NOOP("AccountForms", "The loopback simulator, for trying Shipbench out."),
    QT_TRANSLATE_NOOP("AccountForms", "API key"),
    QT_TRANSLATE_NOOP("AccountForms", "Any value."),
    QT_TRANSLATE_NOOP("AccountForms", "Simulator (test carrier)"),
    QT_TRANSLATE_NOOP("AccountForms", "The loopback simulator's carrier, for trying Shipbench out."),
    QT_TRANSLATE_NOOP("AccountForms", "YunExpress"),
    QT_TRANSLATE_NOOP("AccountForms", "Your YunExpress API access from the customer portal."),
    QT_TRANSLATE_NOOP("AccountForms", "Customer code"),
    QT_TRANSLATE_NOOP("AccountForms", "YunExpress customer portal → API settings (客户编号)."),
    QT_TRANSLATE_NOOP("AccountForms", "API secret"),
    QT_TRANSLATE_NOOP("AccountForms", "Shown next to the customer code (密钥)."),
    QT_TRANSLATE_NOOP("AccountForms", "4PX"),
    QT_TRANSLATE_NOOP("AccountForms", "An app on the 4PX open platform."),
    QT_TRANSLATE_NOOP("AccountForms", "App key"),
    QT_TRANSLATE_NOOP("AccountForms", "4PX open platform → My apps → app key."),
    QT_TRANSLATE_NOOP("AccountForms", "App secret"),
    QT_TRANSLATE_NOOP("AccountForms", "Next to the app key."),
    QT_TRANSLATE_NOOP("AccountForms", "Label size"),
    QT_TRANSLATE_NOOP("AccountForms", "100 × 100 mm"),
    QT_TRANSLATE_NOOP("AccountForms", "100 × 150 mm (4 × 6 in)"),
    QT_TRANSLATE_NOOP("AccountForms", "Yanwen"),
    QT_TRANSLATE_NOOP("AccountForms", "Your Yanwen customer number and API token."),
    QT_TRANSLATE_NOOP("AccountForms", "Customer number"),
    QT_TRANSLATE_NOOP("AccountForms", "Yanwen online system → account (客户号)."),
    QT_TRANSLATE_NOOP("AccountForms", "API token"),
    QT_TRANSLATE_NOOP("AccountForms", "Yanwen online system → API token."),
    QT_TRANSLATE_NOOP("AccountForms", "UPS"),
    QT_TRANSLATE_NOOP("AccountForms", "An app on the UPS developer portal (OAuth client credentials)."),
    QT_TRANSLATE_NOOP("AccountForms", "Client ID"),
    QT_TRANSLATE_NOOP("AccountForms", "developer.ups.com → Apps → your app → Credentials."),
    QT_TRANSLATE_NOOP("AccountForms", "Client secret"),
    QT_TRANSLATE_NOOP("AccountForms", "Next to the client ID."),
    QT_TRANSLATE_NOOP("AccountForms", "Account number"),
    QT_TRANSLATE_NOOP("AccountForms", "Your UPS shipper number (6 characters)."),
    QT_TRANSLATE_NOOP("AccountForms", "Account country"),
    QT_TRANSLATE_NOOP("AccountForms", "Two letters (ISO 3166), where the account is registered."),
    QT_TRANSLATE_NOOP("AccountForms", "the account country is a two-letter code, like US or DE"),
    QT_TRANSLATE_NOOP("AccountForms", "FedEx"),
    QT_TRANSLATE_NOOP("AccountForms", "A project on the FedEx developer portal."),
    QT_TRANSLATE_NOOP("AccountForms", "developer.fedex.com → My projects → your project → Production key."),
    QT_TRANSLATE_NOOP("AccountForms", "Secret key"),
    QT_TRANSLATE_NOOP("AccountForms", "Next to the API key."),
    QT_TRANSLATE_NOOP("AccountForms", "Tracking API key"),
    QT_TRANSLATE_NOOP("AccountForms", "Only if tracking is a separate project."),
    QT_TRANSLATE_NOOP("AccountForms", "Tracking secret key"),
    QT_TRANSLATE_NOOP("AccountForms", "Your FedEx account number (9 digits)."),
    QT_TRANSLATE_NOOP("AccountForms", "DHL Express"),
    QT_TRANSLATE_NOOP("AccountForms", "MyDHL API access from DHL Express."),
    QT_TRANSLATE_NOOP("AccountForms", "Site ID (API user)"),
    QT_TRANSLATE_NOOP("AccountForms", "Given by DHL Express with the MyDHL API access."),
    QT_TRANSLATE_NOOP("AccountForms", "Password"),
    QT_TRANSLATE_NOOP("AccountForms", "Your DHL Express account number (9 digits)."),
    QT_TRANSLATE_NOOP("AccountForms", "USPS"),
    QT_TRANSLATE_NOOP("AccountForms", "An app on the USPS developer portal, with your payment account."),
    QT_TRANSLATE_NOOP("AccountForms", "developers.usps.com → Apps → your app."),
    QT_TRANSLATE_NOOP("AccountForms", "Account number (EPS or permit)"),
    QT_TRANSLATE_NOOP("AccountForms", "Account type"),
    QT_TRANSLATE_NOOP("AccountForms", "Mailer ID (MID)"),
    QT_TRANSLATE_NOOP("AccountForms", "Customer Registration ID (CRID)"),
    QT_TRANSLATE_NOOP("AccountForms", "Enterprise Payment System (EPS)"),
    QT_TRANSLATE_NOOP("AccountForms", "Permit"),
    QT_TRANSLATE_NOOP("AccountForms", "Meter"),
)


def marketplace_title(kind: str) -> str:
    """A marketplace kind (``amazon``, ``simulator``) as the account forms name it, translated."""
    from app import accounts  # the forms load when a screen shows an account, not at start

    form = accounts.FORMS.get(kind)
    return QCoreApplication.translate("AccountForms", form.title) if form is not None else kind


def carrier_title(kind: str) -> str:
    """A carrier kind (``yunexpress``, ``simulator``) as the carrier form names it, translated."""
    from app import accounts

    form = accounts.CARRIER_FORMS.get(kind)
    return QCoreApplication.translate("AccountForms", form.title) if form is not None else kind
