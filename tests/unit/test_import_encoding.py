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
