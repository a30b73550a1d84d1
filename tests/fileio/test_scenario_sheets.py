"""Saved scenarios in the results workbook: a valid, unique sheet each, with seats the allocator gives,
the difference from the workbook's result, and "NOT THE LAW" wherever a scenario departs from it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from fractions import Fraction

import openpyxl
from fileio_books import SAMPLES

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import SettingsOverrides
from kzseats_gui.fileio.export import export_results
from kzseats_gui.fileio.project_scenarios import Scenario, read_scenarios, save_scenarios
from kzseats_gui.fileio.scenario_results import scenario_set
from kzseats_gui.fileio.scenario_sheets import sheet_name
from kzseats_gui.fileio.workbook import read_workbook

MAIN_SHEETS = ["Summary", "Parties", "Districts", "Quota", "Ties", "Audit trail", "Legal basis", "Warnings"]


def test_sheet_names_are_valid_for_excel_and_unique_without_case():
    taken = ["Summary", "Parties"]
    assert sheet_name("summary", taken) == "summary (2)"
    assert sheet_name("a/b:c*d?e[f]g\\h", taken) == "a_b_c_d_e_f_g_h"
    assert sheet_name("'quoted'", taken) == "quoted"
    assert sheet_name("  ", taken) == "Scenario"
    long = "x" * 40
    first = sheet_name(long, taken)
    second = sheet_name(long, [*taken, first])
    assert len(first) == len(second) == 31 and second.endswith(" (2)")
    third = sheet_name(long, [*taken, first, second])
    assert third.endswith(" (3)") and len(third) == 31


def _seats(sheet) -> dict[str, tuple]:
    """Party -> (list, district, total, workbook total, difference) from a scenario sheet."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "Party")
    return {row[0]: tuple(row[1:6]) for row in rows[start + 1:] if row[0] is not None}


def _text(sheet) -> str:
    return "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None)


def test_two_saved_scenarios_become_two_sheets_with_the_allocators_seats(tmp_path):
    source = shutil.copy(SAMPLES / "mazhilis-2023.xlsx", tmp_path / "mazhilis.xlsx")
    election = read_workbook(source)
    name = next(p.name for p in election.parties if p.name.startswith("Auyl"))
    auyl = election.party(name).votes
    save_scenarios(source, [
        Scenario("Threshold 7 %", settings=SettingsOverrides(threshold_percent=Fraction(7))),
        Scenario("Auyl: +300k", list_votes={name: auyl + 300_000}),
    ])
    law = allocate(election, resolve_settings(election.overrides))
    out = tmp_path / "results.xlsx"
    saved = scenario_set(read_scenarios(source), election)
    export_results(out, election, law, inputs=[source], scenarios=saved)

    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [*MAIN_SHEETS, "Threshold 7 %", "Auyl_ +300k"]
    seven = allocate(election, resolve_settings(election.overrides.merged(
        SettingsOverrides(threshold_percent=Fraction(7)))))
    edited = replace(election, parties=tuple(replace(p, votes=auyl + 300_000) if p.name == name else p
                                             for p in election.parties))
    surge = allocate(edited, resolve_settings(edited.overrides))
    for sheet, expected in ((book["Threshold 7 %"], seven), (book["Auyl_ +300k"], surge)):
        seats = _seats(sheet)
        for party in expected.parties:
            before = law.party(party.name)
            assert seats[party.name] == (party.list_seats, party.district_seats, party.total_seats,
                                         before.total_seats, party.total_seats - before.total_seats)
        assert sheet.sheet_properties.tabColor.rgb.endswith("B00020")  # a red tab: not the law
        assert "NOT THE LAW" in _text(sheet)
    assert seven.party(name).total_seats != law.party(name).total_seats  # the test can see a change
    assert surge.party(name).total_seats != law.party(name).total_seats
    threshold = _text(book["Threshold 7 %"])
    assert "a threshold of 7 % (the law: 5 %)" in threshold and "Threshold percent\n7" in threshold
    votes = list(book["Auyl_ +300k"].iter_rows(values_only=True))
    assert (f"{name} (list votes)", None, auyl, auyl + 300_000, 300_000) in [tuple(r[:5]) for r in votes]


def test_a_scenario_that_changes_nothing_is_the_law_and_without_scenarios_nothing_is_added(tmp_path):
    source = shutil.copy(SAMPLES / "mazhilis-2023.xlsx", tmp_path / "mazhilis.xlsx")
    election = read_workbook(source)
    law = allocate(election, resolve_settings(election.overrides))
    plain, with_one = tmp_path / "plain.xlsx", tmp_path / "one.xlsx"
    export_results(plain, election, law)
    export_results(with_one, election, law, scenarios=scenario_set([Scenario("As read")], election))
    assert openpyxl.load_workbook(plain).sheetnames == MAIN_SHEETS
    sheet = openpyxl.load_workbook(with_one)["As read"]
    assert "NOT THE LAW" not in _text(sheet)
    assert "none: the workbook's figures under the law's settings" in _text(sheet)
    assert all(row[4] == 0 for row in _seats(sheet).values())
