"""Accounts a seller can connect: OAuth against the simulator, the encrypted secrets file,
"Test connection" in plain words, and a shop that lacks a value saying which (#15)."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app import accounts, credentials
from app.bootstrap import build
from app.errors import InvalidInput, ShipbenchError
from app.settings import Settings
from app.simulator.platforms import aliexpress as aliexpress_face
from app.simulator.platforms import woocommerce as woo_face
from tests.integration.test_credentials import MemoryKeyring

EBAY_KEYS = {"client_id": "Shipbenc-demo-PRD-1a2b", "client_secret": "PRD-5ec7e7a1b2c3"}
ALI_KEYS = {"app_key": aliexpress_face.DEMO_APP_KEY, "app_secret": aliexpress_face.DEMO_APP_SECRET}


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
def ws(tmp_path: Path, memory_keyring: MemoryKeyring):  # type: ignore[no-untyped-def]
    workstation = build(Settings(db_url=f"sqlite:///{tmp_path / 'a.db'}", data_dir=tmp_path / "data"))
    try:
        yield workstation
    finally:
        workstation.close()


def browse(url: str) -> None:
    """The browser: open the consent page and follow its redirect to the loopback address."""
    with urllib.request.urlopen(url, timeout=5) as resp:
        resp.read()


@pytest.mark.parametrize(("platform", "keys"), [("ebay", EBAY_KEYS), ("aliexpress", ALI_KEYS)])
def test_the_consent_code_arrives_on_the_loopback_and_becomes_a_stored_refresh_token(
    ws, simulator, platform: str, keys: dict[str, str]
) -> None:
    state = accounts.new_state()
    receiver = accounts.LoopbackReceiver(state).start()
    try:
        client = keys.get("client_id") or keys["app_key"]
        url = accounts.consent_url(platform, simulator.url, client, receiver.redirect_uri, state)
        browse(url)
        code = receiver.wait(5)
    finally:
        receiver.stop()
    assert code.startswith("sim-code-")
    refresh = ws.sync.exchange_code(platform, simulator.url, keys, code, receiver.redirect_uri)
    assert refresh.startswith(f"sim-refresh-{platform}-")
    shop_id = ws.sync.save_shop(
        name=f"My {platform}", marketplace=platform, base_url=simulator.url, secrets={**keys, "refresh_token": refresh}
    )
    assert credentials.load("shop", shop_id)["refresh_token"] == refresh
    assert "connected" in ws.sync.test_shop(shop_id).lower()
    # A code is good once.
    with pytest.raises(ShipbenchError, match="refused the authorisation code") as refused:
        ws.sync.exchange_code(platform, simulator.url, keys, code, receiver.redirect_uri)
    assert keys["client_secret" if platform == "ebay" else "app_secret"] not in str(refused.value)
    assert code not in str(refused.value)


def test_the_loopback_ignores_another_state_and_a_pasted_address_is_checked(simulator) -> None:
    state = accounts.new_state()
    receiver = accounts.LoopbackReceiver(state).start()
    try:
        with pytest.raises(urllib.error.HTTPError):  # another attempt's redirect: 400, not taken
            browse(f"{receiver.redirect_uri}?code=stolen&state=other")
        assert not receiver.result.done.is_set()
        url = accounts.consent_url("ebay", simulator.url, "app", receiver.redirect_uri, state) + "&deny=1"
        browse(url)
        with pytest.raises(InvalidInput, match="consent was not given"):
            receiver.wait(5)
    finally:
        receiver.stop()
    assert accounts.code_from("  abc123 ") == "abc123"
    assert accounts.code_from(f"http://127.0.0.1:5/?code=xyz&state={state}", state) == "xyz"
    with pytest.raises(InvalidInput, match="another connection attempt"):
        accounts.code_from("http://127.0.0.1:5/?code=xyz&state=nope", state)


@pytest.fixture
def no_keyring(tmp_path: Path) -> Iterator[Path]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "data" / "secrets.cfg"
    credentials.use_file(path)
    try:
        yield path
    finally:
        credentials.use_file(None)
        keyring.set_keyring(previous)


def test_without_a_keyring_secrets_go_to_a_file_unlocked_with_a_passphrase(no_keyring: Path) -> None:
    assert credentials.where() == "locked" and not credentials.available()
    with pytest.raises(credentials.NoKeyring, match="unlock the encrypted secrets file"):
        credentials.store("shop", 1, {"access_token": "shpat_0123456789abcdef"})
    credentials.unlock("correct horse battery")
    assert credentials.where() == "file"
    credentials.store("shop", 1, {"access_token": "shpat_0123456789abcdef"})
    assert "shpat_0123456789abcdef" not in no_keyring.read_text()  # encrypted on disk
    credentials.lock()  # the app restarts
    assert credentials.load("shop", 1) == {}
    with pytest.raises(credentials.WrongPassphrase, match="does not open the secrets file"):
        credentials.unlock("wrong horse")
    assert credentials.where() == "locked"
    credentials.unlock("correct horse battery")
    assert credentials.load("shop", 1) == {"access_token": "shpat_0123456789abcdef"}


def test_the_environment_passphrase_unlocks_a_headless_station(no_keyring: Path, monkeypatch) -> None:
    credentials.unlock("station pass")
    credentials.store("carrier", 2, {"api_key": "k-123456"})
    credentials.lock()
    monkeypatch.setenv(credentials.PASSPHRASE_ENV, "station pass")
    assert credentials.load("carrier", 2) == {"api_key": "k-123456"}


def test_test_connection_says_who_refused_what_and_never_the_secret(ws, simulator) -> None:
    token = "badtoken-0123456789"
    with pytest.raises(ShipbenchError) as refused:
        ws.sync.test_marketplace("shopify", simulator.url, {}, {"access_token": token})
    text = str(refused.value)
    assert text.startswith("Shopify refused the token: 401 "), text
    assert token not in text
    assert "Shopify" in ws.sync.test_marketplace("shopify", simulator.url, {}, {"access_token": "shpat_abc123456789"})

    with pytest.raises(ShipbenchError) as unreachable:
        ws.sync.test_marketplace("shopify", "http://127.0.0.1:9", {}, {"access_token": "shpat_abc123456789"})
    assert str(unreachable.value) == "cannot reach 127.0.0.1:9: nothing answers there (connection refused)"
    assert "Errno" not in str(unreachable.value)

    with pytest.raises(ShipbenchError) as woo:
        ws.sync.test_marketplace(
            "woocommerce", simulator.url, {}, {"consumer_key": "ck_revoked1", "consumer_secret": "cs_secret99"}
        )
    assert str(woo.value).startswith("WooCommerce refused the consumer key and secret: 401"), str(woo.value)
    assert "cs_secret99" not in str(woo.value)


def test_a_name_that_does_not_resolve_says_cannot_reach(ws) -> None:
    with pytest.raises(ShipbenchError) as dns:
        ws.sync.test_marketplace(
            "woocommerce",
            "",
            {"store_url": "https://shop.invalid"},
            {"consumer_key": "ck_1", "consumer_secret": "cs_1"},
        )
    assert str(dns.value).startswith("cannot reach shop.invalid: "), str(dns.value)
    assert "Errno" not in str(dns.value)


def test_woocommerce_test_finds_the_shipment_tracking_extension(ws, simulator) -> None:
    keys = {"consumer_key": "ck_4f1d2e3c", "consumer_secret": "cs_9a8b7c6d"}
    found = ws.sync.test_account("woocommerce", simulator.url, {}, keys)
    assert found.found == {"shipment_tracking": True}
    woo_face.set_shipment_tracking(simulator, False)
    assert ws.sync.test_account("woocommerce", simulator.url, {}, keys).found == {"shipment_tracking": False}


def test_form_checks_name_what_is_wrong() -> None:
    assert [p.key for p in accounts.problems("shopify", {"shop_domain": "myshop.com", "access_token": "x"})] == [
        "shop_domain"
    ]
    assert accounts.problems("shopify", {"shop_domain": "My-Shop.myshopify.com", "access_token": "shpat_1"}) == []
    missing = accounts.problems("amazon", {"marketplace_id": "A1PA6795UKMFR9"})
    assert {p.key for p in missing} == {"client_id", "client_secret", "refresh_token", "region"}
    settings, secrets = accounts.split("amazon", {"marketplace_id": "A1VC38T7YXB528", "client_id": " id "})
    assert settings == {"marketplace_id": "A1VC38T7YXB528", "region": "fe"} and secrets == {"client_id": "id"}
    assert accounts.split("aliexpress", {"app_key": "1", "refresh_token": "r"})[1] == {
        "app_key": "1",
        "refresh_token": "r",
    }


def test_a_file_imported_amazon_shop_names_the_missing_marketplace(ws) -> None:
    shop_id = ws.sync.save_shop(name="Amazon DE", marketplace="amazon", settings={"source": "file"})
    with pytest.raises(InvalidInput, match=r"the Amazon shop Amazon DE has no Marketplace: fill it in under Settings"):
        ws.connectors.marketplace_for(shop_id)
    report = ws.sync.sync_report()
    entry = next(a for a in report["accounts"] if a["name"] == "Amazon DE")
    assert entry["pulled"] is None  # its orders come from files: not "pull failed — "


def test_its_confirmation_fails_with_that_sentence_not_an_internal_error(ws) -> None:
    from app import outbox

    shop_id = ws.sync.save_shop(name="Amazon DE", marketplace="amazon", settings={"source": "file"})
    payload = {"order_id": "302-1", "package_reference": "P1", "carrier": "DHL", "tracking_number": "T1", "lines": []}
    with ws.db.uow() as uow:
        outbox.enqueue(uow.session, "confirm_shipment", "P-1", payload, shop_id=shop_id)
        uow.commit()
    ws.outbox.run_until_idle()
    (job,) = ws.sync.jobs("failed")
    assert job.last_error.startswith("the Amazon shop Amazon DE has no Marketplace: fill it in"), job.last_error
    assert "internal error" not in job.last_error
