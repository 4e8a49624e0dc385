"""Account secrets (API keys, tokens) in the OS keyring; never in the database or a log.

One keyring entry per account: service "Shipbench", user name "<kind>:<account id>"
(kind "shop" or "carrier"), the password a JSON object of that account's secrets.

    store("shop", 3, {"refresh_token": "...", "client_secret": "..."})
    load("shop", 3)   # -> {} when none stored or there is no keyring
    forget("shop", 3)

Without a usable OS keyring (a headless Linux box without Secret Service: keyring
chooses ``keyring.backends.fail.Keyring``) the secrets go to an encrypted file in the
data folder (``secrets.cfg``, ``keyrings.cryptfile``: AES-GCM under an Argon2id key
derived from a passphrase). The file is opened with ``unlock(passphrase)`` (the
accounts form asks for it; a headless station sets ``SHIPBENCH_SECRETS_PASSPHRASE``),
which creates it on first use; a wrong passphrase raises ``WrongPassphrase``. Until it
is unlocked ``store`` raises ``NoKeyring`` saying what to do, ``load`` returns {} and
``available()`` is False. ``where()`` tells the form which store is in use. Tests set an
in-memory backend with ``keyring.set_keyring(...)``.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from app.errors import ShipbenchError
from app.messages import Message

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Shipbench"


class NoKeyring(ShipbenchError):
    """There is no usable system keyring to keep the account's secrets in."""


class WrongPassphrase(ShipbenchError):
    """The passphrase does not open the encrypted secrets file."""


FILE_NAME = "secrets.cfg"
PASSPHRASE_ENV = "SHIPBENCH_SECRETS_PASSPHRASE"
_file_lock = threading.RLock()
_file: _SecretsFile | None = None
_file_path: Path | None = None  # None: the data folder's secrets.cfg


