"""Mistakes real workbooks contain: each is read as the clerk meant it with a warning naming the cell,
or refused naming the cell; never counted silently (workbook-format.md)."""

from __future__ import annotations

import awkward_books as awkward
import pytest
from fileio_books import codes, problems_of, where

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.fileio.hygiene import fold, is_total_name, odd_letters
from kzseats_gui.fileio.problems import is_warning
from kzseats_gui.fileio.workbook import read_workbook
from kzseats_gui.text import render_notice


def read(path):
    election = read_workbook(path)
    return election, allocate(election, resolve_settings(election.overrides))


def warnings_of(election) -> list[tuple[str, str]]:
    return [(n.code, f"{n.source.sheet}!{n.source.cell}") for n in election.notes if is_warning(n)]


def list_seats(result) -> dict[str, int]:
    return {p.name: p.list_seats for p in result.parties}


@pytest.mark.parametrize(
    "name", ["Итого", "ВСЕГО", "Total", "total votes", "Total:", "Барлығы", "Жиыны", "Итого голосов", "Итoгo"]
)
def test_a_total_row_by_name_is_left_out_and_named(tmp_path, name):
    election, result = read(awkward.total_row_named(tmp_path / "total.xlsx", name))
    assert name not in {p.name for p in election.parties}
    assert list_seats(result) == awkward.OFFICIAL_LIST_SEATS
    assert ("total-row", "Parties!A10") in warnings_of(election)


def test_a_total_row_that_disagrees_with_the_parties_says_both_sums(tmp_path):
    path = awkward.write_book(
        tmp_path / "t.xlsx", {"Election": awkward.LIST_ONLY, "Parties": awkward.parties_rows(["Всего", 123])}
    )
    election, result = read(path)
    (notice,) = [n for n in election.notes if n.code == "total-row-mismatch"]
    assert notice.params["votes"] == 123 and notice.params["summed"] == awkward.PARTY_SUM
    assert list_seats(result) == awkward.OFFICIAL_LIST_SEATS


def test_a_row_that_is_the_sum_of_the_others_is_refused_naming_the_cell(tmp_path):
    error = problems_of(awkward.total_row_unnamed(tmp_path / "sum.xlsx"))
    assert codes(error) == ["total-row-arithmetic"] and where(error) == ["Parties!B10"]


def test_a_total_row_on_the_list_votes_sheet_is_not_summed(tmp_path):
    election, _ = read(awkward.list_votes_total_row(tmp_path / "regions.xlsx"))
    votes = {p.name: p.votes for p in election.parties}
    assert votes == {"Amanat": 600, "Auyl": 180}
    assert ("list-votes-total-row", "List votes!A5") in warnings_of(election)


def test_an_unlabelled_total_row_on_the_list_votes_sheet_is_not_summed(tmp_path):
    election, _ = read(awkward.list_votes_total_row(tmp_path / "regions.xlsx", label=""))
    assert {p.name: p.votes for p in election.parties} == {"Amanat": 600, "Auyl": 180}
    assert [code for code, _ in warnings_of(election)] == ["list-votes-total-row"]


def test_a_total_column_on_the_list_votes_sheet_is_not_a_party(tmp_path):
    election, _ = read(awkward.list_votes_total_column(tmp_path / "columns.xlsx"))
    assert {p.name: p.votes for p in election.parties} == {"Amanat": 500, "Auyl": 150}
    assert warnings_of(election) == [("list-votes-total-column", "List votes!D1")]


def test_a_district_party_with_one_cyrillic_letter_keeps_its_seats(tmp_path):
    election, result = read(awkward.cyrillic_letter_in_district_party(tmp_path / "districts.xlsx"))
    assert [p.name for p in election.parties] == [n for n, _ in awkward.OFFICIAL_2023]  # no new party
    seats = {p.name: p.district_seats for p in result.parties}
    assert seats["Amanat"] == 22
    # the same typo in 22 rows is one warning that counts them and names the first cells
    assert warnings_of(election) == [("party-lookalike", "Districts!C2")]
    text = render_notice(next(n for n in election.notes if n.code == "party-lookalike"))
    assert "did you mean Amanat?" in text and "U+0410" in text
    assert "22 cells" in text and "C2, C4, C6, C8, C10" in text and "and 17 more" in text
    assert "C12" not in text


