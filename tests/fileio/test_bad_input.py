"""Every class of bad input: one readable WorkbookError that names the file, sheet and cell."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from fileio_books import MAIN, codes, package, problems_of, replace_part, sheet_xml, where, write_book

from kzseats_gui.fileio.problems import MAX_PROBLEMS, WorkbookError
from kzseats_gui.fileio.workbook import read_workbook

BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def good_book(tmp_path: Path) -> Path:
    return write_book(tmp_path / "good.xlsx", {"Parties": [["Party", "Votes"], ["A", 100], ["B", 50]]})


def assert_readable(error: WorkbookError, file_name: str) -> str:
    text = str(error)
    assert text.startswith(f"{file_name}: the workbook cannot be used")
    assert "Traceback" not in text and "{" not in text
    return text


# -- the file is not a workbook at all -----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"Party;Votes\nA;100\n", "file-not-xlsx"),
        (b"", "file-empty"),
        (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504), "file-xls"),
    ],
    ids=["text", "empty", "xls"],
)
def test_not_a_workbook(tmp_path, content, code):
    path = tmp_path / "results.xlsx"
    path.write_bytes(content)
    error = problems_of(path)
    assert codes(error) == [code]
    assert_readable(error, "results.xlsx")


def test_a_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert codes(problems_of(path)) == ["file-not-workbook"]


def test_ods_is_named(tmp_path):
    path = tmp_path / "results.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert codes(problems_of(path)) == ["file-ods"]


def test_a_binary_excel_workbook_is_named_not_called_damaged(tmp_path):
    # As Excel saves .xlsb (the smallest form of the binary workbooks in public test corpora): the
    # package points at xl/workbook.bin, whose records are not XML.
    path = tmp_path / "results.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'
        ))
        archive.writestr("xl/workbook.bin", bytes([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]))
    error = problems_of(path)
    assert codes(error) == ["file-xlsb"]
    assert "Excel Binary Workbook (.xlsb)" in str(error) and "damaged" not in str(error)


def test_truncated_zip(tmp_path):
    data = good_book(tmp_path).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    error = problems_of(path)
    assert codes(error) == ["zip-damaged"]
    assert_readable(error, "cut.xlsx")


def test_damaged_sheet_data_names_the_sheet(tmp_path):
    source = good_book(tmp_path)
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        offset = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data = bytearray(source.read_bytes())
    for i in range(offset + 10, offset + min(info.compress_size, 60)):
        data[i] ^= 0x5A
    path = tmp_path / "flipped.xlsx"
    path.write_bytes(bytes(data))
    error = problems_of(path)
    assert codes(error) in (["zip-damaged"], ["xml-malformed"])
    assert error.problems[0].source.sheet == "Parties"


def test_missing_file_and_folder(tmp_path):
    assert codes(problems_of(tmp_path / "nowhere.xlsx")) == ["file-missing"]
    assert codes(problems_of(tmp_path)) == ["file-is-directory"]


def test_missing_workbook_part(tmp_path):
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(good_book(tmp_path)) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
    error = problems_of(path)
    assert codes(error) == ["part-missing"] and where(error) == ["Parties!None"]


# -- hostile files: bounded time and memory ------------------------------------------------------


def test_entity_bomb_in_a_sheet_is_refused(tmp_path):
    xml = sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>', before=BILLION_LAUGHS
    )
    error = problems_of(package(tmp_path / "bomb.xlsx", {"Parties": xml}))
    assert codes(error) == ["xml-unsafe"]
    assert error.problems[0].source.sheet == "Parties"
    assert "Parties" in assert_readable(error, "bomb.xlsx")


def test_external_entity_in_shared_strings_is_refused(tmp_path):
    strings = (
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>'
    )
    xml = sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    error = problems_of(package(tmp_path / "xxe.xlsx", {"Parties": xml}, shared_strings=strings))
    assert codes(error) == ["xml-unsafe"]
    assert error.problems[0].params["part"] == "xl/sharedStrings.xml"


def test_a_claimed_huge_dimension_allocates_nothing(tmp_path):
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Party</t></is></c><c r="B1" t="inlineStr"><is><t>Votes</t>'
        '</is></c><c r="XFD1" t="inlineStr"><is><t>Remark</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="B2"><v>100</v></c></row>'
        '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>B</t></is></c>'
        '<c r="B1048576"><v>7</v></c></row>'
    )
    xml = sheet_xml(rows).replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>')
    path = package(tmp_path / "wide.xlsx", {"Parties": xml})
    tracemalloc.start()
    try:
        election = read_workbook(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(p.name, p.votes) for p in election.parties] == [("A", 100), ("B", 7)]
    assert [(n.code, n.source.cell) for n in election.notes] == [("column-unknown", "XFD1")]
    assert peak < 20 * 2**20


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_a_compression_bomb_is_refused_before_it_is_unpacked(tmp_path):
    source = good_book(tmp_path)
    filler = b"<row/>" * (4 * 2**20)  # 24 MiB of XML that packs to a few dozen KiB
    xml = sheet_xml("").encode().replace(b"<sheetData>", b"<sheetData>" + filler)
    path = replace_part(source, "xl/worksheets/sheet1.xml", xml, tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 200_000
    error = problems_of(path)
    assert codes(error) == ["part-ratio"]
    assert_readable(error, "bomb.xlsx")


def patch_declared_size(data: bytearray, part: str, size: int) -> None:
    """Rewrite the unpacked size a zip claims for ``part`` (local header and central directory)."""
    end = data.rfind(b"PK\x05\x06")
    count, offset = struct.unpack_from("<H", data, end + 10)[0], struct.unpack_from("<I", data, end + 16)[0]
    for _ in range(count):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, offset + 28)
        if data[offset + 46 : offset + 46 + name_length].decode() == part:
            local = struct.unpack_from("<I", data, offset + 42)[0]
            struct.pack_into("<I", data, offset + 24, size)
            struct.pack_into("<I", data, local + 22, size)
        offset += 46 + name_length + extra_length + comment_length


def test_a_huge_size_claim_is_refused_before_unpacking(tmp_path):
    data = bytearray(good_book(tmp_path).read_bytes())
    patch_declared_size(data, "xl/worksheets/sheet1.xml", 3 * 2**30)
    path = tmp_path / "claim.xlsx"
    path.write_bytes(bytes(data))
    error = problems_of(path)
    assert codes(error) == ["part-too-large"] and error.problems[0].source.sheet == "Parties"


def test_a_part_larger_than_it_claims_is_refused(tmp_path):
    data = bytearray(good_book(tmp_path).read_bytes())
    patch_declared_size(data, "xl/worksheets/sheet1.xml", 100)
    path = tmp_path / "understated.xlsx"
    path.write_bytes(bytes(data))
    assert codes(problems_of(path)) in (["zip-damaged"], ["xml-malformed"])


# -- cells -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", [
    '<c r="B1"><t>Votes</t></c>',  # text straight in the cell, no <is> around it
    '<c r="B1" t="inlineStr"><t>Votes</t></c>',
])
def test_text_outside_a_value_or_inline_string_names_the_cell(tmp_path, cell):
    # The smallest form of a damaged public test workbook that stopped the reader with a traceback.
    rows = f'<row r="1"><c r="A1" t="inlineStr"><is><t>Party</t></is></c>{cell}</row>'
    error = problems_of(package(tmp_path / "t.xlsx", {"Parties": sheet_xml(rows)}))
    assert codes(error) == ["cell-text-misplaced"] and where(error) == ["Parties!B1"]
    assert_readable(error, "t.xlsx")


@pytest.mark.parametrize("damaged", ["strings", "sheet"])
def test_an_unknown_encoding_in_the_xml_declaration_names_the_part(tmp_path, damaged):
    # The smallest form of a third damaged public test workbook (the declaration's encoding garbled).
    declaration = '<?xml version="1.0" encoding="UTFNaN"?>'
    strings = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"><si><t>Party</t></si></sst>'
    sheet = sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    if damaged == "strings":
        strings = strings.replace('<?xml version="1.0" encoding="UTF-8"?>', declaration)
    else:
        sheet = sheet.replace('<?xml version="1.0" encoding="UTF-8"?>', declaration)
    error = problems_of(package(tmp_path / "e.xlsx", {"Parties": sheet}, shared_strings=strings))
    assert codes(error) == ["xml-malformed"]
    text = assert_readable(error, "e.xlsx")
    assert ("sharedStrings.xml" if damaged == "strings" else "sheet1.xml") in text and "UTFNaN" in text


def test_a_value_left_open_into_the_next_cell_is_refused_not_a_traceback(tmp_path):
    # The smallest form of another damaged public test workbook: a cell starts inside a value.
    rows = '<row r="1"><c r="A1"><v>1<c r="B1"><f>1/0</f></c></v></c></row>'
    error = problems_of(package(tmp_path / "v.xlsx", {"Parties": sheet_xml(rows)}))
    assert codes(error)[0] == "cell-formula-no-value" and where(error)[0] == "Parties!B1"
    assert_readable(error, "v.xlsx")



def test_formula_without_cached_value_names_the_cell(tmp_path):
    path = write_book(
        tmp_path / "f.xlsx", {"Parties": [["Party", "Votes"], ["A", 100], ["B", "=SUM(B2:B2)"]]}
    )
    error = problems_of(path)
    assert codes(error) == ["cell-formula-no-value"]
    text = assert_readable(error, "f.xlsx")
    assert "Parties!B3" in text and "=SUM(B2:B2)" in text


def test_error_value_names_the_cell(tmp_path):
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Party</t></is></c><c r="B1" t="inlineStr"><is><t>Votes</t>'
        '</is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c>'
        '<c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
    )
    error = problems_of(package(tmp_path / "e.xlsx", {"Parties": rows and sheet_xml(rows)}))
    assert codes(error) == ["cell-error-value"] and where(error) == ["Parties!B2"]
    assert "#DIV/0!" in str(error)


def test_bad_counts_are_all_reported_with_their_cells(tmp_path):
    path = write_book(
        tmp_path / "counts.xlsx",
        {"Parties": [["Party", "Votes"], ["A", 1000], ["B", -5], ["C", 12.5], ["D", "lots"], ["E", "1,5"]]},
    )
    error = problems_of(path)
    assert codes(error) == ["count-negative", "count-fractional", "count-not-number", "count-fractional"]
    assert where(error) == ["Parties!B3", "Parties!B4", "Parties!B5", "Parties!B6"]
    text = assert_readable(error, "counts.xlsx")
    assert '"-5"' in text and '"12.5"' in text and '"lots"' in text
    assert "whole number" in text  # and what would be right


def test_missing_parties_sheet_when_there_are_list_seats(tmp_path):
    path = write_book(
        tmp_path / "nolist.xlsx",
        {
            "List votes": [["Region", "Amanat", "Auyl"], ["X", 10, 5]],
            "Districts": [["District", "Candidate"], [1, "X"]],
        },
    )
    error = problems_of(path)
    assert codes(error) == ["sheet-missing"]
    assert "Parties" in assert_readable(error, "nolist.xlsx")


def test_missing_required_column_names_the_header_row(tmp_path):
    error = problems_of(write_book(tmp_path / "col.xlsx", {"Parties": [["Name", "Votes"], ["A", 1]]}))
    assert codes(error) == ["column-missing"]
    assert where(error) == ["Parties!A1:B1"]
    assert "Party [Партия]" in str(error)


def test_missing_votes_everywhere(tmp_path):
    """No Votes column and no List votes sheet: one problem naming the header row, not one per party."""
    error = problems_of(write_book(tmp_path / "novotes.xlsx", {"Parties": [["Party"], ["A"], ["B"]]}))
    assert codes(error) == ["votes-column-missing"]
    assert where(error) == ["Parties!A1:A1"]


def test_a_blank_votes_cell_names_the_party(tmp_path):
    path = write_book(tmp_path / "blank.xlsx", {"Parties": [["Party", "Votes"], ["A", 5], ["B"]]})
    error = problems_of(path)
    assert codes(error) == ["votes-missing"] and where(error) == ["Parties!B3"]


def test_duplicate_party_names_both_cells(tmp_path):
    path = write_book(
        tmp_path / "dup.xlsx", {"Parties": [["Party", "Votes"], ["Amanat", 1], [" AMANAT ", 2]]}
    )
    error = problems_of(path)
    assert codes(error) == ["party-duplicate"] and where(error) == ["Parties!A3"]
    assert "A2" in str(error)


def test_list_votes_mismatch_names_party_and_both_totals(tmp_path):
    path = write_book(
        tmp_path / "mismatch.xlsx",
        {
            "Parties": [["Party", "Votes"], ["Amanat", 3_431_510], ["Auyl", 700]],
            "List votes": [["Region", "Amanat", "Auyl"], ["X", 3_000_000, 300], ["Y", 431_000, 400]],
        },
    )
    error = problems_of(path)
    assert codes(error) == ["list-votes-mismatch"] and where(error) == ["Parties!B2"]
    text = str(error)
    assert "Amanat" in text and "3\u202f431\u202f510" in text and "3\u202f431\u202f000" in text


def test_a_list_votes_column_that_is_no_party(tmp_path):
    path = write_book(
        tmp_path / "col.xlsx",
        {
            "Parties": [["Party", "Votes"], ["Amanat", 10]],
            "List votes": [["Region", "Amanat", "Nur Otan", "Comment"], ["X", 10, 5, "checked"]],
        },
    )
    error = problems_of(path)
    assert codes(error) == ["list-votes-party-unknown"] and where(error) == ["List votes!C1"]


def test_all_problems_of_all_sheets_come_at_once(tmp_path):
    path = write_book(
        tmp_path / "many.xlsx",
        {
            "Election": [["Setting", "Value"], ["Method", "borda"], ["Threshold percent", 150]],
            "Parties": [["Party", "Votes"], ["A", -1], ["B", 10]],
            "Districts": [["District", "Candidate", "Votes"], [1, "X", 5], [1, "X", 6], [2, None, 7]],
            "Candidates": [["Party", "Position", "Name", "Gender"], ["Z", 1, "P", "F"], ["A", 1, "Q", "?"]],
        },
    )
    error = problems_of(path)
    assert sorted(zip(codes(error), where(error), strict=True)) == sorted(
        [
            ("choice-invalid", "Election!B2"),
            ("election-setting-out-of-range", "Election!B3"),
            ("count-negative", "Parties!B2"),
            ("candidate-duplicate", "Districts!B3"),
            ("candidate-name-missing", "Districts!B4"),
            ("candidate-party-unknown", "Candidates!A2"),
            ("gender-invalid", "Candidates!D3"),
        ]
    )
    assert "hare, droop, dhondt, sainte-lague" in str(error)


def test_a_required_setting_is_named_on_the_election_sheet(tmp_path):
    path = write_book(
        tmp_path / "regional.xlsx",
        {
            "Election": [["Setting", "Value"], ["Body", "maslikhat-regional"], ["List seats", None]],
            "Parties": [["Party", "Votes"], ["A", 1]],
        },
    )
    error = problems_of(path)
    assert codes(error) == ["election-setting-required"] and where(error) == ["Election!B3"]
    assert "List seats" in str(error) and "maslikhat-regional" in str(error)


def test_more_districts_than_district_seats(tmp_path):
    path = write_book(
        tmp_path / "d.xlsx",
        {
            "Election": [["Setting", "Value"], ["Body", "maslikhat-local"], ["District seats", 1]],
            "Districts": [["District", "Candidate", "Votes"], [1, "X", 5], [2, "Y", 6]],
        },
    )
    assert codes(problems_of(path)) == ["districts-too-many"]


def test_a_flood_of_problems_is_cut_short(tmp_path):
    rows = [["Party", "Votes"], *[[f"P{i}", -i - 1] for i in range(MAX_PROBLEMS + 50)]]
    error = problems_of(write_book(tmp_path / "flood.xlsx", {"Parties": rows}))
    assert len(error.problems) == MAX_PROBLEMS + 1
    assert error.problems[-1].code == "more-problems" and error.problems[-1].params == {"count": 50}


# -- the input is only ever read -------------------------------------------------------------------


@pytest.mark.parametrize("good", [True, False])
def test_the_input_file_is_never_changed(tmp_path, good):
    rows = [["Party", "Votes"], ["A", 100]] if good else [["Party", "Votes"], ["A", -100]]
    path = write_book(tmp_path / "input.xlsx", {"Parties": rows})
    os.utime(path, (1_600_000_000, 1_600_000_000))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        read_workbook(path)
    except WorkbookError:
        assert not good
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert path.stat().st_mtime == 1_600_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["input.xlsx"]


def test_a_read_only_file_can_be_read(tmp_path):
    path = good_book(tmp_path)
    path.chmod(0o444)
    try:
        assert len(read_workbook(path).parties) == 2
    finally:
        path.chmod(0o644)
