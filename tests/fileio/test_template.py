"""`write_template`: the contract format with instructions, and it imports back once filled in."""

from __future__ import annotations

import openpyxl
import pytest
from fileio_books import OFFICIAL_2023, OFFICIAL_2023_AGAINST_ALL

from kzseats_gui.core.model import Body
from kzseats_gui.fileio.template import write_template
from kzseats_gui.fileio.workbook import read_workbook


@pytest.mark.parametrize("body", list(Body))
def test_layout_for_every_body(tmp_path, body):
    path = tmp_path / "template.xlsx"
    write_template(path, body)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Instructions"
    assert {"Election", "Parties", "Districts"} <= set(book.sheetnames)
    instructions = " ".join(str(c.value) for row in book["Instructions"].iter_rows() for c in row if c.value)
    assert "EXAMPLES" in instructions and "ПРИМЕРЫ" in instructions
    settings = {row[0].value: row[1].value for row in book["Election"].iter_rows(min_row=2)}
    assert settings["Body"] == body.value and settings["Method"] == "hare"
    for name in book.sheetnames[1:]:
        assert book[name].freeze_panes == "A2"
    validations = {str(v.sqref): v for v in book["Election"].data_validations.dataValidation}
    assert any(v.type == "list" and "maslikhat-regional" in v.formula1 for v in validations.values())
    for name in ("Parties", "Districts", "Candidates"):
        if name in book.sheetnames:
            examples = [row for row in book[name].iter_rows(min_row=2) if row[0].value is not None]
            assert all(row[0].font.i for row in examples)  # grey italic: clearly examples
            texts = [str(cell.value) for row in examples for cell in row if isinstance(cell.value, str)]
            assert any("Example" in text for text in texts) or not examples


@pytest.mark.parametrize("body", [Body.MAZHILIS, Body.MAZHILIS_2007])
def test_the_template_as_written_imports(tmp_path, body):
    path = tmp_path / "as-is.xlsx"
    write_template(path, body)
    election = read_workbook(path)
    assert [p.name for p in election.list_parties] == [
        "Example party A",
        "Example party B",
        "Example party C",
    ]
    assert election.overrides.body is body
    assert not [n for n in election.notes if n.code in ("sheet-unknown", "column-unknown")]


def replace_examples(sheet, rows: list[list[object]]) -> None:
    sheet.delete_rows(2, sheet.max_row)
    for row in rows:
        sheet.append(row)


def test_filled_in_mazhilis_template_imports_back(tmp_path):
    path = tmp_path / "filled.xlsx"
    write_template(path, Body.MAZHILIS)
    book = openpyxl.load_workbook(path)
    replace_examples(
        book["Parties"], [[n, v] for n, v in OFFICIAL_2023] + [["Against all", OFFICIAL_2023_AGAINST_ALL]]
    )
    replace_examples(book["List votes"], [])
    replace_examples(
        book["Districts"], [[1, "Däulet Turlyhanov", "Amanat", 60_000], [1, "Rival", "Auyl", 20_000]]
    )
    replace_examples(book["Candidates"], [["Amanat", 1, "Aigerim Omarova", "Ж", "1985-04-23", "нет", "да"]])
    election_sheet = book["Election"]
    election_sheet["B4"] = "2023-03-19"  # Election date
    book.save(path)

    election = read_workbook(path)
    assert [(p.name, p.votes) for p in election.parties] == OFFICIAL_2023
    assert election.against_all == OFFICIAL_2023_AGAINST_ALL
    assert election.districts[0].candidates[0].party == "Amanat"
    assert election.candidates[0].elected is True
    assert str(election.overrides.election_date) == "2023-03-19"
    assert (election.overrides.list_seats, election.overrides.district_seats) == (69, 29)


def test_filled_in_regional_maslikhat_template_imports_back(tmp_path):
    path = tmp_path / "regional.xlsx"
    write_template(path, Body.MASLIKHAT_REGIONAL)
    book = openpyxl.load_workbook(path)
    election_sheet = book["Election"]
    list_row = next(r for r in election_sheet.iter_rows(min_row=2) if r[0].value == "List seats")
    list_row[1].value = 21
    replace_examples(book["Parties"], [["Amanat", 200_000, "Amanat"], ["Respublica", 60_000, "Rsp"]])
    replace_examples(book["List votes"], [["Almaly", None, 120_000, 35_000], ["Medeu", None, 80_000, 25_000]])
    book["List votes"]["C1"], book["List votes"]["D1"], book["List votes"]["E1"] = "Amanat", "Rsp", None
    replace_examples(book["Districts"], [[n, f"Candidate {n}", "Amanat", 1000 + n] for n in range(1, 22)])
    replace_examples(book["Candidates"], [])
    book.save(path)

    election = read_workbook(path)
    assert [(p.name, p.votes) for p in election.parties] == [("Amanat", 200_000), ("Respublica", 60_000)]
    assert election.overrides.body is Body.MASLIKHAT_REGIONAL and election.overrides.list_seats == 21
    assert len(election.districts) == 21


def test_the_unfilled_regional_template_asks_for_list_seats(tmp_path):
    path = tmp_path / "regional.xlsx"
    write_template(path, Body.MASLIKHAT_REGIONAL)
    from kzseats_gui.fileio.problems import WorkbookError

    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert [p.code for p in caught.value.problems] == ["election-setting-required"]
    assert caught.value.problems[0].source.cell == "B5"


def test_writing_replaces_an_existing_file_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "template.xlsx"
    path.write_bytes(b"old content")
    write_template(path)
    assert openpyxl.load_workbook(path).sheetnames[0] == "Instructions"
    assert [p.name for p in tmp_path.iterdir()] == ["template.xlsx"]
