"""Layout mismatches explained, scale lines read, evdev keys and HID POS reports decoded,
and the diagnostics panel's view of raw bytes — all without a device."""

from __future__ import annotations

from decimal import Decimal

import pytest

from scanners.classify import classify
from scanners.diagnostics import describe_raw, diagnose
from scanners.evdev_source import KeyTranslator
from scanners.hid_pos import HidPosAssembler, parse_hid_pos_report
from scanners.layout import LAYOUTS, detect_layout_mismatch, repair
from scanners.scale import Reading, parse_weight, scale_problem, weight_warning
from scanners.serial_source import FrameSplitter, decode_code

FRENCH, BELGIAN, GERMAN = LAYOUTS

# --- keyboard layout mismatch -------------------------------------------------------

LAYOUT_TABLE = [
    # what the PC shows, layout, what the scanner meant, kind of the repaired code
    ("&é\"'(-è_çà", "French AZERTY", "1234567890", ""),
    ("RFèèàç'è-à\"CN", "French AZERTY", "RF770947603CN", "tracking"),
    ('\'àà-"_&"""ç"&', "French AZERTY", "4006381333931", "product"),
    ("SB)C?DMFINISH", "French AZERTY", "SB-CMD:FINISH", "command"),
    ("Pàààààà'é", "French AZERTY", "P00000042", "parcel"),
    ('\'àà§"!&"""ç"&', "Belgian AZERTY", "4006381333931", "product"),  # 6 -> §, 8 -> !
    ("1Y999AA10123456784", "German QWERTZ", "1Z999AA10123456784", "tracking"),
    ("ZT2229521272164446", "German QWERTZ", "YT2229521272164446", "tracking"),
    ("ABCß1234", "German QWERTZ", "ABC-1234", ""),
]


@pytest.mark.parametrize(("shown", "layout", "meant", "kind"), LAYOUT_TABLE)
def test_layout_mismatch_is_detected_and_repaired(shown: str, layout: str, meant: str, kind: str) -> None:
    found = detect_layout_mismatch(shown)
    assert found is not None
    assert (found.layout, found.repaired, found.repaired_kind) == (layout, meant, kind)
    assert "US keyboard" in found.explanation and layout.split()[0] in found.explanation


def test_the_explanation_tells_the_packer_what_to_change() -> None:
    found = detect_layout_mismatch("&é\"'(-è_çà")
    assert found is not None
    assert found.explanation == (
        "The scanner types for a US keyboard but this PC uses French (AZERTY). "
        "Set the scanner to French, or the PC keyboard to US English."
    )


@pytest.mark.parametrize("code", ["RF770947603CN", "ORD-1234", "ABC-12", "JD014600003828342417", ""])
def test_codes_that_explain_themselves_are_no_layout_mismatch(code: str) -> None:
    assert detect_layout_mismatch(code) is None


def test_the_table_matches_what_each_layout_types() -> None:
    by_name = {layout.name: layout for layout in LAYOUTS}
    for shown, name, meant, _ in LAYOUT_TABLE:
        assert by_name[name].typed(meant) == shown


def test_layout_typing_and_repair_are_inverse() -> None:
    for layout in LAYOUTS:
        text = "RF770947603CN-1Z999AA:yz"
        assert repair(layout.typed(text), layout) == text


def test_classify_reports_a_layout_mismatch_with_the_repaired_code() -> None:
    got = classify("RFèèàç'è-à\"CN")
    assert got.kind == "layout"
    assert got.value == "RF770947603CN"
    assert "French (AZERTY)" in got.detail
    assert got.fields["repaired_kind"] == "tracking"
    assert classify("1Y999AA10123456784").value == "1Z999AA10123456784"


# --- diagnostics ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        (b"RF770947603CN\r\n", "RF770947603CN<CR><LF>"),
        (b"\x02ABC\x03", "<STX>ABC<ETX>"),
        (b"]C1010400\x1d10LOT", "]C1010400<GS>10LOT"),
        (b"\x1b[0m", "<ESC>[0m"),
        ('&é"'.encode(), '&é"'),
        (b"\xe9t\xe9", "<0xE9>t<0xE9>"),
        (b"\x7f\x00", "<DEL><NUL>"),
    ],
)
def test_describe_raw_shows_every_byte(data: bytes, shown: str) -> None:
    assert describe_raw(data) == shown


