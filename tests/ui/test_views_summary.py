"""The summary shows the headline figures exactly, marks comparison methods and open lots, reflows."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QGroupBox, QScrollArea  # noqa: E402
from views_data import dhondt_variant, flagged_districts, mazhilis_2023, sized  # noqa: E402

from kzseats_gui.ui.views.summary_view import SummaryView  # noqa: E402


@pytest.fixture
def view(qtbot):
    return sized(qtbot, SummaryView(), 1280, 600)


def test_headline_figures_of_2023(view):
    view.set_result(*mazhilis_2023())
    fields = view.fields()
    assert view.title_text() == "Mazhilis election 2023"
    assert fields["seats"] == "69 list + 29 district = 98"
    assert fields["valid"].startswith("6\u202f366\u202f441")
    assert fields["against_all"] == "248\u202f291 (3.90 %)"
    assert fields["threshold"] == "5 % of 6\u202f366\u202f441"
    assert fields["threshold_votes"] == "318\u202f323"  # the fewest whole votes: 5 % is 318 322.05
    assert "party votes + against all" in fields["threshold_base"]
    assert fields["passed"] == "6 of 7"
    assert fields["quota"].startswith("Hare quota: 86\u202f546.652174\u2026")  # cut decimals say so
    assert "5\u202f971\u202f719 / 69" in fields["quota"]
    assert fields["turnout"].startswith("54.17 %")
    assert fields["independents"] == "7"
    assert fields["method"].endswith("(the law)")
    assert view.method_notice() == ""
    assert view.status_text().endswith("Complete")
    assert "29" in fields["youth"] and "rounded up" in fields["quota_rule"]
    assert fields["undecided"] == ""  # hidden: nothing awaits a lot


def test_comparison_method_is_visibly_not_the_law(view):
    view.set_result(*dhondt_variant())
    assert "not the law" in view.fields()["method"]
    assert "not the law" in view.method_notice()
    assert view.fields()["quota"].startswith("none")


def test_open_tie_shows_lots_required(view):
    view.set_result(*flagged_districts())
    assert "Lots required" in view.status_text()
    assert "Bolat A., Marat B." in view.fields()["status"]
    assert view.fields()["undecided"] == "1"


def test_groups_reflow_with_width(view, qtbot):
    view.set_result(*mazhilis_2023())
    view.show_details(True)
    view.show()
    qtbot.waitExposed(view)
    assert view.group_columns() == 3
    view.resize(600, 600)
    qtbot.waitUntil(lambda: view.group_columns() == 1)


def test_status_method_and_threshold_at_a_glance_details_on_demand(view, qtbot):
    view.set_result(*mazhilis_2023())
    view.show()
    qtbot.waitExposed(view)
    glance = view.glance_label().text()
    assert "Hare quota" in glance and "5 %" in glance and "318\u202f323 votes" in glance
    assert "6 of 7 parties passed" in glance
    assert view.status_text().startswith("\u2714")  # the status badge: decided
    boxes = [box for box in view.findChildren(QGroupBox) if box.isVisible()]
    assert not boxes  # details on demand
    body = view.findChild(QScrollArea).widget()
    collapsed = body.sizeHint().height()
    with qtbot.waitSignal(view.detailsToggled):
        view.show_details(True)
    assert any(box.isVisible() for box in view.findChildren(QGroupBox))
    assert body.sizeHint().height() > collapsed


def test_copy_and_clear(view):
    view.set_result(*mazhilis_2023())
    text = view.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == text
    assert "Votes needed: 318\u202f323" in text
    view.clear()
    assert view.title_text() == "No result yet"
    assert set(view.fields().values()) == {"\u2014"}
