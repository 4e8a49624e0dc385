"""A wedge scanner's codes become scans; a person's typing reaches the widget intact."""

from __future__ import annotations

import random

import pytest

from scanners.wedge import Scanned, Typed, WedgeDecoder, WedgeEvent, WedgeSettings

SCANNER = 0.005  # seconds between keys: scanner speed
HUMAN = 0.150  # seconds between keys: a person typing


def type_keys(decoder: WedgeDecoder, text: str, start: float, gap: float) -> tuple[list[WedgeEvent], float]:
    """Feed ``text`` one key every ``gap`` seconds; return the events and the last key time."""
    events: list[WedgeEvent] = []
    now = start
    for i, c in enumerate(text):
        now = start + i * gap
        events += decoder.feed(c, now)
    return events, now


def test_scanner_speed_keys_and_enter_are_one_scan() -> None:
    decoder = WedgeDecoder()
    events, _ = type_keys(decoder, "RF770947603CN\r", 10.0, SCANNER)
    assert events == [Scanned("RF770947603CN")]
    assert not decoder.buffering
    assert decoder.deadline() is None


def test_keys_are_held_back_while_they_may_be_a_scan() -> None:
    decoder = WedgeDecoder()
    assert decoder.feed("R", 1.0) == []
    assert decoder.buffering
    assert decoder.deadline() == pytest.approx(1.0 + decoder.settings.max_interval)


def test_human_typing_comes_through_whole_and_in_order() -> None:
    decoder = WedgeDecoder()
    events, last = type_keys(decoder, "hello\r", 1.0, HUMAN)
    events += decoder.poll(last + 1)
    assert events == [Typed(c) for c in "hello"] + [Typed("\r")]


def test_poll_releases_typing_without_waiting_for_the_next_key() -> None:
    decoder = WedgeDecoder()
    decoder.feed("a", 1.0)
    assert decoder.poll(1.010) == []  # a timer firing early changes nothing
    assert decoder.deadline() == pytest.approx(1.0 + decoder.settings.max_interval)
    deadline = decoder.deadline()
    assert deadline is not None
    assert decoder.poll(deadline) == [Typed("a")]
    assert not decoder.buffering
    assert decoder.poll(5.0) == []


def test_a_scan_right_after_typing() -> None:
    decoder = WedgeDecoder()
    typed, last = type_keys(decoder, "note", 1.0, HUMAN)
    # A hand moves from the keyboard to the trigger: longer than any gap inside a scan.
    scanned, _ = type_keys(decoder, "P00000042\r", last + 0.100, SCANNER)
    assert typed + scanned == [Typed("n"), Typed("o"), Typed("t"), Typed("e"), Scanned("P00000042")]


def test_a_fast_burst_without_terminator_is_released_as_typing_by_poll() -> None:
    decoder = WedgeDecoder()
    events, last = type_keys(decoder, "ABCDEF", 1.0, SCANNER)
    assert events == []
    quiet = decoder.settings.max_interval
    assert decoder.deadline() == pytest.approx(last + quiet)
    assert decoder.poll(last + quiet + 0.001) == [Typed("ABCDEF")]


def test_a_fast_burst_is_released_by_the_next_key_when_no_timer_ran() -> None:
    decoder = WedgeDecoder()
    type_keys(decoder, "ABCDEF", 1.0, SCANNER)
    assert decoder.feed("x", 2.0) == [Typed("ABCDEF")]
    assert decoder.poll(3.0) == [Typed("x")]


def test_enter_after_too_few_fast_keys_is_typing() -> None:
    decoder = WedgeDecoder()
    events, _ = type_keys(decoder, "ok\r", 1.0, 0.020)
    assert events == [Typed("ok\r")]


def test_enter_after_a_pause_is_typing() -> None:
    decoder = WedgeDecoder()
    events, last = type_keys(decoder, "ABCDEF", 1.0, SCANNER)
    events += decoder.feed("\r", last + 0.2)
    assert events == [Typed("ABCDEF"), Typed("\r")]


def test_a_lone_terminator_is_passed_straight_through() -> None:
    decoder = WedgeDecoder()
    assert decoder.feed("\t", 1.0) == [Typed("\t")]
    assert not decoder.buffering


@pytest.mark.parametrize("terminator", ["\r", "\n", "\t"])
def test_every_default_terminator_ends_a_scan(terminator: str) -> None:
    events, _ = type_keys(WedgeDecoder(), "4006381333931" + terminator, 1.0, SCANNER)
    assert events == [Scanned("4006381333931")]


def test_a_key_with_several_characters_is_taken_whole() -> None:
    decoder = WedgeDecoder()
    assert decoder.feed("", 1.0) == []
    assert not decoder.buffering
    assert decoder.feed("ABCD\r", 1.0) == [Scanned("ABCD")]


def test_prefix_and_suffix_are_stripped_from_the_scan() -> None:
    decoder = WedgeDecoder(WedgeSettings(prefix="#!", suffix="$"))
    events, _ = type_keys(decoder, "#!1Z999AA10123456784$\r", 1.0, SCANNER)
    assert events == [Scanned("1Z999AA10123456784")]


