"""The party-list tier: threshold, the chosen method, the tie at the cut, and the audit trail of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from .methods import Apportionment, apportion, divisor
from .model import Election, LotRecord, Method, Party, Settings
from .party_names import PartyNames
from .progress import CancelledFn
from .result import Notice, Step
from .threshold import ThresholdOutcome, apply_threshold
from .ties import TieDecision, resolve_list_tie

_METHOD_STEP = {
    Method.HARE: "method-hare",
    Method.DROOP: "method-droop",
    Method.DHONDT: "method-dhondt",
    Method.SAINTE_LAGUE: "method-sainte-lague",
}

METHOD_NAMES = {
    Method.HARE: "Hare quota, largest remainders",
    Method.DROOP: "Droop quota, largest remainders",
    Method.DHONDT: "D'Hondt",
    Method.SAINTE_LAGUE: "Sainte-Laguë",
}


@dataclass(frozen=True)
class ListTier:
    threshold: ThresholdOutcome
    seats_won: dict[str, int]  # decided list seats of each admitted party
    standings: dict[str, Fraction]
    quota: Fraction | None
    admitted_votes: int
    vacant: int  # list seats no party could be given
    undecided: int  # list seats waiting for a lot
    decision: TieDecision | None
    steps: tuple[Step, ...]
    notices: tuple[Notice, ...]


def allocate_list_seats(
    election: Election,
    settings: Settings,
    lots: Sequence[LotRecord],
    names: PartyNames,
    is_cancelled: CancelledFn = None,
) -> ListTier:
    threshold = apply_threshold(election.parties, election.against_all, settings, is_cancelled)
    seats = settings.list_seats
    steps: list[Step] = []
    notices: list[Notice] = list(threshold.notices)
    if seats:
        steps.append(Step(_METHOD_STEP[settings.method], {"seats": seats}))
        if not settings.method.is_the_law:
            name = METHOD_NAMES[settings.method]
            steps.append(Step("method-not-the-law", {"method": name}))
            notices.append(Notice("method-not-the-law", {"method": name}))
    steps.extend(threshold.steps)
    admitted = threshold.admitted
    admitted_votes = sum(p.votes for p in admitted)
    steps.append(Step("admitted-votes", {"parties": len(admitted), "votes": admitted_votes}))

    def empty(vacant: int) -> ListTier:
        return ListTier(
            threshold, {}, {}, None, admitted_votes, vacant, 0, None, tuple(steps), tuple(notices)
        )

    if seats == 0:
        return empty(0)
    if not election.list_parties:
        notices.append(Notice("no-list-votes", {"seats": seats}))
        steps.append(Step("list-seats-vacant", {"seats": seats}))
        return empty(seats)
    if not admitted or admitted_votes == 0:
        if admitted:
            notices.append(Notice("no-admitted-votes", {"seats": seats}))
        steps.append(Step("list-seats-vacant", {"seats": seats}))
        return empty(seats)

    result = apportion(settings.method, [p.votes for p in admitted], seats)
    won = dict(zip((p.name for p in admitted), result.seats, strict=True))
    decision = None
    undecided = 0
    if result.tie is not None:
        tied = [admitted[i] for i in result.tie.parties]
        decision = resolve_list_tie(
            tied, result.tie.seats, result.tie.standing, settings, lots, names.canonical
        )
        for name in decision.winners:
            won[name] += 1
        if not decision.winners:
            undecided = result.tie.seats

    # The trail tells what happened in order: the seats the standings decided, then the tie at the cut
    # and how it was decided. A seat won in a tie is never credited to the remainder.
    tie_winners = decision.winners if decision is not None else ()
    if result.quota is not None:
        steps.extend(_remainder_steps(settings.method, admitted, result, won, tie_winners))
    else:
        steps.extend(_divisor_steps(settings.method, admitted, won))
    if decision is not None:
        steps.extend(decision.steps)
        notices.extend(decision.notices)
    for party in admitted:
        steps.append(Step("list-seats", {"party": party.name, "seats": won[party.name]}))
    steps.append(Step("list-seats-total", {"seats": sum(won.values()), "of": seats, "undecided": undecided}))

    return ListTier(
        threshold=threshold,
        seats_won=won,
        standings=dict(zip((p.name for p in admitted), result.standings, strict=True)),
        quota=result.quota,
        admitted_votes=admitted_votes,
        vacant=0,
        undecided=undecided,
        decision=decision,
        steps=tuple(steps),
        notices=tuple(notices),
    )


def _remainder_steps(
    method: Method,
    admitted: Sequence[Party],
    result: Apportionment,
    won: dict[str, int],
    tie_winners: Sequence[str] = (),
) -> list[Step]:
    total = sum(p.votes for p in admitted)
    seats = sum(result.seats) + (result.tie.seats if result.tie else 0)
    steps = [Step("quota-hare" if method is Method.HARE else "quota-droop",
                  {"votes": total, "seats": seats, "quota": result.quota})]
    for party, part in zip(admitted, result.integer_parts, strict=True):
        steps.append(Step("integer-part", {
            "party": party.name, "votes": party.votes, "quotas": Fraction(party.votes) / result.quota,
            "seats": part,
        }))
    steps.append(Step("integer-total", {"seats": sum(result.integer_parts), "leftover": result.leftover}))
    order = sorted(range(len(admitted)), key=lambda i: (-result.standings[i], admitted[i].ballot_order))
    rounds = result.leftover // len(admitted)
    if rounds:
        steps.append(Step("remainder-rounds", {"rounds": rounds}))
    for rank, i in enumerate(order, start=1):
        numerator, denominator = result.remainders[i]
        steps.append(Step("remainder", {
            "rank": rank, "party": admitted[i].name, "remainder": numerator, "of": denominator,
            "fraction": Fraction(numerator, denominator),
        }))
    given = []
    for i in order:
        party = admitted[i]
        by_remainder = won[party.name] - (1 if party.name in tie_winners else 0)
        if by_remainder > result.integer_parts[i] + rounds:
            given.append(party.name)
            steps.append(Step("remainder-seat", {
                "party": party.name, "fraction": result.standings[i],
            }))
    if given:
        steps.append(Step("leftover-seats", {
            "seats": len(given), "leftover": result.leftover, "parties": tuple(given),
        }))
    return steps


def _divisor_steps(method: Method, admitted: Sequence[Party], won: dict[str, int]) -> list[Step]:
    steps = [Step("divisors-dhondt" if method is Method.DHONDT else "divisors-sainte-lague", {})]
    lowest_won: Fraction | None = None
    highest_lost: Fraction | None = None
    for party in admitted:
        held = won[party.name]
        last = Fraction(party.votes, divisor(method, held - 1)) if held else None
        following = Fraction(party.votes, divisor(method, held))
        steps.append(Step("divisor-party", {
            "party": party.name, "votes": party.votes, "seats": held,
            "last_quotient": last, "next_quotient": following,
        }))
        if last is not None and (lowest_won is None or last < lowest_won):
            lowest_won = last
        if highest_lost is None or following > highest_lost:
            highest_lost = following
    steps.append(Step("divisor-cut", {"lowest_won": lowest_won, "highest_lost": highest_lost}))
    return steps
