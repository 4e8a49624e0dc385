"""Users, roles and PINs: a packer scans; a supervisor may force-ship or undo, with a PIN."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotAllowed
from db.models import User

ROLES = ("packer", "supervisor", "admin")
_RANK = {role: i for i, role in enumerate(ROLES)}
_ITERATIONS = 120_000


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise InvalidInput("a PIN is 4 to 12 digits")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, _ITERATIONS)
    return f"pbkdf2_sha256${_ITERATIONS}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        _scheme, iterations, salt, digest = stored.split("$")
        candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def add_user(session: Session, name: str, role: str, pin: str) -> User:
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}: use {', '.join(ROLES)}")
    name = name.strip()
    if not name:
        raise InvalidInput("a user needs a name")
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        user = User(name=name)
        session.add(user)
    user.role = role
    user.pin_hash = hash_pin(pin)
    session.flush()
    return user


def authorise(session: Session, pin: str, *, role: str = "supervisor") -> User:
    """The user whose PIN this is, if their role is at least ``role``."""
    for user in session.scalars(select(User).where(User.pin_hash.is_not(None)).order_by(User.id)):
        if pin_matches(pin, user.pin_hash):
            if _RANK.get(user.role, -1) < _RANK[role]:
                raise NotAllowed(f"{user.name} is a {user.role}: this needs a {role}")
            return user
    raise NotAllowed("wrong PIN")
