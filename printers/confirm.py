"""Feed a printer a batch of labels and say, per label, when the *printer* printed it.

A socket takes a whole batch in a second; the printer then prints one label every half
second, and a paper-out or a power cut can leave any of them unprinted. So a label is
"sent" when its bytes went out and "printed" only when the printer's own label counter
(SGD `odometer.total_label_count`) moved past it, or, on a printer without that counter,
when `~HS` shows it left the buffer.

`PrintConfirmer` keeps at most `window` labels in the printer, so the engine never waits
but little is at risk; given a `max_window`, it widens the window up to that when the
printer ran out of our labels between two looks (a fast printer, a slow disk), doubling
each time, so the head does not wait for the next label; it stops with an explicit reason on paper-out, head open, pause or
silence; after a reconnect it reconciles (counter then, counter now, labels still in the
buffer) and re-sends only the labels the printer lost. One-way transports and TSPL
printers cannot count: their labels stay "sent", and the outcome says so.

The printer prints first in, first out, and only our labels: a second computer printing
on the same printer at the same time moves the counter too (the outcome counts those
labels as `foreign`, and they are never credited to ours).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from printers.counters import SGD_LABEL_COUNT, Reckoning, labels_in_printer, parse_sgd_label_count, reckon
from printers.errors import PrinterError, PrinterOffline
from printers.status import (
    TSPL_STATUS_QUERY,
    ZPL_HOST_STATUS,
    PrinterStatus,
    State,
    parse_tspl_status,
    parse_zpl_host_status,
)

__all__ = ["BatchOutcome", "LabelEvent", "PrintConfirmer", "StopReason", "read_counter", "settle"]

log = logging.getLogger(__name__)

# "sending": the bytes are about to leave; a caller that must survive a crash records it
# first (with the printer's count so far), so a label in flight is never forgotten
LabelState = Literal["sending", "sent", "printed", "lost", "uncertain"]
StopReason = Literal[
    "done",  # every label printed, by the printer's count
    "sent_unconfirmed",  # every label sent; this printer or connection cannot say what printed
    "paper_out",
    "head_open",
    "paused",
    "ribbon_out",
    "printer_error",
    "not_answering",  # the printer went silent: what it holds is uncertain
    "stalled",  # the printer answers, says ready, holds labels, and prints none
    "stopped",  # the caller asked to stop (the packer paused the batch)
]
_FAULT_REASONS: dict[State, StopReason] = {  # printer states that stop a batch, and why
    "paper_out": "paper_out",
    "head_open": "head_open",
    "paused": "paused",
    "ribbon_out": "ribbon_out",
    "error": "printer_error",
}
_Query = Callable[..., bytes]  # a two-way transport's `query(data, *, timeout, complete)`


def _HS_COMPLETE(answer: bytes) -> bool:  # `~HS` answers with three ETX-terminated strings
    return answer.count(b"\x03") >= 3


def _QUOTED(answer: bytes) -> bool:  # an SGD value comes back in double quotes
    return answer.count(b'"') >= 2


LabelData = bytes | Callable[[], bytes]  # the label's bytes, or what makes them when it is its turn


@dataclass(frozen=True)
class LabelEvent:
    label_id: str
    state: LabelState
    odometer: int | None = None  # the printer's label counter when this was known


@dataclass(frozen=True)
class BatchOutcome:
    reason: StopReason
    printed: tuple[str, ...]  # the printer counted them
    sent: tuple[str, ...]  # in the printer (or sent one-way), not yet counted: do not send again
    not_sent: tuple[str, ...]  # never reached the printer, or lost by it: safe to send
    uncertain: tuple[str, ...]  # sent, then the printer went silent: ask the packer
    status: PrinterStatus | None = None
    foreign: int = 0  # labels the counter moved for that were not ours

    @property
    def finished(self) -> bool:
        return self.reason == "done"


@dataclass(frozen=True)
class _Snapshot:
    status: PrinterStatus
    odometer: int | None
    holding: int | None


class PrintConfirmer:
    """One batch on one printer. `run(labels)` once, then `resume()` after the packer fixed
    what stopped it (paper loaded, printer back on); each returns a `BatchOutcome`."""

    def __init__(
        self,
        transport: object,
        *,
        language: str = "zpl",
        window: int = 2,
        max_window: int | None = None,
        poll_interval: float = 0.05,
        answer_timeout: float = 1.0,
        stall_timeout: float = 5.0,
        on_event: Callable[[LabelEvent], None] | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if window < 1 or (max_window is not None and max_window < window):
            raise ValueError("window must be at least 1, and max_window at least the window")
        self.transport = transport
        self.language = language
        self.window = window
        self.max_window = max_window or window
        self._window = window  # widened up to max_window each time the printer ran dry
        self.poll_interval = poll_interval
        self.answer_timeout = answer_timeout
        self.stall_timeout = stall_timeout
        self._notify = on_event or (lambda event: None)
        self._should_stop = should_stop
        self._stopping = False  # asked to stop: send nothing more, let the printer finish what it holds
        self._clock, self._sleep = clock, sleep
        self._query: _Query | None = getattr(transport, "query", None)
        self._to_send: deque[tuple[str, LabelData]] = deque()
        self._holding: deque[tuple[str, bytes]] = deque()  # sent, not yet counted, oldest first
        self._printed: list[str] = []
        self._uncertain: list[str] = []
        self._counted: int | None = None  # the counter value our accounting has reached
        self._counts_labels = False
        self._foreign = 0
        self._suspect_loss = 0  # consecutive snapshots that showed fewer labels than we hold
        self._link_broke = False

    # -- public -------------------------------------------------------------------------

    def run(self, labels: Sequence[tuple[str, LabelData]]) -> BatchOutcome:
        """Send `(label_id, printer bytes)` in order, paced by the printer; return how it ended.

        The bytes may be a function that makes them, called just before the label is sent,
        so a long batch starts printing at once instead of after rendering every label."""
        self._to_send.extend(labels)
        if self._query is None or self.language != "zpl":
            return self._send_unconfirmed()
        first = self._read_counter()
        self._counts_labels = first is not None
        self._counted = first
        return self._drive()

    def resume(self) -> BatchOutcome:
        """Carry on after a stop: reconcile with what the printer now holds, then continue."""
        if self._query is None or self.language != "zpl":
            return self._send_unconfirmed()
        self._stopping = False
        if self._counted is None and self._counts_labels is False:
            first = self._read_counter()
            self._counts_labels = first is not None
            self._counted = first
        return self._drive()

    # -- the loop -----------------------------------------------------------------------

    def _drive(self) -> BatchOutcome:
        last_answer = last_progress = self._clock()
        while True:
            snap = self._snapshot()
            now = self._clock()
            if snap is None:
                self._link_broke = True
                if now - last_answer > self.stall_timeout:
                    return self._stop("not_answering", None)
                self._sleep(self.poll_interval)
                continue
            last_answer = now
            if self._account(snap):
                last_progress = now
            fault = _FAULT_REASONS.get(snap.status.state)
            if fault is not None:
                return self._stop(fault, snap.status)
            if not self._to_send and not self._holding:
                return self._stop("done", snap.status)
            if self._stopping and not self._holding:  # paused: what the printer held has printed
                return self._stop("stopped", snap.status)
            # while the printer seems to hold fewer labels than we sent (a power cut?), send
            # nothing until the next look settles it: a label sent now would survive the
            # cut, and the loss would be pinned on it instead of on the older ones lost
            window = self._window
            if self._to_send and len(self._holding) < window and not self._suspect_loss and not self._stopping:
                # fill the window before looking again: the printer answered ~HS after each label
                while self._to_send and len(self._holding) < window:
                    if self._should_stop():
                        self._stopping = True
                        break
                    if not self._holding:
                        last_progress = self._clock()  # the stall clock runs only while the printer holds labels
                    held = len(self._holding)
                    self._send_next()
                    if len(self._holding) == held or self._link_broke:
                        break  # not taken, or the link broke: look before sending more
                continue
            if self._holding and now - last_progress > self.stall_timeout:
                return self._stop("stalled", snap.status)
            self._sleep(self.poll_interval)

    def _send_next(self) -> None:
        assert self._query is not None  # only `_drive` sends this way, and only on a two-way transport
        label_id, data = self._made(0)
        ahead = self._counted + len(self._holding) if self._counts_labels and self._counted is not None else None
        self._notify(LabelEvent(label_id, "sending", ahead))
        try:
            # `~HS` after the label: the printer answers at once, so the send returns at once
            self._query(data + ZPL_HOST_STATUS, timeout=self.answer_timeout, complete=_HS_COMPLETE)
        except PrinterOffline as exc:
            log.info("label %s not sent: %s", label_id, exc)  # nothing reached the printer
            self._link_broke = True
            return
        except PrinterError as exc:  # it may have taken the label before the link dropped
            log.warning("link dropped while sending %s: %s", label_id, exc)
            self._link_broke = True
        self._to_send.popleft()
        self._holding.append((label_id, data))
        self._notify(LabelEvent(label_id, "sent", self._counted))

    def _account(self, snap: _Snapshot) -> bool:
        """Move counted labels to printed and lost ones back to the queue; True if any printed."""
        progressed = False
        if self._counts_labels and snap.odometer is not None and self._counted is not None:
            moved = snap.odometer - self._counted
            if moved < 0:
                log.warning("label counter went back from %d to %d", self._counted, snap.odometer)
                moved = 0
            ours = min(moved, len(self._holding))
            if ours and ours == len(self._holding) and self._to_send and self._window < self.max_window:
                # it printed all it had before we looked again: it may have stood idle
                self._window = min(self.max_window, self._window * 2)
                log.debug("printer ran dry; keeping up to %d labels in it", self._window)
            self._foreign += moved - ours
            for _ in range(ours):
                self._printed_one(snap.odometer)
            self._counted = snap.odometer
            progressed = ours > 0
        elif not self._counts_labels and snap.holding is not None:
            gone = max(0, len(self._holding) - snap.holding)
            for _ in range(gone):
                if self._link_broke:  # left the buffer across a broken link: printed or lost?
                    label_id, _ = self._holding.popleft()
                    self._notify(LabelEvent(label_id, "uncertain"))
                    self._uncertain.append(label_id)
                else:
                    self._printed_one(None)
            progressed = gone > 0
        if self._counts_labels and snap.holding is not None and len(self._holding) > snap.holding:
            self._suspect_loss += 1
            if self._suspect_loss >= 2:  # seen twice with a steady counter: the printer lost them
                self._requeue_lost(len(self._holding) - snap.holding)
        else:
            self._suspect_loss = 0
        self._link_broke = False
        return progressed

    def _printed_one(self, odometer: int | None) -> None:
        label_id, _ = self._holding.popleft()
        self._printed.append(label_id)
        self._notify(LabelEvent(label_id, "printed", odometer))

    def _requeue_lost(self, count: int) -> None:
        lost = [self._holding.pop() for _ in range(count)]
        for label_id, data in lost:  # newest first, so the queue keeps the original order
            self._to_send.appendleft((label_id, data))
            self._notify(LabelEvent(label_id, "lost", self._counted))
        self._suspect_loss = 0
        log.warning("printer lost %d label(s); they will be sent again", count)

    def _made(self, index: int) -> tuple[str, bytes]:
        label_id, data = self._to_send[index]
        if callable(data):
            data = data()
            self._to_send[index] = (label_id, data)
        return label_id, data

    # -- asking the printer ---------------------------------------------------------------

    def _ask(self, data: bytes, complete: Callable[[bytes], bool]) -> bytes | None:
        assert self._query is not None  # callers ask only a two-way transport
        try:
            answer = self._query(data, timeout=self.answer_timeout, complete=complete)
        except PrinterError as exc:
            log.info("printer did not answer %r: %s", data[:10], exc)
            return None
        return answer or None

    def _read_counter(self) -> int | None:
        answer = self._ask(SGD_LABEL_COUNT, _QUOTED)
        return parse_sgd_label_count(answer) if answer else None

    def _snapshot(self) -> _Snapshot | None:
        """Counter, status, counter again: a status read while the counter stood still is
        consistent, so a label finishing mid-read is never mistaken for a lost one."""
        for _ in range(3):
            before = self._read_counter() if self._counts_labels else None
            if self._counts_labels and before is None:
                return None
            answer = self._ask(ZPL_HOST_STATUS, _HS_COMPLETE)
            if answer is None:
                return None
            status = parse_zpl_host_status(answer)
            after = self._read_counter() if self._counts_labels else None
            if self._counts_labels and after is None:
                return None
            if before == after:
                break
        return _Snapshot(status, after, labels_in_printer(status))

    # -- printers that cannot count -------------------------------------------------------

    def _send_unconfirmed(self) -> BatchOutcome:
        """One-way transports and TSPL: send, check paper between labels where we can, claim nothing."""
        status: PrinterStatus | None = None
        while self._to_send:
            label_id, data = self._made(0)
            if self._should_stop():
                return self._stop("stopped", status)
            if self._query is not None and self.language == "tspl":
                answer = self._ask(TSPL_STATUS_QUERY, bool)
                if answer is None:
                    return self._stop("not_answering", None)
                status = parse_tspl_status(answer[:1])
                fault = _FAULT_REASONS.get(status.state)
                if fault is not None:
                    return self._stop(fault, status)
            self._notify(LabelEvent(label_id, "sending"))
            try:
                send = getattr(self.transport, "send", None)
                if send is not None:
                    send(data, name=label_id)
                elif self._query is not None:
                    self._query(data, timeout=self.answer_timeout, complete=bool)
                else:
                    raise TypeError(f"{self.transport!r} can neither send nor answer")
            except PrinterOffline:
                return self._stop("not_answering", None)
            except PrinterError:
                self._to_send.popleft()
                self._uncertain.append(label_id)
                self._notify(LabelEvent(label_id, "uncertain"))
                return self._stop("not_answering", None)
            self._to_send.popleft()
            self._holding.append((label_id, data))
            self._notify(LabelEvent(label_id, "sent"))
        return self._stop("sent_unconfirmed", status)

    # -- the outcome ----------------------------------------------------------------------

    def _stop(self, reason: StopReason, status: PrinterStatus | None) -> BatchOutcome:
        held = tuple(label_id for label_id, _ in self._holding)
        if reason == "not_answering":
            for label_id in held:
                self._notify(LabelEvent(label_id, "uncertain", self._counted))
        outcome = BatchOutcome(
            reason=reason,
            printed=tuple(self._printed),
            sent=() if reason == "not_answering" else held,
            not_sent=tuple(label_id for label_id, _ in self._to_send),
            uncertain=tuple(self._uncertain) + (held if reason == "not_answering" else ()),
            status=status,
            foreign=self._foreign,
        )
        log.info(
            "batch stopped: %s, %d printed, %d in printer, %d not sent, %d uncertain",
            reason,
            len(outcome.printed),
            len(outcome.sent),
            len(outcome.not_sent),
            len(outcome.uncertain),
        )
        return outcome


# -- after a crash -----------------------------------------------------------------------


def read_counter(transport: object, *, timeout: float = 1.0) -> int | None:
    """The printer's label count (SGD), or None when it cannot or will not say."""
    query = getattr(transport, "query", None)
    if query is None:
        return None
    try:
        answer = query(SGD_LABEL_COUNT, timeout=timeout, complete=_QUOTED)
    except PrinterError:
        return None
    return parse_sgd_label_count(answer) if answer else None


