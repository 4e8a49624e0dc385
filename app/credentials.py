"""Account secrets (API keys, tokens) in the OS keyring; never in the database or a log."""

from __future__ import annotations


def load(kind: str, account_id: int) -> dict[str, str]:
    """The secrets stored for a shop or carrier account ({} when none are stored)."""
    return {}
