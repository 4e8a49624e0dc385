"""The packer sees what the printer really says: statuses from real answers, and printer profiles."""

from __future__ import annotations

import pytest

from printers.profiles import PrinterProfile, make_test_print, setup_commands
from printers.status import (
    PrinterStatus,
    check_status,
    parse_escpos_status,
    parse_tspl_status,
    parse_zpl_host_status,
)
from printers.transports import MemoryTransport
from tests.fakes.printers import ESCPOS_ANSWERS, HS_ANSWERS


def hs(line1: str, line2: str, line3: str = "1234,0") -> bytes:
    return f"\x02{line1}\x03\r\n\x02{line2}\x03\r\n\x02{line3}\x03\r\n".encode()


# Answers in the documented ~HS layout, as a ZD420 / GK420d send them.
READY = hs("030,0,0,1245,000,0,0,0,000,0,0,0", "000,0,0,0,0,2,4,0,00000000,1,000")


@pytest.mark.parametrize(
    ("answer", "state", "words"),
    [
        (READY, "ready", "Ready"),
        (hs("030,1,1,1245,000,0,0,0,000,0,0,0", "000,0,0,0,0,2,4,0,00000000,1,000"), "paper_out", "out of labels"),
        (hs("030,0,0,1245,000,0,0,0,000,0,0,0", "000,0,1,0,0,2,4,0,00000000,1,000"), "head_open", "head is open"),
        (hs("030,0,1,1245,000,0,0,0,000,0,0,0", "000,0,0,0,0,2,4,0,00000000,1,000"), "paused", "Pause button"),
        (hs("030,0,1,1245,000,0,0,0,000,0,0,0", "000,0,0,1,1,2,4,0,00000000,1,000"), "ribbon_out", "ribbon"),
        (hs("030,0,0,1245,000,0,0,0,000,0,0,1", "000,0,0,0,0,2,4,0,00000000,1,000"), "error", "too hot"),
        (hs("030,0,0,1245,000,1,0,0,000,0,0,0", "000,0,0,0,0,2,4,0,00000000,1,000"), "error", "memory is full"),
    ],
)
def test_zebra_host_status_says_what_to_do(answer: bytes, state: str, words: str) -> None:
    status = parse_zpl_host_status(answer)
    assert status.state == state
    assert words in status.message


def test_several_zebra_faults_at_once_name_the_most_urgent_first_and_list_all() -> None:
    status = parse_zpl_host_status(hs("030,1,1,1245,002,0,0,1,000,0,0,0", "000,0,1,1,1,2,4,0,00000017,1,000"))
    assert status.state == "head_open"
    assert status.details["faults"] == ["head_open", "paper_out", "ribbon_out", "paused"]
    assert status.message.index("head is open") < status.message.index("out of labels")
    assert status.details["labels_remaining"] == 17
    assert status.details["formats_in_buffer"] == 2
    assert status.details["partial_format"] is True


def test_zebra_status_details_come_from_the_right_fields() -> None:
    status = parse_zpl_host_status(READY)
    assert status == PrinterStatus("ready", "Ready.", status.details, code="ready")
    assert status.details["label_length_dots"] == 1245
    assert status.details["print_mode"] == "tear-off"
    assert status.details["thermal_transfer"] is False
    assert status.details["labels_remaining"] == 0
    assert "password" not in str(status.details)


@pytest.mark.parametrize(
    "answer",
    [
        b"hello",
        b"\x02030,0,0\x03\r\n\x02000\x03\r\n",
        hs("030,X,0,1245,000,0,0,0,000,0,0,0", "000,0,0,0,0,2,4,0,00000000,1,000"),
        b"\x02only one line,0,0,0,0,0,0,0,0,0,0,0\x03\r\n",
    ],
)
def test_unreadable_answer_is_an_error_not_ready(answer: bytes) -> None:
    status = parse_zpl_host_status(answer)
    assert status.state == "error"
    assert "cannot be read" in status.message


