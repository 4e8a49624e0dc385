"""Loopback HTTP simulator of one marketplace and one carrier (demo mode and tests)."""

from app.simulator.server import Faults, Simulator, serve_forever

__all__ = ["Faults", "Simulator", "serve_forever"]