def test_each_distinct_lookalike_typo_is_its_own_warning(tmp_path):
    path = awkward.cyrillic_letter_in_district_party(tmp_path / "districts.xlsx", osdp="OSD\u0420")
    election, _ = read(path)
    texts = [render_notice(n) for n in election.notes if n.code == "party-lookalike"]
    assert len(texts) == 2
    assert "22 cells" in texts[0] and "29 cells" in texts[1] and "C3, C5, C7, C9, C11" in texts[1]


def test_a_header_with_latin_letters_is_read_and_named(tmp_path):
    election, result = read(awkward.latin_letters_in_votes_header(tmp_path / "header.xlsx"))
    assert list_seats(result) == awkward.OFFICIAL_LIST_SEATS and result.vacant == 0
    assert warnings_of(election) == [("header-lookalike", "Parties!B1")]


def test_sheet_names_with_cyrillic_letters_are_read_and_named(tmp_path):
    election, result = read(awkward.cyrillic_letter_in_sheet_name(tmp_path / "sheets.xlsx"))
    assert list_seats(result) == awkward.OFFICIAL_LIST_SEATS
    assert [code for code, _ in warnings_of(election)] == ["sheet-lookalike", "sheet-lookalike"]
    assert "Parties [Партии]" in render_notice(election.notes[1])


def test_two_parties_that_differ_only_in_lookalike_letters_are_refused(tmp_path):
    error = problems_of(awkward.two_parties_alike(tmp_path / "alike.xlsx"))
    assert codes(error) == ["party-lookalike-duplicate"] and where(error) == ["Parties!A10"]
    assert "A2" in str(error)


def test_hidden_rows_are_counted_and_named(tmp_path):
    election, result = read(awkward.hidden_party_row(tmp_path / "hidden.xlsx"))
    assert list_seats(result) == awkward.OFFICIAL_LIST_SEATS  # as Excel's own SUM counts them
    (notice,) = [n for n in election.notes if n.code == "rows-hidden"]
    assert notice.source.cell == "A3" and notice.params["rows"] == "3-4"


def test_a_hidden_column_and_a_hidden_sheet_are_named(tmp_path):
    election, _ = read(awkward.hidden_votes_column(tmp_path / "column.xlsx"))
    assert warnings_of(election) == [("column-hidden", "Parties!B1")]
    election, _ = read(awkward.hidden_election_sheet(tmp_path / "sheet.xlsx"))
    assert warnings_of(election) == [("sheet-hidden", "Election!None")]


def test_more_valid_votes_than_registered_voters_is_refused(tmp_path):
    error = problems_of(awkward.more_votes_than_voters(tmp_path / "voters.xlsx"))
    assert codes(error) == ["voters-fewer-than-votes"] and where(error) == ["Election!B4"]


def test_more_valid_votes_than_ballots_cast_is_refused(tmp_path):
    error = problems_of(awkward.more_votes_than_ballots(tmp_path / "ballots.xlsx"))
    assert codes(error) == ["ballots-fewer-than-votes"] and where(error) == ["Election!B4"]


def test_plausible_figures_pass_without_a_word(tmp_path):
    rows = [*awkward.LIST_ONLY, ["Registered voters", 12_000_000], ["Ballots cast", 6_500_000]]
    election, _ = read(
        awkward.write_book(tmp_path / "ok.xlsx", {"Election": rows, "Parties": awkward.parties_rows()})
    )
    assert warnings_of(election) == []


def test_a_notes_sheet_is_ignored_without_a_note(tmp_path):
    sheets = {"Election": awkward.LIST_ONLY, "Parties": awkward.parties_rows(), "Примечания": [["free text"]]}
    election, _ = read(awkward.write_book(tmp_path / "notes.xlsx", sheets))
    assert election.notes == ()


def test_folding_and_total_words():
    assert fold("Гoлoса") == fold("Голоса") and fold("\u0410manat") == "Amanat"
    assert is_total_name("  ИТОГО: ") and is_total_name("Grand total") and not is_total_name("Totalitarian")
    assert not is_total_name("Amanat") and not is_total_name("Ak Zhol")
    assert odd_letters("\u0410manat", "Amanat") == '"А" U+0410'
