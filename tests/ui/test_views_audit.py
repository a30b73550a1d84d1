"""The audit trail: every step numbered in engine order, grouped by section, ties highlighted."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from views_data import allocated_2023, flagged_districts, sized  # noqa: E402

from kzseats_gui.text import render_step  # noqa: E402
from kzseats_gui.ui.views.audit_view import (  # noqa: E402
    DISTRICTS,
    LIST_SEATS,
    MANDATE_QUOTA,
    THRESHOLD,
    AuditView,
    is_tie_step,
    step_section,
)


@pytest.fixture
def view(qtbot):
    return sized(qtbot, AuditView(), 1000, 700)


@pytest.fixture
def allocated():
    return allocated_2023()


def test_every_step_numbered_in_order_with_the_quota_step(view, allocated):
    election, result = allocated
    view.set_result(election, result)
    entries = view.entries()
    assert [e.number for e in entries] == list(range(1, len(result.steps) + 1))
    assert [e.text for e in entries] == [render_step(s) for s in result.steps]
    quota = [e for e in entries if e.code.startswith("quota-") or e.code == "quota"]
    assert len(quota) == 1 and quota[0].section == LIST_SEATS
    assert "86\u202f546.652174" in quota[0].text
    assert f"{quota[0].number}. {quota[0].text}" in view.plain_text()


def test_sections_group_consecutive_steps(view, allocated):
    election, result = allocated
    view.set_result(election, result)
    sections = [e.section for e in view.entries()]
    runs = [s for i, s in enumerate(sections) if i == 0 or s != sections[i - 1]]
    for section in (THRESHOLD, LIST_SEATS, DISTRICTS, MANDATE_QUOTA):
        assert runs.count(section) == 1, runs  # one heading each, the engine's order kept
    text = view.plain_text()
    assert (
        text.index("Ballots and threshold") < text.index("List seats") < text.index("Single-member districts")
    )
    lines = text.split("\n\nLegal basis\n")[0].splitlines()  # the steps; the rules follow
    headings = [i for i, line in enumerate(lines) if line and not line.lstrip()[0].isdigit()]
    assert headings[0] == 0 and all(lines[i - 1] == "" for i in headings[1:])  # a blank line before each
    assert lines.count("") == len(headings) - 1


def test_ties_are_highlighted_and_listed_first(view):
    election, result = flagged_districts()
    view.set_result(election, result)
    ties = [e for e in view.entries() if e.tie]
    assert [e.code for e in ties] == ["district-tie"]
    text = view.plain_text()
    assert text.startswith("Ties: lots required")
    assert "Bolat A., Marat B." in text.splitlines()[1]
    document = view.browser().document()
    tie_text = document.find(ties[0].text[:30])
    plain_text = document.find(view.entries()[0].text[:30])
    tint = tie_text.currentTable().cellAt(tie_text).format().background().color()
    assert tint.isValid() and tint != view.browser().palette().base().color()
    assert plain_text.currentTable().cellAt(plain_text).format().background().style() == Qt.BrushStyle.NoBrush


def test_step_codes_map_to_sections():
    assert step_section("party-failed") == THRESHOLD
    assert step_section("remainder-seat") == LIST_SEATS
    assert step_section("district-winner-independent") == DISTRICTS
    assert step_section("quota-swap") == MANDATE_QUOTA
    assert step_section("quota-hare") == LIST_SEATS
    assert step_section("something-new") is None
    assert is_tie_step("list-tie") and is_tie_step("district-tie-lots-required") and is_tie_step("tie-lot")
    assert not is_tie_step("runner-up-tie") and not is_tie_step("remainder-seat")


def test_copy_all_and_find(view, allocated):
    election, result = allocated
    view.set_result(election, result)
    text = view.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == text
    assert len([line for line in text.splitlines() if line.strip()[:1].isdigit()]) == len(result.steps)
    view.find_edit().setText("Baytaq")
    assert view.find_next()
    assert "Baytaq" in view.browser().textCursor().selectedText()
    view.find_edit().setText("no such text anywhere")
    assert not view.find_next()


def test_clear(view, allocated):
    view.set_result(*allocated)
    view.clear()
    assert view.entries() == [] and view.plain_text() == "\n"


def next_tab_stop(widget):
    """The widget Tab moves to from ``widget``, as Qt walks the focus chain."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisibleTo(widget.window())):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_keyboard_find_and_tab_order(view, qtbot, allocated):
    view.set_result(*allocated)
    view.show()
    qtbot.keyClicks(view.find_edit(), "Respublica")
    qtbot.keyClick(view.find_edit(), Qt.Key.Key_Return)
    assert "Respublica" in view.browser().textCursor().selectedText()
    stops = [view.find_edit()]
    for _ in range(4):
        stops.append(next_tab_stop(stops[-1]))
    assert [w.text() if hasattr(w, "text") else w for w in stops[1:4]] == ["P&revious", "&Next", "&Copy all"]
    assert stops[4] is view.browser()


def test_each_step_names_its_rules_and_the_legal_basis_lists_them_with_their_sources(view, allocated):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from kzseats_gui.core.rules import RULES

    election, result = allocated
    view.set_result(election, result)
    quota = next(e for e in view.entries() if e.code == "quota-hare")
    assert quota.rules == ("quota-hare",)
    text = view.plain_text()
    assert f"{quota.number}. {quota.text}  [quota-hare]" in text
    basis = text.split("\nLegal basis\n")[1]
    assert f"quota-hare — statute: {RULES['quota-hare'].source}" in basis
    assert set(view.rules_used()) == set(result.rule_ids)
    assert "quota-hare (statute)" in view.browser().toPlainText()
    # hovering a rule shows its source
    view.show()
    browser = view.browser()
    cursor = browser.document().find("quota-hare (statute)")
    browser.setTextCursor(cursor)
    rect = browser.cursorRect(cursor)
    point = QPoint(rect.left() - 8, rect.center().y())
    assert browser.anchorAt(point) == "rule:quota-hare"
    event = QHelpEvent(QEvent.Type.ToolTip, point, browser.viewport().mapToGlobal(point))
    view.eventFilter(browser.viewport(), event)
    assert "first electoral quotient" in QToolTip.text()
