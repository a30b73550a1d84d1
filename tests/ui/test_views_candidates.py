"""The candidates view: a party's holders, who counts toward the quota, and the list checks."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace  # noqa: E402

import pytest  # noqa: E402
from views_data import mazhilis_2023, sized  # noqa: E402

from kzseats_gui.ui.views.candidates_view import FAIL_MARK, PASS_MARK, CandidatesView, Column  # noqa: E402

OSDP = "OSDP (Nationwide Social Democratic Party)"


@pytest.fixture
def view(qtbot):
    return sized(qtbot, CandidatesView(), 1100, 700)


def test_amanat_quota_figures_and_holders(view):
    election, result = mazhilis_2023()
    view.set_result(election, result)
    assert view.current_party() == "Amanat"
    quota = result.party("Amanat").quota
    figures = view.figures()
    assert figures["seats"] == "40"
    assert figures["required"].startswith("12 (30 % of 40 seats")
    assert figures["filled"].startswith(f"{quota.filled} of 40")
    assert figures["met"] == f"{PASS_MARK} met"
    assert figures["list_eligible"].startswith(f"{PASS_MARK} 31 of 90")
    assert figures["list_length"].startswith(f"{PASS_MARK} 90 names")
    rows = view.rows()
    assert len(rows) == 40
    counting = [r for r in rows if r[Column.COUNTS]]
    assert len(counting) == quota.filled
    assert {r[Column.CATEGORY] for r in counting} <= {"woman", "youth", "disability"}
    assert all(r[Column.CATEGORY] is None for r in rows if not r[Column.COUNTS])
    assert "chosen by the party" in view.holders_caption()


def test_suggested_set_marks_swapped_in_and_failed_list_check(view):
    election, result = mazhilis_2023()
    view.set_result(election, result)
    with_signal = []
    view.partySelected.connect(with_signal.append)
    view.select_party(OSDP)
    assert with_signal == [OSDP]
    rows = view.rows()
    assert [r[Column.POSITION] for r in rows] == [1, 2, 5, 7]
    assert [r[Column.SWAPPED_IN] for r in rows] == [False, False, True, True]
    assert view.figures()["list_eligible"].startswith(f"{FAIL_MARK} 9 of 40")
    assert "Suggested" in view.holders_caption()


def test_message_without_candidate_data(view):
    election, result = mazhilis_2023()
    bare = replace(result, parties=tuple(replace(p, quota=None) for p in result.parties))
    view.set_result(election, bare)
    assert view.message() is not None and "Candidates sheet" in view.message()
    assert not view.party_box().isEnabled()


def test_info_banner_when_quota_is_not_law(view):
    election, result = mazhilis_2023()
    parties = tuple(
        replace(p, quota=replace(p.quota, applies=False)) if p.quota else p for p in result.parties
    )
    view.set_result(election, replace(result, parties=parties))
    assert view.message() is None
    assert view.info() is not None and "information only" in view.info()


def test_clear(view):
    view.set_result(*mazhilis_2023())
    view.clear()
    assert view.rows() == [] and view.message() == "No result yet."
