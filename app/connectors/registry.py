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

    return SimulatorMarketplace(base_url)


def _simulator_carrier(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> CarrierConnector:
    from app.connectors.simulator import SimulatorCarrier

    return SimulatorCarrier(base_url)


# kind -> factory; each connector module is imported only when an account of its kind is used.
MARKETPLACES: dict[str, MarketplaceFactory] = {
    "simulator": _simulator_marketplace,
}
CARRIERS: dict[str, CarrierFactory] = {
    "simulator": _simulator_carrier,
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
