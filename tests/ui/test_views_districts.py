"""The districts table: winners and parties, flags for what needs a second look, sorting, copying."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from views_data import AMANAT_DISTRICTS, INDEPENDENT_DISTRICTS, flagged_districts, mazhilis_2023, sized  # noqa: E402

from kzseats_gui.ui.views.districts_view import Column, DistrictsView, Flag  # noqa: E402


@pytest.fixture
def view(qtbot):
    return sized(qtbot, DistrictsView(), 1280, 700)


def test_2023_districts_party_and_self_nominated_winners(view):
    view.set_result(*mazhilis_2023())
    rows = view.rows()
    assert len(rows) == 29
    parties = [row[Column.PARTY] for row in rows]
    assert parties.count("Amanat") == AMANAT_DISTRICTS
    assert parties.count("Self-nominated") == INDEPENDENT_DISTRICTS
    first = rows[0]
    assert (first[Column.DISTRICT], first[Column.WINNER]) == ("1", "Däulet Turlyhanov")
    assert all(row[Column.FLAGS] == () for row in rows)


def test_flags_for_against_all_tie_pending_and_void(view):
    view.set_result(*flagged_districts())
    flags = {row[Column.DISTRICT]: row[Column.FLAGS] for row in view.rows()}
    assert flags == {
        "1": (Flag.AGAINST_ALL_LEADS,),
        "2": (Flag.TIE,),
        "3": (Flag.PENDING,),
        "10": (Flag.VOID, Flag.AGAINST_ALL_LEADS),
    }
    model = view.model()
    tie_row = model.row_of("2")
    assert model.index(tie_row, Column.WINNER).data(Qt.ItemDataRole.DisplayRole) == "(tie)"
    assert "lots" in model.index(tie_row, Column.FLAGS).data()
    assert model.index(tie_row, Column.FLAGS).data(Qt.ItemDataRole.BackgroundRole) is not None
    share = model.index(model.row_of("1"), Column.AGAINST_ALL_SHARE).data()
    assert share == "37.50"  # 1 200 of 3 200 votes
    assert "undecided: 3" in view.summary_text()


def test_sorting_districts_naturally_and_by_margin(view):
    view.set_result(*flagged_districts())
    view.table().sortByColumn(Column.DISTRICT, Qt.SortOrder.AscendingOrder)
    assert [r[Column.DISTRICT] for r in view.rows()] == ["1", "2", "3", "10"]
    view.table().sortByColumn(Column.MARGIN, Qt.SortOrder.DescendingOrder)
    margins = [r[Column.MARGIN] for r in view.rows()]
    assert margins[:3] == [50, 40, 0] and margins[3] is None  # pending last


def test_copy_to_clipboard_parses_back(view):
    view.set_result(*mazhilis_2023())
    lines = [line.split("\t") for line in view.copy_to_clipboard().splitlines()]
    header, body = lines[0], lines[1:]
    assert header[:3] == ["District", "Winner", "Party"]
    assert len(body) == 29
    record = dict(zip(header, body[0], strict=True))
    assert record["Winner"] == "Däulet Turlyhanov"
    assert int(record["Winner's votes"]) - int(record["Margin"]) > 0
    assert float(record["Against all (%)"]) < 100


def test_filter_narrows_rows(view, qtbot):
    view.set_result(*mazhilis_2023())
    qtbot.keyClicks(view.filter_edit(), "Self-nominated")
    assert len(view.rows()) == INDEPENDENT_DISTRICTS
    view.filter_edit().clear()
    assert len(view.rows()) == 29


def test_clear(view):
    view.set_result(*mazhilis_2023())
    view.clear()
    assert view.rows() == []


def test_tab_moves_from_filter_to_table(view):
    view.set_result(*mazhilis_2023())
    view.show()
    candidate = view.filter_edit().nextInFocusChain()
    while not candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
        candidate = candidate.nextInFocusChain()
    assert candidate is view.table()
