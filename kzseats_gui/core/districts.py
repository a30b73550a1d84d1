"""The district tier: plurality in each single-member district, one round.

"Against all" is not a candidate. When it leads, the leading candidate still wins and the result warns
(the default), or, as a what-if, the district is void and its seat pending. Equal leading candidates
need a lot. Districts without results, and district seats without any rows, are pending.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from . import rules
from .model import AgainstAllLeads, District, LotRecord, Settings
from .notices import Param
from .party_names import PartyNames
from .progress import CancelledFn, check_cancelled
from .result import CandidateVotes, DistrictOutcome, Notice, Step
from .ties import TieDecision, resolve_district_tie


@dataclass(frozen=True)
class DistrictTier:
    outcomes: tuple[DistrictOutcome, ...]
    seats_by_party: dict[str, int]
    independents: int
    pending: int  # no results, void, or no rows at all
    undecided: int  # open ties
    decisions: tuple[TieDecision, ...]
    new_parties: tuple[str, ...]  # nominating parties not on the list ballot, first appearance
    steps: tuple[Step, ...]
    notices: tuple[Notice, ...]


def decide_districts(
    districts: Sequence[District],
    settings: Settings,
    lots: Sequence[LotRecord],
    names: PartyNames,
    *,
    on_district: Callable[[], None] | None = None,
    is_cancelled: CancelledFn = None,
) -> DistrictTier:
    steps: list[Step] = []
    notices: list[Notice] = []
    decisions: list[TieDecision] = []
    outcomes: list[DistrictOutcome] = []
    new_parties: list[str] = []

    def party_of(name: str | None) -> str | None:
        if name is None:
            return None
        known = names.canonical(name)
        if known is None:
            names.add(name)
            new_parties.append(name)
            known = name
        return known

    if len(districts) > settings.district_seats:
        notices.append(Notice("more-districts-than-seats", {
            "districts": len(districts), "seats": settings.district_seats,
        }))
    for district in districts:
        check_cancelled(is_cancelled)
        candidates = tuple(CandidateVotes(c.name, party_of(c.party), c.votes) for c in district.candidates)
        outcome, decision = _decide(district, candidates, settings, lots, steps, notices)
        outcomes.append(outcome)
        if decision is not None:
            decisions.append(decision)
        if on_district is not None:
            on_district()

    missing = max(0, settings.district_seats - len(districts))
    if missing:
        steps.append(Step("district-seats-without-rows", {"seats": missing}, (rules.DISTRICT_PENDING,)))
    seats_by_party: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.winner is not None and outcome.party is not None:
            seats_by_party[outcome.party] = seats_by_party.get(outcome.party, 0) + 1
    independents = sum(1 for o in outcomes if o.independent)
    pending = missing + sum(1 for o in outcomes if o.pending or o.void)
    undecided = sum(1 for d in decisions if d.tie.is_open)
    if outcomes or settings.district_seats:
        steps.append(Step("district-summary", {
            "districts": len(outcomes), "party_seats": sum(seats_by_party.values()),
            "independents": independents, "pending": pending, "undecided": undecided,
        }, (rules.DISTRICT_PLURALITY,)))
    return DistrictTier(
        outcomes=tuple(outcomes),
        seats_by_party=seats_by_party,
        independents=independents,
        pending=pending,
        undecided=undecided,
        decisions=tuple(decisions),
        new_parties=tuple(new_parties),
        steps=tuple(steps),
        notices=tuple(notices),
    )


def _decide(
    district: District,
    candidates: tuple[CandidateVotes, ...],
    settings: Settings,
    lots: Sequence[LotRecord],
    steps: list[Step],
    notices: list[Notice],
) -> tuple[DistrictOutcome, TieDecision | None]:
    key = district.key
    total = sum(c.votes for c in candidates) + district.against_all
    base = DistrictOutcome(key=key, winner=None, party=None, winner_votes=None, margin=None,
                           against_all=district.against_all, total_votes=total, pending=False,
                           candidates=candidates)

    if not district.has_results or not candidates:
        if district.has_results:
            notices.append(Notice("district-no-candidates", {"district": key}))
        steps.append(Step("district-pending", {"district": key}, (rules.DISTRICT_PENDING,)))
        return replace(base, pending=True), None

    ranked = sorted(candidates, key=lambda c: -c.votes)
    top = ranked[0].votes
    leaders = tuple(c for c in candidates if c.votes == top)
    others = [c.votes for c in ranked if c.votes < top]
    margin = top - others[0] if len(leaders) == 1 and others else (0 if len(leaders) > 1 else None)
    against_leads = district.against_all > top
    base = replace(base, winner_votes=top, margin=margin, against_all_leads=against_leads)

    if against_leads:
        figures: dict[str, Param] = {"district": key, "against_all": district.against_all, "votes": top}
        if settings.against_all_leads is AgainstAllLeads.VOID:
            steps.append(Step("district-void", figures, (rules.AGAINST_ALL_VOID,)))
            notices.append(Notice("district-void", figures))
            return replace(base, void=True), None
        notices.append(Notice("against-all-leads", figures))
        steps.append(Step("against-all-leads", figures, (rules.AGAINST_ALL_LEADS,)))

    decision = None
    winner = leaders[0] if len(leaders) == 1 else None
    if winner is None:
        decision = resolve_district_tie(key, tuple(c.name for c in leaders), top, lots)
        steps.extend(decision.steps)
        notices.extend(decision.notices)
        winner = next((c for c in leaders if c.name in decision.winners), None)
        if winner is None:
            return replace(base, tie=True), decision

    figures = {"district": key, "candidate": winner.name, "votes": top, "margin": margin}
    if decision is not None:  # the lot decided: no margin to speak of
        steps.append(Step("district-winner-by-lot", {
            "district": key, "candidate": winner.name, "party": winner.party, "votes": top,
        }, (rules.DISTRICT_TIE_LOT,)))
        return replace(base, winner=winner.name, party=winner.party, tie=True, by_lot=True), decision
    if winner.party is None:
        steps.append(Step("district-winner-independent", figures, (rules.DISTRICT_PLURALITY,)))
    else:
        steps.append(Step("district-winner", {**figures, "party": winner.party}, (rules.DISTRICT_PLURALITY,)))
    return replace(base, winner=winner.name, party=winner.party), decision
