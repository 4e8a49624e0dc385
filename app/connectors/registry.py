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
from app.messages import Message

MarketplaceFactory = Callable[[str, Mapping[str, Any], Mapping[str, str]], MarketplaceConnector]
CarrierFactory = Callable[[str, Mapping[str, Any], Mapping[str, str]], CarrierConnector]


def _simulator_marketplace(
    base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]
) -> MarketplaceConnector:
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
            raise InvalidInput(Message("needs_karrio_carrier_sdk_install", {"kind": kind})) from None
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


# kind -> the longest shipper reference the carrier's API takes (all take A-Z 0-9).
# UPS ReferenceNumber.Value: 35; DHL Express ReferenceID: 35 (the XSD karrio ships);
# FedEx customerReferences: karrio cuts them to 30 (lib.text(max=30)); USPS
# customerReference: 30 (its label prints 30). YunExpress CustomerOrderNumber, 4PX
# ref_no and Yanwen orderNumber take longer texts; 50 keeps us well inside them.
REFERENCE_MAX_LENGTH: dict[str, int] = {
    "simulator": 35,
    "yunexpress": 50,
    "4px": 50,
    "yanwen": 50,
    "ups": 35,
    "fedex": 30,
    "dhl_express": 35,
    "usps": 30,
}


def reference_max_length(kind: str) -> int:
    return REFERENCE_MAX_LENGTH.get(kind, 30)


def marketplace(
    kind: str, base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]
) -> MarketplaceConnector:
    factory = MARKETPLACES.get(kind)
    if factory is None:
        raise InvalidInput(
            Message(
                "marketplace_has_no_connector_known", {"kind": kind, "marketplaces": ", ".join(sorted(MARKETPLACES))}
            )
        )
    return factory(base_url, settings, secrets)


def carrier(kind: str, base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> CarrierConnector:
    factory = CARRIERS.get(kind)
    if factory is None:
        raise InvalidInput(
            Message("carrier_has_no_connector_known", {"kind": kind, "carriers": ", ".join(sorted(CARRIERS))})
        )
    return factory(base_url, settings, secrets)
