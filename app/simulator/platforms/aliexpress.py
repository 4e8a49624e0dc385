"""The simulator's aliexpress face (not built yet)."""

from __future__ import annotations

from app.simulator.routes import Route

ROUTES: tuple[Route, ...] = ()
