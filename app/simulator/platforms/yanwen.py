"""The simulator's yanwen face (not built yet)."""

from __future__ import annotations

from app.simulator.routes import Route

ROUTES: tuple[Route, ...] = ()
