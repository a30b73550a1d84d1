"""The party results table shows the 2023 figures, sorts by seats, and copies what it shows."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from views_data import mazhilis_2023, sized  # noqa: E402

from kzseats_gui.ui.views.results_view import (  # noqa: E402
    AGAINST_ALL_ROW,
    INDEPENDENTS_ROW,
    TOTAL_ROW,
    Column,
    PartyResultsView,
)

OFFICIAL_LIST_SEATS = {
    "Amanat": 40,
    "Auyl (People's Democratic Patriotic Party)": 8,
    "Respublica": 6,
    "Ak Zhol (Democratic Party of Kazakhstan)": 6,
    "People's Party of Kazakhstan": 5,
    "OSDP (Nationwide Social Democratic Party)": 4,
    "Baytaq": 0,
}


@pytest.fixture
def view(qtbot):
    widget = sized(qtbot, PartyResultsView(), 1280, 420)
    election, result = mazhilis_2023()
    widget.set_result(election, result)
    return widget


def party_rows(view):
    return {row[Column.PARTY]: row for row in view.rows() if row[Column.PARTY] is not None}


def test_shows_official_2023_list_seats_and_amanat_total(view):
    rows = party_rows(view)
    assert {name: row[Column.LIST_SEATS] for name, row in rows.items()} == OFFICIAL_LIST_SEATS
    assert rows["Amanat"][Column.TOTAL_SEATS] == 62
    assert rows["Amanat"][Column.DISTRICT_SEATS] == 22
    assert rows["Baytaq"][Column.THRESHOLD] is False
    assert rows["OSDP (Nationwide Social Democratic Party)"][Column.THRESHOLD] is True


def test_display_text_uses_thin_space_grouping_right_aligned(view):
    model = view.model()
    row = model.row_of("Amanat")
    index = model.index(row, Column.VOTES)
    assert index.data() == "3\u202f431\u202f510"
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(row, Column.SHARE).data() == "53.90"
    assert model.index(model.row_of("Baytaq"), Column.SHARE).data() == "2.30"


def test_summary_rows_total_every_seat(view):
    model = view.model()
    total = model.rows()[model.row_of(TOTAL_ROW)]
    assert total[Column.LIST_SEATS] == 69
    assert total[Column.DISTRICT_SEATS] == 29
    assert total[Column.TOTAL_SEATS] == 98
    assert total[Column.VOTES] == 6_366_441  # valid list ballots, against all included
    assert model.rows()[model.row_of(INDEPENDENTS_ROW)][Column.DISTRICT_SEATS] == 7
    assert model.rows()[model.row_of(AGAINST_ALL_ROW)][Column.VOTES] == 248_291


def test_sorting_by_total_seats_keeps_summary_rows_last(view):
    view.table().sortByColumn(Column.TOTAL_SEATS, Qt.SortOrder.DescendingOrder)
    names = [row[Column.PARTY] for row in view.rows()]
    assert names[0] == "Amanat"
    seats = [row[Column.TOTAL_SEATS] for row in view.rows()[:7]]
    assert seats == sorted(seats, reverse=True)
    assert names[7:] == [None, None, None]  # self-nominated, against all, total
    assert view.rows()[-1][Column.TOTAL_SEATS] == 98

    view.table().sortByColumn(Column.LIST_SEATS, Qt.SortOrder.AscendingOrder)
    rows = view.rows()
    assert rows[0][Column.PARTY] == "Baytaq"
    assert [r[Column.LIST_SEATS] for r in rows[:7]] == sorted(OFFICIAL_LIST_SEATS.values())
    assert rows[-1][Column.TOTAL_SEATS] == 98


def test_sorting_by_votes_is_numeric_not_textual(view):
    view.table().sortByColumn(Column.VOTES, Qt.SortOrder.AscendingOrder)
    votes = [row[Column.VOTES] for row in view.rows()[:7]]
    assert votes == sorted(votes)  # 146 431 before 1 000 000-range text would not hold as strings


def test_copy_to_clipboard_parses_back(view):
    text = view.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == text
    lines = [line.split("\t") for line in text.splitlines()]
    header, body = lines[0], lines[1:]
    assert header[0] == "Party" and "List seats" in header and "Total seats" in header
    assert "Vacant" not in header  # hidden column: no vacancies
    assert len(body) == 7 + 3
    by_name = {cells[0]: dict(zip(header, cells, strict=True)) for cells in body}
    assert int(by_name["Amanat"]["List votes"]) == 3_431_510
    assert int(by_name["Amanat"]["Total seats"]) == 62
    assert round(float(by_name["Amanat"]["Share (%)"]), 2) == 53.90
    assert {n: int(by_name[n]["List seats"]) for n in OFFICIAL_LIST_SEATS} == OFFICIAL_LIST_SEATS
    assert int(by_name["Total"]["Total seats"]) == 98


def test_ctrl_c_copies_the_table(view, qtbot):
    QGuiApplication.clipboard().clear()
    view.show()
    view.table().setFocus()
    qtbot.keyClick(view.table(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().startswith("Party\tList votes")


def test_ctrl_c_with_several_rows_selected_copies_those_rows(view, qtbot):
    view.show()
    view.table().setFocus()
    select = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):  # ballot order: Amanat, Auyl, Respublica
        view.table().selectionModel().select(view.proxy().index(row, 0), select)
    qtbot.keyClick(view.table(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("Party\tList votes")
    assert [line.split("\t")[0] for line in lines[1:]] == ["Amanat", "Respublica"]


def test_user_selection_emits_party_selected_programmatic_does_not(view, qtbot):
    view.show()
    qtbot.waitExposed(view)
    with qtbot.assertNotEmitted(view.partySelected):
        view.select_party("Respublica")
    assert view.selected_party() == "Respublica"

    row = view.proxy().mapFromSource(view.model().index(view.model().row_of("Amanat"), 0)).row()
    rect = view.table().visualRect(view.proxy().index(row, Column.VOTES))
    with qtbot.waitSignal(view.partySelected, timeout=1000) as signal:
        qtbot.mouseClick(view.table().viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["Amanat"]

    with qtbot.waitSignal(view.partySelected, timeout=1000) as signal:  # keyboard: the next row down
        qtbot.keyClick(view.table(), Qt.Key.Key_Down)
    assert signal.args == ["Auyl (People's Democratic Patriotic Party)"]


def test_quota_columns_show_figures_or_hide_without_candidate_data(view, qtbot):
    rows = party_rows(view)
    amanat = rows["Amanat"]
    assert (amanat[Column.QUOTA_REQUIRED], amanat[Column.QUOTA_ELIGIBLE]) == (12, 31)
    assert amanat[Column.QUOTA_MET] is True
    assert rows["Auyl (People's Democratic Patriotic Party)"][Column.QUOTA_REQUIRED] is None
    assert not view.table().isColumnHidden(Column.QUOTA_REQUIRED)

    election, result = mazhilis_2023()
    bare = replace(result, parties=tuple(replace(p, quota=None) for p in result.parties))
    view.set_result(election, bare)
    assert view.table().isColumnHidden(Column.QUOTA_REQUIRED)
    assert "Quota required" not in view.copy_to_clipboard().splitlines()[0]


def test_vacant_seats_get_a_column_and_a_note(view):
    election, result = mazhilis_2023()
    parties = tuple(
        replace(p, list_seats=p.list_seats - 1, vacant=1) if p.name == "Respublica" else p
        for p in result.parties
    )
    view.set_result(election, replace(result, parties=parties, vacant=1))
    assert not view.table().isColumnHidden(Column.VACANT)
    row = party_rows(view)["Respublica"]
    assert (row[Column.LIST_SEATS], row[Column.VACANT]) == (5, 1)
    assert "vacant" in view.note_text()


def test_clear_empties_the_table(view):
    view.clear()
    assert view.rows() == []
    assert view.model().rowCount() == 0
