"""A Parties sheet without its Votes column, counts pasted as Excel displayed them (3.43152E+06) and
district numbers typed two ways ("01" and 1): refused naming the cells, never counted silently."""

from __future__ import annotations

import awkward_books as awkward
import openpyxl
import pytest
from fileio_books import codes, problems_of, where, write_book

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.fileio.workbook import read_workbook


def read(path):
    election = read_workbook(path)
    return election, allocate(election, resolve_settings(election.overrides))


# -- the Votes column ------------------------------------------------------------------------------


def test_a_parties_sheet_without_a_votes_column_is_refused_naming_the_headers(tmp_path):
    """Every list party also stands in districts: without the rule, all 69 list seats went vacant."""
    parties = awkward.parties_rows(header=("Party", "Result"))
    error = problems_of(awkward.every_party_in_districts(tmp_path / "result.xlsx", parties))
    assert codes(error) == ["votes-column-missing"] and where(error) == ["Parties!A1:B1"]
    text = str(error)
    assert '"Party", "Result"' in text  # the headers found
    assert all(name in text for name in ("Votes", "Голоса", "Дауыстар"))  # the names accepted
    assert "69 list seats" in text and "List votes" in text


def test_a_votes_column_left_blank_before_the_count_keeps_the_list_seats_pending(tmp_path):
    """The Votes column is there but empty (the list count is not in): the district seats are
    given, the list seats wait, as before."""
    parties = [["Party", "Votes"], *[[name, None] for name, _ in awkward.OFFICIAL_2023]]
    election, result = read(awkward.every_party_in_districts(tmp_path / "pending.xlsx", parties))
    assert all(p.votes is None for p in election.parties)
    assert {p.name: p.district_seats for p in result.parties}["Amanat"] == 22
    assert result.vacant == 69 and any(n.code == "no-list-votes" for n in result.warnings)


def test_list_votes_sheet_gives_the_votes_without_a_votes_column(tmp_path):
    path = write_book(
        tmp_path / "lv.xlsx",
        {
            "Parties": [["Party", "Color"], ["Amanat", "#1F5AA6"], ["Auyl", None]],
            "List votes": [["Region", "Amanat", "Auyl"], ["Astana", 1000, 200], ["Almaty", 500, 100]],
        },
    )
    assert [(p.name, p.votes) for p in read_workbook(path).parties] == [("Amanat", 1500), ("Auyl", 300)]


def test_no_votes_column_is_needed_without_list_seats(tmp_path):
    path = write_book(
        tmp_path / "local.xlsx",
        {
            "Election": [["Setting", "Value"], ["Body", "maslikhat-local"], ["District seats", 1]],
            "Parties": [["Party", "Color"], ["Amanat", "#1F5AA6"]],
            "Districts": [["District", "Candidate", "Party", "Votes"], [1, "X", "Amanat", 10]],
        },
    )
    _, result = read(path)
    assert {p.name: p.district_seats for p in result.parties} == {"Amanat": 1}


# -- counts in scientific notation ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["3.43152E+06", "3,43152E+06", "3.43152e6", "3E+06", " 3.431510E+06 "])
def test_a_count_pasted_in_scientific_notation_is_refused(tmp_path, text):
    rows = awkward.parties_rows()
    rows[1][1] = text  # Excel shows 3431510 so in a narrow column; pasted as text, digits are lost
    error = problems_of(write_book(tmp_path / "sci.xlsx", {"Election": awkward.LIST_ONLY, "Parties": rows}))
    assert codes(error) == ["count-scientific"] and where(error) == ["Parties!B2"]
    text_shown = str(error)
    assert text.strip() in text_shown and "full number" in text_shown


def test_scientific_notation_is_refused_on_the_list_votes_sheet_too(tmp_path):
    path = write_book(
        tmp_path / "lv.xlsx",
        {
            "Parties": [["Party"], ["Amanat"], ["Auyl"]],
            "List votes": [["Region", "Amanat", "Auyl"], ["Astana", "1.2E+05", 200], ["Almaty", 500, 100]],
        },
    )
    error = problems_of(path)
    assert codes(error) == ["count-scientific"] and where(error) == ["List votes!B2"]


def test_a_whole_number_stored_as_a_number_is_accepted_as_before(tmp_path):
    rows = awkward.parties_rows()
    rows[1][1] = 3_431_510.0  # a real number cell (Excel may still display it as 3.43E+06)
    election, _ = read(write_book(tmp_path / "float.xlsx", {"Election": awkward.LIST_ONLY, "Parties": rows}))
    assert election.party("Amanat").votes == 3_431_510


# -- district numbers typed two ways ---------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [(1, "01"), ("01", 1), (1, "1.0"), ("001", " 1 "), (1, "№1")])
def test_one_district_typed_two_ways_is_refused_naming_both(tmp_path, first, second):
    path = awkward.every_party_in_districts(tmp_path / "keys.xlsx", first_keys=(first, second))
    error = problems_of(path)
    assert "district-key-lookalike" in codes(error)
    problem = next(p for p in error.problems if p.code == "district-key-lookalike")
    assert f"{problem.source.sheet}!{problem.source.cell}" == "Districts!A3"
    text = str(error)
    assert "Districts!A3" in text and "A2" in text
    assert f'"{str(second).strip()}"' in text and f'"{str(first).strip()}"' in text


def test_one_district_typed_two_ways_is_refused_even_when_the_seats_suffice(tmp_path):
    """28 districts and the 29th seat unused: "01" would have elected a second member for district 1."""
    path = awkward.every_party_in_districts(tmp_path / "keys.xlsx", first_keys=(1, "01"))
    book = openpyxl.load_workbook(path)
    sheet = book["Districts"]
    sheet.delete_rows(sheet.max_row - 1, 2)  # drop district 29
    book.save(path)
    error = problems_of(path)
    assert codes(error) == ["district-key-lookalike"] and where(error) == ["Districts!A3"]


def test_districts_numbered_with_leading_zeros_throughout_are_read(tmp_path):
    path = awkward.every_party_in_districts(tmp_path / "zeros.xlsx", first_keys=("01", "01"))
    election, result = read(path)
    assert election.districts[0].key == "01" and len(election.districts) == 29
    assert {p.name: p.district_seats for p in result.parties}["Amanat"] == 22
