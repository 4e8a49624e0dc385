"""The live connectors, one per shop and carrier account, built on first use.

Each is built from the account's settings and its secrets in the OS keyring, with the
platform's rate limit attached; ``forget`` drops one when its settings or secrets change.
"""

from __future__ import annotations

import threading

from app import accounts, credentials, ratelimit
from app.connectors import registry
from app.connectors.base import CarrierConnector, MarketplaceConnector
from app.errors import InvalidInput, NotFound
from app.messages import Message
from app.ratelimit import Limiters, RateLimit
from db.uow import Database


class Connectors:
    def __init__(self, db: Database, limiters: Limiters) -> None:
        self.db = db
        self.limiters = limiters
        self._marketplaces: dict[int, MarketplaceConnector] = {}
        self._carriers: dict[int, CarrierConnector] = {}
        self._lock = threading.Lock()

    def marketplace_for(self, shop_id: int) -> MarketplaceConnector:
        with self._lock:
            if shop_id not in self._marketplaces:
                with self.db.reader() as uow:
                    shop = uow.shops.get(shop_id)
                    if shop is None:
                        raise NotFound(Message("no_shop", {"shop_id": shop_id}))
                    settings = dict(shop.settings or {})
                    missing = accounts.missing_settings(shop.marketplace, settings, shop.base_url)
                    if missing:
                        name = accounts.PLATFORM_NAMES.get(shop.marketplace, shop.marketplace)
                        raise InvalidInput(
                            f"the {name} shop {shop.name} has no {' and no '.join(missing)}: fill it in under "
                            "Settings → Marketplace accounts"
                        )
                    connector = registry.marketplace(
                        shop.marketplace, shop.base_url, settings, credentials.load("shop", shop.id)
                    )
                    limit = RateLimit.of(connector, shop.settings)
                    ratelimit.attach(connector, self.limiters.for_account(f"shop:{shop_id}", limit))
                    self._marketplaces[shop_id] = connector
            return self._marketplaces[shop_id]

    def carrier_for(self, account_id: int) -> CarrierConnector:
        with self._lock:
            if account_id not in self._carriers:
                with self.db.reader() as uow:
                    account = uow.carriers.account(account_id)
                    if account is None:
                        raise NotFound(Message("no_carrier_account", {"carrier_account_id": account_id}))
                    connector = registry.carrier(
                        account.carrier,
                        account.base_url,
                        dict(account.settings or {}),
                        credentials.load("carrier", account.id),
                    )
                    limit = RateLimit.of(connector, account.settings)
                    ratelimit.attach(connector, self.limiters.for_account(f"carrier:{account_id}", limit))
                    self._carriers[account_id] = connector
            return self._carriers[account_id]

    def forget(self, kind: str, account_id: int) -> None:
        """Build the connector afresh next time (settings or secrets changed)."""
        with self._lock:
            if kind == "shop":
                self._marketplaces.pop(account_id, None)
            else:
                self._carriers.pop(account_id, None)
        self.limiters.forget(f"{kind}:{account_id}")
