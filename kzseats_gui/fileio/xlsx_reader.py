"""A safe, lean .xlsx reader: zip parts under limits, sheets streamed row by row.

Only what a results workbook needs: sheet names, cell values (shared and inline strings, numbers,
booleans, cached formula results, dates, errors). Every limit is checked before the work it guards:
a part's unpacked size and compression ratio before it is opened, a DTD before any entity is expanded,
rows and cells as they arrive (a ``<dimension>`` claim is never trusted).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar
from xml.parsers import expat

from .xlsx_sheet import HiddenMarks, Row, SheetDataError, stream_rows
from .xlsx_xml import (
    TooMany,
    UnsafeXml,
    parse_relationships,
    parse_shared_strings,
    parse_styles,
    parse_workbook,
)

Parsed = TypeVar("Parsed")  # what a part parser returns

CHUNK = 1 << 16
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
REL_OFFICE_DOCUMENT = "/officeDocument"
REL_WORKSHEET = "/worksheet"


@dataclass(frozen=True)
class Limits:
    """What a results workbook may hold. Far above any real election, far below harm."""

    max_file_bytes: int = 256 << 20
    max_part_bytes: int = 256 << 20  # unpacked size of one part
    max_total_bytes: int = 1 << 30  # unpacked bytes read over all parts
    max_ratio: int = 250  # unpacked / packed, checked for parts above ratio_floor_bytes
    ratio_floor_bytes: int = 8 << 20
    max_shared_strings: int = 2_000_000
    max_sheets: int = 1_000
    max_cells_per_sheet: int = 20_000_000


DEFAULT_LIMITS = Limits()


class XlsxError(Exception):
    """The file cannot be read as a workbook. ``code`` and ``params`` say why, for the user."""

    def __init__(self, code: str, sheet: str | None = None, cell: str | None = None, **params: Any):
        super().__init__(code)
        self.code = code
        self.sheet = sheet
        self.cell = cell
        self.params = params


@dataclass(frozen=True)
class SheetRef:
    name: str
    part: str | None  # None: a chart or dialog sheet, or a sheet whose part is missing
    size: int  # unpacked bytes, for progress
    missing: str | None = None  # the part the workbook names for this sheet, when it is not there
    state: str = "visible"  # or hidden, veryHidden (hidden so that only a macro shows it again)

    @property
    def hidden(self) -> bool:
        return self.state.casefold() != "visible"


def part_key(name: str) -> str:
    """How a zip entry is found: OPC part names are case-insensitive; some writers use backslashes."""
    return name.replace("\\", "/").lstrip("/").casefold()


def file_kind(data: bytes) -> str:
    """'zip', 'xls' (or an encrypted workbook), 'empty' or 'other', from the first bytes."""
    if not data:
        return "empty"
    if data.startswith(OLE2_SIGNATURE):
        return "xls"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    return "other"


class XlsxReader:
    """Opens the workbook bytes. Raises XlsxError for anything that is not a readable workbook."""

    def __init__(self, data: bytes, limits: Limits | None = None):
        limits = limits or DEFAULT_LIMITS
        self.limits = limits
        self._read_total = 0
        kind = file_kind(data)
        if kind == "empty":
            raise XlsxError("file-empty")
        if kind == "xls":
            raise XlsxError("file-xls")
        if kind != "zip":
            raise XlsxError("file-not-xlsx")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as error:
            raise XlsxError("zip-damaged", reason=str(error) or type(error).__name__) from None
        self.notices: list[XlsxError] = []  # not errors: how the file was read, for the user to know
        self._members: dict[str, zipfile.ZipInfo] = {}
        backslashes = []
        for info in self._zip.infolist():
            key = part_key(info.filename)
            if key in self._members:  # which copy would Excel take? Neither guess is safe.
                raise XlsxError("zip-duplicate-part", part=info.filename)
            if "\\" in info.filename:
                backslashes.append(info.filename)
            self._members[key] = info
        if backslashes:
            self.notices.append(XlsxError("zip-backslashes", count=len(backslashes), part=backslashes[0]))
        if "mimetype" in self._members and b"opendocument" in self._whole("mimetype")[:200]:
            raise XlsxError("file-ods")

        office = self._relationships("", "_rels/.rels")
        workbook_part = next(
            (target for kind_, target in office.values() if kind_.endswith(REL_OFFICE_DOCUMENT)),
            None,
        )
        if workbook_part is None:  # no package relationships: where workbooks usually keep it
            workbook_part = next((p for p in ("xl/workbook.xml", "workbook.xml") if p in self._members), "")
        if part_key(workbook_part) not in self._members:
            raise XlsxError("file-not-workbook")
        if workbook_part.lower().endswith(".bin"):  # Excel Binary Workbook: records, not XML
            raise XlsxError("file-xlsb")
        base = posixpath.dirname(workbook_part)
        rels_part = posixpath.join(base, "_rels", posixpath.basename(workbook_part) + ".rels")
        rels = self._relationships(base, rels_part)

        sheets, self.date1904 = self._parse(workbook_part, parse_workbook)
        if len(sheets) > limits.max_sheets:
            raise XlsxError("too-many", what="sheets", limit=limits.max_sheets)
        styles_part = self._related(rels, "/styles", posixpath.join(base, "styles.xml"))
        strings_part = self._related(rels, "/sharedStrings", posixpath.join(base, "sharedStrings.xml"))
        self._style_kinds = self._parse(styles_part, parse_styles) if styles_part else {}
        self._shared: list[Any] = []
        if strings_part:
            self._shared = self._parse(
                strings_part, lambda chunks: parse_shared_strings(chunks, limits.max_shared_strings)
            )

        refs = []
        for sheet in sheets:
            kind_, target = rels.get(sheet.rel_id, ("", ""))
            is_worksheet = kind_.endswith(REL_WORKSHEET)
            member = self._members.get(part_key(target)) if is_worksheet else None
            if member is None:
                missing = target if is_worksheet else None
                refs.append(SheetRef(sheet.name, None, 0, missing=missing, state=sheet.state))
            else:
                refs.append(SheetRef(sheet.name, member.filename, member.file_size, state=sheet.state))
        self.sheets: tuple[SheetRef, ...] = tuple(refs)
        self.hidden: dict[str, HiddenMarks] = {}  # sheet name -> its hidden rows and columns, once read

    def rows(self, sheet: SheetRef, on_chunk: Callable[[int], None] | None = None) -> Iterator[Row]:
        """The sheet's non-empty rows in order: (row number, {column number: value})."""
        if sheet.missing:
            raise XlsxError("part-missing", sheet=sheet.name, part=sheet.missing)
        if sheet.part is None:
            return
        marks = self.hidden.setdefault(sheet.name, HiddenMarks())
        try:
            batches = stream_rows(
                self._chunks(sheet.part, on_chunk),
                self._shared,
                self._style_kinds,
                self.date1904,
                self.limits.max_cells_per_sheet,
                marks,
            )
            for batch in batches:
                yield from batch
        except SheetDataError as error:
            raise XlsxError(error.code, sheet=sheet.name, cell=error.cell, **error.params) from None
        except XlsxError as error:
            raise XlsxError(error.code, sheet=sheet.name, cell=error.cell, **error.params) from None
        except Exception as error:
            raise self._translate(error, sheet.part, sheet.name) from None

    # -- parts -----------------------------------------------------------------------------------

    def _info(self, part: str) -> zipfile.ZipInfo:
        info = self._members.get(part_key(part))
        if info is None:
            raise XlsxError("part-missing", part=part)
        limits = self.limits
        if info.flag_bits & 0x1:
            raise XlsxError("zip-encrypted", part=part)
        if info.file_size > limits.max_part_bytes:
            raise XlsxError("part-too-large", part=part, size=info.file_size, limit=limits.max_part_bytes)
        if (
            info.file_size > limits.ratio_floor_bytes
            and info.file_size > info.compress_size * limits.max_ratio
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise XlsxError("part-ratio", part=part, ratio=ratio, limit=limits.max_ratio)
        if self._read_total + info.file_size > limits.max_total_bytes:
            raise XlsxError("part-too-large", part=part, size=info.file_size, limit=limits.max_total_bytes)
        return info

    def _chunks(self, part: str, on_chunk: Callable[[int], None] | None = None) -> Iterator[bytes]:
        info = self._info(part)
        self._read_total += info.file_size
        done = 0
        with self._zip.open(info) as stream:
            while chunk := stream.read(CHUNK):
                done += len(chunk)
                if done > info.file_size:  # zipfile stops at the declared size; never trust it alone
                    raise XlsxError("part-too-large", part=part, size=done, limit=info.file_size)
                yield chunk
                if on_chunk is not None:
                    on_chunk(done)

    def _whole(self, part: str) -> bytes:
        return b"".join(self._chunks(part))

    def _parse(self, part: str, parse: Callable[[Iterator[bytes]], Parsed]) -> Parsed:
        try:
            return parse(self._chunks(part))
        except XlsxError:
            raise
        except Exception as error:
            raise self._translate(error, part, None) from None

    def _relationships(self, base: str, part: str) -> dict[str, tuple[str, str]]:
        if part_key(part) not in self._members:
            return {}
        return self._parse(part, lambda chunks: parse_relationships(chunks, base))

    def _related(self, rels: dict[str, tuple[str, str]], kind: str, fallback: str) -> str | None:
        for rel_kind, target in rels.values():
            if rel_kind.endswith(kind) and part_key(target) in self._members:
                return target
        return fallback if part_key(fallback) in self._members else None

    def _translate(self, error: Exception, part: str, sheet: str | None) -> XlsxError:
        if isinstance(error, UnsafeXml):
            return XlsxError("xml-unsafe", sheet=sheet, part=part)
        if isinstance(error, expat.ExpatError):
            return XlsxError(
                "xml-malformed",
                sheet=sheet,
                part=part,
                reason=expat.ErrorString(error.code),
                line=error.lineno,
            )
        if type(error) is LookupError:  # an encoding no codec knows, in the XML declaration (no KeyError)
            return XlsxError("xml-malformed", sheet=sheet, part=part, reason=str(error), line=1)
        if isinstance(error, TooMany):
            return XlsxError("too-many", sheet=sheet, what=error.what, limit=error.limit)
        if isinstance(error, NotImplementedError):
            return XlsxError("zip-unsupported", sheet=sheet, part=part, reason=str(error))
        if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError)):
            return XlsxError("zip-damaged", sheet=sheet, part=part, reason=str(error) or type(error).__name__)
        if isinstance(error, RecursionError | MemoryError):
            return XlsxError(
                "part-too-large", sheet=sheet, part=part, size=0, limit=self.limits.max_part_bytes
            )
        raise error