def test_no_answer_is_offline_not_ready() -> None:
    assert parse_zpl_host_status(b"").state == "offline"
    assert parse_escpos_status({1: b"", 2: b""}).state == "offline"
    assert parse_tspl_status(b"").state == "offline"
    assert "not answering" in parse_zpl_host_status(b"  ").message


def test_fake_printer_answers_are_parsed_as_their_names() -> None:
    for name, answer in HS_ANSWERS.items():
        assert parse_zpl_host_status(answer).state == name
    for name, answers in ESCPOS_ANSWERS.items():
        expected = {"cover_open": "head_open", "paper_near_end": "ready"}.get(name, name)
        assert parse_escpos_status({n: bytes([b]) for n, b in answers.items()}).state == expected


@pytest.mark.parametrize(
    ("answers", "state", "words"),
    [
        ({1: 0x16, 2: 0x12, 3: 0x12, 4: 0x12}, "ready", "Ready"),
        ({1: 0x16, 2: 0x12, 3: 0x12, 4: 0x1E}, "ready", "nearly empty"),
        ({1: 0x1E, 2: 0x32, 3: 0x12, 4: 0x7E}, "paper_out", "out of labels"),
        ({1: 0x1E, 2: 0x16, 3: 0x12, 4: 0x12}, "head_open", "cover is open"),
        ({1: 0x1E, 2: 0x52, 3: 0x1A, 4: 0x12}, "error", "cutter"),
        ({1: 0x1E, 2: 0x12, 3: 0x12, 4: 0x12}, "error", "offline"),
        ({1: 0x1A}, "error", "offline"),
    ],
)
def test_escpos_real_time_status(answers: dict[int, int], state: str, words: str) -> None:
    status = parse_escpos_status({n: bytes([b]) for n, b in answers.items()})
    assert status.state == state
    assert words in status.message


@pytest.mark.parametrize("raw", [b"\xff", b"\x12\x12", b"\x00"])
def test_escpos_garbage_is_an_error(raw: bytes) -> None:
    assert parse_escpos_status({1: raw}).state == "error"


@pytest.mark.parametrize(
    ("byte", "state"),
    [
        (0x00, "ready"),
        (0x20, "ready"),
        (0x01, "head_open"),
        (0x04, "paper_out"),
        (0x08, "ribbon_out"),
        (0x10, "paused"),
        (0x02, "error"),
        (0x05, "head_open"),
    ],
)
def test_tspl_status_byte(byte: int, state: str) -> None:
    assert parse_tspl_status(bytes([byte])).state == state


class SilentPrinter:
    """Two-way connection on which the printer never says anything."""

    def __init__(self) -> None:
        self.asked: list[bytes] = []

    def send(self, data: bytes, *, name: str) -> None: ...

    def query(self, data: bytes, *, timeout: float, complete: object = None) -> bytes:
        self.asked.append(data)
        return b""


@pytest.mark.parametrize("language", ["zpl", "tspl", "escpos"])
def test_check_status_treats_silence_as_offline(language: str) -> None:
    printer = SilentPrinter()
    status = check_status(printer, language, timeout=0.5)
    assert status.state == "offline"
    assert "not answering" in status.message and "0.5 s" in status.message
    assert printer.asked == [{"zpl": b"~HS", "tspl": b"\x1b!?", "escpos": b"\x10\x04\x01"}[language]]


def test_one_way_connection_cannot_claim_ready() -> None:
    status = check_status(MemoryTransport(), "zpl")
    assert status.state == "unknown" and not status.ready


# -- profiles ---------------------------------------------------------------


def test_zpl_setup_commands_are_exact() -> None:
    profile = PrinterProfile(
        "Bench 1", "tcp://10.0.0.5", "zpl", 203, 100, 150, darkness=-5, speed=4, x_offset=12, y_offset=8
    )
    assert setup_commands(profile) == b"^MD-5^PR4^LH12,8^PW800^LL1200^PON"
    upside_down = PrinterProfile("Bench 2", "memory://", "zpl", 300, 101.6, 152.4, rotation=180)
    assert setup_commands(upside_down) == b"^LH0,0^PW1219^LL1829^POI"


