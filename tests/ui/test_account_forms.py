"""The typed account forms, filled by typing as a seller would (#15).

Each platform's form is typed into; eBay and AliExpress connect through the consent page
(the "browser" follows the simulator's redirect to the dialog's loopback server); the
encrypted secrets file is unlocked in the form; screenshots in English and Chinese go to
``SHIPBENCH_SHOTS`` when it is set (docs/screenshots/accounts/ holds the committed ones).
"""

from __future__ import annotations

import os
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from app import accounts, credentials
from app.bootstrap import build
from app.settings import Settings
from app.simulator.platforms import aliexpress as aliexpress_face
from tests.integration.test_credentials import MemoryKeyring
from ui.account_forms import AccountsDialog
from ui.operations import wait_idle

SHOTS = os.environ.get("SHIPBENCH_SHOTS")


def shot(dialog: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / f"{name}.png"))


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
def empty_ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = build(Settings(db_url=f"sqlite:///{tmp_path / 'a.db'}", data_dir=tmp_path / "data"))
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def dialog(qtbot: Any, empty_ws: Any) -> Iterator[AccountsDialog]:
    dlg = AccountsDialog(empty_ws)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.close()
    wait_idle()


def choose(qtbot: Any, dialog: AccountsDialog, platform: str, name: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(platform))
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)


def type_in(qtbot: Any, dialog: AccountsDialog, key: str, text: str) -> None:
    assert dialog.platform_form is not None
    edit = dialog.platform_form.edits[key]
    assert isinstance(edit, QLineEdit)
    edit.clear()
    qtbot.keyClicks(edit, text)


