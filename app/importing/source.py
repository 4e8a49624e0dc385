"""A seller's file as it lies on disk: checked in one streaming pass before any row is read.

The scan reads the file in chunks (never whole) and refuses, within seconds and in
bounded memory, what cannot be an order file: NUL bytes or other binary, a line longer
than any real row, a file past the size policy. It settles the text encoding over the
*whole* file, not a sample: a file that is UTF-8 in one place and something else in
another (a stray Windows-1252 byte in a UTF-8 file, two exports pasted together) is
refused with the rows and bytes that do not fit, instead of being read as cp1252 with
every accented and Chinese name turned to mojibake. A named encoding is used as named.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import InvalidInput
from app.importing import encoding as encodings
from app.importing.report import ImportRefused, RowError
from app.messages import Message

CHUNK = 1 << 20
MAX_BYTES = 4 << 30  # 4 GiB: ~8 million orders; past it the file is not an export
MAX_LINE = 8 << 20  # bytes without a line break: no real row is that long
MAX_PLACES = 50  # bad places listed in a refusal (the count says how many more)
XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f]")  # not tab, LF, CR, ESC (some exports keep it)


@dataclass
class Place:
    """Bytes that do not fit the file's encoding, where the user can find them."""

    offset: int  # byte offset in the file, from 0
    data: bytes
    line: int  # physical line, from 1
    row: int = 0  # the row as a spreadsheet numbers it (set after the scan)

    def describe(self, what: str) -> str:
        return f"byte {self.offset}: {self.data[:16].hex(' ')} {what}"


@dataclass
class Scanned:
    """What the scan found: how to read the file, and its identity (to notice a change)."""

    path: Path
    kind: str  # csv | xlsx
    encoding: str  # a key of encoding.ENCODINGS, or "xlsx"
    size: int
    mtime_ns: int
    head: bytes = b""
    places: list[Place] = field(default_factory=list)

    def unchanged(self) -> bool:
        try:
            st = self.path.stat()
        except OSError:
            return False
        return (st.st_size, st.st_mtime_ns) == (self.size, self.mtime_ns)


class _Tally:
    """Runs of non-ASCII bytes: how many are valid UTF-8 (``utf8``) and how many not (``other``)."""

    def __init__(self) -> None:
        self.utf8 = self.other = 0
        self.utf8_long = self.other_long = 0  # runs of 6 bytes or more (two CJK characters)
        self.utf8_places: list[Place] = []
        self.other_places: list[Place] = []
        self.utf8_count = self.other_count = 0
        self.sample = bytearray()  # lines that are not UTF-8: what a legacy encoding is guessed from
        self._sampled_to = -1

    def add(self, piece: bytes, base: int, line: int) -> None:
        if piece.isascii():
            return
        self._sampled_to = -1
        for m in _HIGH_RUN.finditer(piece):
            run = m.group()
            long = len(run) >= 6
            try:
                run.decode("utf-8")
            except UnicodeDecodeError:
                self.other += 1
                self.other_long += long
                self.other_count += 1
                if len(self.sample) < encodings.SAMPLE and m.start() > self._sampled_to:
                    begin = piece.rfind(b"\n", 0, m.start()) + 1
                    end = piece.find(b"\n", m.end())
                    end = len(piece) if end < 0 else end + 1
                    self.sample += piece[begin:end]
                    self._sampled_to = end
                if len(self.other_places) < MAX_PLACES:
                    self.other_places.append(_place(piece, base, m.start(), run, line))
            else:
                self.utf8 += 1
                self.utf8_long += long
                self.utf8_count += 1
                if len(self.utf8_places) < MAX_PLACES:
                    self.utf8_places.append(_place(piece, base, m.start(), run, line))


def _place(piece: bytes, base: int, start: int, data: bytes, line: int) -> Place:
    return Place(base + start, data, line + piece.count(b"\n", 0, start))


def _pieces(path: Path, filename: str) -> Iterator[tuple[bytes, int, int]]:
    """(bytes ending at a line break, their offset, their first line); enforces size and line limits."""
    try:
        f = path.open("rb")
    except OSError as exc:
        raise InvalidInput(Message("cannot_read", {"filename": filename, "value": exc.strerror or exc})) from None
    with f:
        carry = b""
        offset = 0  # of carry's first byte
        line = 1
        total = 0
        while True:
            try:
                chunk = f.read(CHUNK)
            except OSError as exc:
                raise InvalidInput(
                    Message("cannot_read", {"filename": filename, "value": exc.strerror or exc})
                ) from None
            total += len(chunk)
            if total > MAX_BYTES:
                raise InvalidInput(f"{filename} is larger than {MAX_BYTES >> 30} GB; split it into smaller files")
            if not chunk:
                if carry:
                    yield carry, offset, line
                return
            data = carry + chunk
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                if len(data) > MAX_LINE:
                    raise InvalidInput(
                        f"{filename} has a line longer than {MAX_LINE >> 20} MB near byte {offset}; "
                        "it is not an order file (or a quote is missing)"
                    )
                carry = data
                continue
            piece, carry = data[:cut], data[cut:]
            yield piece, offset, line
            offset += cut
            line += piece.count(b"\n")


