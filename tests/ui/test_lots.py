"""Ties that no rule decides: the window says so, the user records the lot, the result finishes with it,
and the lot stays with the workbook and in the audit trail."""

import json

from PySide6.QtWidgets import QDialogButtonBox

from kzseats_gui.core.result import Tie
from kzseats_gui.text import render_notice
from kzseats_gui.ui.window.lots_dialog import LotsDialog


def record_lot(monkeypatch, winners, drawn_on="2024-03-21 10:00, CEC hall"):
    """Answer the lots dialog with ``winners`` instead of waiting for a click."""

    def answer(dialog):
        dialog.choose(0, winners)
        dialog.drawn_on.setText(drawn_on)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LotsDialog, "exec", answer)


def test_a_tie_shows_the_banner_and_a_recorded_lot_finishes_the_result(qtbot, window, open_and_wait,
                                                                       tied_workbook, monkeypatch):
    result = open_and_wait(window, tied_workbook)
    assert result.status == "lots-required"
    banner = window.panes.lots_banner
    assert banner.isVisibleTo(window)
    assert "Lots required" in banner.heading_text()
    assert "Alpha" in banner.details_text() and "Beta" in banner.details_text()
    assert "0.5" in banner.details_text()  # the equal remainder

    record_lot(monkeypatch, ["Beta"])
    with qtbot.waitSignal(window.resultShown, timeout=10_000):
        banner.button().click()
    result = window.session.result
    assert result.status == "ok"
    assert {p.name: p.total_seats for p in result.parties} == {"Alpha": 1, "Beta": 2}
    tie = result.ties[0]
    assert (tie.resolved_by, tie.winners, tie.drawn_on) == ("lot", ("Beta",), "2024-03-21 10:00, CEC hall")
    # the seat decided by lot stays visible: the banner says so, without the button
    assert banner.isVisibleTo(window) and not banner.button().isVisibleTo(window)
    assert banner.heading_text() == "Complete — 1 seat decided by lot"
    assert "Beta" in banner.details_text() and "2024-03-21 10:00, CEC hall" in banner.details_text()
    window.panes.tabs.setCurrentWidget(window.panes.audit_view)  # a tab is filled when it is opened
    audit = window.panes.audit_view.plain_text()
    assert "Beta" in audit and "2024-03-21 10:00, CEC hall" in audit


def test_recorded_lots_stay_with_the_workbook_until_forgotten(qtbot, window, open_and_wait, tied_workbook,
                                                              list_only_2023, monkeypatch):
    open_and_wait(window, tied_workbook)
    record_lot(monkeypatch, ["Alpha"])
    with qtbot.waitSignal(window.resultShown, timeout=10_000):
        window.panes.lots_banner.button().click()

    open_and_wait(window, list_only_2023)
    result = open_and_wait(window, tied_workbook)
    assert result.status == "ok" and result.ties[0].winners == ("Alpha",)

    assert window.actions_.forget_lots.isEnabled()
    with qtbot.waitSignal(window.resultShown, timeout=10_000):
        window.actions_.forget_lots.trigger()
    assert window.session.result.status == "lots-required"


def test_the_dialog_accepts_only_the_tied_names_and_the_exact_count(qtbot):
    tie = Tie("list", ("A", "B", "C"), 2, 1)
    dialog = LotsDialog([tie])
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert set(dialog.choices()[0].buttons) == {"A", "B", "C"}
    assert not ok.isEnabled()
    dialog.choose(0, ["A"])
    assert not ok.isEnabled()
    dialog.choose(0, ["A", "C"])
    assert ok.isEnabled()
    dialog.choose(0, ["A", "B", "C"])
    assert not ok.isEnabled()
    dialog.choose(0, ["C", "B"])
    assert dialog.drawn_on.text()  # prefilled with the current date and time
    records = dialog.lot_records()
    assert [(r.tier, r.winners) for r in records] == [("list", ("B", "C"))]


def test_a_district_tie_records_the_district(qtbot):
    tie = Tie("district", ("Ivanov", "Petrov"), 1, 1200, district="7")
    dialog = LotsDialog([tie])
    qtbot.addWidget(dialog)
    dialog.choose(0, ["Petrov"])
    assert dialog.is_complete()
    (record,) = dialog.lot_records()
    assert (record.tier, record.district, record.winners) == ("district", "7", ("Petrov",))


def test_recorded_lots_survive_a_restart_and_are_refused_for_a_changed_workbook(
    qtbot, preferences, log_file, open_and_wait, tied_workbook, workbook, monkeypatch
):
    from kzseats_gui.fileio.project_file import project_path
    from kzseats_gui.ui.window.main_window import MainWindow

    first = MainWindow(preferences)
    qtbot.addWidget(first)
    open_and_wait(first, tied_workbook)
    record_lot(monkeypatch, ["Beta"])
    with qtbot.waitSignal(first.resultShown, timeout=10_000):
        first.panes.lots_banner.button().click()
    saved = json.loads(project_path(tied_workbook).read_text(encoding="utf-8"))
    assert saved["lots"] == [{"tier": "list", "district": None, "winners": ["Beta"],
                              "drawn_on": "2024-03-21 10:00, CEC hall"}]
    assert "scenarios" in saved and len(saved["workbook"]["sha256"]) == 64

    # a new window (the app started again) applies them and says so
    second = MainWindow(preferences)
    qtbot.addWidget(second)
    result = open_and_wait(second, tied_workbook)
    assert result.status == "ok" and result.seats_by_lot == 1
    notes = [render_notice(n) for n in second.session.document.election.notes]
    assert any("applied from tie.kzseats.json" in n for n in notes)

    # the same file name with other figures: the lots are not applied, with a warning
    changed = workbook(tied_workbook.name, {
        "Election": [("Setting", "Value"), ("List seats", 3), ("District seats", 0)],
        "Parties": [("Party", "Votes"), ("Alpha", 150), ("Beta", 150), ("Gamma", 1)],
    })
    third = MainWindow(preferences)
    qtbot.addWidget(third)
    result = open_and_wait(third, changed)
    assert result.status == "lots-required"
    assert any(n.code == "project-lots-stale" for n in result.warnings)