class _SecretsFile:
    """The unlocked encrypted file; decrypted entries are cached (each read costs a key derivation)."""

    def __init__(self, path: Path, passphrase: str) -> None:
        from keyrings.cryptfile.cryptfile import CryptFileKeyring

        class _Keyring(CryptFileKeyring):
            # Argon2id at 32 MB and 2 passes: about 0.1-0.3 s per entry on a shop PC
            # (the library's 64 MB x 15 takes seconds for each read and write).
            time_cost = 2
            memory_cost = 2**15

        self.path = path
        self.backend: Any = _Keyring()
        self.backend.file_path = str(path)
        self.cache: dict[str, str | None] = {}
        try:
            self.backend.keyring_key = passphrase
        except ValueError as exc:
            if "blank" in str(exc).lower():
                raise WrongPassphrase("enter a passphrase for the secrets file") from None
            raise WrongPassphrase("the passphrase does not open the secrets file: try again") from None
        except AssertionError:
            raise WrongPassphrase("the passphrase does not open the secrets file: try again") from None

    def get(self, user: str) -> str | None:
        if user not in self.cache:
            self.cache[user] = self.backend.get_password(SERVICE, user)
        return self.cache[user]

    def set(self, user: str, value: str) -> None:
        self.backend.set_password(SERVICE, user, value)
        self.cache[user] = value

    def delete(self, user: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self.backend.delete_password(SERVICE, user)
        except PasswordDeleteError:
            pass
        self.cache[user] = None


def secrets_file() -> Path:
    """Where the encrypted secrets file lives (used only without an OS keyring)."""
    if _file_path is not None:
        return _file_path
    from app.settings import data_dir

    return data_dir() / FILE_NAME


def use_file(path: Path | None) -> None:
    """Point the encrypted store at another file (tests, a second data folder); locks it."""
    global _file_path, _file
    with _file_lock:
        _file_path, _file = path, None


def unlock(passphrase: str) -> None:
    """Open (or create, the first time) the encrypted secrets file with its passphrase."""
    global _file
    if not passphrase.strip():
        raise WrongPassphrase("enter a passphrase for the secrets file")
    path = secrets_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    opened = _SecretsFile(path, passphrase)
    with _file_lock:
        _file = opened
    log.info("the encrypted secrets file is unlocked")


def lock() -> None:
    global _file
    with _file_lock:
        _file = None


def file_exists() -> bool:
    return secrets_file().is_file()


def where() -> Literal["keyring", "file", "locked"]:
    """Which store keeps the secrets: the OS keyring, the unlocked file, or the file still locked."""
    if system_keyring():
        return "keyring"
    return "file" if _opened() is not None else "locked"


def _opened() -> _SecretsFile | None:
    """The unlocked file; the environment's passphrase unlocks it on first use."""
    if _file is None and os.environ.get(PASSPHRASE_ENV):
        try:
            unlock(os.environ[PASSPHRASE_ENV])
        except WrongPassphrase:
            log.warning("%s does not open the secrets file", PASSPHRASE_ENV)
    return _file


def _user(kind: str, account_id: int) -> str:
    if kind not in ("shop", "carrier"):
        raise ValueError(f"credentials kind must be shop or carrier, not {kind!r}")
    return f"{kind}:{int(account_id)}"


def _real(backend: KeyringBackend) -> bool:
    """An OS keyring, not a fail/null stand-in nor a file backend (those prompt on a terminal)."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.")):
        return False
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:  # noqa: BLE001 - a backend that cannot say is not usable
        return False


def _system() -> KeyringBackend | None:
    """The OS keyring backend keyring would use, leaving out file backends; None when there is none."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - an unusable keyring configuration is the same as none
        return None
    if isinstance(backend, ChainerBackend):
        return next((b for b in backend.backends if _real(b)), None)
    return backend if _real(backend) else None


def available() -> bool:
    """True when secrets can be stored now: an OS keyring, or the unlocked encrypted file."""
    return where() != "locked"


def system_keyring() -> bool:
    """True when the OS has a usable keyring backend."""
    return _system() is not None


NO_KEYRING = Message("no_keyring")


def store(kind: str, account_id: int, secrets: dict[str, str]) -> None:
    """Keep an account's secrets (replacing any stored before); empty values are dropped."""
    user = _user(kind, account_id)
    clean = {str(k): str(v) for k, v in secrets.items() if v not in (None, "")}
    system = _system()
    opened = None if system is not None else _opened()
    if opened is not None:
        with _file_lock:
            if clean:
                opened.set(user, json.dumps(clean, sort_keys=True))
            else:
                opened.delete(user)
        log.info("stored %d secret field(s) for %s in the encrypted file", len(clean), user)
        return
    if system is None:
        raise NoKeyring(NO_KEYRING)
    from keyring.errors import KeyringError

    try:
        if clean:
            system.set_password(SERVICE, user, json.dumps(clean, sort_keys=True))
        else:
            _delete(user)
    except KeyringError as exc:
        raise NoKeyring(Message("system_keyring_refused_store_secrets", {"error": type(exc).__name__})) from None
    log.info("stored %d secret field(s) for %s", len(clean), user)  # names and values never logged


def load(kind: str, account_id: int) -> dict[str, str]:
    """The secrets stored for a shop or carrier account ({} when none are stored)."""
    user = _user(kind, account_id)
    from keyring.errors import KeyringError

    system = _system()
    opened = None if system is not None else _opened()
    try:
        if opened is not None:
            with _file_lock:
                raw = opened.get(user)
        elif system is not None:
            raw = system.get_password(SERVICE, user)
        else:
            return {}
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
    system = _system()
    opened = None if system is not None else _opened()
    if opened is not None:
        with _file_lock:
            opened.delete(user)
        return
    if system is None:
        return
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        system.delete_password(SERVICE, user)
    except PasswordDeleteError:
        pass
    except KeyringError:
        log.warning("the system keyring could not delete the entry for %s", user)