def test_diagnose_combines_everything_the_panel_shows() -> None:
    panel = diagnose("]C1RFèèàç'è-à\"CN\r")
    assert panel["raw"] == "]C1RFèèàç'è-à\"CN<CR>"
    assert panel["symbology"] == "]C1"
    assert panel["kind"] == "layout"
    assert panel["layout"]["repaired"] == "RF770947603CN"
    ok = diagnose("RF770947603CN")
    assert (ok["kind"], ok["carrier"], ok["check_digit_valid"], ok["layout"]) == (
        "tracking",
        "upu-s10",
        True,
        None,
    )


# --- scale lines ---------------------------------------------------------------------

SCALE_TABLE = [
    # line, grams, stable, net
    (b"S S      1.234 kg\r\n", Decimal("1234.000"), True, False),
    (b"S D      0.998 kg\r\n", Decimal("998.000"), False, False),
    (b"S S    -12.5 g", Decimal("-12.5"), True, False),
    (b"S S      2.000 lb", Decimal("907.18474000"), True, False),
    (b"ST,GS,+  1.234kg\r\n", Decimal("1234.000"), True, False),
    (b"US,GS,+  1.230kg", Decimal("1230.000"), False, False),
    (b"ST,NT,+  0.500kg", Decimal("500.000"), True, True),
    (b"ST,GS,-  0.012kg", Decimal("-12.000"), True, False),
    (b"ST,GS,+   850.0 g", Decimal("850.0"), True, False),
    (b"ST,GS,+  4.00oz", Decimal("113.39809250"), True, False),
    (b"\x02ST,GS,+  1.234kg\x03", Decimal("1234.000"), True, False),
]


@pytest.mark.parametrize(("line", "grams", "stable", "net"), SCALE_TABLE)
def test_scale_lines_are_read(line: bytes, grams: Decimal, stable: bool, net: bool) -> None:
    reading = parse_weight(line)
    assert isinstance(reading, Reading)
    assert (reading.grams, reading.stable, reading.net) == (grams, stable, net)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b"S I", "busy"),
        (b"S +", "overloaded"),
        (b"S -", "below zero"),
        (b"ES", "syntax"),
        (b"ET", "transmission"),
        (b"EL", "logical"),
        (b"OL,GS,+  9.999kg", "overloaded"),
    ],
)
def test_scale_problems_are_not_weights(line: bytes, problem: str) -> None:
    assert parse_weight(line) is None
    assert problem in (scale_problem(line) or "")


@pytest.mark.parametrize("line", [b"", b"hello", b"S S  abc kg", b"ST,GS,+  1.0stone"])
def test_garbage_is_no_weight_and_no_problem(line: bytes) -> None:
    assert parse_weight(line) is None
    assert scale_problem(line) is None


def test_weight_warning_uses_the_larger_tolerance() -> None:
    assert weight_warning(1000, 1090) is None  # within 10 %
    assert weight_warning(100, 115) is None  # within 20 g
    warning = weight_warning(1000, 1250)
    assert warning is not None and "heavier" in warning and "1.250 kg" in warning
    lighter = weight_warning(Decimal("500"), Decimal("300"), tolerance_pct=5, tolerance_grams=10)
    assert lighter is not None and "lighter" in lighter


# --- evdev key translation -----------------------------------------------------------

SHIFT, ENTER, TAB, CTRL, CAPS = 42, 28, 15, 29, 58
_KEY = (
    {c: k for k, c in zip(range(2, 14), "1234567890-=", strict=False)}
    | {c: k for k, c in zip(range(16, 26), "qwertyuiop", strict=False)}
    | {c: k for k, c in zip(range(30, 39), "asdfghjkl", strict=False)}
    | {c: k for k, c in zip(range(44, 51), "zxcvbnm", strict=False)}
)


def press(text: str) -> list[tuple[int, int]]:
    """Key events a US-configured scanner sends for ``text`` (down/up, shift for capitals)."""
    events: list[tuple[int, int]] = []
    for c in text:
        shifted = c.isupper()
        key = _KEY[c.lower()]
        if shifted:
            events.append((SHIFT, 1))
        events += [(key, 1), (key, 0)]
        if shifted:
            events.append((SHIFT, 0))
    return events


