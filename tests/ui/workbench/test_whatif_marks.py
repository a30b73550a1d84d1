"""A what-if never passes for the workbook's figures: every export and printout made while edits are
active says "NOT THE LAW" and names the edits; without edits nothing is marked. Saved scenarios go into
the results and the report when the user includes them, each marked by all its departures."""

from __future__ import annotations

import subprocess
from fractions import Fraction
from types import SimpleNamespace

import openpyxl
import pytest
from conftest import AGAINST_ALL_2023, PARTIES_2023

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.margins import NextSeat
from kzseats_gui.core.model import SettingsOverrides
from kzseats_gui.fileio.project_scenarios import Scenario, save_scenarios
from kzseats_gui.fileio.workbook import read_workbook
from kzseats_gui.ui.workbench import window_hooks as hooks

MAIN_SHEETS = ["Summary", "Parties", "Districts", "Quota", "Ties", "Audit trail", "Legal basis", "Warnings"]


@pytest.fixture
def legal_2023(workbook):
    """The 2023 list vote under the law's settings (the district seats pending): no departure at all."""
    return workbook("legal-2023.xlsx", {
        "Election": [("Setting", "Value")],
        "Parties": [("Party", "Votes"), *PARTIES_2023, ("Against all", AGAINST_ALL_2023)],
    })


