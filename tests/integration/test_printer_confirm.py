"""A label counts as printed when the printer printed it (issue #13, DESIGN invariant 9).

Every test runs `PrintConfirmer` over a real loopback socket against the printer
emulator, whose log of labels that left the print head is the ground truth.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

from printers.confirm import LabelEvent, PrintConfirmer
from printers.identity import PrinterIdentity, ask_identity
from printers.transports import MemoryTransport, TcpTransport
from tests.fakes.printer_emulator import PrinterEmulator

SPL = 0.1  # seconds per label: a fast printer, so the tests stay short


def batch(n: int) -> list[tuple[str, bytes]]:
    return [(f"P{i:03d}", b"^XA^FO50,50^A0N,40,40^FDparcel %d^FS^XZ" % i) for i in range(n)]


class Recorder:
    """Collects each event with the emulator's printed count at the moment it was reported."""

    def __init__(self, emulator: PrinterEmulator) -> None:
        self.emulator = emulator
        self.events: list[tuple[LabelEvent, int]] = []

    def __call__(self, event: LabelEvent) -> None:
        self.events.append((event, len(self.emulator.printed)))

    def ids(self, state: str) -> list[str]:
        return [e.label_id for e, _ in self.events if e.state == state]


def confirmer(emu: PrinterEmulator, rec: Recorder, **kw: object) -> PrintConfirmer:
    kw.setdefault("poll_interval", 0.02)
    return PrintConfirmer(TcpTransport(emu.host, emu.port, timeout=2.0), on_event=rec, **kw)  # type: ignore[arg-type]


def test_batch_is_printed_only_as_the_printer_prints_it() -> None:
    labels = batch(8)
    with PrinterEmulator(seconds_per_label=SPL) as emu:
        rec = Recorder(emu)
        started = time.monotonic()
        outcome = confirmer(emu, rec, window=2).run(labels)

        assert outcome.finished and outcome.printed == tuple(i for i, _ in labels)
        assert emu.payloads == [data for _, data in labels]
        # each "printed" was reported only after the emulator had printed that many labels
        printed_events = [(e, seen) for e, seen in rec.events if e.state == "printed"]
        for n, (event, seen) in enumerate(printed_events, start=1):
            assert seen >= n, f"{event.label_id} reported printed when the printer had printed {seen}"
        # the printer was never handed more than the window: little is at risk at any time
        assert time.monotonic() - started >= len(labels) * SPL
        sent_before = {e.label_id: k for k, (e, _) in enumerate(rec.events) if e.state == "sent"}
        printed_before = {e.label_id: k for k, (e, _) in enumerate(rec.events) if e.state == "printed"}
        for n, (label_id, _) in enumerate(labels[2:], start=2):
            assert printed_before[labels[n - 2][0]] < sent_before[label_id]


def test_paper_out_after_n_reports_exactly_n_printed_then_resumes_without_duplicates() -> None:
    labels = batch(7)
    with PrinterEmulator(seconds_per_label=SPL, labels_on_roll=3) as emu:
        rec = Recorder(emu)
        job = confirmer(emu, rec, window=2)
        outcome = job.run(labels)

        assert outcome.reason == "paper_out"
        assert outcome.printed == ("P000", "P001", "P002") and len(emu.printed) == 3
        assert set(outcome.sent) | set(outcome.not_sent) == {i for i, _ in labels[3:]}
        assert outcome.sent  # still in the printer's buffer: it prints after the new roll, never resent

        emu.load_paper()
        outcome = job.resume()
        assert outcome.finished
        assert emu.payloads == [data for _, data in labels]


def test_power_cut_mid_batch_reconciles_printed_not_resent_lost_resent() -> None:
    labels = batch(8)
    with PrinterEmulator(seconds_per_label=SPL) as emu:
        rec = Recorder(emu)
        job = confirmer(emu, rec, window=4, stall_timeout=3.0)

        def cut_power_after_three() -> None:
            emu.wait_printed(3)
            time.sleep(SPL / 2)  # mid-label: the one on the head is lost too
            emu.power_cycle(off_for=0.3)

        cutter = threading.Thread(target=cut_power_after_three)
        cutter.start()
        outcome = job.run(labels)
        cutter.join()

        assert outcome.finished
        assert rec.ids("lost"), "the labels in the buffer at the power cut were lost and sent again"
        assert Counter(emu.payloads) == Counter(data for _, data in labels)  # every label exactly once
        assert outcome.printed == tuple(i for i, _ in labels)


def test_reset_right_after_the_printer_took_a_label_prints_it_once() -> None:
    labels = batch(5)
    with PrinterEmulator(seconds_per_label=SPL, reset_after_label=2) as emu:
        rec = Recorder(emu)
        outcome = confirmer(emu, rec, window=2).run(labels)

        assert outcome.finished
        assert emu.payloads == [data for _, data in labels]  # no duplicate of the reset label
        assert not rec.ids("lost")