def run(translator: KeyTranslator, events: list[tuple[int, int]]) -> list[str]:
    return [code for k, v in events if (code := translator.feed(k, v)) is not None]


def test_key_events_become_codes_on_enter_and_tab() -> None:
    t = KeyTranslator()
    events = press("RF770947603CN") + [(ENTER, 1), (ENTER, 0)] + press("P00000042") + [(TAB, 1), (TAB, 0)]
    assert run(t, events) == ["RF770947603CN", "P00000042"]


def test_caps_lock_repeat_and_ctrl_bracket_for_gs() -> None:
    t = KeyTranslator()
    events = [(CAPS, 1), (CAPS, 0)] + press("ab") + [(CAPS, 1), (CAPS, 0)] + press("c")
    events += [(2, 1), (2, 2), (2, 0)]  # "1" with one auto-repeat
    events += [(CTRL, 1), (27, 1), (27, 0), (CTRL, 0)]  # Ctrl+] -> GS
    events += [(ENTER, 1)]
    assert run(t, events) == ["ABc11\x1d"]


def test_enter_alone_yields_nothing() -> None:
    assert run(KeyTranslator(), [(ENTER, 1), (ENTER, 0)]) == []


# --- HID POS reports -----------------------------------------------------------------


def report(data: bytes, *, symbology: bytes = b"]C0", more: bool = False, size: int = 64) -> bytes:
    body = bytes([0x02, len(data)]) + symbology + data
    return body + bytes(size - 1 - len(body)) + bytes([0x01 if more else 0x00])


def test_hid_pos_report_is_parsed() -> None:
    chunk = parse_hid_pos_report(report(b"RF770947603CN"))
    assert chunk is not None
    assert (chunk.symbology, chunk.data, chunk.more) == ("]C0", b"RF770947603CN", False)
    assert parse_hid_pos_report(b"\x01\x05abcde") is None  # another report id
    assert parse_hid_pos_report(b"\x02") is None


def test_a_long_code_spans_two_reports() -> None:
    # The manufacturer example: 60 bytes arrive as 56 + 4, "more" set in the first.
    code = b"M1GATHERGOOD/MICHAEL YABCDEF LHRDURAK 3542 052Y003D23  AB"
    first, second = code[:56], code[56:]
    assembler = HidPosAssembler()
    c1 = parse_hid_pos_report(report(first, symbology=b"]Q0", more=True))
    c2 = parse_hid_pos_report(report(second, symbology=b"]Q0"))
    assert c1 is not None and c2 is not None and c1.more
    assert assembler.feed(c1) is None
    assert assembler.feed(c2) == ("]Q0", code)


# --- serial framing ------------------------------------------------------------------


def test_frames_split_on_any_terminator_across_reads() -> None:
    splitter = FrameSplitter()
    stream = b"\x02RF770947603CN\x03P000\x00"[:-1] + b"00042\r\nABC-12\nXYZ-99\r"
    frames: list[bytes] = []
    for i in range(0, len(stream), 3):
        frames += splitter.feed(stream[i : i + 3])
    assert frames == [b"RF770947603CN", b"P00000042", b"ABC-12", b"XYZ-99"]


def test_scanner_bytes_decode_as_utf8_or_latin1() -> None:
    assert decode_code("&é".encode()) == "&é"
    assert decode_code(b"&\xe9") == "&é"


def test_optional_device_packages_missing_is_a_status_not_a_crash() -> None:
    from scanners.evdev_source import EvdevScanner, evdev_available
    from scanners.hid_pos import HidPosScanner, hid_available

    statuses: list[str] = []
    if not evdev_available():
        EvdevScanner("/dev/input/event0", on_status=statuses.append).start()
        assert statuses[-1].startswith("unavailable") and "evdev" in statuses[-1]
    if not hid_available():
        HidPosScanner(0x1234, 0x5678, on_status=statuses.append).start()
        assert statuses[-1].startswith("unavailable") and "hidapi" in statuses[-1]
