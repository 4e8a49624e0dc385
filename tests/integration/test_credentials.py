"""Account secrets in the keyring: never in the database file, a log line or an error text."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app import credentials
from app.bootstrap import build
from app.connectors.http import JsonHttp
from app.errors import RemoteRejected
from app.settings import Settings

SECRET = "sk_live_9f8e7d6c5b4a39281706"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process (the tests' stand-in for the OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            from keyring.errors import PasswordDeleteError

            raise PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_store_load_forget(memory_keyring: MemoryKeyring) -> None:
    assert credentials.load("shop", 7) == {}
    credentials.store("shop", 7, {"api_key": SECRET, "empty": ""})
    assert credentials.load("shop", 7) == {"api_key": SECRET}
    assert ("Shipbench", "shop:7") in memory_keyring.entries
    assert credentials.load("carrier", 7) == {}  # one entry per account and kind
    credentials.forget("shop", 7)
    assert credentials.load("shop", 7) == {}
    credentials.forget("shop", 7)  # nothing stored: nothing happens


def test_without_a_keyring_storing_says_what_to_do_and_loading_finds_nothing(no_keyring: None) -> None:
    assert credentials.available() is False
    with pytest.raises(credentials.NoKeyring, match="no system keyring.*install and unlock"):
        credentials.store("shop", 1, {"api_key": SECRET})
    assert credentials.load("shop", 1) == {}


def test_an_account_without_a_keyring_is_refused_before_anything_is_saved(no_keyring: None, tmp_path: Path) -> None:
    ws = build(Settings(db_url=f"sqlite:///{tmp_path / 'x.db'}", data_dir=tmp_path / "data"))
    try:
        with pytest.raises(credentials.NoKeyring):
            ws.sync.save_shop(name="Shop A", marketplace="simulator", secrets={"api_key": SECRET})
        assert ws.sync.shop_accounts() == []
        shop_id = ws.sync.save_shop(name="Shop A", marketplace="simulator")  # no secrets: fine
        assert ws.sync.shop_accounts()[0]["has_credentials"] is False
        assert ws.sync.shop_accounts()[0]["id"] == shop_id
    finally:
        ws.close()


def test_secrets_stay_out_of_the_database_file_and_the_log(
    memory_keyring: MemoryKeyring, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    db_file = tmp_path / "x.db"
    ws = build(Settings(db_url=f"sqlite:///{db_file}", data_dir=tmp_path / "data"))
    try:
        from app.simulator import Simulator

        with Simulator() as sim:
            shop_id = ws.sync.save_shop(
                name="Shop A",
                marketplace="simulator",
                base_url=sim.url,
                settings={"seller_id": "A1B2"},
                secrets={"api_key": SECRET},
            )
            assert ws.sync.test_shop(shop_id).startswith("connected")
            ws.sync.pull()
        account = ws.sync.shop_accounts()[0]
        assert account["has_credentials"] is True and account["settings"] == {"seller_id": "A1B2"}
        assert SECRET not in repr(account)
        with pytest.raises(Exception, match="looks like a secret"):
            ws.sync.save_shop(shop_id=shop_id, name="Shop A", marketplace="simulator", settings={"api_token": SECRET})
    finally:
        ws.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    assert SECRET not in caplog.text


class _EchoHandler(BaseHTTPRequestHandler):
    """A careless API that repeats the request (token and all) in its error body."""

    def do_GET(self) -> None:
        body = f'{{"message": "bad request {self.path} auth={self.headers.get("Authorization")}"}}'.encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_remote_error_that_echoes_the_token_never_shows_it() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        http = JsonHttp(
            f"http://127.0.0.1:{server.server_address[1]}",
            what="the marketplace",
            headers={"Authorization": f"Bearer {SECRET}"},
            secrets=[SECRET],
        )
        with pytest.raises(RemoteRejected) as caught:
            http.request("GET", "/orders", params={"access_token": SECRET}, ok_statuses=())
        assert "400" in str(caught.value) and "***" in str(caught.value)
        assert SECRET not in str(caught.value)
    finally:
        server.shutdown()
        server.server_close()
