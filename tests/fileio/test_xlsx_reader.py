"""The .xlsx reader on hand-written parts: every cell kind Excel and LibreOffice write."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from fileio_books import MAIN, package, sheet_xml

from kzseats_gui.fileio.xlsx_reader import XlsxReader
from kzseats_gui.fileio.xlsx_values import (
    CellError,
    FormulaWithoutValue,
    PercentNumber,
    format_kind,
    serial_to_date,
)

STYLES = (
    f'<styleSheet xmlns="{MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/>'
    '<numFmt numFmtId="165" formatCode="&quot;votes: &quot;#,##0"/></numFmts>'
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="10"/>'
    '<xf numFmtId="165"/></cellXfs></styleSheet>'
)


def read_rows(path, sheet=0):
    reader = XlsxReader(path.read_bytes())
    return {number: cells for number, cells in reader.rows(reader.sheets[sheet])}


def test_every_cell_kind(tmp_path):
    strings = (
        f'<sst xmlns="{MAIN}" count="3"><si><t>Amanat</t></si>'
        "<si><r><t>Ak </t></r><r><rPr><b/></rPr><t>Zhol</t></r></si>"
        '<si><t>Сайлау</t><rPh sb="0" eb="1"><t>phonetic hint</t></rPh></si></sst>'
    )
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="inlineStr"><is><t xml:space="preserve"> inline &amp; escaped </t></is></c></row>'
        '<row r="2"><c r="A2"><v>3431510</v></c><c r="B2" t="n"><v>5.5</v></c><c r="C2" t="b"><v>1</v></c>'
        '<c r="D2" t="b"><v>0</v></c><c r="E2"><v>1E3</v></c></row>'
        '<row r="3"><c r="A3"><f>SUM(A2:A2)</f><v>3431510</v></c><c r="B3" t="str"><f>A1</f><v>Amanat</v></c>'
        '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3"><f>A2*2</f></c>'
        '<c r="E3" t="str"><f>""</f><v></v></c></row>'
        '<row r="4"><c r="A4" s="1"><v>45004</v></c><c r="B4" s="2"><v>45004.5</v></c>'
        '<c r="C4" s="3"><v>0.055</v></c>'
        '<c r="D4" s="4"><v>12</v></c><c r="E4" t="d"><v>2023-03-19T00:00:00</v></c></row>'
    )
    path = package(tmp_path / "kinds.xlsx", {"S": sheet_xml(rows)}, shared_strings=strings, styles=STYLES)
    got = read_rows(path)
    assert got[1] == {1: "Amanat", 2: "Ak Zhol", 3: "Сайлау", 4: " inline & escaped "}
    assert got[2] == {1: 3431510, 2: 5.5, 3: True, 4: False, 5: 1000.0}
    assert type(got[2][1]) is int
    assert got[3][1] == 3431510 and got[3][2] == "Amanat" and got[3][3] == CellError("#DIV/0!")
    assert got[3][4] == FormulaWithoutValue("A2*2") and got[3][5] == ""
    assert got[4][1] == date(2023, 3, 19) and got[4][2] == datetime(2023, 3, 19, 12, 0)
    assert isinstance(got[4][3], PercentNumber) and got[4][3] == 0.055
    assert got[4][4] == 12 and not isinstance(got[4][4], PercentNumber)
    assert got[4][5] == date(2023, 3, 19)


def test_prefixed_namespace_and_cells_without_references(tmp_path):
    rows = (
        '<x:row><x:c t="inlineStr"><x:is><x:t>Party</x:t></x:is></x:c>'
        '<x:c t="inlineStr"><x:is><x:t>Votes</x:t></x:is></x:c></x:row>'
        '<x:row><x:c t="inlineStr"><x:is><x:t>A</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>'
    )
    path = package(tmp_path / "prefix.xlsx", {"Parties": sheet_xml(rows, prefix="x")})
    assert read_rows(path) == {1: {1: "Party", 2: "Votes"}, 2: {1: "A", 2: 7}}


def test_sheet_names_and_order_come_from_the_workbook(tmp_path):
    path = package(
        tmp_path / "names.xlsx",
        {"Партии": sheet_xml(""), "List votes": sheet_xml(""), "Notes": sheet_xml("")},
    )
    assert [s.name for s in XlsxReader(path.read_bytes()).sheets] == ["Партии", "List votes", "Notes"]


def test_the_1904_date_system(tmp_path):
    rows = '<row r="1"><c r="A1" s="1"><v>43542</v></c></row>'
    path = package(
        tmp_path / "mac.xlsx", {"S": sheet_xml(rows)}, styles=STYLES, workbook_pr='<workbookPr date1904="1"/>'
    )
    assert read_rows(path)[1][1] == date(2023, 3, 19)


@pytest.mark.parametrize(
    ("serial", "expected"),
    [(1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)), (45004, date(2023, 3, 19))],
)
def test_excel_serials(serial, expected):
    assert serial_to_date(serial, date1904=False) == expected


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("yyyy-mm-dd", "date"),
        ("dd.mm.yyyy", "date"),
        ("0.0%", "percent"),
        ("#,##0", None),
        ('"days: "0', None),
        ("[Red]#,##0", None),
        ("General", None),
        ("0.00E+00", None),
        ("@", None),
    ],
)
def test_number_format_kinds(code, kind):
    assert format_kind(code) == kind
