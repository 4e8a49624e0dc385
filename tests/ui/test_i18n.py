"""The Chinese GUI: a complete catalogue, a .qm built from it, and the windows reading Chinese."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.errors import NotAllowed
from app.messages import Message
from app.scanning import Verdict
from app.workstation import Workstation
from ui.app_texts import translate_app_text
from ui.i18n import choose_language, install_translator, remove_translator
from ui.messages import error_text, message_text
from ui.models import REASONS_COLUMN
from ui.station_texts import verdict_texts

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "shipbench_zh_CN.ts"
QM = ROOT / "resources" / "translations" / "shipbench_zh_CN.qm"
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\d*\}")
HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
CJK = re.compile(r"[\u4e00-\u9fff]")


def messages(path: Path = TS) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    """The Chinese catalogues, removed afterwards so no other test reads Chinese."""
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    try:
        yield qapp
    finally:
        remove_translator(qapp)


# --- the catalogue ------------------------------------------------------------------


def test_every_message_has_a_finished_translation_with_the_same_placeholders() -> None:
    found = messages()
    assert len(found) > 300
    problems = []
    for context, m in found:
        source = m.findtext("source") or ""
        translation = m.find("translation")
        assert translation is not None
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if m.get("numerus") == "yes"
            else [translation.text or ""]
        )
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where} → {form!r}: placeholders differ")
            elif sorted(HTML_TAG.findall(form)) != sorted(HTML_TAG.findall(source)):
                problems.append(f"{where} → {form!r}: HTML tags differ")
            elif source.count("&") != form.count("&"):
                problems.append(f"{where} → {form!r}: accelerator lost")
    assert not problems, "run tools/translations.py update, translate, then release:\n" + "\n".join(problems)


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from translations import release
    finally:
        sys.path.remove(str(ROOT / "tools"))
    fresh = release(TS, tmp_path / "fresh.qm")
    assert fresh.read_bytes() == QM.read_bytes(), "stale .qm: run `uv run python tools/translations.py release`"


def test_every_ui_module_string_is_in_the_catalogue(tmp_path: Path) -> None:
    """A new string in ui/ without `tools/translations.py update` fails here, not in a Chinese shop."""
    copy = tmp_path / "check.ts"
    copy.write_bytes(TS.read_bytes())
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    saved = translations.TS
    translations.TS = copy
    try:
        translations.update()
    finally:
        translations.TS = saved
    new = [(c, m.findtext("source")) for c, m in messages(copy) if _unfinished(m)]
    assert not new, f"untranslated strings in ui/ (run tools/translations.py update): {new}"


def _unfinished(m: ET.Element) -> bool:
    translation = m.find("translation")
    return translation is None or translation.get("type") == "unfinished"


# --- choosing the language -----------------------------------------------------------


def test_language_comes_from_the_option_then_the_environment_then_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHIPBENCH_LANG", "zh_CN")
    assert choose_language(None) == "zh_CN"
    assert choose_language("en") == "en"
    monkeypatch.setenv("SHIPBENCH_LANG", "en")
    assert choose_language("zh_CN") == "zh_CN"
    assert choose_language(None) == "en"
    monkeypatch.delenv("SHIPBENCH_LANG")
    monkeypatch.setattr("ui.i18n.QLocale.system", lambda: _Locale("zh_TW"))
    assert choose_language(None) == "zh_CN"
    monkeypatch.setattr("ui.i18n.QLocale.system", lambda: _Locale("de_DE"))
    assert choose_language(None) == "en"


class _Locale:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_the_command_line_takes_a_gui_language() -> None:
    from app.cli import build_parser

    assert build_parser().parse_args(["--lang", "zh_CN", "--demo"]).ui_lang == "zh_CN"
    assert build_parser().parse_args([]).ui_lang is None
    # the label command's own --lang (a printer language) is untouched
    args = build_parser().parse_args(["--lang", "zh_CN", "label", "P1", "--lang", "zpl", "--out", "x"])
    assert (args.ui_lang, args.lang) == ("zh_CN", "zpl")


# --- the GUI in Chinese ---------------------------------------------------------------


def test_main_window_reads_chinese(chinese: QApplication, qtbot: Any, ws: Workstation) -> None:
    from ui.launcher import create_main_window

    win = create_main_window(ws, wedge=False)
    qtbot.addWidget(win)
    try:
        win.show()
        count = ws.sync.status().queues.get("review", 0)
        assert count > 0
        assert win.tab_text("review") == f"待审核 ({count})"
        assert win.approve_action.text() == "审核通过"
        assert win.models["review"].headerData(0, _horizontal(), _display()) == "订单"
        reasons = [win.models["review"].index(r, REASONS_COLUMN).data() for r in range(win.models["review"].rowCount())]
        assert any("SKU" in r and "未配对" in r for r in reasons), reasons
    finally:
        win.shutdown()


def test_a_scan_verdict_reads_chinese(chinese: QApplication) -> None:
    shipped = Verdict(
        "shipped",
        "green",
        "Shipped",
        "Parcel P1 for order 1001",
        "TRK1",
        parcel_number="P00000001",
        order_number="1001",
    )
    title, message = verdict_texts(shipped)
    assert title == "已发货"
    assert "P00000001" in message and "1001" in message and CJK.search(message)


def test_app_texts_are_translated_keeping_their_values(chinese: QApplication) -> None:
    text = translate_app_text("unpaired SKU LEGACY-SKU-9")
    assert "LEGACY-SKU-9" in text and CJK.search(text) and "unpaired" not in text
    assert translate_app_text("address incomplete: street, postcode missing") == "地址不完整：缺少街道地址、邮编"
    assert translate_app_text("changed on marketplace: address and lines") == "已在平台修改地址和商品明细"
    assert translate_app_text("something new from a carrier") == "something new from a carrier"


def test_messages_read_chinese_keeping_their_values(chinese: QApplication) -> None:
    too_low = NotAllowed(Message("role_too_low", {"name": "ann", "role": "packer", "role2": "supervisor"}))
    assert str(too_low) == "ann is a packer: this needs a supervisor"  # the CLI and the log: English
    assert error_text(too_low) == "ann 是打包员：此操作需要主管"
    assert message_text(Message("wrong_pin")) == "PIN 码错误"
    assert error_text(NotAllowed("something new from a carrier")) == "something new from a carrier"
    assert error_text(ValueError("a bug")) == "a bug"


def test_new_review_reasons_read_chinese_keeping_skus_and_numbers(chinese: QApplication) -> None:
    assert translate_app_text("not enough stock for MUG-01: 3 needed, 1 available") == "MUG-01 库存不足：需要 3，可用 1"
    assert translate_app_text("customs data incomplete for MUG-01: HS code, origin country missing") == (
        "MUG-01 的报关信息不完整：缺少HS 编码、原产国"
    )
    assert (
        translate_app_text("postcode 123 does not look like a DE postcode (e.g. 10115)")
        == "邮编 123 不像 DE 的邮编（例如 10115）"
    )
    assert translate_app_text("state XX is not a state of US") == "州 XX 不是 US 的有效州"
    assert (
        translate_app_text("YunExpress Standard max 2,000 g, parcel 2,500 g")
        == "YunExpress Standard 限重 2,000 克，包裹 2,500 克"
    )
    assert (
        translate_app_text("payment under marketplace review until 2026-11-28 10:00 UTC")
        == "平台付款审核中，至 2026-11-28 10:00 UTC"
    )


def test_address_problems_and_stock_warnings_read_chinese(chinese: QApplication) -> None:
    from app.addresses import problem_messages

    missing = problem_messages({"ship_country": "DE", "ship_name": "A", "ship_city": "Berlin"})
    assert [str(m) for m in missing] == ["address incomplete: street, postcode missing"]
    assert message_text(missing[0]) == "地址不完整：缺少街道地址、邮编"
    postcode = Message("address_postcode_example", {"postcode": "123", "country": "DE", "example": "10115"})
    assert message_text(postcode) == "邮编 123 不像 DE 的邮编（例如 10115）"
    assert message_text(Message("address_not_a_state", {"region": "XX", "country": "US"})) == "州 XX 不是 US 的有效州"
    stock = Message("not_enough_stock", {"sku": "MUG-01", "needed": 3, "available": 1})
    assert str(stock) == "not enough stock for MUG-01: 3 needed, 1 available"
    assert message_text(stock) == "MUG-01 库存不足：需要 3，可用 1"


def test_order_desk_and_waybill_errors_read_chinese(chinese: QApplication) -> None:
    # the reasons inside a refusal are translated too (a known word; a stored reason stays as it is)
    refused = Message(
        "order_cannot_be_approved", {"number": "1001", "reasons": ("no shipping method", "payment not cleared")}
    )
    assert str(refused) == "order 1001 cannot be approved: no shipping method; payment not cleared"
    assert message_text(refused) == "订单 1001 无法审核通过：没有物流方式；付款未到账"
    on_hold = Message("order_split_when_approving", {"number": "1001", "queue": "on hold"})
    assert message_text(on_hold) == "订单 1001 处于暂缓：请在审核时拆分"
    apart = Message("orders_go_different_addresses", {"number": "1001", "number2": "1002"})
    assert message_text(apart) == "订单 1001 和 1002 的收货地址不同"
    printed = Message("parcel_void_waybill_first", {"number": "P00000001", "status": "printed"})
    assert message_text(printed) == "包裹 P00000001 的状态是已打印；请先作废其运单"
    line = Message("not_number_like_rr_cn", {"where": Message("pool_line", {"number": 4}), "text": "RR123"})
    assert str(line) == "line 4: 'RR123' is not an S10 number like RR12345678CN"
    assert message_text(line) == "第 4 行：'RR123' 不是 S10 单号（如 RR12345678CN）"
    assert message_text(Message("no_shop_named_plain", {"shop_name": "Foo"})) == "没有名为 Foo 的店铺"


def test_connector_reasons_read_chinese_keeping_the_remote_words(chinese: QApplication) -> None:
    text = translate_app_text("AliExpress refused (IncompleteSignature): The request signature does not conform")
    assert text == "AliExpress 拒绝了请求（IncompleteSignature）：The request signature does not conform"
    assert translate_app_text("the carrier answered 429: slow down") == "物流商返回 429：slow down"
    assert (
        translate_app_text("Amazon is throttling getOrders requests; trying again later")
        == "Amazon 正在对 getOrders 请求限流；稍后重试"
    )
    assert translate_app_text("the marketplace refused the credentials (bad token); check the account's keys") == (
        "平台拒绝了授权凭证（bad token）；请检查账号密钥"
    )
    # a refusal is a message, never stored: its code says it (ui/app_texts.py no longer lists it)
    assert CJK.search(message_text(Message("job_may_already_have_reached", {"id": 5, "value": "carrier"})))


def test_without_the_translator_everything_stays_english(qapp: QApplication) -> None:
    remove_translator(qapp)
    assert QCoreApplication.translate("Queues", "Review") == "Review"
    assert translate_app_text("unpaired SKU LEGACY-SKU-9") == "unpaired SKU LEGACY-SKU-9"
    shipped = Verdict("shipped", "green", "Shipped", "", "TRK1", parcel_number="P1", order_number="1001")
    assert verdict_texts(shipped)[0] == "Shipped"


def test_the_gui_entry_point_installs_chinese_before_building_widgets(qapp: QApplication) -> None:
    from ui.launcher import create_application

    try:
        assert create_application(language="zh_CN") is qapp
        assert QCoreApplication.translate("Queues", "Review") == "待审核"
        # Qt's own catalogue: standard buttons
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        remove_translator(qapp)
    assert QCoreApplication.translate("Queues", "Review") == "Review"


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _display() -> Any:
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.DisplayRole
