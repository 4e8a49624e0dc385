"""Account secrets (API keys, tokens) in the OS keyring; never in the database or a log.

One keyring entry per account: service "Shipbench", user name "<kind>:<account id>"
(kind "shop" or "carrier"), the password a JSON object of that account's secrets.

    store("shop", 3, {"refresh_token": "...", "client_secret": "..."})
    load("shop", 3)   # -> {} when none stored or there is no keyring
    forget("shop", 3)

Without a usable keyring backend (a headless Linux box without Secret Service: keyring
chooses ``keyring.backends.fail.Keyring``) ``store`` raises ``NoKeyring`` with a message
saying what to do, ``load`` returns {} and ``available()`` is False. Tests set an
in-memory backend with ``keyring.set_keyring(...)``.
"""

from __future__ import annotations

import json
import logging

from app.errors import ShipbenchError

log = logging.getLogger(__name__)

SERVICE = "Shipbench"


class NoKeyring(ShipbenchError):
    """There is no usable system keyring to keep the account's secrets in."""


def _user(kind: str, account_id: int) -> str:
    if kind not in ("shop", "carrier"):
        raise ValueError(f"credentials kind must be shop or carrier, not {kind!r}")
    return f"{kind}:{int(account_id)}"


def _backend():  # type: ignore[no-untyped-def]
    import keyring

    return keyring.get_keyring()


def available() -> bool:
    """True when secrets can be stored on this machine."""
    try:
        from keyring.backends import fail

        backend = _backend()
    except Exception:  # noqa: BLE001 - an unusable keyring configuration is the same as none
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


NO_KEYRING = (
    "no system keyring to keep the account's secrets: install and unlock one "
    "(GNOME Keyring or KWallet on Linux; macOS and Windows have one built in)"
)


def store(kind: str, account_id: int, secrets: dict[str, str]) -> None:
    """Keep an account's secrets (replacing any stored before); empty values are dropped."""
    user = _user(kind, account_id)
    clean = {str(k): str(v) for k, v in secrets.items() if v not in (None, "")}
    if not available():
        raise NoKeyring(NO_KEYRING)
    import keyring
    from keyring.errors import KeyringError

    try:
        if clean:
            keyring.set_password(SERVICE, user, json.dumps(clean, sort_keys=True))
        else:
            _delete(user)
    except KeyringError as exc:
        raise NoKeyring(f"the system keyring refused to store the secrets ({type(exc).__name__}): unlock it and try again") from None
    log.info("stored %d secret field(s) for %s", len(clean), user)  # names and values never logged


def load(kind: str, account_id: int) -> dict[str, str]:
    """The secrets stored for a shop or carrier account ({} when none are stored)."""
    user = _user(kind, account_id)
    if not available():
        return {}
    import keyring
    from keyring.errors import KeyringError

    try:
        raw = keyring.get_password(SERVICE, user)
    except KeyringError:
        log.warning("the system keyring could not be read for %s", user)
        return {}
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        log.warning("the keyring entry for %s is not readable; store the secrets again", user)
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def has_secrets(kind: str, account_id: int) -> bool:
    return bool(load(kind, account_id))


def forget(kind: str, account_id: int) -> None:
    """Remove an account's secrets (nothing happens when none are stored)."""
    user = _user(kind, account_id)
    if not available():
        return
    _delete(user)


def _delete(user: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, user)
    except PasswordDeleteError:
        pass
    except KeyringError:
        log.warning("the system keyring could not delete the entry for %s", user)
