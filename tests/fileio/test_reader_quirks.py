"""Files as other programs write them: the 1904 date system, parts at the zip root or named with
backslashes, a part stored twice, Excel's _xHHHH_ escapes, very long cells; and a property: whatever
openpyxl writes, the reader reads back."""

from __future__ import annotations

import io
import re
from datetime import date

import awkward_books as awkward
import openpyxl
from fileio_books import codes, problems_of, where
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from kzseats_gui.fileio.workbook import read_workbook
from kzseats_gui.fileio.xlsx_reader import XlsxReader
from kzseats_gui.fileio.xlsx_values import MAX_TEXT_LENGTH, decode_escapes

OFFICIAL_NAMES = [name for name, _ in awkward.OFFICIAL_2023]


def test_a_1904_workbook_from_recent_excel_keeps_its_dates(tmp_path):
    election = read_workbook(awkward.dates_1904_recent_excel(tmp_path / "mac.xlsx"))
    assert election.overrides.election_date == awkward.ELECTION_DATE  # not 2019-03-18


def test_a_workbook_at_the_zip_root_is_read(tmp_path):
    election = read_workbook(awkward.workbook_at_zip_root(tmp_path / "root.xlsx"))
    assert [p.name for p in election.parties] == OFFICIAL_NAMES


def test_part_names_with_backslashes_are_read_and_said(tmp_path):
    election = read_workbook(awkward.parts_with_backslashes(tmp_path / "backslash.xlsx"))
    assert [p.name for p in election.parties] == OFFICIAL_NAMES
    assert [n.code for n in election.notes] == ["zip-backslashes"]


def test_a_part_stored_twice_is_refused_naming_it(tmp_path):
    error = problems_of(awkward.part_stored_twice(tmp_path / "twice.xlsx"))
    assert codes(error) == ["zip-duplicate-part"]
    assert "xl/worksheets/sheet2.xml" in str(error)


def test_excel_escapes_are_decoded_as_excel_does(tmp_path):
    election = read_workbook(awkward.excel_escapes(tmp_path / "escapes.xlsx"))
    names = [p.name for p in election.parties]
    assert "Ak Zhol" in names and "OSDP_x0041_" in names


def test_decode_escapes():
    assert decode_escapes("a_x000D_b") == "a\rb"
    assert decode_escapes("_x005F_x0041_") == "_x0041_"
    assert decode_escapes("_xD83D__xDE00_") == "\U0001f600"  # a surrogate pair is one character
    assert decode_escapes("_xD83D_") == "_xD83D_"  # a lone surrogate is left as written
    assert decode_escapes("no escapes") == "no escapes"


def test_a_cell_at_excels_limit_is_read_and_one_beyond_is_refused(tmp_path):
    election = read_workbook(awkward.long_text_cell(tmp_path / "limit.xlsx", MAX_TEXT_LENGTH))
    assert len(election.overrides.title) == MAX_TEXT_LENGTH
    error = problems_of(awkward.long_text_cell(tmp_path / "long.xlsx", MAX_TEXT_LENGTH + 1))
    assert codes(error) == ["cell-text-too-long"] and where(error) == ["Election!B4"]


# -- what openpyxl writes, the reader reads -------------------------------------------------------

_EXCEL_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")
# Text openpyxl can store: no control characters or surrogates. openpyxl writes `_xHHHH_` as it is,
# where Excel would have escaped the underscore; such text means a character to Excel and to this
# reader, so it is left out here (its decoding is tested above); so is text openpyxl takes as a formula.
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda t: not _EXCEL_ESCAPE.search(t) and not t.startswith("=")  # "=..." is a formula to openpyxl
)
values = st.one_of(
    texts,
    st.integers(min_value=-(10**15), max_value=10**15),
    # openpyxl writes 16 significant digits (Excel keeps 15): a float round-trips to that precision.
    st.floats(min_value=-1e300, max_value=1e300).map(lambda f: float(f"{f:.15g}")),
    st.booleans(),
    st.dates(min_value=date(1904, 1, 2), max_value=date(9999, 12, 31)),
    st.none(),
)
grids = st.lists(st.lists(values, min_size=1, max_size=6), min_size=1, max_size=8)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids, st.booleans())
def test_any_workbook_openpyxl_writes_reads_back_the_same(grid, mac_dates):
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904 if mac_dates else CALENDAR_WINDOWS_1900
    sheet = book.active
    sheet.title = "Data"
    for row in grid:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)

    reader = XlsxReader(buffer.getvalue())
    read = {number: cells for number, cells in reader.rows(reader.sheets[0])}
    for number, row in enumerate(grid, start=1):
        expected = {column: value for column, value in enumerate(row, start=1) if value is not None}
        got = read.get(number, {})
        assert got.keys() == expected.keys()
        for column, value in expected.items():
            assert type(got[column]) is type(value) or (
                isinstance(value, (int, float)) and not isinstance(value, bool)
            ), (number, column, value, got[column])
            assert got[column] == value, (number, column, value, got[column])