def click_and_wait(qtbot: Any, dialog: AccountsDialog, button: Any, until: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(until, timeout=15_000)


def saved(dialog: AccountsDialog) -> bool:
    return dialog.result.text() == "Saved."


def test_shopify_form_checks_the_domain_and_says_who_refused_the_token(
    qtbot: Any, dialog: AccountsDialog, simulator: Any, memory_keyring: MemoryKeyring
) -> None:
    choose(qtbot, dialog, "shopify", "My Shopify")
    type_in(qtbot, dialog, "shop_domain", "myshop.com")
    type_in(qtbot, dialog, "access_token", "wrong-token-123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.platform_form is not None
    assert dialog.platform_form.problem_labels["shop_domain"].text().endswith("like your-shop.myshopify.com")
    shot(dialog, "shopify-problem")
    type_in(qtbot, dialog, "shop_domain", "my-shop.myshopify.com")
    qtbot.keyClicks(dialog.base_url, simulator.url)  # the simulator stands in for the shop
    click_and_wait(qtbot, dialog, dialog.test_button, lambda: dialog.test_button.isEnabled())
    assert dialog.result.text().startswith("Shopify refused the token: 401"), dialog.result.text()
    assert "wrong-token-123" not in dialog.result.text()
    type_in(qtbot, dialog, "access_token", "shpat_0123456789abcdef")
    click_and_wait(qtbot, dialog, dialog.test_button, lambda: dialog.test_button.isEnabled())
    assert "Shopify" in dialog.result.text() and dialog.result.styleSheet().endswith("#1b8a3a;")
    click_and_wait(qtbot, dialog, dialog.save_button, lambda: saved(dialog))
    shop = dialog.ws.sync.shop_accounts()[0]
    assert shop["settings"]["shop_domain"] == "my-shop.myshopify.com"
    assert credentials.load("shop", shop["id"]) == {"access_token": "shpat_0123456789abcdef"}
    assert "stored" in dialog.platform_form.edits["access_token"].placeholderText()  # type: ignore[union-attr]


def test_amazon_form_picks_the_region_from_the_marketplace(
    qtbot: Any, dialog: AccountsDialog, memory_keyring: MemoryKeyring
) -> None:
    choose(qtbot, dialog, "amazon", "Amazon JP")
    assert dialog.platform_form is not None
    market = dialog.platform_form.edits["marketplace_id"]
    region = dialog.platform_form.edits["region"]
    assert isinstance(market, QComboBox) and isinstance(region, QComboBox)
    market.setCurrentIndex(market.findData("A1VC38T7YXB528"))
    assert region.currentData() == "fe"
    type_in(qtbot, dialog, "client_id", "amzn1.application-oa2-client.abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.platform_form.problem_labels["refresh_token"].text() == "Enter the Refresh token (self-authorisation)."
    )
    type_in(qtbot, dialog, "client_secret", "lwa-secret-0123")
    type_in(qtbot, dialog, "refresh_token", "Atzr|IwEBI0123")
    click_and_wait(qtbot, dialog, dialog.save_button, lambda: saved(dialog))
    shop = dialog.ws.sync.shop_accounts()[0]
    assert shop["settings"] == {"marketplace_id": "A1VC38T7YXB528", "region": "fe"}
    assert set(credentials.load("shop", shop["id"])) == {"client_id", "client_secret", "refresh_token"}


def test_woocommerce_form_finds_the_shipment_tracking_extension(
    qtbot: Any, dialog: AccountsDialog, simulator: Any, memory_keyring: MemoryKeyring
) -> None:
    choose(qtbot, dialog, "woocommerce", "My Woo")
    assert not dialog.base_url.isVisible()
    type_in(qtbot, dialog, "store_url", simulator.url)
    type_in(qtbot, dialog, "consumer_key", "ck_4f1d2e3c")
    type_in(qtbot, dialog, "consumer_secret", "cs_9a8b7c6d")
    assert dialog.platform_form is not None
    tracking = dialog.platform_form.edits["shipment_tracking"]
    assert isinstance(tracking, QCheckBox) and not tracking.isChecked()
    click_and_wait(qtbot, dialog, dialog.test_button, lambda: dialog.test_button.isEnabled())
    assert "Shipment Tracking extension is installed" in dialog.result.text(), dialog.result.text()
    assert tracking.isChecked()
    click_and_wait(qtbot, dialog, dialog.save_button, lambda: saved(dialog))
    assert dialog.ws.sync.shop_accounts()[0]["settings"]["shipment_tracking"] is True


class Browser:
    """Stands in for the user's browser: follows the consent page's redirect to the loopback."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        threading.Thread(target=lambda: urllib.request.urlopen(url, timeout=5).read(), daemon=True).start()


@pytest.mark.parametrize("platform", ["ebay", "aliexpress"])
def test_connect_opens_the_consent_page_and_stores_the_refresh_token(
    qtbot: Any, dialog: AccountsDialog, simulator: Any, memory_keyring: MemoryKeyring, platform: str
) -> None:
    browser = Browser()
    dialog.open_url = browser
    choose(qtbot, dialog, platform, f"My {platform}")
    qtbot.keyClicks(dialog.base_url, simulator.url)
    assert dialog.oauth_box.isVisible()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert not browser.opened  # the app's keys first
    if platform == "ebay":
        type_in(qtbot, dialog, "client_id", "Shipbenc-demo-PRD-1a2b")
        type_in(qtbot, dialog, "client_secret", "PRD-5ec7e7a1b2c3")
    else:
        type_in(qtbot, dialog, "app_key", aliexpress_face.DEMO_APP_KEY)
        type_in(qtbot, dialog, "app_secret", aliexpress_face.DEMO_APP_SECRET)
    click_and_wait(qtbot, dialog, dialog.connect_button, lambda: saved(dialog))
    assert browser.opened and "state=" in browser.opened[0] and "127.0.0.1" in browser.opened[0]
    shop = dialog.ws.sync.shop_accounts()[0]
    assert credentials.load("shop", shop["id"])["refresh_token"].startswith(f"sim-refresh-{platform}-")
    assert "connected" in dialog.ws.sync.test_shop(shop["id"]).lower()


def test_a_pasted_code_is_exchanged_too(
    qtbot: Any, dialog: AccountsDialog, simulator: Any, memory_keyring: MemoryKeyring
) -> None:
    choose(qtbot, dialog, "ebay", "Pasted eBay")
    qtbot.keyClicks(dialog.base_url, simulator.url)
    type_in(qtbot, dialog, "client_id", "Shipbenc-demo-PRD-1a2b")
    type_in(qtbot, dialog, "client_secret", "PRD-5ec7e7a1b2c3")
    type_in(qtbot, dialog, "ru_name", "https://shop.example/ebay-accepted")
    state = accounts.new_state()
    url = accounts.consent_url(
        "ebay", simulator.url, "Shipbenc-demo-PRD-1a2b", "https://shop.example/ebay-accepted", state
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    try:
        urllib.request.build_opener(NoRedirect).open(url, timeout=5)
    except urllib.error.HTTPError as exc:
        landed = exc.headers["Location"]  # where the browser would land: the seller copies it
    dialog.oauth_redirect = "https://shop.example/ebay-accepted"
    qtbot.keyClicks(dialog.code_edit, landed)
    click_and_wait(qtbot, dialog, dialog.code_button, lambda: saved(dialog))
    shop = dialog.ws.sync.shop_accounts()[0]
    assert credentials.load("shop", shop["id"])["refresh_token"].startswith("sim-refresh-ebay-")


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


def test_without_a_keyring_the_form_asks_for_the_passphrase(
    qtbot: Any, no_keyring: Path, empty_ws: Any, simulator: Any
) -> None:
    dialog = AccountsDialog(empty_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "No system keyring" in dialog.store_note.text() and "Choose a passphrase" in dialog.store_note.text()
    assert dialog.passphrase.isVisible()
    choose(qtbot, dialog, "shopify", "Headless shop")
    type_in(qtbot, dialog, "shop_domain", "my-shop.myshopify.com")
    type_in(qtbot, dialog, "access_token", "shpat_0123456789abcdef")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("Unlock the secrets file first")
    dialog.resize(1000, 700)
    shot(dialog, "shopify-no-keyring-en")
    qtbot.keyClicks(dialog.passphrase, "correct horse")
    click_and_wait(qtbot, dialog, dialog.unlock_button, lambda: "unlocked" in dialog.result.text())
    assert not dialog.passphrase.isVisible() and "encrypted file" in dialog.store_note.text()
    click_and_wait(qtbot, dialog, dialog.save_button, lambda: saved(dialog))
    dialog.close()
    wait_idle()

    credentials.lock()  # Shipbench starts again
    again = AccountsDialog(empty_ws)
    qtbot.addWidget(again)
    again.show()
    assert "Enter its passphrase" in again.store_note.text()
    qtbot.keyClicks(again.passphrase, "wrong horse")
    click_and_wait(qtbot, again, again.unlock_button, lambda: again.unlock_button.isEnabled())
    assert again.result.text() == "This passphrase does not open the secrets file. Try again."
    again.passphrase.clear()
    qtbot.keyClicks(again.passphrase, "correct horse")
    click_and_wait(qtbot, again, again.unlock_button, lambda: "unlocked" in again.result.text())
    shop_id = empty_ws.sync.shop_accounts()[0]["id"]
    assert credentials.load("shop", shop_id) == {"access_token": "shpat_0123456789abcdef"}
    again.close()
    wait_idle()


def test_every_platform_word_is_listed_for_the_translators() -> None:
    from ui import account_texts

    listed = set(account_texts.TEXTS)
    for spec in [*accounts.FORMS.values(), *accounts.CARRIER_FORMS.values()]:
        words = {spec.title, spec.intro} | {w for f in spec.fields for w in (f.label, f.hint, f.problem)}
        words |= {label for f in spec.fields for _v, label in f.choices}
        assert not {w for w in words if w} - listed, spec.platform


def test_screenshots_of_each_form(qtbot: Any, empty_ws: Any, memory_keyring: MemoryKeyring) -> None:
    """Every platform's form, for docs/screenshots/accounts/ (saved when SHIPBENCH_SHOTS is set)."""
    from ui.fonts import apply_font_fallback
    from ui.i18n import install_translator, remove_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    apply_font_fallback(app)  # as the app does at start: Chinese draws without system CJK fonts
    for language in ("en", "zh_CN"):
        install_translator(app, language)
        try:
            dialog = AccountsDialog(empty_ws)
            qtbot.addWidget(dialog)
            dialog.resize(1000, 700)
            dialog.show()
            for platform in ("shopify", "amazon", "ebay", "aliexpress", "woocommerce"):
                dialog.kind.setCurrentIndex(dialog.kind.findData(platform))
                dialog.name.setText({"en": "My shop", "zh_CN": "我的店铺"}[language])
                qtbot.wait(20)
                shot(dialog, f"{platform}-{language}")
            dialog.close()
        finally:
            remove_translator(app)
    app.setFont(before)


def test_a_carrier_account_is_typed_into_its_own_form(qtbot: Any, empty_ws: Any, memory_keyring: MemoryKeyring) -> None:
    from ui.carrier_views import CarrierSetupDialog

    dialog = CarrierSetupDialog(empty_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ups"))
    qtbot.keyClicks(dialog.name, "UPS main")
    form = dialog.carrier_form
    assert form is not None and set(form.edits) == {
        "client_id",
        "client_secret",
        "account_number",
        "account_country_code",
    }
    for key, text in (("client_id", "ups-client-1"), ("client_secret", "ups-secret-22"), ("account_number", "A1B2C3")):
        edit = form.edits[key]
        assert isinstance(edit, QLineEdit)
        qtbot.keyClicks(edit, text)
    country = form.edits["account_country_code"]
    assert isinstance(country, QLineEdit)
    qtbot.keyClicks(country, "usa")
    dialog.save_account()
    assert form.problem_labels["account_country_code"].text().startswith("the account country is a two-letter code")
    country.clear()
    qtbot.keyClicks(country, "US")
    dialog.save_account()
    qtbot.waitUntil(lambda: bool(empty_ws.carriers.carrier_accounts()), timeout=10_000)
    account = empty_ws.carriers.carrier_accounts()[0]
    assert account["settings"] == {"account_number": "A1B2C3", "account_country_code": "US"}
    assert credentials.load("carrier", account["id"]) == {"client_id": "ups-client-1", "client_secret": "ups-secret-22"}
    wait_idle()
    qtbot.waitUntil(lambda: dialog.account_id() == account["id"], timeout=10_000)
    assert "stored" in dialog.carrier_form.edits["client_secret"].placeholderText()  # type: ignore[union-attr]
    dialog.close()


def test_screenshots_of_carrier_forms(qtbot: Any, empty_ws: Any, memory_keyring: MemoryKeyring) -> None:
    from ui.carrier_views import CarrierSetupDialog
    from ui.fonts import apply_font_fallback
    from ui.i18n import install_translator, remove_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    apply_font_fallback(app)
    for language in ("en", "zh_CN"):
        install_translator(app, language)
        try:
            dialog = CarrierSetupDialog(empty_ws)
            qtbot.addWidget(dialog)
            dialog.resize(1100, 700)
            dialog.show()
            for kind in ("yunexpress", "ups"):
                dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
                qtbot.wait(20)
                shot(dialog, f"carrier-{kind}-{language}")
            dialog.close()
        finally:
            remove_translator(app)
    app.setFont(before)


def test_at_start_the_secrets_file_is_unlocked_with_its_passphrase(qtbot: Any, no_keyring: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.launcher import ask_secrets_passphrase

    assert ask_secrets_passphrase() is False  # no file yet: nothing to ask
    credentials.unlock("shop pass")
    credentials.store("shop", 1, {"access_token": "shpat_1234567890"})
    credentials.lock()
    answers = iter([("wrong", True), ("shop pass", True)])
    prompts: list[str] = []

    def get_text(_parent: Any, _title: str, prompt: str, _echo: Any) -> tuple[str, bool]:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    assert ask_secrets_passphrase() is True
    assert prompts[1].startswith("This passphrase does not open the secrets file")
    assert credentials.load("shop", 1) == {"access_token": "shpat_1234567890"}
