"""Marketplace and carrier connectors behind two small interfaces (see base.py)."""