def test_silent_death_mid_label_is_never_counted_printed() -> None:
    labels = batch(5)
    with PrinterEmulator(seconds_per_label=SPL, die_at_label=3) as emu:
        rec = Recorder(emu)
        job = confirmer(emu, rec, window=1, answer_timeout=0.3, stall_timeout=1.0)
        outcome = job.run(labels)

        assert outcome.reason == "not_answering"
        assert "P002" not in outcome.printed and "P002" in outcome.uncertain
        assert outcome.printed == tuple(i for i, _ in labels[: len(emu.printed)])
        assert outcome.not_sent == ("P003", "P004")


def test_a_one_way_transport_says_sent_never_printed() -> None:
    transport = MemoryTransport()
    events: list[LabelEvent] = []
    outcome = PrintConfirmer(transport, on_event=events.append).run(batch(3))

    assert outcome.reason == "sent_unconfirmed"
    assert outcome.printed == () and outcome.sent == ("P000", "P001", "P002")
    assert {e.state for e in events} == {"sending", "sent"}  # "sending" before the bytes, "sent" after
    assert len(transport.jobs) == 3


def test_tspl_printer_labels_stay_sent_and_a_paused_printer_stops_the_batch() -> None:
    job = b'SIZE 100 mm,150 mm\r\nCLS\r\nTEXT 10,10,"3",0,1,1,"parcel"\r\nPRINT 1\r\n'
    with PrinterEmulator("tspl", seconds_per_label=SPL, model="TTP-244 Plus") as emu:
        transport = TcpTransport(emu.host, emu.port)
        outcome = PrintConfirmer(transport, language="tspl", answer_timeout=0.5).run([("T1", job)])
        assert outcome.reason == "sent_unconfirmed" and outcome.sent == ("T1",) and outcome.printed == ()
        emu.wait_printed(1)

        emu.set_paused(True)
        outcome = PrintConfirmer(transport, language="tspl", answer_timeout=0.5).run([("T2", job)])
        assert outcome.reason == "paused" and outcome.not_sent == ("T2",)
        assert len(emu.printed) == 1


def test_ask_identity_of_a_zebra_and_of_a_tsc() -> None:
    with PrinterEmulator(model="ZT410", dpi=300, print_width_dots=1248, languages="zpl") as emu:
        assert ask_identity(TcpTransport(emu.host, emu.port), timeout=0.5) == PrinterIdentity(
            language="zpl", dpi=300, print_width_dots=1248, model="ZT410"
        )
    with PrinterEmulator(sgd=False, model="GK420d", dpi=203) as emu:
        identity = ask_identity(TcpTransport(emu.host, emu.port), timeout=0.3)
        assert identity == PrinterIdentity(language="zpl", dpi=203, model="GK420d", firmware="V84.20.18Z")
    with PrinterEmulator("tspl", model="TTP-244 Plus") as emu:
        identity = ask_identity(TcpTransport(emu.host, emu.port), timeout=0.3)
        assert identity == PrinterIdentity(language="tspl", model="TTP-244 Plus")
    assert ask_identity(MemoryTransport()) is None


def test_without_a_label_counter_the_buffer_count_confirms() -> None:
    labels = batch(4)
    with PrinterEmulator(seconds_per_label=SPL, sgd=False) as emu:
        rec = Recorder(emu)
        outcome = confirmer(emu, rec, window=2).run(labels)
        assert outcome.finished and emu.payloads == [d for _, d in labels]
        for n, (_event, seen) in enumerate([(e, s) for e, s in rec.events if e.state == "printed"], start=1):
            assert seen >= n


def test_a_printer_faster_than_the_bookkeeping_is_given_more_labels_in_hand_within_the_bound() -> None:
    """A fast printer and a slow disk: the window widens so the head is not left waiting,
    but never past `max_window`, and every label is still confirmed in order."""
    labels = batch(30)
    with PrinterEmulator(seconds_per_label=0.01) as emu:
        rec = Recorder(emu)

        def slow_disk(event: LabelEvent) -> None:
            rec(event)
            time.sleep(0.02)  # each record takes longer than the printer takes for a label

        transport = TcpTransport(emu.host, emu.port, timeout=2.0)
        outcome = PrintConfirmer(transport, window=2, max_window=5, poll_interval=0.01, on_event=slow_disk).run(labels)

    assert outcome.finished and outcome.printed == tuple(i for i, _ in labels)
    assert emu.payloads == [data for _, data in labels]
    in_hand, most = 0, 0
    for event, _ in rec.events:
        in_hand += {"sent": 1, "printed": -1}.get(event.state, 0)
        most = max(most, in_hand)
    assert 2 < most <= 5
