"""Linux evdev scanners: read a keyboard-wedge scanner's keys straight from its device.

Reading ``/dev/input/event*`` with an exclusive grab means the scanner's keys never
reach the focused window and the PC's keyboard layout does not matter: the key codes
are translated here, for the US layout the scanner types for. ``evdev`` is optional;
``KeyTranslator`` is pure and needs nothing.
"""

from __future__ import annotations

import logging
import select
from collections.abc import Callable
from typing import TYPE_CHECKING

__all__ = ["KeyTranslator", "EvdevScanner", "evdev_available", "EV_KEY"]

from scanners.reader import ReaderThread, _ignore, module_available

if TYPE_CHECKING:
    import evdev

log = logging.getLogger(__name__)

EV_KEY = 1
KEY_UP, KEY_DOWN, KEY_REPEAT = 0, 1, 2

# Linux input-event-codes.h key codes -> (unshifted, shifted) on a US keyboard.
_ROWS = (
    (2, "1234567890-=", "!@#$%^&*()_+"),
    (16, "qwertyuiop[]", "QWERTYUIOP{}"),
    (30, "asdfghjkl;'`", 'ASDFGHJKL:"~'),
    (43, "\\zxcvbnm,./", "|ZXCVBNM<>?"),
)
_US_KEYS: dict[int, tuple[str, str]] = {
    start + i: (plain[i], shifted[i]) for start, plain, shifted in _ROWS for i in range(len(plain))
}
_US_KEYS[57] = (" ", " ")  # KEY_SPACE
_US_KEYS[55] = ("*", "*")  # KEY_KPASTERISK
_KEYPAD = {71: "7", 72: "8", 73: "9", 74: "-", 75: "4", 76: "5", 77: "6", 78: "+",
           79: "1", 80: "2", 81: "3", 82: "0", 83: ".", 98: "/"}  # fmt: skip
KEY_ENTER, KEY_KPENTER, KEY_TAB = 28, 96, 15
_SHIFTS = {42, 54}  # KEY_LEFTSHIFT, KEY_RIGHTSHIFT
_CTRLS = {29, 97}  # KEY_LEFTCTRL, KEY_RIGHTCTRL
KEY_CAPSLOCK = 58
_LETTER_KEYS = {k for k, (plain, _) in _US_KEYS.items() if plain.isalpha()}


class KeyTranslator:
    """Key events -> codes, for a scanner typing on a US layout.

    Feed every ``EV_KEY`` event (key code, value 0 up / 1 down / 2 repeat); ``feed``
    returns the finished code when Enter or Tab goes down. Shift, Caps Lock and Ctrl
    are tracked; Ctrl+] gives GS (``\\x1d``), how many scanners send GS1's FNC1.
    """

    def __init__(self, terminators: frozenset[int] = frozenset({KEY_ENTER, KEY_KPENTER, KEY_TAB})) -> None:
        self._terminators = terminators
        self._shift: set[int] = set()
        self._ctrl: set[int] = set()
        self._caps = False
        self._buffer: list[str] = []

    def feed(self, keycode: int, value: int) -> str | None:
        if keycode in _SHIFTS:
            (self._shift.add if value else self._shift.discard)(keycode)
            return None
        if keycode in _CTRLS:
            (self._ctrl.add if value else self._ctrl.discard)(keycode)
            return None
        if value == KEY_UP:
            return None
        if keycode == KEY_CAPSLOCK:
            if value == KEY_DOWN:
                self._caps = not self._caps
            return None
        if keycode in self._terminators:
            code, self._buffer = "".join(self._buffer), []
            return code or None
        char = self._char(keycode)
        if char:
            self._buffer.append(char)
        return None

    def reset(self) -> None:
        self._buffer = []
        self._shift.clear()
        self._ctrl.clear()

    def _char(self, keycode: int) -> str:
        if keycode in _KEYPAD:
            return _KEYPAD[keycode]
        pair = _US_KEYS.get(keycode)
        if pair is None:
            return ""
        if self._ctrl:
            return chr(ord(pair[0].upper()) & 0x1F) if pair[0].isalpha() or pair[0] in "[]\\" else ""
        shifted = bool(self._shift)
        if keycode in _LETTER_KEYS and self._caps:
            shifted = not shifted
        return pair[1] if shifted else pair[0]


def evdev_available() -> bool:
    return module_available("evdev")


class EvdevScanner(ReaderThread):
    """A scanner read from ``/dev/input/event*`` on a thread; reconnects after unplugging."""

    def __init__(
        self,
        device_path: str,
        *,
        grab: bool = True,
        reconnect_interval: float = 1.0,
        on_scan: Callable[[str], object] = _ignore,
        on_status: Callable[[str], object] = _ignore,
    ) -> None:
        super().__init__(reconnect_interval=reconnect_interval, on_scan=on_scan, on_status=on_status)
        self.thread_name = "evdev-scanner"
        self.device_path = device_path
        self._grab = grab

    def unavailable(self) -> str | None:
        if evdev_available():
            return None
        return "unavailable — the Python package 'evdev' is not installed; use the keyboard-wedge mode instead"

    def _run(self) -> None:
        import evdev

        translator = KeyTranslator()
        while not self._stop.is_set():
            try:
                device = evdev.InputDevice(self.device_path)
            except OSError as exc:
                self._report(f"disconnected — waiting for the scanner ({exc.strerror or exc})")
                self._stop.wait(self._reconnect_interval)
                continue
            try:
                self._grab_if_wanted(device)
                translator.reset()
                self._pump(device, translator)
            except OSError as exc:
                self._report(f"disconnected — waiting for the scanner ({exc.strerror or exc})")
            except Exception:
                log.exception("evdev reader crashed")
                self._report("failed: see the log")
                return
            finally:
                try:
                    device.close()
                except Exception:
                    log.debug("closing the input device failed", exc_info=True)
            self._stop.wait(self._reconnect_interval)
        self._report("stopped")

    def _grab_if_wanted(self, device: evdev.InputDevice) -> None:
        if not self._grab:
            self._report("connected")
            return
        try:
            device.grab()
        except OSError as exc:
            self._report(
                f"connected without exclusive access — its keys also reach the focused window ({exc.strerror or exc})"
            )
            return
        self._report("connected")

    def _pump(self, device: evdev.InputDevice, translator: KeyTranslator) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([device.fd], [], [], 0.1)
            if not ready:
                continue
            for event in device.read():
                if event.type != EV_KEY:
                    continue
                code = translator.feed(event.code, event.value)
                if code is not None:
                    try:
                        self._on_scan(code)
                    except Exception:
                        log.exception("scanner callback failed")
