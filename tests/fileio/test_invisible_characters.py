"""Characters nobody can see (zero-width spaces, soft hyphens, byte-order and direction marks, odd
spaces) never change a result: the name is read as meant, with a warning naming the cell and the
character, and two party rows that differ only so are refused (workbook-format.md)."""

from __future__ import annotations

import unicodedata

import awkward_books as awkward
import pytest
from fileio_books import codes, package, problems_of, where, write_book

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.fileio.problems import is_warning
from kzseats_gui.fileio.workbook import read_workbook
from kzseats_gui.text import render_notice

PARTY_NAMES = [name for name, _ in awkward.OFFICIAL_2023]


def read(path):
    election = read_workbook(path)
    return election, allocate(election, resolve_settings(election.overrides))


def warnings_of(election) -> list[tuple[str, str]]:
    return [(n.code, f"{n.source.sheet}!{n.source.cell}") for n in election.notes if is_warning(n)]


def warning_text(election, code: str) -> str:
    return render_notice(next(n for n in election.notes if n.code == code))


def named(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'TAB' if char == chr(9) else '')}"


@pytest.mark.parametrize(
    "written",
    [
        "Ama\u200bnat",  # zero width space
        "Ama\u00adnat",  # soft hyphen
        "\ufeffAmanat",  # byte order mark
        "Ama\u200cnat",  # zero width non-joiner
        "Ama\u200dnat",  # zero width joiner
        "Ama\u2060nat",  # word joiner
        "\u200eAmanat",  # left-to-right mark
        "Amanat\u200f",  # right-to-left mark
        "\u202aAmanat\u202c",  # left-to-right embedding ... pop directional formatting
        "\u202eAmanat",  # right-to-left override
        "\u2066Amanat\u2069",  # left-to-right isolate ... pop directional isolate
        "Ama\u034fnat",  # combining grapheme joiner (not a format character, as invisible)
    ],
)
def test_an_invisible_character_in_a_district_party_keeps_its_seats(tmp_path, written):
    election, result = read(awkward.district_party_written(tmp_path / "districts.xlsx", written))
    assert [p.name for p in election.parties] == PARTY_NAMES  # no phantom district-only party
    assert {p.name: p.district_seats for p in result.parties}["Amanat"] == 22
    odd = sorted(set(written) - set("Amanat"))
    code = "text-invisible" if len(odd) == 1 else "text-invisible-many"
    assert warnings_of(election) == [(code, "Districts!C2")]
    text = warning_text(election, code)
    assert all(named(char) in text for char in odd)
    assert 'read as "Amanat"' in text and "22 cells" in text and "C2, C4, C6, C8, C10" in text
    assert "[U+" in text  # where the character sits in the text as written


@pytest.mark.parametrize("written", ["Amanat\u00a0", "\u3000Amanat", "Amanat\t", "\u2007Amanat\u202f"])
def test_an_unusual_space_around_a_district_party_is_read_as_a_plain_space_and_named(tmp_path, written):
    election, result = read(awkward.district_party_written(tmp_path / "districts.xlsx", written))
    assert [p.name for p in election.parties] == PARTY_NAMES
    assert {p.name: p.district_seats for p in result.parties}["Amanat"] == 22
    assert warnings_of(election) == [("text-odd-space", "Districts!C2")]
    assert all(named(c) in warning_text(election, "text-odd-space") for c in set(written) - set("Amanat"))


def test_a_hair_space_inside_a_name_is_never_silent(tmp_path):
    """A hair space looks like no space at all; read as a space it makes another party, so it is named."""
    election, _ = read(awkward.district_party_written(tmp_path / "districts.xlsx", "Ama\u200anat"))
    assert ("text-odd-space", "Districts!C2") in warnings_of(election)
    assert '"Ama[U+200A]nat"' in warning_text(election, "text-odd-space")


def test_counts_with_non_breaking_spaces_pass_without_a_word(tmp_path):
    rows = awkward.parties_rows()
    rows[1][1] = "3\u00a0431\u00a0510"
    rows[2][1] = "693\u202f938"
    rows[3][1] = "547\u2009154"
    path = write_book(tmp_path / "ok.xlsx", {"Election": awkward.LIST_ONLY, "Parties": rows})
    election, result = read(path)
    assert election.party("Amanat").votes == 3_431_510
    assert {p.name: p.list_seats for p in result.parties} == awkward.OFFICIAL_LIST_SEATS
    assert warnings_of(election) == []


def test_an_invisible_character_in_a_count_is_read_without_it_and_named(tmp_path):
    rows = awkward.parties_rows()
    rows[1][1] = "3431510\u200e"  # a left-to-right mark pasted with the number from a web page
    election, _ = read(write_book(tmp_path / "mark.xlsx", {"Election": awkward.LIST_ONLY, "Parties": rows}))
    assert election.party("Amanat").votes == 3_431_510
    assert warnings_of(election) == [("text-invisible", "Parties!B2")]


@pytest.mark.parametrize("written", ["Against\u200b all", "\ufeffПротив всех", "Про\u00adтив всех"])
def test_against_all_with_an_invisible_character_is_the_against_all_row(tmp_path, written):
    path = write_book(
        tmp_path / "against.xlsx",
        {"Election": awkward.LIST_ONLY, "Parties": awkward.parties_rows(against_all=written)},
    )
    election, result = read(path)
    assert [p.name for p in election.parties] == PARTY_NAMES
    assert election.against_all == awkward.AGAINST_ALL
    assert {p.name: p.list_seats for p in result.parties} == awkward.OFFICIAL_LIST_SEATS
    assert [cell for _, cell in warnings_of(election)] == ["Parties!A9"]


