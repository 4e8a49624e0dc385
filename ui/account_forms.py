"""Marketplace accounts: a typed form per platform, in the platform's own words.

Each platform's fields come from ``app.accounts.FORMS`` (translated here through
``ui/account_texts.py``): a line per value with a link to the page where the seller
finds it. eBay and AliExpress get their refresh token by the OAuth authorisation-code
grant: Connect opens the consent page in the browser and a one-shot server on
127.0.0.1 receives the code (``app.accounts.LoopbackReceiver``), or the seller pastes
it. Secrets go to the OS keyring, or, on a computer without one, to an encrypted file
unlocked here with a passphrase; the form says which. The setup assistant's
marketplaces page opens this same dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import accounts, credentials
from ui.app_texts import translate_app_text
from ui.messages import error_text
from ui.operations import run_in_background

if TYPE_CHECKING:
    from app.workstation import Workstation

GREEN, RED, GREY = "#1b8a3a", "#c62828", "#5f6368"
CONTEXT = "AccountForms"
CONSENT_WAIT_S = 600.0


def _t(text: str) -> str:
    """A platform word from app.accounts, translated (ui/account_texts.py lists them)."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)  # Qt's rich text knows no &#x27;


def _hint(field: accounts.Field) -> str:
    text = _esc(_t(field.hint))
    if field.link:
        where = _esc(_t("Where to find it"))
        text = f'{text} <a href="{_esc(field.link)}">{where}</a>' if text else f'<a href="{field.link}">{where}</a>'
    return text


class PlatformForm(QWidget):
    """One platform's values: typed widgets, their hints and links, their problems."""

    def __init__(self, spec: accounts.Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.edits: dict[str, QLineEdit | QComboBox | QCheckBox] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.stored: frozenset[str] = frozenset()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if spec.intro:
            intro = QLabel(
                _esc(_t(spec.intro)) + (f' <a href="{spec.link}">{_esc(_t("Guide"))}</a>' if spec.link else "")
            )
            intro.setWordWrap(True)
            intro.setOpenExternalLinks(True)
            layout.addRow(intro)
        for field in spec.fields:
            widget: QLineEdit | QComboBox | QCheckBox
            if field.kind == "choice":
                combo = QComboBox()
                for value, label in field.choices:
                    combo.addItem(_t(label), value)
                widget = combo
            elif field.kind == "check":
                widget = QCheckBox(_t(field.label))
            else:
                edit = QLineEdit()
                edit.setPlaceholderText(field.placeholder)
                if field.kind == "secret":
                    edit.setEchoMode(QLineEdit.EchoMode.Password)
                widget = edit
            widget.setObjectName(f"field_{field.key}")
            self.edits[field.key] = widget
            column = QVBoxLayout()
            column.setSpacing(1)
            column.addWidget(widget)
            if field.hint or field.link:
                hint = QLabel(_hint(field))
                hint.setWordWrap(True)
                hint.setOpenExternalLinks(True)
                hint.setStyleSheet(f"color: {GREY};")
                column.addWidget(hint)
            problem = QLabel()
            problem.setStyleSheet(f"color: {RED};")
            problem.setVisible(False)
            column.addWidget(problem)
            self.problem_labels[field.key] = problem
            holder = QWidget()
            holder.setLayout(column)
            column.setContentsMargins(0, 0, 0, 0)
            layout.addRow("" if field.kind == "check" else _t(field.label), holder)
        if spec.platform == "amazon":
            market = self.edits["marketplace_id"]
            assert isinstance(market, QComboBox)
            market.currentIndexChanged.connect(lambda _i: self._region_follows())
            self._region_follows()
        if spec.platform == "shopify":
            notify = self.edits["notify_customer"]
            assert isinstance(notify, QCheckBox)
            notify.setChecked(True)

    def _region_follows(self) -> None:
        market, region = self.edits["marketplace_id"], self.edits["region"]
        assert isinstance(market, QComboBox) and isinstance(region, QComboBox)
        found = region.findData(accounts.region_of(str(market.currentData())))
        if found >= 0:
            region.setCurrentIndex(found)

    def set_values(self, settings: dict[str, Any], stored: frozenset[str]) -> None:
        self.stored = stored
        for field in self.spec.fields:
            widget = self.edits[field.key]
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(settings.get(field.key, widget.isChecked())))
            elif isinstance(widget, QComboBox):
                found = widget.findData(settings.get(field.key))
                if found >= 0:
                    widget.setCurrentIndex(found)
            elif field.secret:
                widget.clear()
                widget.setPlaceholderText(
                    _t("stored — leave empty to keep")
                    if field.key in stored
                    else (field.placeholder or _t("not stored"))
                )
            else:
                widget.setText(str(settings.get(field.key) or ""))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.edits.items():
            if isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            else:
                out[key] = widget.text().strip()
        return out

    def show_problems(self, problems: list[accounts.Problem]) -> bool:
        """Mark each field's problem under it; True when there is none."""
        by_key = {p.key: p for p in problems}
        for key, label in self.problem_labels.items():
            problem = by_key.get(key)
            if problem is None:
                label.setVisible(False)
                continue
            field = self.spec.field(key)
            if problem.message.startswith("enter the "):
                text = _t("Enter the %1.").replace("%1", _t(field.label))
            else:
                text = _t(field.problem) if field.problem else _t("This does not look right.")
            label.setText(text)
            label.setVisible(True)
        return not problems


