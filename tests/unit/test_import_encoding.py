"""The encoding of a seller's file is found without garbling Chinese or accented addresses."""

from __future__ import annotations

import codecs

import pytest

from app.errors import InvalidInput
from app.importing.encoding import decode, detect

CHINESE = (
    "order-id\trecipient-name\tship-address-1\tship-city\tship-state\n"
    "111-1\t张伟\t广东省深圳市南山区科技园南路18号\t深圳市\t广东省\n"
    "111-2\t李娜\t北京市朝阳区建国路88号SOHO现代城3号楼1502室\t北京市\t北京市\n"
)
SHORT_CHINESE = "id,name\n1,王芳\n"
WESTERN = (
    "Name,Shipping Name,Shipping Street,Shipping City\n"
    "#1001,José Núñez,Calle Mayor 3 2º,Córdoba\n"
    "#1002,Jürgen Müller,Hauptstraße 5,München\n"
    "#1003,François Lefèvre,12 rue de la Paix,Besançon\n"
)
SHORT_WESTERN = "id,name\n1,Renée\n"
EURO = "id,price\n1,€12\n"


@pytest.mark.parametrize("text", [CHINESE, SHORT_CHINESE])
def test_gb18030_chinese_is_read_as_chinese(text: str) -> None:
    data = text.encode("gb18030")
    assert detect(data) == "gb18030"
    assert decode(data, None) == (text, "gb18030")


def test_gbk_bytes_are_read_by_gb18030() -> None:
    data = CHINESE.encode("gbk")
    assert decode(data, None)[0] == CHINESE


@pytest.mark.parametrize("text", [WESTERN, SHORT_WESTERN, EURO])
def test_windows_1252_accents_are_read_as_accents(text: str) -> None:
    data = text.encode("cp1252")
    assert detect(data) == "cp1252"
    assert decode(data, None)[0] == text


@pytest.mark.parametrize("text", [CHINESE, WESTERN])
def test_utf8_with_and_without_bom(text: str) -> None:
    assert decode(text.encode("utf-8"), None) == (text, "utf-8")
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"), None) == (text, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_either_byte_order(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    data = bom + (CHINESE + WESTERN).encode(codec)
    text, used = decode(data, None)
    assert used == "utf-16"
    assert text == CHINESE + WESTERN


def test_utf16_without_bom_is_still_recognised() -> None:
    text, used = decode(WESTERN.encode("utf-16-le"), None)
    assert (text, used) == (WESTERN, "utf-16-le")


def test_a_chosen_encoding_is_used_and_reported() -> None:
    assert decode(WESTERN.encode("cp1252"), "cp1252") == (WESTERN, "cp1252")
    assert decode(CHINESE.encode("gbk"), "GBK")[0] == CHINESE


def test_a_chosen_encoding_that_does_not_fit_is_refused_not_forced() -> None:
    with pytest.raises(InvalidInput, match="not valid utf-8"):
        decode(CHINESE.encode("gb18030"), "utf-8")


def test_an_unknown_encoding_name_is_refused() -> None:
    with pytest.raises(InvalidInput, match="unknown text encoding"):
        decode(b"a,b\n", "klingon-8")


# --- the whole file, not a sample: one encoding or a refusal that says where ---------------

from app.importing import samples  # noqa: E402
from app.importing.source import EncodingRefused  # noqa: E402
from app.importing.table import read_bytes  # noqa: E402


def _refusal(data: bytes, encoding: str | None = None) -> EncodingRefused:
    with pytest.raises(EncodingRefused) as caught:
        read_bytes(data, "orders.txt", encoding=encoding)
    return caught.value


def test_utf8_with_one_stray_cp1252_byte_is_refused_with_its_row_offset_and_bytes() -> None:
    good = samples.amazon_report(40).encode("utf-8")
    data = good.replace("Müller".encode(), b"M\xfcller", 1)
    offset = data.index(b"M\xfcller") + 1
    refused = _refusal(data)
    assert "UTF-8 text except in 1 place" in refused.errors[0].problem
    row = data[:offset].count(b"\n") + 1
    assert [str(e) for e in refused.errors[1:]] == [f"row {row}: byte {offset}: fc is not UTF-8"]
    assert [(p.row, p.offset, p.data) for p in refused.places] == [(row, offset, b"\xfc")]


def test_a_stray_byte_far_past_the_sample_is_found_too() -> None:
    good = samples.amazon_report(3000).encode("utf-8")
    cut = good.index(b"\n", len(good) - 5000) + 1
    data = good[:cut] + "José".encode("cp1252") + b"\t" + good[cut:]
    refused = _refusal(data)
    assert refused.places[0].offset == cut + 3 and refused.places[0].data == b"\xe9"


def test_half_utf8_half_cp1252_is_refused_not_read_as_mojibake() -> None:
    text = samples.amazon_report(60)
    middle = text.index("\n", len(text) // 2) + 1
    data = text[:middle].encode("utf-8") + text[middle:].encode("cp1252", "replace")
    refused = _refusal(data)
    assert "mixes encodings" in refused.errors[0].problem or "except in" in refused.errors[0].problem
    assert refused.places and all(p.row >= 2 for p in refused.places)


def test_utf8_rows_pasted_into_a_gb18030_file_are_refused() -> None:
    gb = samples.amazon_report(30, chinese=True).encode("gb18030")
    utf8_rows = samples.amazon_report(3, chinese=True, seed=9).split("\n", 1)[1].encode("utf-8")
    refused = _refusal(gb + utf8_rows)
    assert "mostly gb18030" in refused.errors[0].problem
    first_utf8_row = gb.count(b"\n") + 1
    assert min(p.row for p in refused.places) == first_utf8_row
    assert "is UTF-8 in a file that is otherwise gb18030" in str(refused.errors[1])


def test_a_named_encoding_is_used_even_for_a_mixed_file() -> None:
    text = samples.amazon_report(10)
    data = text.encode("utf-8").replace("Müller".encode(), b"M\xfcller")
    table = read_bytes(data, "orders.txt", encoding="cp1252")
    assert table.encoding == "cp1252"
    assert any("MÃ¼nchen" in cells for _, cells in table.rows)  # the user asked for it


def test_a_named_encoding_that_does_not_fit_lists_where() -> None:
    refused = _refusal(CHINESE.encode("gb18030"), "utf-8")
    assert "not valid utf-8 text" in refused.errors[0].problem
    assert refused.places[0].row == 2 and "does not decode as utf-8" in str(refused.errors[1])


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (samples.amazon_report(2000), "cp1252", "cp1252"),
        (samples.shopify_export(800), "cp1252", "cp1252"),
        (samples.amazon_report(3000, chinese=True), "gb18030", "gb18030"),
        (samples.shopify_export(1000, chinese=True), "gb18030", "gb18030"),
        (samples.shopify_export(300, chinese=True), "utf-16", "utf-16"),
        # ASCII for the first 256 KB, accents only after: still one legacy encoding, read as such
        (
            samples.amazon_report(1200).encode("ascii", "replace").decode() + CHINESE.split("\n", 1)[1],
            "gb18030",
            "gb18030",
        ),
    ],
)
def test_whole_legacy_files_still_import_as_today(text: str, codec: str, expected: str) -> None:
    table = read_bytes(text.encode(codec, "replace"), "orders.txt")
    assert table.encoding == expected
