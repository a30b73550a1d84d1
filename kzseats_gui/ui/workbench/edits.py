"""What-if edits of an election's figures, each returning a new ``Election`` (the old one is kept).

Counts stay whole numbers: a share typed in percent becomes the whole number of votes nearest to it
(the other parties' votes unchanged, so the total moves with it); a uniform swing moves
``floor(points % of the valid list vote)`` votes from one party to another, never more than it has.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ...core.model import District, Election

AGAINST_ALL = "\x00against-all"  # the key of the "against all" row among the party names


def valid_list_votes(election: Election) -> int:
    return sum(p.votes or 0 for p in election.list_parties) + election.against_all


def votes_of(election: Election, name: str) -> int:
    if name == AGAINST_ALL:
        return election.against_all
    party = election.party(name)
    return (party.votes or 0) if party is not None else 0


def with_votes(election: Election, name: str, votes: int) -> Election:
    """``name``'s list votes (or "against all") set to ``votes`` (at least 0)."""
    votes = max(0, int(votes))
    if name == AGAINST_ALL:
        return replace(election, against_all=votes)
    parties = tuple(replace(p, votes=votes) if p.name == name and p.votes is not None else p
                    for p in election.parties)
    return replace(election, parties=parties)


def votes_for_share(election: Election, name: str, percent: Fraction) -> int:
    """The whole votes that give ``name`` ``percent`` of the valid list vote, the others unchanged.

    With others' votes O, v / (v + O) = p solves to v = p O / (1 - p); rounded half up."""
    if not 0 <= percent < 100:
        raise ValueError("a share is at least 0 % and below 100 %")
    others = valid_list_votes(election) - votes_of(election, name)
    share = Fraction(percent) / 100
    exact = share * others / (1 - share)
    return int(exact + Fraction(1, 2))


def swing(election: Election, source: str, target: str, points: Fraction) -> Election:
    """``points`` percentage points of the valid list vote moved from ``source`` to ``target``."""
    if source == target:
        return election
    moved = int(Fraction(points) * valid_list_votes(election) / 100)
    moved = min(moved, votes_of(election, source))
    changed = with_votes(election, source, votes_of(election, source) - moved)
    return with_votes(changed, target, votes_of(changed, target) + moved)


def with_district_winner(election: Election, district: str, candidate: str) -> Election:
    """``candidate`` wins ``district`` outright: given one vote more than the best of the others."""
    districts = []
    for item in election.districts:
        if item.key == district:
            item = _winner_made(item, candidate)
        districts.append(item)
    return replace(election, districts=tuple(districts))


def _winner_made(district: District, candidate: str) -> District:
    others = [c.votes for c in district.candidates if c.name != candidate]
    best = max(others, default=0)
    candidates = tuple(replace(c, votes=max(c.votes, best + 1)) if c.name == candidate else c
                       for c in district.candidates)
    return replace(district, candidates=candidates)


def with_district_votes_moved(
    election: Election, district: str, source: str, target: str, votes: int
) -> Election:
    """``votes`` of candidate ``source`` in ``district`` moved to candidate ``target``."""
    def moved(item: District) -> District:
        taken = min(votes, next((c.votes for c in item.candidates if c.name == source), 0))
        candidates = tuple(
            replace(c, votes=c.votes - taken) if c.name == source
            else replace(c, votes=c.votes + taken) if c.name == target else c
            for c in item.candidates)
        return replace(item, candidates=candidates)

    districts = tuple(moved(d) if d.key == district else d for d in election.districts)
    return replace(election, districts=districts)
