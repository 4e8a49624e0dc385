"""The simulator's amazon face (not built yet)."""

from __future__ import annotations

from app.simulator.routes import Route

ROUTES: tuple[Route, ...] = ()
