"""Test your scanner / scale: raw keys with their timing, raw serial bytes, and what they mean.

When a scan "doesn't take", this is where a packer (or the person on the phone with
them) sees what actually arrived: the keys and the milliseconds between them (a
scanner types a few ms apart, a person 100 ms or more), the bytes from a serial
scanner with control characters named, and how Shipbench classifies the code —
including a keyboard-layout mismatch explained in words. Ports are opened and read off
the GUI thread; nothing here records a scan.
"""

from __future__ import annotations

import importlib
import logging
import time
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scanners.wedge import WedgeDecoder, WedgeSettings
from scanners.wedge_calibration import SAMPLES, Calibration, CalibrationProblem, ScanSample, calibrate
from ui.operations import run_in_background
from ui.scan_inputs import remember_serial_scanner
from ui.scanner_states import scanner_status_text
from ui.station_verify import remember_scale
from ui.wedge_filter import key_text, load_wedge_settings, save_wedge_settings

log = logging.getLogger(__name__)

BAUDS = ("9600", "19200", "38400", "57600", "115200", "4800", "2400")


def _optional(module: str) -> Any:
    """A scanners module if this build has it (the panel shows only what it can test)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        log.info("%s not available: its part of the test panel is hidden", module)
        return None


def _describe(text: str) -> str:
    diagnostics = _optional("scanners.diagnostics")
    if diagnostics is not None and hasattr(diagnostics, "describe_raw"):
        return str(diagnostics.describe_raw(text))
    return repr(text)


class _Bridge(QObject):
    """Reader-thread callbacks → queued signals on the GUI thread."""

    raw = Signal(bytes)
    code = Signal(str)
    status = Signal(str)


def _while_alive(bridge: _Bridge, signal: str) -> Any:
    """A reader-thread callback that stops emitting once the dialog (and its bridge) is gone:
    the reader says "stopped" after the dialog closed, while it is joined off the GUI thread."""

    def emit(value: object) -> None:
        if shiboken6.isValid(bridge):
            getattr(bridge, signal).emit(value)

    return emit


class ScannerTestDialog(QDialog):
    """Keys + timings, the decoded result, and (when available) serial scanner and scale tests."""

    decoded = Signal(dict)
    calibrated = Signal(object)  # a scanners.wedge_calibration.Calibration
    weighed = Signal(object)  # a scanners.scale.Reading, or the error message (str)

    def __init__(self, parent: QWidget | None = None, *, wedge: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Test scanner / scale"))
        self.resize(760, 640)
        self._wedge = wedge
        self._keys: list[tuple[str, float]] = []
        self._calibration: list[ScanSample] | None = None  # scans of the test code so far
        self._sample: list[tuple[str, float]] = []  # keys of the scan being measured
        self._calibration_note = ""  # the outcome, shown above the scan that finished it
        self._last_key: float | None = None
        self._serial: Any = None
        self._serial_module = _optional("scanners.serial_source")
        self._scale_module = _optional("scanners.scale")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)

        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("Scan a barcode here (or type one and press Enter)"))
        self.input.returnPressed.connect(self._input_done)
        self.keys = QPlainTextEdit(self)
        self.keys.setObjectName("rawKeys")
        self.keys.setReadOnly(True)
        self.keys.setFont(mono)
        self.keys.setMaximumBlockCount(500)
        self.keys.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.result = QLabel(self)
        self.result.setObjectName("decodedResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        result_font = QFont(self.font())
        result_font.setPointSize(13)
        self.result.setFont(result_font)
        self.result.setText(self.tr("Nothing scanned yet"))

        keyboard = QGroupBox(self.tr("Keyboard scanner"), self)
        kb = QVBoxLayout(keyboard)
        kb.addWidget(self.input)
        kb.addWidget(QLabel(self.tr("Keys as they arrived (ms since the previous key):"), keyboard))
        kb.addWidget(self.keys, 1)
        kb.addLayout(self._build_wedge_settings(keyboard))

        layout = QVBoxLayout(self)
        layout.addWidget(keyboard, 2)
        layout.addWidget(self.result)
        if self._serial_module is not None and hasattr(self._serial_module, "SerialScanner"):
            layout.addWidget(self._build_serial(mono), 1)
        if self._scale_module is not None and hasattr(self._scale_module, "SerialScale"):
            layout.addWidget(self._build_scale())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if wedge is not None and hasattr(wedge, "keyed"):
            wedge.keyed.connect(self._keyed)
        else:
            self.input.installEventFilter(self)  # no wedge filter: time the field's own keys
        self.input.setFocus()

    # --- keyboard ---------------------------------------------------------------------

    def _build_wedge_settings(self, parent: QWidget) -> QHBoxLayout:
        """How this PC tells the scanner from a person: the largest gap between keys, prefix, suffix."""
        from PySide6.QtWidgets import QSpinBox

        current = load_wedge_settings()
        self.wedge_gap = QSpinBox(parent)
        self.wedge_gap.setRange(5, 500)
        self.wedge_gap.setSuffix(" ms")
        self.wedge_gap.setValue(round(current.max_interval * 1000))
        self.wedge_key_gap = QSpinBox(parent)
        self.wedge_key_gap.setRange(5, 150)
        self.wedge_key_gap.setSuffix(" ms")
        self.wedge_key_gap.setValue(round(current.key_interval * 1000))
        self.wedge_min = QSpinBox(parent)
        self.wedge_min.setRange(1, 64)
        self.wedge_min.setValue(current.min_length)
        self.wedge_prefix = QLineEdit(current.prefix, parent)
        self.wedge_suffix = QLineEdit(current.suffix, parent)
        for edit in (self.wedge_prefix, self.wedge_suffix):
            edit.setMaximumWidth(80)
        self.wedge_save = QPushButton(self.tr("Use these settings"), parent)
        self.wedge_save.setAutoDefault(False)  # Enter in the test field is a scan, not "save"
        self.wedge_save.clicked.connect(self.save_wedge)
        self.wedge_calibrate = QPushButton(self.tr("Calibrate…"), parent)
        self.wedge_calibrate.setAutoDefault(False)
        self.wedge_calibrate.setToolTip(
            self.tr("Scan one barcode three times; the timings are measured from this scanner")
        )
        self.wedge_calibrate.clicked.connect(self.start_calibration)
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("Usual gap"), self.wedge_key_gap),
            (self.tr("Max gap"), self.wedge_gap),
            (self.tr("Min length"), self.wedge_min),
            (self.tr("Prefix"), self.wedge_prefix),
            (self.tr("Suffix"), self.wedge_suffix),
        ):
            row.addWidget(QLabel(label, parent))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.wedge_calibrate)
        row.addWidget(self.wedge_save)
        return row

    def save_wedge(self) -> bool:
        try:
            settings = WedgeSettings(
                max_interval=self.wedge_gap.value() / 1000,
                key_interval=self.wedge_key_gap.value() / 1000,
                min_length=self.wedge_min.value(),
                prefix=self.wedge_prefix.text(),
                suffix=self.wedge_suffix.text(),
            )
        except ValueError as exc:
            self.result.setText(str(exc))
            return False
        self._use_wedge(settings)
        self.result.setText(self.tr("Keyboard scanner settings saved"))
        return True

    def _use_wedge(self, settings: WedgeSettings) -> None:
        save_wedge_settings(settings)
        if self._wedge is not None:
            self._wedge.decoder = WedgeDecoder(settings)  # takes effect at once

    # --- calibration: the test code scanned three times ---------------------------------

    def start_calibration(self) -> None:
        """Measure this scanner: the next three scans (of one code) set the timing."""
        self._calibration = []
        self._sample = []
        self.input.setFocus()
        self.result.setText(
            self.tr("Calibrating: scan the same barcode (a parcel label will do) %1 times").replace("%1", str(SAMPLES))
        )

    @property
    def calibrating(self) -> bool:
        return self._calibration is not None

    def _measure(self, text: str, gap_ms: float) -> None:
        """Collect one key of the scan being measured; a terminator closes the sample."""
        if self._calibration is None:
            return
        if text in ("\r", "\n", "\t"):
            if self._sample:
                gaps = tuple(g / 1000 for _, g in self._sample[1:]) + (max(gap_ms, 0.0) / 1000,)
                self._calibration.append(ScanSample("".join(t for t, _ in self._sample), gaps))
            self._sample = []
            if len(self._calibration) >= SAMPLES:
                self._finish_calibration(self._calibration)
            else:
                self.result.setText(
                    self.tr("Calibrating: %1 of %2 scans, scan the same barcode again")
                    .replace("%1", str(len(self._calibration)))
                    .replace("%2", str(SAMPLES))
                )
            return
        self._sample.append((text, max(gap_ms, 0.0)))

    def _finish_calibration(self, samples: list[ScanSample]) -> Calibration:
        self._calibration = None
        current = self._settings_shown()
        outcome = calibrate(samples, current)
        if outcome.settings is None:
            self._calibration_note = self._calibration_problem(outcome.problem)
            self.result.setText(self._calibration_note)
            self.calibrated.emit(outcome)
            return outcome
        settings = outcome.settings
        self.wedge_gap.setValue(round(settings.max_interval * 1000))
        self.wedge_key_gap.setValue(round(settings.key_interval * 1000))
        self.wedge_min.setValue(settings.min_length)
        self._use_wedge(settings)
        lines = [
            self.tr("Scanner calibrated: usual gap %1 ms, largest %2 ms")
            .replace("%1", f"{outcome.median_gap * 1000:.0f}")
            .replace("%2", f"{outcome.largest_gap * 1000:.0f}")
        ]
        if outcome.slow_scanner:
            lines.append(
                self.tr(
                    "This scanner types nearly as slowly as a person: codes shorter than %1 are taken as typing"
                ).replace("%1", str(settings.min_length))
            )
        self._calibration_note = "\n".join(lines)
        self.result.setText(self._calibration_note)
        self.calibrated.emit(outcome)
        return outcome

    def _calibration_problem(self, problem: CalibrationProblem | None) -> str:
        words = {
            CalibrationProblem.CODES_DIFFER: self.tr("The three scans differ: scan the same barcode three times"),
            CalibrationProblem.CODE_TOO_SHORT: self.tr("That barcode is too short to measure: use a longer one"),
            CalibrationProblem.TOO_SLOW: self.tr(
                "This scanner types at a person's speed: set it faster, or give it a prefix/suffix"
            ),
            CalibrationProblem.TOO_FEW_SCANS: self.tr("Calibration needs three scans"),
        }
        return self.tr("Calibration failed: %1").replace("%1", words.get(problem, "?") if problem else "?")

    def _settings_shown(self) -> WedgeSettings:
        """The prefix, suffix and minimum length on screen (calibration keeps them)."""
        try:
            return WedgeSettings(
                min_length=self.wedge_min.value(), prefix=self.wedge_prefix.text(), suffix=self.wedge_suffix.text()
            )
        except ValueError:
            return load_wedge_settings()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = key_text(event)
            if text:
                stamp = event.timestamp()  # when the key was pressed, not when we saw it
                now = stamp / 1000 if stamp else time.monotonic()
                gap = (now - self._last_key) * 1000 if self._last_key is not None else -1.0
                self._last_key = now
                self._keyed(text, gap)
        return False

    def _keyed(self, text: str, gap_ms: float) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        self._measure(text, gap_ms)
        self._keys.append((text, gap_ms))
        shown = _describe(text)
        self.keys.appendPlainText(f"{shown:<8} {'start' if gap_ms < 0 else f'+{gap_ms:.0f} ms'}")

    def _input_done(self) -> None:
        text = self.input.text()
        self.input.clear()
        if text.strip():
            self.show_scan(text)

    def show_scan(self, code: str) -> dict[str, Any]:
        """What a scan is recognised as; the wedge (or Enter in the field) calls this."""
        gaps = [g for _, g in self._keys if g >= 0]
        self._keys.clear()
        self._last_key = None
        diagnostics = _optional("scanners.diagnostics")
        if diagnostics is not None and hasattr(diagnostics, "diagnose"):
            try:
                info: dict[str, Any] = dict(diagnostics.diagnose(code))
            except Exception as exc:  # noqa: BLE001 - a diagnostic must never take the bench down
                log.exception("diagnose failed")
                info = {"raw": repr(code), "kind": "?", "detail": str(exc)}
        else:
            from scanners.classify import classify

            found = classify(code)
            info = {
                "raw": repr(code),
                "kind": found.kind,
                "value": found.value,
                "detail": found.detail,
                "check_digit_valid": getattr(found, "check_digit_valid", None),
            }
        if gaps:
            info["average_gap_ms"] = round(sum(gaps) / len(gaps), 1)
        summary = self._summary(info)
        if self._calibration_note:
            summary, self._calibration_note = self._calibration_note + "\n\n" + summary, ""
        self.result.setText(summary)
        self.keys.appendPlainText("— " + self.tr("end of scan") + " —")
        self.decoded.emit(info)
        return info

    def _summary(self, info: dict[str, Any]) -> str:
        lines = [self.tr("Received: %1").replace("%1", str(info.get("raw", "")))]
        kind = str(info.get("kind", "?"))
        what = kind + (f" ({info['carrier']})" if info.get("carrier") else "")
        lines.append(self.tr("Recognised as: %1").replace("%1", what))
        if info.get("value"):
            lines.append(self.tr("Value: %1").replace("%1", str(info["value"])))
        if info.get("symbology"):
            lines.append(self.tr("Symbology: %1").replace("%1", str(info["symbology"])))
        valid = info.get("check_digit_valid")
        if valid is True:
            lines.append(self.tr("Check digit: valid"))
        elif valid is False:
            lines.append(self.tr("Check digit: WRONG — a misread, scan again"))
        if info.get("detail"):
            lines.append(str(info["detail"]))
        layout = info.get("layout")
        if layout:
            lines.append(self.tr("Keyboard layout mismatch: %1").replace("%1", str(layout.get("explanation", ""))))
        if "average_gap_ms" in info:
            lines.append(self.tr("Average gap between keys: %1 ms").replace("%1", str(info["average_gap_ms"])))
        return "\n".join(lines)

    # --- serial scanner -------------------------------------------------------------------

    def _build_serial(self, mono: QFont) -> QGroupBox:
        box = QGroupBox(self.tr("Serial scanner"), self)
        self.serial_port = QLineEdit("/dev/ttyUSB0", box)
        self.serial_port.setToolTip(self.tr("A port or a pyserial URL, e.g. /dev/ttyUSB0, COM3, loop://"))
        self.serial_baud = QComboBox(box)
        self.serial_baud.addItems(BAUDS)
        self.serial_start = QPushButton(self.tr("Listen"), box)
        self.serial_start.clicked.connect(self.toggle_serial)
        self.serial_status = QLabel(self.tr("Not listening"), box)
        self.serial_bytes = QPlainTextEdit(box)
        self.serial_bytes.setObjectName("serialBytes")
        self.serial_bytes.setReadOnly(True)
        self.serial_bytes.setFont(mono)
        self.serial_bytes.setMaximumBlockCount(500)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Port"), box))
        row.addWidget(self.serial_port, 1)
        row.addWidget(QLabel(self.tr("Baud"), box))
        row.addWidget(self.serial_baud)
        row.addWidget(self.serial_start)
        col = QVBoxLayout(box)
        col.addLayout(row)
        col.addWidget(self.serial_status)
        col.addWidget(self.serial_bytes, 1)
        self._bridge = _Bridge(self)
        self._bridge.raw.connect(
            lambda data: self.serial_bytes.appendPlainText(self.tr("bytes: ") + _describe_bytes(data))
        )
        self._bridge.code.connect(self.show_scan)
        self._bridge.code.connect(self._serial_works)
        self._bridge.status.connect(lambda status: self.serial_status.setText(scanner_status_text(status)))
        return box

    def toggle_serial(self) -> None:
        if self._serial is not None:
            self.stop()
            return
        bridge = self._bridge
        self._serial = self._serial_module.SerialScanner(
            self.serial_port.text().strip(),
            baudrate=int(self.serial_baud.currentText()),
            on_scan=_while_alive(bridge, "code"),
            on_status=_while_alive(bridge, "status"),
            on_raw=_while_alive(bridge, "raw"),
        )
        self._serial.start()  # opens and reads on its own thread
        self._serial_config = (self.serial_port.text().strip(), int(self.serial_baud.currentText()))
        self.serial_start.setText(self.tr("Stop"))

    def _serial_works(self, _code: str) -> None:
        """A code came through: this port and speed are the station's scanner from now on."""
        config = getattr(self, "_serial_config", None)
        if config is not None:
            remember_serial_scanner(*config)

    @property
    def serial_scanner(self) -> Any:
        return self._serial

    def stop(self) -> None:
        """Stop listening; joining the reader thread happens off the GUI thread."""
        scanner, self._serial = self._serial, None
        if scanner is None:
            return
        if hasattr(self, "serial_start"):
            self.serial_start.setText(self.tr("Listen"))
        run_in_background(None, scanner.stop, lambda _r: None, lambda exc: log.warning("stopping the scanner: %s", exc))

    # --- scale -------------------------------------------------------------------------

    def _build_scale(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scale"), self)
        self.scale_port = QLineEdit("/dev/ttyUSB1", box)
        self.scale_protocol = QComboBox(box)
        self.scale_protocol.addItem(self.tr("MT-SICS (polled)"), "mt-sics")
        self.scale_protocol.addItem(self.tr("Continuous stream"), "continuous")
        self.scale_baud = QComboBox(box)
        self.scale_baud.addItems(BAUDS)
        self.read_weight_button = QPushButton(self.tr("Read weight"), box)
        self.read_weight_button.clicked.connect(self.read_weight)
        self.weight = QLabel("–", box)
        self.weight.setObjectName("scaleWeight")
        weight_font = QFont(self.font())
        weight_font.setPointSize(16)
        weight_font.setBold(True)
        self.weight.setFont(weight_font)
        form = QFormLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.scale_port, 1)
        row.addWidget(self.scale_protocol)
        row.addWidget(self.scale_baud)
        row.addWidget(self.read_weight_button)
        form.addRow(self.tr("Port"), row)
        form.addRow(self.tr("Weight"), self.weight)
        return box

    def read_weight(self) -> None:
        module = self._scale_module
        url = self.scale_port.text().strip()
        protocol = str(self.scale_protocol.currentData())
        baud = int(self.scale_baud.currentText())
        self.read_weight_button.setEnabled(False)
        self.weight.setText(self.tr("Reading…"))

        def work() -> object:
            scale = module.SerialScale(url, protocol=protocol, baudrate=baud)
            try:
                return scale.read_stable()
            except Exception as exc:  # noqa: BLE001 - ScaleError or a bad URL: show it, do not crash
                return str(exc)
            finally:
                scale.close()

        def done(result: object) -> None:
            if not shiboken6.isValid(self):
                return
            self.read_weight_button.setEnabled(True)
            if isinstance(result, str):
                self.weight.setText(result)
                self.weight.setStyleSheet("color: #c62828;")
            else:
                grams = getattr(result, "grams", None)
                remember_scale(url, protocol, baud)  # this scale works: the Verify mode uses it
                self.weight.setText(
                    self.tr("%1 g").replace("%1", f"{grams:.0f}") + f"   ({getattr(result, 'raw', '')})"
                )
                self.weight.setStyleSheet("color: #1b8a3a;")
            self.weighed.emit(result)

        run_in_background(None, work, done)

    # --- closing -------------------------------------------------------------------------

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        self.stop()
        if self._wedge is not None and hasattr(self._wedge, "keyed"):
            try:
                self._wedge.keyed.disconnect(self._keyed)
            except (RuntimeError, TypeError):
                pass
        super().done(result)


def _describe_bytes(data: bytes) -> str:
    diagnostics = _optional("scanners.diagnostics")
    if diagnostics is not None and hasattr(diagnostics, "describe_raw"):
        return str(diagnostics.describe_raw(data))
    return data.hex(" ")