def settle(
    transport: object,
    sent: int,
    odometer_before: int,
    *,
    answer_timeout: float = 1.0,
    stall_timeout: float = 5.0,
    poll_interval: float = 0.05,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[Reckoning, PrinterStatus] | None:
    """What became of `sent` labels sent by a process that is gone (killed, crashed, restarted).

    `odometer_before` is the printer's count before the first of them. Labels still in the
    printer are waited for while it prints them, so the answer says only printed or lost;
    it still says `queued` when the printer stopped (paper out, paused) or stalled. None
    when the printer does not answer or cannot count.
    """
    confirmer = PrintConfirmer(transport, answer_timeout=answer_timeout)
    confirmer._counts_labels = True
    last_printed, last_progress = -1, clock()
    while True:
        snap = confirmer._snapshot()
        if snap is None or snap.odometer is None:
            return None
        reckoning = reckon(sent, odometer_before, snap.odometer, snap.holding)
        if reckoning.unknown:
            return None
        if reckoning.queued == 0 or snap.status.state in _FAULT_REASONS:
            return reckoning, snap.status
        if reckoning.printed != last_printed:
            last_printed, last_progress = reckoning.printed, clock()
        elif clock() - last_progress > stall_timeout:
            return reckoning, snap.status
        sleep(poll_interval)
