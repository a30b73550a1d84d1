"""Figures that are not the workbook's: a what-if edit or a saved scenario departs from the law too.

A result allocated on edited figures is a comparison even when every setting is the law's: the votes
it counts are not the ones the workbook (and the commission) gives. ``with_figure_edits`` names every
edited figure on the result (``AllocationResult.edits``) and adds ``departures.EDITED_FIGURES``, so the
"not the law" mark, the report and every export say what was edited. Unedited figures add nothing.
"""

from __future__ import annotations

from dataclasses import replace

from .departures import EDITED_FIGURES
from .model import Election
from .result import AllocationResult, FigureEdit

LIST_VOTES = "list-votes"
AGAINST_ALL = "against-all"
DISTRICT_VOTES = "district-votes"


def figure_edits(baseline: Election, election: Election) -> tuple[FigureEdit, ...]:
    """Every figure of ``election`` that differs from ``baseline``: list votes (ballot order), "against
    all", then candidates' district votes (district order)."""
    if election is baseline:
        return ()
    edits: list[FigureEdit] = []
    given = {p.name: p.votes for p in baseline.parties}
    for party in election.parties:
        before = given.get(party.name)
        if party.votes is not None and before is not None and party.votes != before:
            edits.append(FigureEdit(LIST_VOTES, before, party.votes, party.name))
    if election.against_all != baseline.against_all:
        edits.append(FigureEdit(AGAINST_ALL, baseline.against_all, election.against_all))
    districts = {d.key: {c.name: c.votes for c in d.candidates} for d in baseline.districts}
    for district in election.districts:
        votes = districts.get(district.key, {})
        for candidate in district.candidates:
            before = votes.get(candidate.name)
            if before is not None and candidate.votes != before:
                edits.append(
                    FigureEdit(DISTRICT_VOTES, before, candidate.votes, candidate.name, district.key))
    return tuple(edits)


def with_figure_edits(result: AllocationResult, baseline: Election, election: Election) -> AllocationResult:
    """``result`` (allocated on ``election``) naming what differs from ``baseline``; unchanged when
    nothing does."""
    edits = figure_edits(baseline, election)
    if not edits:
        return result
    departures = tuple(d for d in result.departures if d != EDITED_FIGURES) + (EDITED_FIGURES,)
    return replace(result, departures=departures, edits=edits)


__all__ = ["AGAINST_ALL", "DISTRICT_VOTES", "LIST_VOTES", "figure_edits", "with_figure_edits"]
