"""Streaming a worksheet part into rows: ``(row number, {column number: value})``.

This is the hot path of an import (a national result has ~10,000 polling-station rows), so the expat
handlers do as little Python work per cell as they can. The ``<dimension>`` element is never read:
what a file claims about its size allocates nothing; rows and cells are counted as they arrive.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .xlsx_values import (
    DATE_KIND,
    MAX_TEXT_LENGTH,
    CellError,
    FormulaWithoutValue,
    PercentNumber,
    TextTooLong,
    decode_escapes,
    parse_iso_date,
    serial_to_date,
)
from .xlsx_xml import safe_parser

MAX_ROW = 1_048_576  # Excel's own limits
MAX_COLUMN = 16_384

Row = tuple[int, dict[int, Any]]


class SheetDataError(Exception):
    """A cell the reader cannot make sense of; ``code`` and ``params`` describe it for the user."""

    def __init__(self, code: str, cell: str | None, **params: Any):
        super().__init__(code)
        self.code = code
        self.cell = cell
        self.params = params


def column_number(letters: str) -> int:
    """'A' -> 1, 'AB' -> 28; 0 when the letters are not a column name."""
    number = 0
    for char in letters.upper():
        if not "A" <= char <= "Z":
            return 0
        number = number * 26 + ord(char) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    return f"{column_letters(column)}{row}"


@dataclass
class HiddenMarks:
    """The rows and columns a sheet hides (``hidden`` on ``<row>`` and ``<col>``), as the part says."""

    rows: set[int] = field(default_factory=set)
    columns: list[tuple[int, int]] = field(default_factory=list)  # (first, last), inclusive

    def column_hidden(self, column: int) -> bool:
        return any(first <= column <= last for first, last in self.columns)


def _is_true(value: str | None) -> bool:
    return value is not None and value.strip().casefold() in ("1", "true")


def _int(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() else 0


_DIGITS = "0123456789"


def stream_rows(
    chunks: Iterable[bytes],
    shared: list[str],
    style_kinds: dict[str, str],
    date1904: bool,
    max_cells: int,
    marks: HiddenMarks | None = None,
) -> Iterator[list[Row]]:
    """Rows in batches, one batch per chunk of the part fed to the parser. Hidden rows and columns
    are recorded in ``marks``. Text is gathered in pieces (linear in its length) and a cell's text over
    Excel's limit of MAX_TEXT_LENGTH characters is refused, naming the cell."""
    marks = marks if marks is not None else HiddenMarks()
    ready: list[Row] = []
    columns: dict[str, int] = {}
    parser = safe_parser()
    counters = [0]  # cells so far

    # Tag names, fixed once the root element shows which prefix (if any) the part uses.
    C = V = F = ROW = IS = T = RPH = COL = ""

    def root(tag: str, attrs: dict[str, str]) -> None:
        nonlocal C, V, F, ROW, IS, T, RPH, COL
        prefix = tag[: tag.index(":") + 1] if ":" in tag else ""
        C, V, F, ROW, IS, T, RPH, COL = (prefix + n for n in ("c", "v", "f", "row", "is", "t", "rPh", "col"))
        parser.StartElementHandler = start

    row_cells: dict[int, Any] = {}
    row_number = 0
    column = 0
    cell_ref: str | None = None
    cell_type: str | None = None
    cell_style: str | None = None
    text: list[str] | None = None  # the cell's text in pieces, joined at the end of the cell
    length = 0
    collecting = False
    formula = False
    formula_text = ""
    in_formula = False
    phonetic = False
    cell_open = False

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal row_cells, row_number, column, cell_ref, cell_type, cell_style, text, collecting
        nonlocal formula, formula_text, in_formula, phonetic, length, cell_open
        if tag == C:
            cell_open = True
            collecting = False  # a value left open by a damaged cell before does not run into this one
            cell_ref = attrs.get("r")
            if cell_ref is None:
                column += 1
            else:
                letters = cell_ref.rstrip(_DIGITS)
                found = columns.get(letters)
                if found is None:
                    found = column_number(letters)
                    if not 0 < found <= MAX_COLUMN:
                        raise SheetDataError("cell-reference-invalid", cell_ref, ref=cell_ref)
                    columns[letters] = found
                column = found
            cell_type = attrs.get("t")
            cell_style = attrs.get("s")
            text = None
            formula = False
        elif tag == V:
            collecting = True
            text = []
            length = 0
        elif tag == ROW:
            number = attrs.get("r")
            row_number = int(number) if number and number.isdigit() else row_number + 1
            if not 0 < row_number <= MAX_ROW:
                raise SheetDataError("row-number-invalid", None, row=str(number))
            if _is_true(attrs.get("hidden")):
                marks.rows.add(row_number)
            row_cells = {}
            column = 0
        elif tag == F:
            formula = in_formula = True
            formula_text = ""
        elif tag == IS:
            text = []
            length = 0
        elif tag == T:
            if text is None and cell_open:  # text straight in a cell: no value it could belong to
                raise SheetDataError("cell-text-misplaced", _ref())
            collecting = not phonetic and text is not None
        elif tag == RPH:
            phonetic = True
        elif tag == COL and _is_true(attrs.get("hidden")):
            first, last = _int(attrs.get("min")), _int(attrs.get("max"))
            if 0 < first <= last:
                marks.columns.append((first, min(last, MAX_COLUMN)))

    def data(chunk: str) -> None:
        nonlocal formula_text, length
        if collecting:
            length += len(chunk)
            if length > MAX_TEXT_LENGTH * 8:  # even fully escaped, longer than Excel allows
                raise SheetDataError("cell-text-too-long", _ref(), length=length, limit=MAX_TEXT_LENGTH)
            text.append(chunk)  # type: ignore[union-attr]
        elif in_formula and len(formula_text) < 200:  # shown in messages only, shortened there
            formula_text += chunk

    def end(tag: str) -> None:
        nonlocal collecting, in_formula, phonetic, text, cell_open
        if tag == C:
            cell_open = False
            if text is None or (not text and cell_type != "str" and cell_type != "inlineStr"):
                if formula:
                    row_cells[column] = FormulaWithoutValue(formula_text)
                return
            joined = "".join(text) if len(text) != 1 else text[0]
            if cell_type is None or cell_type == "n":
                try:
                    value: Any = int(joined)
                except ValueError:
                    try:
                        value = float(joined)
                    except ValueError:
                        raise SheetDataError("cell-number-invalid", _ref(), text=joined[:40]) from None
                if cell_style is not None:
                    kind = style_kinds.get(cell_style)
                    if kind is not None:
                        if kind == DATE_KIND:
                            value = serial_to_date(value, date1904) or value
                        else:
                            value = PercentNumber(value)
            elif cell_type == "s":
                try:
                    value = shared[int(joined)]
                except (ValueError, IndexError):
                    raise SheetDataError("shared-string-missing", _ref(), index=joined[:20]) from None
                if type(value) is TextTooLong:
                    raise SheetDataError(
                        "cell-text-too-long", _ref(), length=value.length, limit=MAX_TEXT_LENGTH
                    )
            elif cell_type == "inlineStr" or cell_type == "str":
                value = decode_escapes(joined)
                if len(value) > MAX_TEXT_LENGTH:
                    raise SheetDataError(
                        "cell-text-too-long", _ref(), length=len(value), limit=MAX_TEXT_LENGTH
                    )
            elif cell_type == "b":
                value = joined.strip() in ("1", "true")
            elif cell_type == "e":
                value = CellError(joined.strip())
            elif cell_type == "d":
                value = parse_iso_date(joined) or joined
            else:
                value = joined
            row_cells[column] = value
            counters[0] += 1
        elif tag == V or tag == T:
            collecting = False
        elif tag == ROW:
            if row_cells:
                ready.append((row_number, row_cells))
                if counters[0] > max_cells:
                    raise SheetDataError("sheet-too-many-cells", None, limit=max_cells)
        elif tag == F:
            in_formula = False
        elif tag == RPH:
            phonetic = False

    def _ref() -> str:
        return cell_ref or cell_name(row_number, column)

    parser.StartElementHandler = root
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data

    for chunk in chunks:
        parser.Parse(chunk, False)
        if ready:
            yield ready
            ready = []
    parser.Parse(b"", True)
    if ready:
        yield ready