def test_with_a_prefix_fast_text_without_it_is_typing() -> None:
    decoder = WedgeDecoder(WedgeSettings(prefix="#!", suffix="$"))
    events, _ = type_keys(decoder, "#!ABCDEF\r", 1.0, SCANNER)  # suffix missing
    assert events == [Typed("#!ABCDEF\r")]


def test_with_a_prefix_keys_that_cannot_start_a_scan_are_not_held() -> None:
    decoder = WedgeDecoder(WedgeSettings(prefix="#!"))
    assert decoder.feed("a", 1.0) == [Typed("a")]
    assert not decoder.buffering
    assert decoder.feed("#", 2.0) == []
    assert decoder.feed("x", 2.005) == [Typed("#x")]
    # A fast key just before a scan is released alone; the scan still decodes.
    events, _ = type_keys(decoder, "z#!ABCD\r", 3.0, SCANNER)
    assert events == [Typed("z"), Scanned("ABCD")]


def test_min_length_counts_the_code_without_prefix_and_suffix() -> None:
    decoder = WedgeDecoder(WedgeSettings(prefix="##", suffix="##", min_length=4))
    events, _ = type_keys(decoder, "##ABC##\r", 1.0, SCANNER)
    assert events == [Typed("##ABC##\r")]
    events, _ = type_keys(decoder, "##ABCD##\r", 2.0, SCANNER)
    assert events == [Scanned("ABCD")]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_interval": 0},
        {"key_interval": 0},
        {"max_interval": 0.03, "key_interval": 0.04},
        {"min_length": 0},
        {"terminators": frozenset()},
        {"terminators": frozenset({"\r\n"})},
        {"prefix": "\t"},
        {"suffix": "x\r"},
    ],
)
def test_impossible_settings_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        WedgeSettings(**kwargs)  # type: ignore[arg-type]


def _reassemble(events: list[WedgeEvent], settings: WedgeSettings) -> str:
    """The key stream as the events account for it; a scan's terminator shows as "\\r"."""
    parts = []
    for event in events:
        if isinstance(event, Scanned):
            parts.append(settings.prefix + event.code + settings.suffix + "\r")
        else:
            parts.append(event.text)
    return "".join(parts)


@pytest.mark.parametrize(
    "settings",
    [WedgeSettings(), WedgeSettings(prefix="]", suffix="~", min_length=2)],
    ids=["plain", "prefix-suffix"],
)
@pytest.mark.parametrize("seed", range(25))
def test_no_keystroke_is_ever_lost_or_doubled(settings: WedgeSettings, seed: int) -> None:
    """Random mixes of scans (some cut short), typing, fast bursts and timer polls."""
    rng = random.Random(seed)
    alphabet = "AB1]~\r\t\n"
    decoder = WedgeDecoder(settings)
    fed: list[str] = []
    events: list[WedgeEvent] = []
    now = 0.0

    def key(c: str, gap: float) -> None:
        nonlocal now, events
        now += gap
        fed.append(c)
        events += decoder.feed(c, now)
        assert decoder.buffering == (decoder.deadline() is not None)

    for _ in range(150):
        action = rng.random()
        if action < 0.3:  # a scan, sometimes cut short or slowed down mid-way
            code = "".join(rng.choices("AB1", k=rng.randint(1, 8)))
            burst = settings.prefix + code + settings.suffix + rng.choice("\r\t\n")
            burst = burst[: rng.randint(1, len(burst) + 3)]
            key(burst[0], rng.choice([0.005, 0.1]))
            for c in burst[1:]:
                key(c, rng.choice([0.001, 0.005, 0.010, 0.034] * 3 + [0.035, 0.036]))
        elif action < 0.6:
            key(rng.choice(alphabet), rng.uniform(0.0, 0.05))
        elif action < 0.8:
            key(rng.choice(alphabet), rng.uniform(0.06, 0.3))
        else:
            now += rng.uniform(0.0, 0.05)
            events += decoder.poll(now)
    deadline = decoder.deadline()
    if deadline is not None:
        events += decoder.poll(deadline)
    assert not decoder.buffering

    as_enter = {ord(t): "\r" for t in settings.terminators}
    assert _reassemble(events, settings).translate(as_enter) == "".join(fed).translate(as_enter)
    assert any(isinstance(e, Scanned) for e in events)
    assert all(e.code if isinstance(e, Scanned) else e.text for e in events)


def test_random_scans_between_typing_are_all_found() -> None:
    rng = random.Random(7)
    decoder = WedgeDecoder()
    codes = ["".join(rng.choices("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", k=rng.randint(4, 30))) for _ in range(50)]
    events: list[WedgeEvent] = []
    now = 0.0
    for code in codes:
        typed, now = type_keys(decoder, "note ", now + 1.0, rng.uniform(0.06, 0.3))
        scanned, now = type_keys(decoder, code + "\r", now + rng.uniform(0.1, 0.3), rng.uniform(0.001, 0.01))
        events += typed + scanned
    events += decoder.poll(now + 1.0)
    assert [e.code for e in events if isinstance(e, Scanned)] == codes
    assert "".join(e.text for e in events if isinstance(e, Typed)) == "note " * 50