def scan(path: Path | str, filename: str | None = None, chosen: str | None = None) -> Scanned:
    """Check the whole file and settle its encoding; raises InvalidInput or ImportRefused."""
    path = Path(path)
    filename = filename or path.name
    try:
        st = path.stat()
        with path.open("rb") as f:
            head = f.read(encodings.SAMPLE)
    except OSError as exc:
        raise InvalidInput(Message("cannot_read", {"filename": filename, "value": exc.strerror or exc})) from None
    scanned = Scanned(path, "csv", "", st.st_size, st.st_mtime_ns, head)
    if not head.strip():
        raise InvalidInput(Message("file_empty", {"filename": filename}))
    if head.startswith(XLSX_MAGIC):
        scanned.kind = scanned.encoding = "xlsx"
        return scanned
    if head.startswith(OLE_MAGIC):
        raise InvalidInput(Message("old_excel_xls_file_save", {"filename": filename}))
    if chosen:
        name = chosen.strip().lower()
        encodings.codec_for(name)  # an unknown name is refused before reading
    else:
        name = _head_encoding(head)
    if name.startswith("utf-16"):
        return _scan_utf16(scanned, name, filename)
    _refuse_binary_head(head, filename)
    scanned.encoding = name
    if chosen:
        _check_chosen(scanned, name, filename)
        return scanned
    if name == "utf-8-sig":  # the mark says UTF-8: bytes that are not are errors, not a hint
        _check_chosen(scanned, name, filename)
        return scanned
    if name == "utf-8" and _all_utf8(scanned, filename):
        return scanned
    tally = _tally(path, filename)
    # which legacy encoding do the bytes that are not UTF-8 look like (UTF-8 parts left out)?
    sample = bytes(tally.sample) or head
    name = encodings.detect(sample)
    if encodings.codec_for(name) != "gb18030" and encodings._high_byte_pairing(sample) >= 0.9:
        # Chinese by its byte pattern, yet not valid GB18030 throughout: a Western row pasted
        # into a Chinese file. Read as cp1252 every Chinese name would be garbled: say where.
        name = "gb18030"
    scanned.encoding = name
    if _mixed(tally, name):
        _refuse_mixed(scanned, tally, name, filename)
    _check_chosen(scanned, name, filename)  # every byte decodes, else refused with the places
    return scanned


