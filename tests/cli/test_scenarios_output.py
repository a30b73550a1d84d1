"""`kzseats export --scenarios` and `kzseats report --scenarios`: the scenarios saved beside the workbook
go into the workbook (a sheet each) and the report (a section), each marked; without the option the
output is as before."""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction

import openpyxl
from cli_run import kzseats

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import SettingsOverrides
from kzseats_gui.fileio.project_scenarios import Scenario, save_scenarios
from kzseats_gui.fileio.workbook import read_workbook


def _with_scenarios(tmp_path, sample_2023):
    source = shutil.copy(sample_2023, tmp_path / "mazhilis.xlsx")
    seven = SettingsOverrides(threshold_percent=Fraction(7))
    save_scenarios(source, [Scenario("Threshold 7", settings=seven),
                            Scenario("Threshold 7", list_votes={"Baytaq": 1})])  # the same name twice
    return source


def test_export_adds_a_sheet_per_scenario_only_when_asked(tmp_path, sample_2023):
    source = _with_scenarios(tmp_path, sample_2023)
    plain, with_them = tmp_path / "plain.xlsx", tmp_path / "with.xlsx"
    assert kzseats("export", source, "--out", plain).code == 0
    run = kzseats("export", source, "--out", with_them, "--scenarios")
    assert run.code == 0, run.err
    names = openpyxl.load_workbook(with_them).sheetnames
    assert names == [*openpyxl.load_workbook(plain).sheetnames, "Threshold 7", "Threshold 7 (2)"]
    election = read_workbook(source)
    seven = allocate(election, resolve_settings(election.overrides.merged(
        SettingsOverrides(threshold_percent=Fraction(7)))))
    rows = list(openpyxl.load_workbook(with_them)["Threshold 7"].iter_rows(values_only=True))
    amanat = next(r for r in rows if r[0] == "Amanat")
    assert amanat[3] == seven.party("Amanat").total_seats


def test_report_has_a_scenarios_section_with_the_marks(tmp_path, sample_2023):
    source = _with_scenarios(tmp_path, sample_2023)
    out = tmp_path / "report.pdf"
    run = kzseats("report", source, "--out", out, "--scenarios")
    assert run.code == 0, run.err
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    section = text[text.index("Scenarios (what-if)"):]
    assert section.count("NOT THE LAW — a comparison") == 2
    assert "a threshold of 7 % (the law: 5 %)" in section
    assert "list votes of Baytaq edited" in section
    first_page = text.split("\f")[0]
    assert "NOT THE LAW" not in first_page  # the result itself stays the legal, signable one


def test_scenarios_without_a_project_file_is_a_note_not_an_error(tmp_path, sample_2023):
    source = shutil.copy(sample_2023, tmp_path / "mazhilis.xlsx")
    run = kzseats("export", source, "--out", tmp_path / "r.xlsx", "--scenarios")
    assert run.code == 0 and "no scenarios are saved" in run.err


def test_allocate_json_lists_the_scenarios_with_their_departures_and_differences(tmp_path, sample_2023):
    source = _with_scenarios(tmp_path, sample_2023)
    plain = kzseats("allocate", source, "--json").json()
    assert "scenarios" not in plain
    document = kzseats("allocate", source, "--json", "--scenarios").json()
    threshold, baytaq = document["scenarios"]
    assert threshold["departures"] == ["threshold"] and threshold["not_the_law"].startswith("NOT THE LAW")
    assert threshold["settings"] == {"threshold_percent": "7"}
    assert baytaq["departures"] == ["edited-figures"]
    given = read_workbook(source).party("Baytaq").votes
    assert baytaq["edited_figures"] == [{"kind": "list-votes", "name": "Baytaq", "district": None,
                                         "before": given, "after": 1}]
    workbook_seats = {p["name"]: p["total_seats"] for p in plain["parties"]}
    for party in threshold["parties"]:
        assert party["difference"] == party["total_seats"] - workbook_seats[party["name"]]
    assert any(p["difference"] for p in threshold["parties"])


def test_a_damaged_project_file_is_a_clear_error_and_nothing_is_written(tmp_path, sample_2023):
    source = shutil.copy(sample_2023, tmp_path / "mazhilis.xlsx")
    damaged = tmp_path / "mazhilis.kzseats.json"
    damaged.write_text('{"format": "kzseats-project", "version": 1, "scenarios": 5}', encoding="utf-8")
    run = kzseats("export", source, "--out", tmp_path / "r.xlsx", "--scenarios")
    assert run.code == 2 and "mazhilis.kzseats.json" in run.err and "Traceback" not in run.err
    assert not (tmp_path / "r.xlsx").exists()


def test_a_scenario_naming_a_party_the_workbook_lacks_is_refused_by_name_not_shown_without_it(
        tmp_path, sample_2023):
    # "Auyl" is how a strategist may shorten the list's registered name: the change must not vanish.
    source = shutil.copy(sample_2023, tmp_path / "mazhilis.xlsx")
    save_scenarios(source, [Scenario("Auyl surge", list_votes={"Auyl": 900_000, "Amanat": 3_300_000})])
    text = kzseats("allocate", source, "--scenarios")
    assert text.code == 0, text.err
    assert "Scenario Auyl surge: cannot be used" in text.out
    assert "it changes the list votes of Auyl, and the workbook has no party list of that name" in text.out
    out = tmp_path / "with.xlsx"
    assert kzseats("export", source, "--out", out, "--scenarios").code == 0
    rows = [r[0] for r in openpyxl.load_workbook(out)["Auyl surge"].iter_rows(values_only=True)]
    assert "This scenario cannot be used:" in rows
    assert "Amanat" not in rows  # no seat table built from half of its changes
