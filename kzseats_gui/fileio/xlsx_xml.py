"""Safe XML parsing for .xlsx parts: expat that refuses any DTD, plus the small parts' readers.

A workbook part never needs a document type declaration. Refusing one outright (before expat can
expand a single entity) closes the "billion laughs" and external-entity attacks without a slower
parser. Parts are fed in chunks, so nothing is read whole.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NoReturn
from xml.parsers import expat

from .xlsx_values import MAX_TEXT_LENGTH, TextTooLong, builtin_kind, decode_escapes, format_kind


class UnsafeXml(Exception):
    """The part declares a DTD or entities; the file is refused."""


class TooMany(Exception):
    """A part holds more items than the reader allows (e.g. shared strings)."""

    def __init__(self, what: str, limit: int):
        super().__init__(what)
        self.what = what
        self.limit = limit


def _refuse(*_args: object) -> NoReturn:
    raise UnsafeXml()


def safe_parser(namespaces: bool = False) -> expat.XMLParserType:
    """An expat parser that raises UnsafeXml at the first DTD, entity or external reference."""
    parser = expat.ParserCreate(namespace_separator=" " if namespaces else None)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    return parser


def feed(parser: expat.XMLParserType, chunks: Iterable[bytes]) -> None:
    for chunk in chunks:
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def local(name: str) -> str:
    """'http://ns sheet' or 'x:sheet' -> 'sheet'."""
    return name.rpartition(" ")[2].rpartition(":")[2]


def _attr(attrs: dict[str, str], name: str) -> str | None:
    """An attribute by local name, whatever its namespace."""
    value = attrs.get(name)
    if value is not None:
        return value
    for key, value in attrs.items():
        if local(key) == name:
            return value
    return None


def parse_relationships(chunks: Iterable[bytes], base_dir: str) -> dict[str, tuple[str, str]]:
    """A .rels part: relationship id -> (type, absolute part name without leading slash)."""
    found: dict[str, tuple[str, str]] = {}

    def start(name: str, attrs: dict[str, str]) -> None:
        if local(name) != "Relationship" or attrs.get("TargetMode") == "External":
            return
        rel_id, target = attrs.get("Id"), attrs.get("Target")
        if rel_id and target:
            found[rel_id] = (attrs.get("Type", ""), resolve_target(base_dir, target))

    parser = safe_parser(namespaces=True)
    parser.StartElementHandler = start
    feed(parser, chunks)
    return found


def resolve_target(base_dir: str, target: str) -> str:
    target = target.replace("\\", "/")
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(base_dir, target))


# The SpreadsheetML namespaces (transitional and strict) whose ``workbookPr`` carries the date system.
# Recent Excel also writes an ``x15:workbookPr`` extension element, which says nothing about dates.
MAIN_NAMESPACES = frozenset(
    {
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    }
)


@dataclass(frozen=True)
class WorkbookSheet:
    name: str
    rel_id: str
    state: str  # visible, hidden or veryHidden


def parse_workbook(chunks: Iterable[bytes]) -> tuple[list[WorkbookSheet], bool]:
    """workbook.xml: (its sheets in order, uses the 1904 date system)."""
    sheets: list[WorkbookSheet] = []
    date1904 = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        namespace, _, tag = name.rpartition(" ")
        if tag == "sheet":
            state = attrs.get("state", "visible")
            sheets.append(WorkbookSheet(attrs.get("name", ""), _attr(attrs, "id") or "", state))
        elif tag == "workbookPr" and (namespace in MAIN_NAMESPACES or not namespace):
            date1904[0] = attrs.get("date1904", "0").strip().casefold() in ("1", "true")

    parser = safe_parser(namespaces=True)
    parser.StartElementHandler = start
    feed(parser, chunks)
    return sheets, date1904[0]


def parse_styles(chunks: Iterable[bytes]) -> dict[str, str]:
    """styles.xml: cell style index (the ``s`` attribute, as text) -> 'date' or 'percent'."""
    custom: dict[int, str | None] = {}
    format_ids: list[int] = []
    depth_in_cell_xfs = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag == "numFmt":
            try:
                custom[int(attrs.get("numFmtId", ""))] = format_kind(attrs.get("formatCode", ""))
            except ValueError:
                pass
        elif tag == "cellXfs":
            depth_in_cell_xfs[0] = True
        elif tag == "xf" and depth_in_cell_xfs[0]:
            try:
                format_ids.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                format_ids.append(0)

    def end(name: str) -> None:
        if local(name) == "cellXfs":
            depth_in_cell_xfs[0] = False

    parser = safe_parser(namespaces=True)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    feed(parser, chunks)
    kinds: dict[str, str] = {}
    for index, format_id in enumerate(format_ids):
        kind = custom[format_id] if format_id in custom else builtin_kind(format_id)
        if kind is not None:
            kinds[str(index)] = kind
    return kinds


def parse_shared_strings(chunks: Iterable[bytes], max_count: int) -> list[str | TextTooLong]:
    """sharedStrings.xml: the strings in order; rich-text runs joined, phonetic hints left out,
    ``_xHHHH_`` escapes decoded. A string over Excel's length limit is kept as TextTooLong, so the
    cell that uses it can be named; reading stays linear in the length of the part."""
    strings: list[str | TextTooLong] = []
    parts: list[str] = []
    state = {"collect": False, "phonetic": False, "length": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag == "si":
            parts.clear()
            state["length"] = 0
        elif tag == "t" and not state["phonetic"]:
            state["collect"] = True
        elif tag == "rPh":
            state["phonetic"] = True

    def end(name: str) -> None:
        tag = local(name)
        if tag == "t":
            state["collect"] = False
        elif tag == "rPh":
            state["phonetic"] = False
        elif tag == "si":
            if len(strings) >= max_count:
                raise TooMany("shared strings", max_count)
            if state["length"] > MAX_TEXT_LENGTH * 8:  # even escaped, longer than Excel allows
                strings.append(TextTooLong(state["length"]))
                return
            text = decode_escapes("".join(parts))
            strings.append(TextTooLong(len(text)) if len(text) > MAX_TEXT_LENGTH else text)

    def text(data: str) -> None:
        if state["collect"]:
            state["length"] += len(data)
            if state["length"] <= MAX_TEXT_LENGTH * 8:
                parts.append(data)

    parser = safe_parser(namespaces=True)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    feed(parser, chunks)
    return strings
