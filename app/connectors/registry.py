"""Which connector class serves which marketplace or carrier kind.

A factory gets the account's base URL (empty: the platform's production endpoint), its
non-secret settings (from the database) and its secrets (from the OS keyring), and builds
a connector; nothing connects until the connector is used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.connectors.base import CarrierConnector, MarketplaceConnector
from app.errors import InvalidInput

MarketplaceFactory = Callable[[str, Mapping[str, Any], Mapping[str, str]], MarketplaceConnector]
CarrierFactory = Callable[[str, Mapping[str, Any], Mapping[str, str]], CarrierConnector]


def _simulator_marketplace(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> MarketplaceConnector:
    from app.connectors.simulator import SimulatorMarketplace

    return SimulatorMarketplace(base_url, secrets=secrets)


def _simulator_carrier(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> CarrierConnector:
    from app.connectors.simulator import SimulatorCarrier

    return SimulatorCarrier(base_url)


def _amazon(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> MarketplaceConnector:
    from app.connectors.amazon import from_settings

    return from_settings(base_url, settings, secrets)


def _shopify(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> MarketplaceConnector:
    from app.connectors.shopify import from_settings

    return from_settings(base_url, settings, secrets)


def _ebay(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> MarketplaceConnector:
    from app.connectors import ebay

    return ebay.factory(base_url, settings, secrets)


def _aliexpress(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> MarketplaceConnector:
    from app.connectors import aliexpress

    return aliexpress.factory(base_url, settings, secrets)


def _woocommerce(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> MarketplaceConnector:
    from app.connectors import woocommerce

    return woocommerce.factory(base_url, settings, secrets)


def _yunexpress(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> CarrierConnector:
    from app.connectors import yunexpress

    return yunexpress.factory(base_url, settings, secrets)


def _fpx(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> CarrierConnector:
    from app.connectors import fpx

    return fpx.factory(base_url, settings, secrets)


def _yanwen(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> CarrierConnector:
    from app.connectors import yanwen

    return yanwen.factory(base_url, settings, secrets)


def _karrio(kind: str) -> CarrierFactory:
    """UPS, FedEx, DHL Express, USPS through the karrio SDK (the optional ``carriers`` extra)."""

    def build(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> CarrierConnector:
        try:
            from app.connectors import karrio_carriers
        except ImportError:
            raise InvalidInput(
                f"{kind} needs the karrio carrier SDK: install the carriers extra: uv sync --extra carriers"
            ) from None
        return karrio_carriers.factory(kind, base_url, settings, secrets)

    return build


# kind -> factory; each connector module is imported only when an account of its kind is used.
MARKETPLACES: dict[str, MarketplaceFactory] = {
    "simulator": _simulator_marketplace,
    "amazon": _amazon,
    "shopify": _shopify,
    "ebay": _ebay,
    "aliexpress": _aliexpress,
    "woocommerce": _woocommerce,
}
CARRIERS: dict[str, CarrierFactory] = {
    "simulator": _simulator_carrier,
    "yunexpress": _yunexpress,
    "4px": _fpx,
    "yanwen": _yanwen,
    "ups": _karrio("ups"),
    "fedex": _karrio("fedex"),
    "dhl_express": _karrio("dhl_express"),
    "usps": _karrio("usps"),
}


def marketplace(kind: str, base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> MarketplaceConnector:
    factory = MARKETPLACES.get(kind)
    if factory is None:
        raise InvalidInput(f"marketplace {kind!r} has no connector (known: {', '.join(sorted(MARKETPLACES))})")
    return factory(base_url, settings, secrets)


def carrier(kind: str, base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> CarrierConnector:
    factory = CARRIERS.get(kind)
    if factory is None:
        raise InvalidInput(f"carrier {kind!r} has no connector (known: {', '.join(sorted(CARRIERS))})")
    return factory(base_url, settings, secrets)
