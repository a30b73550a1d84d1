"""Edited figures depart from the law: each edit named, and nothing added for the workbook's figures."""

from __future__ import annotations

from dataclasses import replace

from core_builders import election_2023_with_districts, settings

from kzseats_gui.core import departures as d
from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.edited_figures import (
    AGAINST_ALL,
    DISTRICT_VOTES,
    LIST_VOTES,
    with_figure_edits,
)
from kzseats_gui.core.result import FigureEdit
from kzseats_gui.text.legal import departure_texts, not_the_law_mark

LEGAL = settings(district_seats=29)


def _with_votes(election, name, votes):
    return replace(election, parties=tuple(replace(p, votes=votes) if p.name == name else p
                                           for p in election.parties))


def test_the_workbooks_figures_give_the_legal_result_with_no_departure():
    baseline = election_2023_with_districts()
    copy = replace(baseline, parties=tuple(baseline.parties))  # equal figures, another object
    for election in (baseline, copy):
        result = with_figure_edits(allocate(election, LEGAL), baseline, election)
        assert result.departures == () and result.edits == () and result.is_the_law
        assert not_the_law_mark(result) == ""


def test_every_edited_figure_is_named_and_the_result_is_not_the_law():
    baseline = election_2023_with_districts()
    amanat = baseline.party("Amanat").votes
    edited = _with_votes(baseline, "Amanat", amanat + 100_000)
    edited = replace(edited, against_all=baseline.against_all + 5)
    district = edited.districts[2]
    runner_up = district.candidates[1]
    moved = replace(district, candidates=(district.candidates[0], replace(runner_up, votes=40_000)))
    edited = replace(edited, districts=(*edited.districts[:2], moved, *edited.districts[3:]))

    result = with_figure_edits(allocate(edited, LEGAL), baseline, edited)

    assert result.departures == (d.EDITED_FIGURES,) and not result.is_the_law
    assert result.edits == (
        FigureEdit(LIST_VOTES, amanat, amanat + 100_000, "Amanat"),
        FigureEdit(AGAINST_ALL, baseline.against_all, baseline.against_all + 5),
        FigureEdit(DISTRICT_VOTES, 20_000, 40_000, runner_up.name, "3"),
    )
    text = departure_texts(result)[0]
    assert "list votes of Amanat edited: " in text
    assert text.count("\u2192") == 3
    assert "votes of Runner-up 3 in district 3 edited" in text
    assert not_the_law_mark(result).startswith("NOT THE LAW")
    # the edit changed a seat: the district's winner is the runner-up now
    assert result.districts[2].winner == runner_up.name


def test_a_settings_departure_and_edits_are_listed_together_and_many_edits_are_counted():
    baseline = election_2023_with_districts()
    edited = baseline
    for party in baseline.parties[:5]:
        edited = _with_votes(edited, party.name, party.votes + 1)
    result = with_figure_edits(allocate(edited, settings(district_seats=29, threshold_percent=7)),
                               baseline, edited)
    assert result.departures == (d.THRESHOLD, d.EDITED_FIGURES)
    assert len(result.edits) == 5
    threshold, edits = departure_texts(result)
    assert "7 %" in threshold
    assert edits.count("edited:") == 3 and edits.endswith("and 2 more")
