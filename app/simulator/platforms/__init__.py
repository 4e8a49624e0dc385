"""The simulator's faces for each real marketplace and carrier API.

Each module exposes ``ROUTES`` (a tuple of ``app.simulator.routes.Route``) speaking that
platform's request and response shapes over the simulator's shared state.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.simulator.routes import Route

MODULES = ("amazon", "shopify", "ebay", "aliexpress", "woocommerce", "yunexpress", "fpx", "yanwen")


@functools.cache
def routes() -> tuple[Route, ...]:
    found: list[Route] = []
    for name in MODULES:
        found += importlib.import_module(f"{__name__}.{name}").ROUTES
    return tuple(found)
