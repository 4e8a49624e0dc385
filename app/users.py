"""Users, roles, PINs and badges: a packer scans; a supervisor may force-ship or undo, with a PIN.

Who may do what is ``app.roles``; this module finds and changes the users themselves.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotAllowed, NotFound
from app.messages import Message
from app.roles import RANK as _RANK
from app.roles import ROLES
from db.models import User

__all__ = ["BADGE_PREFIX", "ROLES", "add_user", "authorise", "find_for_sign_in", "hash_pin", "new_badge", "pin_matches"]

_ITERATIONS = 120_000
BADGE_PREFIX = "SB-USER:"  # what a badge barcode says: SB-USER:<the user's badge code>


def new_badge() -> str:
    """A user's badge code: short enough for a Code 128 on a card, too many to guess."""
    return secrets.token_hex(5).upper()


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise InvalidInput(Message("pin_digits"))
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
        raise InvalidInput(Message("unknown_role_use", {"role": role, "roles": ", ".join(ROLES)}))
    name = name.strip()
    if not name:
        raise InvalidInput(Message("user_needs_name"))
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        user = User(name=name, badge=new_badge())
        try:
            with session.begin_nested():  # another admin may add the same name at this moment
                session.add(user)
        except IntegrityError:
            user = session.scalar(select(User).where(User.name == name))
            assert user is not None
    user.role = role
    user.badge = user.badge or new_badge()
    user.pin_hash = hash_pin(pin)
    session.flush()
    return user


def authorise(session: Session, pin: str, *, role: str = "supervisor") -> User:
    """The user whose PIN this is, if their role is at least ``role``."""
    for user in session.scalars(select(User).where(User.pin_hash.is_not(None)).order_by(User.id)):
        if pin_matches(pin, user.pin_hash):
            if _RANK.get(user.role, -1) < _RANK[role]:
                raise NotAllowed(Message("role_too_low", {"name": user.name, "role": user.role, "role2": role}))
            return user
    raise NotAllowed(Message("wrong_pin"))


def find_for_sign_in(session: Session, badge_or_name: str, pin: str | None) -> User:
    """The user a badge scan (``SB-USER:<badge>`` or the bare badge code) or a name + PIN names.

    A badge is enough on its own (it is the packer's card); a name needs the user's PIN.
    """
    text = badge_or_name.strip()
    if text.upper().startswith(BADGE_PREFIX):
        badge = text[len(BADGE_PREFIX) :].strip().upper()
        user = session.scalar(select(User).where(User.badge == badge)) if badge else None
        if user is None:
            raise NotFound("unknown badge: ask an admin for a new one")
        if pin is not None and not pin_matches(pin, user.pin_hash):
            raise NotAllowed(Message("wrong_pin"))
        return user
    user = session.scalar(select(User).where(User.badge == text.upper())) if text else None
    if user is not None and pin is None:
        return user
    user = session.scalar(select(User).where(User.name == text)) if text else None
    if user is None:
        raise NotFound(f"no user {text}")
    if not user.pin_hash:
        raise NotAllowed(f"{user.name} has no PIN yet: scan your badge, or an admin sets a PIN with `main.py user`")
    if pin is None or not pin_matches(pin, user.pin_hash):
        raise NotAllowed(Message("wrong_pin"))
    return user
