"""The printer's own counters and identity, read from answers as the manuals print them."""

from __future__ import annotations

import pytest

from printers.counters import (
    PrintMeters,
    Reckoning,
    labels_in_printer,
    parse_sgd_label_count,
    parse_sgd_value,
    parse_tspl_mileage,
    parse_zpl_print_meters,
    reckon,
    sgd_getvar,
)
from printers.identity import (
    PrinterIdentity,
    language_from_sgd,
    parse_tspl_model,
    parse_zpl_host_identification,
)
from printers.status import parse_zpl_host_status

HQOD = (
    b'\x02\r\nPRINT METERS\r\n   TOTAL NONRESETTABLE:              8 "\r\n'
    b'   USER RESETTABLE CNTR1:            9 "\r\n   USER RESETTABLE CNTR2:            8 "\r\n\x03'
)


def test_sgd_label_count_is_the_quoted_number() -> None:
    assert parse_sgd_label_count(b'"1234"') == 1234
    assert parse_sgd_label_count(b'"1234"\r\n') == 1234
    assert parse_sgd_label_count(b'"?"') is None  # the printer does not know the setting
    assert parse_sgd_label_count(b"") is None
    assert parse_sgd_value(b'"hybrid_xml_zpl"') == "hybrid_xml_zpl"


def test_sgd_names_cannot_carry_a_command() -> None:
    assert sgd_getvar("odometer.total_label_count") == b'! U1 getvar "odometer.total_label_count"\r\n'
    with pytest.raises(ValueError):
        sgd_getvar('x"\r\n^XA^XZ')


def test_print_meters_are_a_distance() -> None:
    meters = parse_zpl_print_meters(HQOD)
    assert meters == PrintMeters(total=8, user_1=9, user_2=8, unit="in")
    assert meters.labels(label_length_in=4.0) == 2
    metric = parse_zpl_print_meters(HQOD.replace(b'"', b"cm"))
    assert metric is not None and metric.unit == "cm"
    assert parse_zpl_print_meters(b"\x02garbage\x03") is None


def test_labels_in_printer_counts_buffer_and_the_batch_on_the_head() -> None:
    status = parse_zpl_host_status(
        b"\x02030,0,0,1218,003,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,0,2,4,0,00000001,1,000\x03\r\n\x021234,0\x03\r\n"
    )
    assert labels_in_printer(status) == 4


@pytest.mark.parametrize(
    ("sent", "before", "now", "holding", "expected"),
    [
        (5, 100, 105, 0, Reckoning(printed=5, queued=0, lost=0)),
        (5, 100, 102, 3, Reckoning(printed=2, queued=3, lost=0)),  # link dropped, printer fine
        (5, 100, 102, 0, Reckoning(printed=2, queued=0, lost=3)),  # power cut: buffer gone
        (5, 100, 102, None, Reckoning(printed=2, queued=0, lost=0, unknown=3)),
        (2, 100, 104, 0, Reckoning(printed=2, queued=0, lost=0, foreign=2)),  # someone else printed too
    ],
)
def test_reckon_after_a_reconnect(sent: int, before: int, now: int, holding: int | None, expected: Reckoning) -> None:
    assert reckon(sent, before, now, holding) == expected


def test_tspl_mileage_and_model() -> None:
    assert parse_tspl_mileage(b"12\r") == 12
    assert parse_tspl_mileage(b"") is None
    assert parse_tspl_model(b"TTP-244 Plus\r") == "TTP-244 Plus"
    assert parse_tspl_model(b"\x00\x01") is None


def test_host_identification() -> None:
    assert parse_zpl_host_identification(b"\x02ZD420,V84.20.18Z,8,8192KB\x03\r\n") == PrinterIdentity(
        language="zpl", dpi=203, model="ZD420", firmware="V84.20.18Z"
    )
    assert parse_zpl_host_identification(b"\x02ZT410,V75.19.7Z,12,8176KB,CUTTER\x03").dpi == 300  # type: ignore[union-attr]
    assert parse_zpl_host_identification(b"nothing") is None


@pytest.mark.parametrize(
    ("value", "language"),
    [
        ("zpl", "zpl"),
        ("hybrid_xml_zpl", "zpl"),
        ("epl_zpl", "zpl"),
        ("epl", "epl"),
        ("line_print", "cpcl"),
        (None, None),
    ],
)
def test_language_from_device_languages(value: str | None, language: str | None) -> None:
    assert language_from_sgd(value) == language