def _head_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bomless = encodings._utf16_without_bom(head)
    if bomless:
        return bomless
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not (exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"):
            return encodings.detect(head)
    return "utf-8"


def _refuse_binary_head(head: bytes, filename: str) -> None:
    controls = len(_CONTROL.findall(head[:65536]))
    if b"\0" in head[:65536] or controls > max(3, len(head[:65536]) // 200):
        raise InvalidInput(Message("does_not_look_like_csv", {"filename": filename}))


def _refuse_nul(piece: bytes, base: int, filename: str) -> None:
    nul = piece.find(b"\0")
    if nul >= 0:
        raise InvalidInput(f"{filename} does not look like a CSV, text or Excel file (a NUL byte at byte {base + nul})")


def _all_utf8(scanned: Scanned, filename: str) -> bool:
    for piece, base, _line in _pieces(scanned.path, filename):
        _refuse_nul(piece, base, filename)
        try:
            piece.decode("utf-8")
        except UnicodeDecodeError:
            return False
    return True


def _tally(path: Path, filename: str) -> _Tally:
    tally = _Tally()
    for piece, base, line in _pieces(path, filename):
        _refuse_nul(piece, base, filename)
        tally.add(piece, base, line)
    return tally


def _mixed(tally: _Tally, name: str) -> bool:
    """A legacy-encoded file that also holds UTF-8 text (see the module docstring)."""
    if tally.utf8 == 0:
        return False
    if tally.utf8 >= tally.other:
        return True
    if encodings.codec_for(name) == "gb18030":
        # GB18030 pairs can look like UTF-8 by chance, but hardly ever over 6 bytes in a row
        return tally.utf8_long >= max(2, (tally.utf8_long + tally.other_long) // 10)
    return True  # Windows-1252 text never forms UTF-8 sequences ("Ã©" is mojibake)


def _refuse_mixed(scanned: Scanned, tally: _Tally, name: str, filename: str) -> None:
    if tally.utf8 >= tally.other:
        places, count, what = tally.other_places, tally.other_count, "is not UTF-8"
        summary = (
            f"the file is UTF-8 text except in {count} place(s) that are not; "
            "it was not guessed as another encoding, which would garble every accented or Chinese name"
        )
    else:
        places, count, what = tally.utf8_places, tally.utf8_count, f"is UTF-8 in a file that is otherwise {name}"
        summary = (
            f"the file mixes encodings: mostly {name}, but {count} place(s) are UTF-8; "
            "it was not read as one of them, which would garble the other"
        )
    _refuse_places(scanned, places, count, what, summary, filename)


def _refuse_places(scanned: Scanned, places: list[Place], count: int, what: str, summary: str, filename: str) -> None:
    _number_rows(scanned, places)
    errors = [RowError(0, "", summary + "; fix those rows, or choose the encoding to read the file with")]
    errors += [RowError(p.row, "", p.describe(what)) for p in places]
    if count > len(places):
        errors.append(RowError(0, "", f"{count - len(places)} more place(s) not listed"))
    raise EncodingRefused(filename, errors, places, encoding=scanned.encoding)


def _check_chosen(scanned: Scanned, name: str, filename: str) -> None:
    """Every byte decodes in ``name``; else refused with the places that do not."""
    codec = encodings.codec_for(name)
    places: list[Place] = []
    count = 0
    for piece, base, line in _pieces(scanned.path, filename):
        _refuse_nul(piece, base, filename)
        pos = 0
        while True:
            try:
                piece[pos:].decode(codec)
                break
            except UnicodeDecodeError as exc:
                count += 1
                if len(places) < MAX_PLACES:
                    places.append(_place(piece, base, pos + exc.start, piece[pos + exc.start : pos + exc.end], line))
                pos += max(exc.end, exc.start + 1)
    if places:
        _refuse_places(
            scanned,
            places,
            count,
            f"does not decode as {name}",
            f"the file is not valid {name} text in {count} place(s)",
            filename,
        )


def _scan_utf16(scanned: Scanned, name: str, filename: str) -> Scanned:
    scanned.encoding = name
    decoder = codecs.getincrementaldecoder(encodings.codec_for(name))()
    try:
        with scanned.path.open("rb") as f:
            total = 0
            while chunk := f.read(CHUNK):
                total += len(chunk)
                if total > MAX_BYTES:
                    raise InvalidInput(f"{filename} is larger than {MAX_BYTES >> 30} GB; split it into smaller files")
                if "\0" in decoder.decode(chunk):
                    raise InvalidInput(Message("does_not_look_like_csv", {"filename": filename}))
            decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{filename} is not valid {name} text near byte {total - CHUNK + exc.start}") from None
    except OSError as exc:
        raise InvalidInput(Message("cannot_read", {"filename": filename, "value": exc.strerror or exc})) from None
    return scanned


def _number_rows(scanned: Scanned, places: list[Place]) -> None:
    """Physical lines → rows as a spreadsheet numbers them (a quoted cell may hold line breaks)."""
    if not places:
        return
    wanted = sorted({p.line for p in places})
    rows: dict[int, int] = {}
    try:
        with scanned.path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding="latin-1", newline="")  # byte for byte: quotes, tabs, breaks stay
            delimiter = encodings_delimiter(scanned.head)
            reader = csv.reader(text, delimiter=delimiter)
            i = 0
            for number, _ in enumerate(reader, start=1):
                while i < len(wanted) and wanted[i] <= reader.line_num:
                    rows[wanted[i]] = number
                    i += 1
                if i == len(wanted):
                    break
    except (csv.Error, OSError):
        pass
    for p in places:
        p.row = rows.get(p.line, p.line)


def encodings_delimiter(head: bytes) -> str:
    first = head.split(b"\n", 1)[0]
    counts = {d: first.count(d.encode()) for d in ("\t", ",", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class EncodingRefused(ImportRefused):
    """The file's bytes do not fit one encoding; ``places`` says where."""

    def __init__(self, filename: str, errors: list[RowError], places: list[Place], *, encoding: str = "") -> None:
        super().__init__(filename, errors, encoding=encoding)
        self.places = places
        self.choices = encodings.CHOICES