def test_a_votes_header_with_an_invisible_character_is_the_votes_column(tmp_path):
    """The review's case: every list party also stands in districts, so the unread Votes column
    used to leave all 69 list seats vacant without a word."""
    parties = awkward.parties_rows(header=("Party", "Vo\u200btes"))
    election, result = read(awkward.every_party_in_districts(tmp_path / "header.xlsx", parties))
    assert {p.name: p.list_seats for p in result.parties} == awkward.OFFICIAL_LIST_SEATS
    assert result.vacant == 0
    assert warnings_of(election) == [("text-invisible", "Parties!B1")]
    assert 'read as "Votes"' in warning_text(election, "text-invisible")


def test_two_parties_that_differ_only_in_an_invisible_character_are_refused(tmp_path):
    path = write_book(
        tmp_path / "twice.xlsx",
        {"Election": awkward.LIST_ONLY, "Parties": awkward.parties_rows(["Ama\u200bnat", 1000])},
    )
    error = problems_of(path)
    assert codes(error) == ["party-invisible-duplicate"] and where(error) == ["Parties!A10"]
    text = str(error)
    assert "A2" in text and named("\u200b") in text


def test_names_everywhere_are_read_as_meant_and_shown_clean(tmp_path):
    """Sheet names, settings and their values, short names, candidates and district keys."""
    path = write_book(
        tmp_path / "everywhere.xlsx",
        {
            "Elec\u200btion": [
                ["Setting", "Value"],
                ["Body", "mazhilis\u200b"],
                ["District\u00ad seats", 1],
                ["Title", "Mazhilis\u2060 2023"],
            ],
            "Parties": [
                ["Party", "Votes", "Short name"],
                ["Amanat\u200b", 3_431_510, "\ufeffAMN"],
                ["Auyl", 693_938, None],
            ],
            "Districts": [
                ["District", "Candidate", "Party", "Votes"],
                ["1\u200b", "Winner\u200c One", "AMN", 10],
            ],
            "Candidates": [["Party", "Position", "Name"], ["Ama\u200bnat", 1, "Zhandos\u200b Iskakov"]],
        },
    )
    election, result = read(path)
    assert election.overrides.title == "Mazhilis 2023" and election.overrides.district_seats == 1
    assert [(p.name, p.short_name) for p in election.parties] == [("Amanat", "AMN"), ("Auyl", None)]
    (district,) = election.districts
    assert district.key == "1" and district.candidates[0].name == "Winner One"
    assert district.candidates[0].party == "Amanat"
    assert election.candidates[0].party == "Amanat" and election.candidates[0].name == "Zhandos Iskakov"
    assert {p.name: p.district_seats for p in result.parties}["Amanat"] == 1
    cells = {cell for _, cell in warnings_of(election)}
    assert {"Elec\u200btion!None", "Elec\u200btion!B2", "Elec\u200btion!A3", "Elec\u200btion!B4"} <= cells
    assert {"Parties!A2", "Parties!C2", "Districts!A2", "Districts!B2"} <= cells
    assert {"Candidates!A2", "Candidates!C2"} <= cells


def test_a_control_character_escaped_by_excel_is_named(tmp_path):
    rows = awkward.parties_rows()
    rows[1][0] = "Amanat_x0007_"  # how Excel writes a BEL character it was given
    path = package(
        tmp_path / "control.xlsx",
        {"Election": awkward.sheet_part(awkward.LIST_ONLY), "Parties": awkward.sheet_part(rows)},
    )
    election, _ = read(path)
    assert election.parties[0].name == "Amanat"
    assert warnings_of(election) == [("text-invisible", "Parties!A2")]
    assert "U+0007 CONTROL CHARACTER" in warning_text(election, "text-invisible")


def test_non_breaking_spaces_in_every_name_are_one_warning_per_sheet(tmp_path):
    """Names pasted from Word often carry a non-breaking space between first and last name: one
    warning with the cells, not one per name (which would bury the warnings that matter)."""
    names = [["Party", "Position", "Name"]]
    names += [["Amanat", n, f"Name{n}\u00a0Surname{n}"] for n in range(1, 41)]
    path = write_book(
        tmp_path / "names.xlsx",
        {"Election": awkward.LIST_ONLY, "Parties": awkward.parties_rows(), "Candidates": names},
    )
    election, _ = read(path)
    assert warnings_of(election) == [("text-odd-space", "Candidates!C2")]
    text = warning_text(election, "text-odd-space")
    assert '"Name1[U+00A0]Surname1"' in text and "40 cells" in text and "and 35 more" in text
    assert election.candidates[0].name == "Name1 Surname1"


def test_a_cell_of_only_an_invisible_character_is_blank_and_named(tmp_path):
    """Before, "\u200b" was a name nobody could see; a cell of only a non-breaking space was and is
    blank, without a word."""
    rows = [*awkward.parties_rows(), ["\u200b", None], ["\u00a0", None]]
    election, _ = read(write_book(tmp_path / "blank.xlsx", {"Election": awkward.LIST_ONLY, "Parties": rows}))
    assert [p.name for p in election.parties] == PARTY_NAMES
    assert warnings_of(election) == [("text-invisible", "Parties!A10")]


def test_two_parties_that_differ_only_in_the_kind_of_space_are_listed_twice(tmp_path):
    rows = [*awkward.parties_rows(), ["Ak\u00a0Zhol", 1000]]
    error = problems_of(write_book(tmp_path / "twice.xlsx", {"Election": awkward.LIST_ONLY, "Parties": rows}))
    assert codes(error) == ["party-duplicate"] and where(error) == ["Parties!A10"]
