"""Who may do what: the role each guarded action needs, checked in the services.

The GUI hides what a role may not do, but the services decide: a packer's CLI or a
packer signed in at a station gets ``NotAllowed`` naming the role the action needs.
"""

from __future__ import annotations

from app.actor import Actor
from app.errors import NotAllowed

ROLES = ("packer", "supervisor", "admin")
RANK = {role: i for i, role in enumerate(ROLES)}

# action → (the least role it needs, how the message names the action)
NEEDS: dict[str, tuple[str, str]] = {
    "force_ship": ("supervisor", "force-shipping a parcel"),
    "undo_scan": ("supervisor", "undoing a scan"),
    "void_waybill": ("supervisor", "voiding a waybill"),
    "edit_rules": ("admin", "changing the rules"),
    "manage_users": ("admin", "adding or changing users"),
    "delete_account": ("admin", "deleting an account"),
    "edit_shop": ("admin", "changing the shop's details and addresses"),
    "edit_postage": ("supervisor", "changing carrier balances and rate cards"),
}


def at_least(role: str, needed: str) -> bool:
    return RANK.get(role, -1) >= RANK[needed]


def require(actor: Actor, action: str) -> None:
    """Raise NotAllowed unless ``actor``'s role may do ``action``."""
    needed, words = NEEDS[action]
    if not at_least(actor.role, needed):
        who = actor.user_name or "this user"
        raise NotAllowed(f"{words} needs {_a(needed)}: {who} is {_a(actor.role)}")


def _a(role: str) -> str:
    return f"an {role}" if role[:1] in "aeiou" else f"a {role}"
