"""The life of a scanner read on its own thread: start, stop within a second, report status.

Serial, evdev and HID POS scanners differ only in how they open and read a device;
starting, stopping, status reports and callbacks that must never kill the reader
are the same, and live here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


def _ignore(*_: object) -> None:
    return None


def module_available(name: str) -> bool:
    """Whether an optional device package (evdev, hidapi) is installed."""
    import importlib.util

    return importlib.util.find_spec(name) is not None


class ReaderThread:
    """Base for device scanners; subclasses implement ``_run`` (and ``unavailable``)."""

    thread_name = "scanner"

    def __init__(
        self,
        *,
        reconnect_interval: float = 1.0,
        on_scan: Callable[[str], object] = _ignore,
        on_status: Callable[[str], object] = _ignore,
    ) -> None:
        if reconnect_interval <= 0:
            raise ValueError("reconnect_interval must be positive")
        self._reconnect_interval = reconnect_interval
        self._on_scan = on_scan
        self._on_status = on_status
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.status = "stopped"

    def unavailable(self) -> str | None:
        """Why this kind of scanner cannot work here (a missing package), or None."""
        return None

    def start(self) -> None:
        """Start reading in the background; opening the device happens on that thread."""
        problem = self.unavailable()
        if problem is not None:
            self._report(problem)
            return
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> None:
        """Stop reading and release the device; returns within ``timeout`` seconds."""
        self._stop.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        self._thread = None

    def _run(self) -> None:
        raise NotImplementedError

    def _report(self, status: str) -> None:
        if status != self.status:
            self.status = status
            self._call(self._on_status, status)

    @staticmethod
    def _call[T](callback: Callable[[T], object], arg: T) -> None:
        try:
            callback(arg)
        except Exception:
            log.exception("scanner callback failed")
