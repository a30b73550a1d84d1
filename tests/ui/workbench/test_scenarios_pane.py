"""Scenarios are saved beside the workbook (never in it), reopened with it, opened as a what-if and
compared; a damaged project file is reported and left as it is."""

import hashlib
import json

import pytest
from PySide6.QtCore import QRect, Qt

from kzseats_gui.core.model import LotRecord, Method, SettingsOverrides
from kzseats_gui.fileio.project_file import project_path, save_recorded_lots
from kzseats_gui.fileio.project_scenarios import Scenario, read_scenarios, save_scenarios
from kzseats_gui.ui.workbench import window_hooks as hooks


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _swing(window, settled, points=5.0):
    pane = window.workbench.whatif
    pane.swing_from.setCurrentIndex(pane.swing_from.findData("Amanat"))
    pane.swing_to.setCurrentIndex(pane.swing_to.findData("Auyl"))
    pane.swing_points.setValue(points)
    pane.apply_swing()
    return settled(window)


def test_a_scenario_is_saved_beside_the_workbook_and_reopened(window, opened, settled, open_and_wait,
                                                               list_only_2023):
    before = _digest(list_only_2023)
    opened(list_only_2023)
    save_recorded_lots(list_only_2023, before, [LotRecord("list", ("Amanat",), drawn_on="today")])
    analysis = _swing(window, settled)
    auyl = hooks.document(window).election.party("Auyl").votes
    pane = window.workbench.scenarios
    pane.name_edit.setText("Auyl surge")
    pane.save_button.click()
    assert _digest(list_only_2023) == before  # the workbook is never written
    stored = json.loads(project_path(list_only_2023).read_text(encoding="utf-8"))
    assert stored["lots"][0]["winners"] == ["Amanat"]  # the lots are kept
    assert stored["scenarios"][0]["name"] == "Auyl surge"
    assert stored["scenarios"][0]["list_votes"]["Auyl"] == auyl
    assert "Baytaq" not in stored["scenarios"][0]["list_votes"]  # only what differs

    # the comparison: figures as read against the scenario
    assert pane.left_choice.currentData() == -1 and pane.right_choice.currentData() == 0
    row = next(r for r in range(pane.table.rowCount())
               if pane.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "Auyl")
    assert pane.table.item(row, 3).data(Qt.ItemDataRole.UserRole) == analysis.seat_change("Auyl")
    # no change reads "0", as in the methods table: an empty cell would read as a figure missing
    unchanged = [r for r in range(pane.table.rowCount())
                 if analysis.seat_change(pane.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) == 0]
    assert unchanged and all(pane.table.item(r, 3).text() == "0" for r in unchanged)
    held = analysis.result.party("Auyl")
    drawn = [item.seat.party for item in pane.right_chart.seat_items()]
    assert drawn.count("Auyl") == held.list_seats + held.district_seats  # the two houses side by side
    assert [item.seat.party for item in pane.left_chart.seat_items()].count("Auyl") == 8

    open_and_wait(window, list_only_2023)  # reopened: the what-if is gone, the scenario is listed
    settled(window)
    assert hooks.document(window).election is hooks.document(window).baseline
    # edited votes depart from the law as a setting does: marked, the edits named in the tooltip
    assert [pane.list.item(i).text() for i in range(pane.list.count())] == ["Auyl surge \u2014 not the law"]
    assert "list votes of Auyl edited" in pane.list.item(0).toolTip()
    pane.list.setCurrentRow(0)
    pane.open_button.click()
    settled(window)
    assert hooks.document(window).election.party("Auyl").votes == auyl
    window.workbench.session.undo_stack.undo()
    settled(window)
    assert hooks.document(window).election is hooks.document(window).baseline


def test_a_scenario_with_another_method_is_not_the_law(window, opened, settled, qtbot, list_only_2023):
    save_scenarios(list_only_2023, [Scenario("D'Hondt", settings=SettingsOverrides(method=Method.DHONDT))])
    opened(list_only_2023)
    pane = window.workbench.scenarios
    assert pane.list.item(0).text() == "D'Hondt \u2014 not the law"
    assert "not the law" in pane.right_choice.currentText()
    pane.open_scenario(0)
    qtbot.waitUntil(lambda: hooks.document(window).settings.method is Method.DHONDT)
    assert settled(window).result.party("Amanat").list_seats > 40
    assert read_scenarios(list_only_2023)[0].settings.method is Method.DHONDT


def test_a_damaged_project_file_is_reported_and_left_as_it_is(window, opened, settled, list_only_2023):
    damaged = project_path(list_only_2023)
    damaged.write_text('{"format": "kzseats-project", "version": 1, "scenarios": [{"name": 5}]}',
                       encoding="utf-8")
    before = damaged.read_bytes()
    opened(list_only_2023)
    pane = window.workbench.scenarios
    assert damaged.name in pane.message.text() and "scenarios[0]" in pane.message.text()
    _swing(window, settled)
    pane.name_edit.setText("lost?")
    pane.save_button.click()
    assert damaged.read_bytes() == before  # nothing saved over it
    assert pane.list.count() == 0 and pane.name_edit.text() == "lost?"  # the name is still there to retry


def test_scenario_json_round_trips(tmp_path, list_only_2023):
    from fractions import Fraction

    from kzseats_gui.core.model import ThresholdBase

    scenario = Scenario("all of it", {"Amanat": 1}, 7, {"1": {"A": 3}},
                        SettingsOverrides(threshold_percent=Fraction(15, 2), method=Method.SAINTE_LAGUE,
                                          threshold_base=ThresholdBase.BALLOTS, admit_runner_up=True,
                                          list_seats=70))
    save_scenarios(list_only_2023, [scenario])
    assert read_scenarios(list_only_2023) == (scenario,)
    stored = json.loads(project_path(list_only_2023).read_text(encoding="utf-8"))
    assert stored["scenarios"][0]["settings"]["threshold_percent"] == "7.5"


def test_a_scenario_for_a_district_the_workbook_lacks_says_why_and_does_not_open(
        window, opened, settled, list_only_2023):
    save_scenarios(list_only_2023, [Scenario("Other workbook", district_votes={"99": {"Somebody": 10}})])
    opened(list_only_2023)
    pane = window.workbench.scenarios
    assert pane.list.item(0).text() == "Other workbook \u2014 cannot be used"
    tip = pane.list.item(0).toolTip()
    assert "cannot be used" in tip and "district 99" in tip
    before = hooks.document(window).election
    pane.open_scenario(0)
    settled(window)
    assert hooks.document(window).election is before
    assert "district 99" in pane.message.text()


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_comparison_is_read_whole_on_a_laptop(window, opened, settled, qtbot, back_to_english, language,
                                                  list_only_2023):
    # Every party's row above the two houses (the pane scrolls instead), and the pane no wider than
    # its tab, so the difference column is never off the right edge.
    save_scenarios(list_only_2023, [Scenario("D'Hondt", settings=SettingsOverrides(method=Method.DHONDT))])
    window.set_language(language)
    window.fit_to_screen(1366, 768, QRect(0, 0, 1366, 768), with_frame=False)  # as --size 1366x768
    window.show()
    opened(list_only_2023)
    window.workbench.show_pane("scenarios")
    pane = window.workbench.scenarios
    table = pane.table
    assert table.rowCount() == 7
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0)
    scroll = pane.parentWidget().parentWidget()  # the tab's scroll area
    assert scroll.horizontalScrollBar().maximum() == 0
    assert pane.minimumSizeHint().width() <= scroll.viewport().width()