def _answer_save_dialog(monkeypatch, path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


def _departures_cell(path) -> str:
    summary = openpyxl.load_workbook(path)["Summary"]
    return next(row[1] for row in summary.iter_rows(values_only=True) if row[0] == "Departures from the law")


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _swing(window, settled):
    pane = window.workbench.whatif
    pane.swing_from.setCurrentIndex(pane.swing_from.findData("Amanat"))
    pane.swing_to.setCurrentIndex(pane.swing_to.findData("Auyl"))
    pane.swing_points.setValue(5.0)
    pane.apply_swing()
    return settled(window)


def test_exports_after_a_whatif_edit_carry_the_mark_and_the_edits(window, opened, settled, monkeypatch,
                                                                  legal_2023, tmp_path):
    opened(legal_2023)
    document = hooks.document(window)
    plain = tmp_path / "plain.xlsx"
    _answer_save_dialog(monkeypatch, plain)
    window.actions_.export_results.trigger()
    assert document.result.departures == () and _departures_cell(plain) == "none: the legal result"

    _swing(window, settled)
    amanat = document.election.party("Amanat").votes
    assert document.result.departures == ("edited-figures",)
    banner = window.panes.not_the_law_banner
    assert banner.isVisibleTo(window) and "list votes of Amanat edited: 3" in banner.text()

    edited = tmp_path / "edited.xlsx"
    _answer_save_dialog(monkeypatch, edited)
    window.actions_.export_results.trigger()
    mark = _departures_cell(edited)
    assert mark.startswith("NOT THE LAW") and "list votes of Amanat edited" in mark
    assert f"{amanat:,}".replace(",", "\u202f") in mark  # the edited figure itself
    sheet = openpyxl.load_workbook(edited)["Summary"]
    summary = dict(sheet.iter_rows(min_row=2, max_col=2, values_only=True))
    assert summary["Edited figure (what-if)"].startswith("list votes of")

    report = tmp_path / "edited.pdf"
    _answer_save_dialog(monkeypatch, report)
    window.actions_.export_report.trigger()
    first_page = " ".join(_pdf_text(report).split("\f")[0].split())
    assert "It cannot be signed" in first_page and "list votes of Amanat edited" in first_page

    chart = tmp_path / "edited.svg"
    _answer_save_dialog(monkeypatch, chart)
    window.actions_.export_chart.trigger()
    assert "NOT THE LAW" in chart.read_text(encoding="utf-8")

    window.workbench.session.undo_stack.undo()  # back to the workbook's figures: no mark at all
    settled(window)
    assert document.result.departures == () and not banner.isVisibleTo(window)
    again = tmp_path / "again.xlsx"
    _answer_save_dialog(monkeypatch, again)
    window.actions_.export_results.trigger()
    assert _departures_cell(again) == "none: the legal result"
    _answer_save_dialog(monkeypatch, chart)
    window.actions_.export_chart.trigger()
    assert "NOT THE LAW" not in chart.read_text(encoding="utf-8")


@pytest.fixture
def include_choice_back(window):
    yield
    window.actions_.include_scenarios.setChecked(False)


def test_included_scenarios_become_sheets_and_a_report_section(window, opened, settled, monkeypatch,
                                                              legal_2023, tmp_path, include_choice_back):
    save_scenarios(legal_2023, [
        Scenario("Seven", settings=SettingsOverrides(threshold_percent=Fraction(7))),
        Scenario("Baytaq", list_votes={"Baytaq": 1_000_000}),
    ])
    opened(legal_2023)
    pane = window.workbench.scenarios
    # every departure marks a scenario, not only the method
    assert [pane.list.item(i).text() for i in range(pane.list.count())] == [
        "Seven \u2014 not the law", "Baytaq \u2014 not the law"]
    assert "a threshold of 7 %" in pane.list.item(0).toolTip()

    off = tmp_path / "off.xlsx"
    _answer_save_dialog(monkeypatch, off)
    window.actions_.export_results.trigger()
    assert openpyxl.load_workbook(off).sheetnames == MAIN_SHEETS  # off at first: as before

    pane.export_check.setChecked(True)  # the box in the pane is the menu's choice
    assert window.actions_.include_scenarios.isChecked()
    on = tmp_path / "on.xlsx"
    _answer_save_dialog(monkeypatch, on)
    window.actions_.export_results.trigger()
    book = openpyxl.load_workbook(on)
    assert book.sheetnames == [*MAIN_SHEETS, "Seven", "Baytaq"]
    election = read_workbook(legal_2023)
    seven = allocate(election, resolve_settings(election.overrides.merged(
        SettingsOverrides(threshold_percent=Fraction(7)))))
    rows = {row[0]: row for row in book["Seven"].iter_rows(values_only=True) if row[0]}
    law = allocate(election, resolve_settings(election.overrides))
    for party in seven.parties:
        assert rows[party.name][3] == party.total_seats
        assert rows[party.name][5] == party.total_seats - law.party(party.name).total_seats

    report = tmp_path / "on.pdf"
    _answer_save_dialog(monkeypatch, report)
    window.actions_.export_report.trigger()
    section = _pdf_text(report).split("Scenarios (what-if)", 1)[1]
    assert section.count("NOT THE LAW") == 2 and "list votes of Baytaq edited" in section


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "With 1 list seat the next seat goes to A.", "With 2 list seats the next seat goes to A."),
    ("ru", "При 1 мандате по спискам следующий мандат получает A.",
     "При 2 мандатах по спискам следующий мандат получает A."),
    ("kk", "Тізім бойынша 1 мандат болғанда келесі мандатты A алады.",
     "Тізім бойынша 2 мандат болғанда келесі мандатты A алады."),
])
def test_the_next_seat_text_uses_each_languages_plural(window, back_to_english, language, one, two):
    window.set_language(language)
    pane = window.workbench.margins
    texts = [pane._next_seat_text(SimpleNamespace(next_seat=NextSeat(n, ("A",), (), None, False)), {})
             for n in (1, 2)]
    assert texts == [one, two]


def test_included_scenarios_from_a_damaged_project_file_stop_the_export_with_a_message(
        window, opened, monkeypatch, legal_2023, tmp_path, include_choice_back):
    from kzseats_gui.fileio.project_file import project_path

    opened(legal_2023)
    damaged = project_path(legal_2023)
    damaged.write_text('{"format": "kzseats-project", "version": 1, "scenarios": 5}', encoding="utf-8")
    window.actions_.include_scenarios.setChecked(True)
    assert window.workbench.scenarios.export_check.isChecked()
    out = tmp_path / "out.xlsx"
    shown = _answer_save_dialog(monkeypatch, out)
    window.actions_.export_results.trigger()
    assert shown and damaged.name in shown[0]
    assert not out.exists() and damaged.read_text(encoding="utf-8").endswith('"scenarios": 5}')
