"""The workbook contract (workbook-format.md): names, aliases, column order, number forms, settings."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from fractions import Fraction

import openpyxl
import pytest
from fileio_books import OFFICIAL_2023, OFFICIAL_2023_AGAINST_ALL, write_book

from kzseats_gui.core.model import Body, Gender, Method, ThresholdBase
from kzseats_gui.fileio.workbook import read_workbook


def test_parties_are_read_in_ballot_order_with_against_all(tmp_path, official_parties):
    election = read_workbook(write_book(tmp_path / "2023.xlsx", {"Parties": official_parties}))
    assert [(p.name, p.votes) for p in election.parties] == OFFICIAL_2023
    assert [p.ballot_order for p in election.parties] == list(range(1, 8))
    assert election.against_all == OFFICIAL_2023_AGAINST_ALL
    assert election.districts == () and election.candidates == ()


def test_source_name_and_hash_come_from_the_file_bytes(tmp_path, official_parties):
    path = write_book(tmp_path / "results.xlsx", {"Parties": official_parties})
    election = read_workbook(path)
    assert election.source_name == "results.xlsx"
    assert election.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("sheet", "party", "votes", "against_all", "election", "setting", "value"),
    [
        ("Партии", "Партия", "Голоса", "Против всех", "Выборы", "Параметр", "Значение"),
        ("Партиялар", "Партия", "Дауыстар", "Барлығына қарсы", "Сайлау", "Баптау", "Мән"),
    ],
    ids=["russian", "kazakh"],
)
def test_russian_and_kazakh_names(tmp_path, sheet, party, votes, against_all, election, setting, value):
    settings = {
        "russian": [["Орган", "Мажилис 2007"], ["Мандаты по спискам", 98], ["Порог, %", 7]],
        "kazakh": [["Орган", "Мәжіліс 2007"], ["Тізім бойынша мандаттар", 98], ["Өту шегі, %", 7]],
    }["russian" if sheet == "Партии" else "kazakh"]
    path = write_book(
        tmp_path / "names.xlsx",
        {
            election: [[setting, value], *settings],
            sheet: [[party, votes], ["Amanat", 3_431_510], ["Auyl", 693_938], [against_all, 248_291]],
        },
    )
    result = read_workbook(path)
    assert [(p.name, p.votes) for p in result.parties] == [("Amanat", 3_431_510), ("Auyl", 693_938)]
    assert result.against_all == 248_291
    assert result.overrides.body is Body.MAZHILIS_2007
    assert result.overrides.list_seats == 98
    assert result.overrides.threshold_percent == 7
    assert result.notes == ()


def test_names_ignore_case_and_surrounding_spaces_and_column_order_is_free(tmp_path):
    path = write_book(
        tmp_path / "case.xlsx",
        {
            "  PARTIES ": [
                ["COLOR", " votes ", "Short\u00a0Name", "  party"],
                ["#1f5aa6", 3_431_510, "Amanat", "Amanat party"],
                ["#abc", 693_938, None, "Auyl"],
            ]
        },
    )
    amanat, auyl = read_workbook(path).parties
    assert (amanat.name, amanat.votes, amanat.short_name, amanat.color) == (
        "Amanat party",
        3_431_510,
        "Amanat",
        "#1F5AA6",
    )
    assert (auyl.name, auyl.votes, auyl.short_name, auyl.color) == ("Auyl", 693_938, None, "#AABBCC")


@pytest.mark.parametrize(
    "written",
    [
        3_431_510,
        3_431_510.0,
        "3431510",
        "3 431 510",
        "3,431,510",
        "3\u00a0431\u00a0510",
        "3\u2009431\u2009510",
        "3\u202f431\u202f510",
        " 3 431 510 ",
        "3.431.510",
    ],
)
def test_count_forms(tmp_path, written):
    path = write_book(tmp_path / "n.xlsx", {"Parties": [["Party", "Votes"], ["Amanat", written]]})
    assert read_workbook(path).parties[0].votes == 3_431_510


def test_blank_rows_are_skipped(tmp_path):
    path = write_book(
        tmp_path / "blank.xlsx",
        {"Parties": [["Party", "Votes"], [None, None], ["A", 10], ["   ", None], [], ["B", 20]]},
    )
    assert [(p.name, p.votes) for p in read_workbook(path).parties] == [("A", 10), ("B", 20)]


def test_every_setting_and_exact_percentages(tmp_path):
    rows = [
        ["Setting", "Value"],
        ["Body", "Mazhilis"],
        ["Title", "Test election"],
        ["Election date", date(2023, 3, 19)],
        ["List seats", 60],
        ["District seats", "30"],
        ["Threshold percent", 5.5],
        ["Threshold base", "Ballots"],
        ["Ballots cast", "6 520 000"],
        ["Registered voters", 12_035_578],
        ["Invalid", 150_000],
        ["Method", "D'Hondt"],
        ["Quota percent", "33,3"],
        ["Youth age limit", 35],
    ]
    parties = [["Party", "Votes"], ["A", 100]]
    election = read_workbook(write_book(tmp_path / "s.xlsx", {"Election": rows, "Parties": parties}))
    o = election.overrides
    assert o.body is Body.MAZHILIS and o.title == "Test election" and o.election_date == date(2023, 3, 19)
    assert (o.list_seats, o.district_seats) == (60, 30)
    assert o.threshold_percent == Fraction(11, 2) and isinstance(o.threshold_percent, Fraction)
    assert o.quota_percent == Fraction(333, 10)
    assert o.threshold_base is ThresholdBase.BALLOTS and o.ballots_cast == 6_520_000
    assert o.registered_voters == 12_035_578 and election.invalid == 150_000
    assert o.method is Method.DHONDT and o.youth_age_limit == 35


@pytest.mark.parametrize("written", ["2023-03-19", "19.03.2023", datetime(2023, 3, 19)])
def test_election_date_forms(tmp_path, written):
    path = write_book(
        tmp_path / "d.xlsx",
        {
            "Election": [["Setting", "Value"], ["Election date", written]],
            "Parties": [["Party", "Votes"], ["A", 1]],
        },
    )
    assert read_workbook(path).overrides.election_date == date(2023, 3, 19)


def test_percent_formatted_cell_is_read_as_the_percentage_shown(tmp_path):
    path = tmp_path / "pct.xlsx"
    write_book(
        path,
        {
            "Election": [["Setting", "Value"], ["Threshold percent", 0.055]],
            "Parties": [["Party", "Votes"], ["A", 1]],
        },
    )
    book = openpyxl.load_workbook(path)
    book["Election"]["B2"].number_format = "0.0%"
    book.save(path)
    assert read_workbook(path).overrides.threshold_percent == Fraction(11, 2)


def test_settings_without_a_header_row_are_read(tmp_path):
    path = write_book(
        tmp_path / "nohead.xlsx",
        {
            "Election": [["List seats", 50], ["Method", "sainte lague"]],
            "Parties": [["Party", "Votes"], ["A", 1]],
        },
    )
    overrides = read_workbook(path).overrides
    assert overrides.list_seats == 50 and overrides.method is Method.SAINTE_LAGUE


def test_list_votes_are_summed_by_party_name_or_short_name(tmp_path):
    path = write_book(
        tmp_path / "lv.xlsx",
        {
            "Parties": [["Party", "Short name"], ["Amanat party", "Amanat"], ["Auyl", None]],
            "List votes": [
                ["Region", "Polling station", "amanat", "AUYL", "Against all", "Invalid"],
                ["Astana", 1, 1000, 200, 30, 5],
                ["Astana", 2, "1 500", None, 20, None],
                [None, None, None, None, None, None],
                ["Almaty", 3, 2500.0, 300, None, 7],
            ],
        },
    )
    election = read_workbook(path)
    assert [(p.name, p.votes) for p in election.parties] == [("Amanat party", 5000), ("Auyl", 500)]
    assert election.against_all == 50 and election.invalid == 12
    assert any(n.code == "list-votes-summed" for n in election.notes)


def test_list_votes_that_agree_with_parties_votes_are_accepted(tmp_path):
    path = write_book(
        tmp_path / "agree.xlsx",
        {
            "Parties": [["Party", "Votes"], ["A", 30], ["B", 7], ["Against all", 3]],
            "List votes": [["Region", "A", "B", "Against all"], ["X", 10, 3, 1], ["Y", 20, 4, 2]],
        },
    )
    election = read_workbook(path)
    assert [(p.name, p.votes) for p in election.parties] == [("A", 30), ("B", 7)]
    assert election.against_all == 3


def test_districts_self_nominated_against_all_and_district_only_parties(tmp_path):
    path = write_book(
        tmp_path / "districts.xlsx",
        {
            "Parties": [
                ["Party", "Votes", "Short name"],
                ["Amanat party", 1000, "Amanat"],
                ["Auyl", 500, None],
            ],
            "Districts": [
                ["Party", "Votes", "Candidate", "District"],
                ["amanat", 5000, "Candidate One", 1],
                ["Self-nominated", 4000, "Candidate Two", 1],
                [None, 300, "Against all", 1],
                ["Самовыдвижение", 100, "Candidate Three", "2"],
                ["Өзін-өзі ұсыну", 200, "Candidate Four", 2.0],
                ["Green Union", 300, "Candidate Five", 2],
                [None, 40, "Против всех", 2],
                ["Auyl", None, "Candidate Six", "North"],
            ],
        },
    )
    election = read_workbook(path)
    one, two, north = election.districts
    assert one.key == "1" and two.key == "2" and north.key == "North"
    assert [(c.name, c.party, c.votes) for c in one.candidates] == [
        ("Candidate One", "Amanat party", 5000),
        ("Candidate Two", None, 4000),
    ]
    assert one.against_all == 300 and two.against_all == 40
    assert [c.party for c in two.candidates] == [None, None, "Green Union"]
    assert not north.has_results  # listed without votes: pending
    assert [(p.name, p.votes, p.ballot_order) for p in election.parties] == [
        ("Amanat party", 1000, 1),
        ("Auyl", 500, 2),
        ("Green Union", None, 3),
    ]
    assert [n.code for n in election.notes] == ["party-districts-only"]
    assert election.notes[0].source.cell == "A7"


def test_candidates_with_gender_dates_and_yes_no_in_three_languages(tmp_path):
    rows = [
        ["Party", "Position", "Name", "Gender", "Birth date", "Disability", "Elected"],
        ["A", 1, "First", "F", date(1980, 1, 2), "no", "yes"],
        ["A", 2, "Second", "М", "1999-05-06", "да", "нет"],
        ["A", 3, "Third", "Ж", "06.05.1990", "иә", None],
        ["A", 4, "Fourth", "Ә", None, "жоқ", None],
        ["A", 5, "Fifth", "Е", None, None, None],
        ["A", 6, "Sixth", "m", None, True, None],
    ]
    path = write_book(tmp_path / "cand.xlsx", {"Parties": [["Party", "Votes"], ["A", 1]], "Candidates": rows})
    candidates = read_workbook(path).candidates
    assert [c.gender for c in candidates] == [
        Gender.FEMALE,
        Gender.MALE,
        Gender.FEMALE,
        Gender.FEMALE,
        Gender.MALE,
        Gender.MALE,
    ]
    assert [c.disability for c in candidates] == [False, True, True, False, False, True]
    assert [c.elected for c in candidates] == [True, False, None, None, None, None]
    assert [c.birth_date for c in candidates[:3]] == [date(1980, 1, 2), date(1999, 5, 6), date(1990, 5, 6)]
    assert [c.position for c in candidates] == [1, 2, 3, 4, 5, 6]


def test_unknown_sheets_and_columns_are_notes_not_errors(tmp_path):
    path = write_book(
        tmp_path / "extra.xlsx",
        {
            "Parties": [["Party", "Votes", "Leader"], ["A", 10, "Someone"]],
            "Scratch": [["Illustrative figures"]],
            "Notes": [["Read by people: a known sheet, no note"]],
            "Election": [["Setting", "Value"], ["Favourite colour", "blue"]],
        },
    )
    election = read_workbook(path)
    found = {(n.code, n.source.sheet, n.source.cell) for n in election.notes}
    assert found == {
        ("column-unknown", "Parties", "C1"),
        ("sheet-unknown", "Scratch", None),
        ("setting-unknown", "Election", "A2"),
    }
    assert all(n.source.file == "extra.xlsx" for n in election.notes)


def test_district_only_body_needs_no_parties_sheet(tmp_path):
    path = write_book(
        tmp_path / "local.xlsx",
        {
            "Election": [["Setting", "Value"], ["Body", "maslikhat-local"], ["District seats", 2]],
            "Districts": [
                ["District", "Candidate", "Party", "Votes"],
                [1, "X", "Amanat", 10],
                [2, "Y", None, 5],
            ],
        },
    )
    election = read_workbook(path)
    assert [(p.name, p.votes) for p in election.parties] == [("Amanat", None)]
    assert election.list_parties == ()


@pytest.mark.parametrize(("typed", "warned"), [(0.05, True), ("0,05", True), (0.3, True),
                                               ("0.05 %", False), (5, False), (0, False)])
def test_a_percent_typed_as_a_fraction_is_read_as_typed_and_named(tmp_path, typed, warned):
    # 0.05 in a cell without a percent format is a 0.05 % threshold: it admits every list.
    path = write_book(
        tmp_path / "fraction.xlsx",
        {
            "Election": [["Setting", "Value"], ["Threshold percent", typed]],
            "Parties": [["Party", "Votes"], ["A", 1]],
        },
    )
    election = read_workbook(path)
    named = [n for n in election.notes if n.code == "percent-looks-like-fraction"]
    assert election.overrides.threshold_percent in (Fraction(5, 100), Fraction(3, 10), 5, 0)
    assert [str(w.source) for w in named] == (["fraction.xlsx: Election!B2"] if warned else [])
