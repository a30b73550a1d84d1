"""Streaming a worksheet part into rows: ``(row number, {column number: value})``.

This is the hot path of an import (a national result has ~10,000 polling-station rows), so the expat
handlers do as little Python work per cell as they can. The ``<dimension>`` element is never read:
what a file claims about its size allocates nothing; rows and cells are counted as they arrive.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .xlsx_values import (
    DATE_KIND,
    CellError,
    FormulaWithoutValue,
    PercentNumber,
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


_DIGITS = "0123456789"


def stream_rows(
    chunks: Iterable[bytes],
    shared: list[str],
    style_kinds: dict[str, str],
    date1904: bool,
    max_cells: int,
) -> Iterator[list[Row]]:
    """Rows in batches, one batch per chunk of the part fed to the parser."""
    ready: list[Row] = []
    columns: dict[str, int] = {}
    parser = safe_parser()
    counters = [0]  # cells so far

    # Tag names, fixed once the root element shows which prefix (if any) the part uses.
    C = V = F = ROW = IS = T = RPH = ""

    def root(tag: str, attrs: dict[str, str]) -> None:
        nonlocal C, V, F, ROW, IS, T, RPH
        prefix = tag[: tag.index(":") + 1] if ":" in tag else ""
        C, V, F, ROW, IS, T, RPH = (prefix + n for n in ("c", "v", "f", "row", "is", "t", "rPh"))
        parser.StartElementHandler = start

    row_cells: dict[int, Any] = {}
    row_number = 0
    column = 0
    cell_ref: str | None = None
    cell_type: str | None = None
    cell_style: str | None = None
    text: str | None = None
    collecting = False
    formula = False
    formula_text = ""
    in_formula = False
    phonetic = False

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal row_cells, row_number, column, cell_ref, cell_type, cell_style, text, collecting
        nonlocal formula, formula_text, in_formula, phonetic
        if tag == C:
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
            text = ""
        elif tag == ROW:
            number = attrs.get("r")
            row_number = int(number) if number and number.isdigit() else row_number + 1
            if not 0 < row_number <= MAX_ROW:
                raise SheetDataError("row-number-invalid", None, row=str(number))
            row_cells = {}
            column = 0
        elif tag == F:
            formula = in_formula = True
            formula_text = ""
        elif tag == IS:
            text = ""
        elif tag == T:
            collecting = not phonetic
        elif tag == RPH:
            phonetic = True

    def data(chunk: str) -> None:
        nonlocal text, formula_text
        if collecting:
            text += chunk  # type: ignore[operator]
        elif in_formula:
            formula_text += chunk

    def end(tag: str) -> None:
        nonlocal collecting, in_formula, phonetic
        if tag == C:
            if text is None or (text == "" and cell_type != "str" and cell_type != "inlineStr"):
                if formula:
                    row_cells[column] = FormulaWithoutValue(formula_text)
                return
            if cell_type is None or cell_type == "n":
                try:
                    value: Any = int(text)
                except ValueError:
                    try:
                        value = float(text)
                    except ValueError:
                        raise SheetDataError("cell-number-invalid", _ref(), text=text[:40]) from None
                if cell_style is not None:
                    kind = style_kinds.get(cell_style)
                    if kind is not None:
                        if kind == DATE_KIND:
                            value = serial_to_date(value, date1904) or value
                        else:
                            value = PercentNumber(value)
            elif cell_type == "s":
                try:
                    value = shared[int(text)]
                except (ValueError, IndexError):
                    raise SheetDataError("shared-string-missing", _ref(), index=text[:20]) from None
            elif cell_type == "inlineStr" or cell_type == "str":
                value = text
            elif cell_type == "b":
                value = text.strip() in ("1", "true")
            elif cell_type == "e":
                value = CellError(text.strip())
            elif cell_type == "d":
                value = parse_iso_date(text) or text
            else:
                value = text
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