def test_tspl_setup_commands_are_exact() -> None:
    profile = PrinterProfile(
        "TSC", "cups://TSC_TE200", "tspl", 203, 100, 150, darkness=8, speed=4, x_offset=16, y_offset=0, gap_mm=2.5
    )
    assert setup_commands(profile) == (
        b"SIZE 100 mm,150 mm\r\nGAP 2.5 mm,0 mm\r\nSPEED 4\r\nDENSITY 8\r\nDIRECTION 0\r\nREFERENCE 16,0\r\n"
    )
    assert setup_commands(PrinterProfile("T", "memory://", "tspl", 300, 60, 40, rotation=180)) == (
        b"SIZE 60 mm,40 mm\r\nGAP 3 mm,0 mm\r\nDIRECTION 1\r\nREFERENCE 0,0\r\n"
    )


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"dpi": 600}, "dpi must be 203 or 300"),
        ({"language": "epl"}, "language must be one of"),
        ({"darkness": 31}, "darkness for zpl must be -30..30"),
        ({"language": "tspl", "darkness": -1}, "darkness for tspl must be 0..15"),
        ({"language": "escpos", "speed": 3}, "speed cannot be set for escpos"),
        ({"speed": 15}, "speed for zpl must be 1..14"),
        ({"rotation": 45}, "rotation must be 0, 90, 180 or 270"),
        ({"width_mm": 5}, "out of range"),
        ({"x_offset": -1}, "offsets must be"),
        ({"y_offset": 1200}, "offsets must be"),
        ({"name": ""}, "the name must be"),
        ({"uri": "usb://zebra"}, "unsupported printer address"),
        ({"uri": "cups://a;rm -rf /"}, "unsupported printer address"),
    ],
)
def test_profile_validation_says_what_is_wrong(changes: dict, words: str) -> None:
    fields = {
        "name": "Bench",
        "uri": "tcp://10.0.0.5",
        "language": "zpl",
        "dpi": 203,
        "width_mm": 100,
        "height_mm": 150,
    }
    with pytest.raises(ValueError, match="printer profile") as err:
        PrinterProfile(**{**fields, **changes})
    assert words in str(err.value)


def test_test_print_has_the_printer_name_escaped_and_a_scannable_code128() -> None:
    from tests.zpl_decode import decode_zpl

    profile = PrinterProfile("Zebra ^XZ~JA bench_1 ü", "tcp://10.0.0.5", "zpl", 203, 100, 60)
    job = make_test_print(profile)
    # one format (a counter counts formats), opened by the profile's settings block
    assert job.startswith(b"^XA" + setup_commands(profile) + b"^CI28")
    assert job.count(b"^XA") == job.count(b"^XZ") == 1 and job.count(b"~") == 0
    assert b"^FH_^FDZebra _5EXZ_7EJA bench_5F1 _C3_BC^FS" in job
    assert b"203 dpi  100 x 60 mm" in job
    assert decode_zpl(job) == ["SHIPBENCH-TEST-203"]


def test_test_print_for_every_language() -> None:
    tspl = make_test_print(PrinterProfile('TSC "1"', "memory://", "tspl", 203, 100, 150))
    assert b'TEXT 16,48,"3",0,1,1,"TSC ?1?"\r\n' in tspl
    assert b'BARCODE 16,144,"128",80,1,0,2,2,"SHIPBENCH-TEST-203"\r\n' in tspl
    assert tspl.endswith(b"PRINT 1,1\r\n")
    escpos = make_test_print(PrinterProfile("Receipt", "memory://", "escpos", 203, 80, 100))
    assert escpos.startswith(b"\x1b@") and b"\x1dkI\x14{BSHIPBENCH-TEST-203" in escpos
    assert escpos.endswith(b"\x1dV\x42\x00")
    pdf = make_test_print(PrinterProfile("Laser (A6)", "memory://", "pdf", 300, 105, 148))
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert b"(Laser \\(A6\\)) Tj" in pdf