class AccountsDialog(QDialog):
    """Marketplace accounts: the list on the left, the chosen platform's typed form on the right."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Marketplace accounts"))
        self.resize(940, 640)
        self.open_url: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        new_button = QPushButton(self.tr("New account"))
        new_button.clicked.connect(self._new)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new_button)

        self.name = QLineEdit()
        self.name.setObjectName("account_name")
        self.kind = QComboBox()
        self.kind.setObjectName("account_platform")
        for platform in ("shopify", "amazon", "ebay", "aliexpress", "woocommerce", "simulator"):
            if platform in ws.sync.marketplace_kinds():
                self.kind.addItem(_t(accounts.FORMS[platform].title), platform)
        self.kind.currentIndexChanged.connect(lambda _i: self._build_form({}, frozenset()))
        self.base_url = QLineEdit()
        self.base_url.setObjectName("account_base_url")
        self.base_url.setPlaceholderText(self.tr("empty: the platform's own address"))
        self.head = QFormLayout()
        self.head.addRow(self.tr("Name"), self.name)
        self.head.addRow(self.tr("Platform"), self.kind)
        self.base_url_label = QLabel(self.tr("API address (tests only)"))
        self.head.addRow(self.base_url_label, self.base_url)

        self.form_box = QVBoxLayout()
        self.platform_form: PlatformForm | None = None

        # OAuth: Connect (browser + loopback) or paste the code.
        self.oauth_box = QGroupBox(self.tr("Connect the seller account"))
        self.connect_button = QPushButton(self.tr("Connect in the browser…"))
        self.connect_button.setObjectName("oauth_connect")
        self.connect_button.clicked.connect(self.connect_account)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("oauth_code")
        self.code_edit.setPlaceholderText(self.tr("or paste the code, or the whole address the browser showed"))
        self.code_button = QPushButton(self.tr("Use this code"))
        self.code_button.setObjectName("oauth_use_code")
        self.code_button.clicked.connect(self.use_pasted_code)
        oauth_row = QHBoxLayout()
        oauth_row.addWidget(self.code_edit, 1)
        oauth_row.addWidget(self.code_button)
        oauth_layout = QVBoxLayout(self.oauth_box)
        oauth_layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignLeft)
        oauth_layout.addLayout(oauth_row)
        self.oauth_state = ""
        self.oauth_redirect = ""
        self.receiver: accounts.LoopbackReceiver | None = None

        # Where the secrets go.
        self.credentials_note = QLabel()
        self.credentials_note.setStyleSheet(f"color: {RED};")
        self.credentials_note.setWordWrap(True)
        self.store_note = QLabel()
        self.store_note.setObjectName("secret_store_note")
        self.store_note.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("passphrase of the secrets file"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.unlock)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.passphrase, 1)
        unlock_row.addWidget(self.unlock_button)
        self.unlock_widget = QWidget()
        self.unlock_widget.setLayout(unlock_row)
        unlock_row.setContentsMargins(0, 0, 0, 0)

        self.result = QLabel()
        self.result.setObjectName("account_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        inner = QWidget()
        right = QVBoxLayout(inner)
        right.addLayout(self.head)
        right.addLayout(self.form_box)
        right.addWidget(self.oauth_box)
        right.addWidget(self.credentials_note)
        right.addWidget(self.store_note)
        right.addWidget(self.unlock_widget)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer_right = QVBoxLayout()
        outer_right.addWidget(scroll, 1)
        outer_right.addWidget(close)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(outer_right, 3)
        self.accounts: list[dict[str, Any]] = []
        self.current_id: int | None = None
        self.finished.connect(lambda _r: self._stop_receiver())
        self._load()
        self._show_store()

    # --- which account ----------------------------------------------------------------

    @property
    def platform(self) -> str:
        return str(self.kind.currentData())

    def _load(self, select: int | None = None) -> None:
        self.accounts = self.ws.sync.shop_accounts()
        self.list.clear()
        for account in self.accounts:
            title = (
                _t(accounts.FORMS[account["marketplace"]].title)
                if account["marketplace"] in accounts.FORMS
                else account["marketplace"]
            )
            item = QListWidgetItem(f"{account['name']} ({title})")
            item.setData(Qt.ItemDataRole.UserRole, account["id"])
            self.list.addItem(item)
            if account["id"] == select:
                self.list.setCurrentItem(item)
        if select is None and self.accounts:
            self.list.setCurrentRow(0)
        elif not self.accounts:
            self._new()

    def _account(self) -> dict[str, Any] | None:
        return next((a for a in self.accounts if a["id"] == self.current_id), None)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        self.current_id = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        account = self._account()
        if account is None:
            return
        self.name.setText(account["name"])
        self.kind.blockSignals(True)
        found = self.kind.findData(account["marketplace"])
        self.kind.setCurrentIndex(max(found, 0))
        self.kind.blockSignals(False)
        self.base_url.setText(account["base_url"])
        stored = frozenset(account.get("stored_secrets") or ())
        self._build_form(account["settings"], stored)
        self.result.clear()

    def _new(self) -> None:
        self.list.clearSelection()
        self.current_id = None
        self.name.clear()
        self.base_url.clear()
        self._build_form({}, frozenset())
        self.result.clear()
        self.name.setFocus()

    def _build_form(self, settings: dict[str, Any], stored: frozenset[str]) -> None:
        if self.platform_form is not None:
            self.form_box.removeWidget(self.platform_form)
            self.platform_form.deleteLater()
        spec = accounts.FORMS[self.platform]
        self.platform_form = PlatformForm(spec, self)
        self.platform_form.set_values(settings, stored)
        self.form_box.addWidget(self.platform_form)
        self._align_labels()
        self.oauth_box.setVisible(spec.oauth)
        if spec.oauth:
            self.connect_button.setText(
                self.tr("Authorise in the browser…")
                if spec.platform == "aliexpress"
                else self.tr("Connect in the browser…")
            )
        missing = self.current_id is not None and not stored
        self.credentials_note.setText(self.tr("This account has no credentials.") if missing else "")
        self.credentials_note.setVisible(missing)
        self.base_url.setVisible(spec.base_url)
        self.base_url_label.setVisible(spec.base_url)
        self.code_edit.clear()

    def _align_labels(self) -> None:
        """One label column for the account's head and the platform's form."""
        assert self.platform_form is not None
        layouts = [self.head, self.platform_form.layout()]
        labels = []
        for layout in layouts:
            assert isinstance(layout, QFormLayout)
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel):
                    labels.append(item.widget())
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    # --- where the secrets go ---------------------------------------------------------

    def _show_store(self) -> None:
        where = credentials.where()
        if where == "keyring":
            note, colour = self.tr("Secrets are kept in this computer's keyring."), GREY
        elif where == "file":
            note = self.tr(
                "No system keyring on this computer: secrets are kept in an encrypted file (%1), unlocked for this session."
            ).replace("%1", str(credentials.secrets_file()))
            colour = GREY
        elif credentials.file_exists():
            note = self.tr(
                "No system keyring on this computer: secrets are kept in an encrypted file. "
                "Enter its passphrase to unlock it."
            )
            colour = RED
        else:
            note = self.tr(
                "No system keyring on this computer: secrets will be kept in an encrypted file. "
                "Choose a passphrase for it (you will type it when Shipbench starts)."
            )
            colour = RED
        self.store_note.setText(note)
        self.store_note.setStyleSheet(f"color: {colour};")
        self.unlock_widget.setVisible(where == "locked")

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        self.unlock_button.setEnabled(False)

        def done(_r: object) -> None:
            self.unlock_button.setEnabled(True)
            self.passphrase.clear()
            self._show_store()
            if self.current_id is not None:  # its stored secrets can be seen now
                self._load(select=self.current_id)
            self._show_result(self.tr("The secrets file is unlocked."), ok=True)

        def failed(exc: BaseException) -> None:
            self.unlock_button.setEnabled(True)
            self.passphrase.selectAll()
            if isinstance(exc, credentials.WrongPassphrase) and "enter a passphrase" in str(exc):
                self._show_result(self.tr("Enter a passphrase for the secrets file."), ok=False)
            elif isinstance(exc, credentials.WrongPassphrase):
                self._show_result(self.tr("This passphrase does not open the secrets file. Try again."), ok=False)
            else:
                self._show_result(error_text(exc), ok=False)

        run_in_background(self, lambda: credentials.unlock(passphrase), done, failed)

    # --- values -------------------------------------------------------------------------

    def _values(self) -> dict[str, Any] | None:
        assert self.platform_form is not None
        form_values = self.platform_form.values()
        problems = accounts.problems(
            self.platform, form_values, stored=self.platform_form.stored, base_url=self.base_url.text().strip()
        )
        if not self.name.text().strip():
            self._show_result(self.tr("Enter a name for the account."), ok=False)
            self.platform_form.show_problems(problems)
            return None
        if not self.platform_form.show_problems(problems):
            self._show_result(self.tr("Some values are missing or wrong: see the red lines."), ok=False)
            return None
        settings, secrets = accounts.split(self.platform, form_values)
        account = self._account()
        if account is not None:
            # Settings this form does not show (a file shop's source, rate limits) stay.
            shown = {f.key for f in accounts.FORMS[self.platform].fields}
            settings = {**{k: v for k, v in account["settings"].items() if k not in shown}, **settings}
        return {
            "name": self.name.text(),
            "marketplace": self.platform,
            "base_url": self.base_url.text().strip(),
            "settings": settings,
            "secrets": secrets,
        }

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {GREEN if ok else RED};")

    def test_connection(self) -> None:
        values = self._values()
        if values is None:
            return
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Testing…"), ok=True)
        shop_id = self.current_id

        def work() -> object:
            return self.ws.sync.test_account(
                values["marketplace"], values["base_url"], values["settings"], values["secrets"], shop_id=shop_id
            )

        def done(found: object) -> None:
            self.test_button.setEnabled(True)
            message = str(getattr(found, "message", found))
            revealed = dict(getattr(found, "found", {}) or {})
            assert self.platform_form is not None
            for key, value in revealed.items():
                widget = self.platform_form.edits.get(key)
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
            self._show_result(translate_app_text(message), ok=True)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self._show_result(error_text(exc), ok=False)

        run_in_background(self, work, done, failed)

    def save(self) -> None:
        values = self._values()
        if values is None:
            return
        if values["secrets"] and not credentials.available():
            self._show_store()
            self._show_result(self.tr("Unlock the secrets file first (its passphrase, above)."), ok=False)
            self.passphrase.setFocus()
            return
        self.save_button.setEnabled(False)
        shop_id = self.current_id

        def done(saved: object) -> None:
            self.save_button.setEnabled(True)
            self._load(select=int(str(saved)))
            self._show_result(self.tr("Saved."), ok=True)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._show_result(error_text(exc), ok=False)

        run_in_background(self, lambda: self.ws.sync.save_shop(shop_id=shop_id, **values), done, failed)

    # --- OAuth --------------------------------------------------------------------------

    def _client(self) -> tuple[str, dict[str, str]] | None:
        """(client id, the app's typed keys) for the consent page, or None after saying what is missing."""
        assert self.platform_form is not None
        typed = self.platform_form.values()
        keys = ("client_id", "client_secret") if self.platform == "ebay" else ("app_key", "app_secret")
        entered = {k: str(typed.get(k) or "") for k in keys}
        stored = credentials.load("shop", self.current_id) if self.current_id is not None else {}
        client = entered[keys[0]] or stored.get(keys[0], "")
        problems = [
            accounts.Problem(k, "enter the " + k) for k in keys if not (entered[k] or (k in self.platform_form.stored))
        ]
        if problems:
            self.platform_form.show_problems(problems)
            self._show_result(self.tr("Enter the app's keys first: see the red lines."), ok=False)
            return None
        return client, entered

    def connect_account(self) -> None:
        """Open the consent page; the loopback server (or a pasted code) brings the code back."""
        found = self._client()
        if found is None:
            return
        client, _keys = found
        self._stop_receiver()
        self.oauth_state = accounts.new_state()
        receiver = accounts.LoopbackReceiver(self.oauth_state).start()
        self.receiver = receiver
        assert self.platform_form is not None
        ru_name = str(self.platform_form.values().get("ru_name") or "") if self.platform == "ebay" else ""
        self.oauth_redirect = ru_name or receiver.redirect_uri
        url = accounts.consent_url(
            self.platform, self.base_url.text().strip(), client, self.oauth_redirect, self.oauth_state
        )
        self._show_result(
            self.tr(
                "Sign in and agree in the browser; Shipbench is waiting for the answer. If the browser shows a code instead, paste it below."
            ),
            ok=True,
        )
        self.open_url(url)

        def done(code: object) -> None:
            if self.receiver is receiver:
                self._exchange(str(code))

        def failed(exc: BaseException) -> None:
            if self.receiver is receiver:
                self._show_result(error_text(exc), ok=False)

        run_in_background(self, lambda: receiver.wait(CONSENT_WAIT_S), done, failed)

    def use_pasted_code(self) -> None:
        try:
            code = accounts.code_from(self.code_edit.text(), self.oauth_state or None)
        except Exception as exc:  # noqa: BLE001 - an InvalidInput in words
            self._show_result(error_text(exc), ok=False)
            return
        if self._client() is None:
            return
        if not self.oauth_redirect:
            ru_name = str(self.platform_form.values().get("ru_name") or "") if self.platform_form else ""
            self.oauth_redirect = ru_name
        self._stop_receiver()
        self._exchange(code)

    def _exchange(self, code: str) -> None:
        found = self._client()
        if found is None:
            return
        _client, keys = found
        self._show_result(self.tr("Exchanging the authorisation for a refresh token…"), ok=True)
        platform, base_url, redirect, shop_id = (
            self.platform,
            self.base_url.text().strip(),
            self.oauth_redirect,
            self.current_id,
        )

        def done(refresh: object) -> None:
            assert self.platform_form is not None
            edit = self.platform_form.edits["refresh_token"]
            assert isinstance(edit, QLineEdit)
            edit.setText(str(refresh))
            self.code_edit.clear()
            self._show_result(self.tr("Connected: the refresh token is received. Saving…"), ok=True)
            self.save()

        def failed(exc: BaseException) -> None:
            self._show_result(error_text(exc), ok=False)

        run_in_background(
            self,
            lambda: self.ws.sync.exchange_code(platform, base_url, keys, code, redirect, shop_id=shop_id),
            done,
            failed,
        )

    def _stop_receiver(self) -> None:
        receiver, self.receiver = self.receiver, None
        if receiver is not None:
            receiver.stop()
