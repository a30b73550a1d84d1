"""``allocate``: every seat of an election, exactly as the law allocates it, with the audit trail.

The list tier (threshold, method, the tie at the cut), the candidates (vacant seats where a list runs
out, the 30 % quota) and the district tier are worked out by their own modules; this one puts their
results together in ballot order and adds the totals.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import rules
from .departures import departures
from .districts import DistrictTier, decide_districts
from .list_tier import SEATS_RULES, ListTier, allocate_list_seats
from .model import Election, LotRecord, Party, Settings
from .party_names import PartyNames
from .progress import CancelledFn, ProgressFn, check_cancelled, report
from .quota import CandidateTier, candidate_tier
from .result import AllocationResult, PartyResult, Status, Step
from .ties import unused_lot_notices


def allocate(
    election: Election,
    settings: Settings,
    lots: Sequence[LotRecord] = (),
    *,
    progress: ProgressFn = None,
    is_cancelled: CancelledFn = None,
) -> AllocationResult:
    """Allocate all list and district seats of ``election`` under ``settings``.

    ``lots`` are recorded lot results that decide ties. Raises ``core.errors.Cancelled`` as soon as
    ``is_cancelled()`` returns True; ``progress(done, total)`` is called as the work proceeds.
    """
    total_units = len(election.districts) + 3
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        report(progress, done, total_units)

    check_cancelled(is_cancelled)
    report(progress, 0, total_units)
    names = PartyNames(election.parties)
    list_tier = allocate_list_seats(election, settings, lots, names, is_cancelled)
    tick()
    district_tier = decide_districts(
        election.districts, settings, lots, names, on_district=tick, is_cancelled=is_cancelled
    )
    candidates = candidate_tier(election.candidates, list_tier.seats_won, settings, names, is_cancelled)
    tick()

    parties = _party_results(election, list_tier, district_tier, candidates)
    decisions = ([list_tier.decision] if list_tier.decision else []) + list(district_tier.decisions)
    ties = tuple(d.tie for d in decisions)
    vacant = list_tier.vacant + sum(candidates.vacant.values())
    undecided = list_tier.undecided + district_tier.undecided
    totals = _total_steps(parties, district_tier, settings, vacant, undecided)
    result = AllocationResult(
        status=Status.LOTS_REQUIRED if any(t.is_open for t in ties) else Status.OK,
        settings=settings,
        parties=parties,
        districts=district_tier.outcomes,
        valid_ballots=list_tier.threshold.valid_ballots,
        threshold_base=list_tier.threshold.base,
        threshold_votes=list_tier.threshold.votes_needed,
        quota=list_tier.quota,
        admitted_votes=list_tier.admitted_votes,
        independents=district_tier.independents,
        pending=district_tier.pending,
        vacant=vacant,
        undecided=undecided,
        ties=ties,
        warnings=(
            *list_tier.notices,
            *district_tier.notices,
            *candidates.notices,
            *unused_lot_notices(lots, decisions),
        ),
        steps=(
            *list_tier.steps,
            *candidates.vacancy_steps,
            *district_tier.steps,
            *candidates.steps,
            *totals,
        ),
        departures=departures(settings),
    )
    tick()
    return result


def _party_results(
    election: Election, list_tier: ListTier, district_tier: DistrictTier, candidates: CandidateTier
) -> tuple[PartyResult, ...]:
    parties = sorted(election.parties, key=lambda p: p.ballot_order)
    last_order = max((p.ballot_order for p in parties), default=0)
    parties += [Party(name, None, last_order + i) for i, name in enumerate(district_tier.new_parties, 1)]
    admitted = {p.name for p in list_tier.threshold.admitted}
    results = []
    for party in parties:
        won = list_tier.seats_won.get(party.name, 0)
        vacant = candidates.vacant.get(party.name, 0)
        results.append(PartyResult(
            name=party.name,
            label=party.label,
            votes=party.votes,
            share=list_tier.threshold.share(party.votes),
            passed=party.name in admitted,
            list_seats_won=won,
            list_seats=won - vacant,
            vacant=vacant,
            district_seats=district_tier.seats_by_party.get(party.name, 0),
            color=party.color,
            ballot_order=party.ballot_order,
            quota=candidates.quotas.get(party.name),
            standing=list_tier.standings.get(party.name),
        ))
    return tuple(results)


def _total_steps(
    parties: Sequence[PartyResult], districts: DistrictTier, settings: Settings, vacant: int, undecided: int
) -> list[Step]:
    body = (SEATS_RULES[settings.body],)
    steps = [
        Step("party-total", {
            "party": p.name, "list": p.list_seats, "district": p.district_seats, "total": p.total_seats,
        }, body)
        for p in parties
        if p.total_seats or p.votes is not None
    ]
    steps.append(Step("independents", {"seats": districts.independents}, (rules.DISTRICT_PLURALITY,)))
    steps.append(Step("seats-summary", {
        "party_seats": sum(p.total_seats for p in parties),
        "independents": districts.independents,
        "pending": districts.pending,
        "vacant": vacant,
        "undecided": undecided,
        "total": settings.total_seats,
    }, body))
    return steps
