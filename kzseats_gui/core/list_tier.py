"""The party-list tier: threshold, the chosen method, the tie at the cut, and the audit trail of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from . import rules
from .methods import Apportionment, apportion, divisor
from .model import Body, Election, LotRecord, Method, Party, Settings
from .party_names import PartyNames
from .progress import CancelledFn
from .result import Notice, Step
from .runner_up import corrected_figure, runner_up_hare
from .threshold import ThresholdOutcome, apply_threshold
from .ties import TieDecision, resolve_list_tie

_METHOD_STEP = {
    Method.HARE: "method-hare",
    Method.DROOP: "method-droop",
    Method.DHONDT: "method-dhondt",
    Method.SAINTE_LAGUE: "method-sainte-lague",
}

# The rule each method's figures rest on: the law's quota, or a comparison method.
METHOD_RULES = {
    Method.HARE: (rules.QUOTA_HARE, rules.LARGEST_REMAINDER),
    Method.DROOP: (rules.METHOD_DROOP,),
    Method.DHONDT: (rules.METHOD_DHONDT,),
    Method.SAINTE_LAGUE: (rules.METHOD_SAINTE_LAGUE,),
}

SEATS_RULES = {
    Body.MAZHILIS: rules.MAZHILIS_SEATS,
    Body.MAZHILIS_2007: rules.MAZHILIS_2007_SEATS,
    Body.MASLIKHAT_REGIONAL: rules.REGIONAL_MASLIKHAT_SEATS,
    Body.MASLIKHAT_LOCAL: rules.LOCAL_MASLIKHAT_SEATS,
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
    method_rules = METHOD_RULES[settings.method]
    if seats and settings.body is Body.MASLIKHAT_LOCAL:
        steps.append(Step("list-seats-local", {"seats": seats}, (rules.LIST_SEATS_LOCAL,)))
        notices.append(Notice("list-seats-local", {"seats": seats}))
    if seats:
        body_rules = (rules.MASLIKHAT_LIST_RULES,) if settings.body is Body.MASLIKHAT_REGIONAL else ()
        steps.append(Step(_METHOD_STEP[settings.method], {"seats": seats}, method_rules + body_rules))
        if not settings.method.is_the_law:
            name = METHOD_NAMES[settings.method]
            steps.append(Step("method-not-the-law", {"method": name}, method_rules))
            notices.append(Notice("method-not-the-law", {"method": name}))
    steps.extend(threshold.steps)
    admitted = threshold.admitted
    admitted_votes = sum(p.list_votes for p in admitted)
    steps.append(Step("admitted-votes", {"parties": len(admitted), "votes": admitted_votes}, method_rules))

    def empty(vacant: int) -> ListTier:
        return ListTier(
            threshold, {}, {}, None, admitted_votes, vacant, 0, None, tuple(steps), tuple(notices)
        )

    if seats == 0:
        return empty(0)
    if not election.list_parties:
        notices.append(Notice("no-list-votes", {"seats": seats}))
        steps.append(Step("list-seats-vacant", {"seats": seats}, (rules.LIST_SEATS_UNFILLED,)))
        return empty(seats)
    if not admitted or admitted_votes == 0:
        if admitted:
            notices.append(Notice("no-admitted-votes", {"seats": seats}))
        unfilled = rules.LIST_SEATS_UNFILLED if admitted else rules.NO_PARTY_PASSED
        steps.append(Step("list-seats-vacant", {"seats": seats}, (unfilled,)))
        return empty(seats)

    corrected = [p.name in threshold.runners_up for p in admitted]
    if settings.method is Method.HARE and any(corrected):
        result = runner_up_hare([p.list_votes for p in admitted], corrected, seats)
    else:
        result = apportion(settings.method, [p.list_votes for p in admitted], seats)
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
        steps.extend(_remainder_steps(settings.method, admitted, result, result.quota, won, tie_winners,
                                      threshold.runners_up))
    else:
        steps.extend(_divisor_steps(settings.method, admitted, won))
    if decision is not None:
        steps.extend(decision.steps)
        notices.extend(decision.notices)
    for party in admitted:
        steps.append(Step("list-seats", {"party": party.name, "seats": won[party.name]}, method_rules))
    steps.append(Step("list-seats-total", {"seats": sum(won.values()), "of": seats, "undecided": undecided},
                      (SEATS_RULES[settings.body],)))

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
    quota: Fraction,  # the result's quota (the quota methods only)
    won: dict[str, int],
    tie_winners: Sequence[str] = (),
    runners_up: frozenset[str] = frozenset(),
) -> list[Step]:
    total = sum(p.list_votes for p in admitted)
    seats = sum(result.seats) + (result.tie.seats if result.tie else 0)
    hare = method is Method.HARE
    quota_rules = (rules.QUOTA_HARE,) if hare else (rules.METHOD_DROOP,)
    remainder_rules = (rules.LARGEST_REMAINDER,) if hare else (rules.METHOD_DROOP,)
    steps = [Step("quota-hare" if hare else "quota-droop",
                  {"votes": total, "seats": seats, "quota": quota}, quota_rules)]
    for party, part in zip(admitted, result.integer_parts, strict=True):
        quotas = Fraction(party.list_votes) / quota
        if party.name in runners_up:
            steps.append(Step("runner-up-corrected", {
                "party": party.name, "votes": party.votes, "quotas": quotas,
                "corrected": corrected_figure(party.list_votes, quota), "seats": part,
            }, (rules.RUNNER_UP,)))
        else:
            steps.append(Step("integer-part", {
                "party": party.name, "votes": party.votes, "quotas": quotas, "seats": part,
            }, remainder_rules))
    steps.append(Step("integer-total", {"seats": sum(result.integer_parts), "leftover": result.leftover},
                      remainder_rules))
    order = sorted(range(len(admitted)), key=lambda i: (-result.standings[i], admitted[i].ballot_order))
    rounds = result.leftover // len(admitted)
    if rounds:
        # more seats left than lists: Droop with very few votes, or the 2009 runner-up correction
        rounds_rule = rules.RUNNER_UP_LEFTOVER if runners_up else rules.DROOP_ROUNDS
        steps.append(Step("remainder-rounds", {"rounds": rounds}, (rounds_rule,)))
    elif runners_up and result.leftover:
        steps.append(Step("runner-up-leftover", {"leftover": result.leftover}, (rules.RUNNER_UP_LEFTOVER,)))
    for rank, i in enumerate(order, start=1):
        numerator, denominator = result.remainders[i]
        steps.append(Step("remainder", {
            "rank": rank, "party": admitted[i].name, "remainder": numerator, "of": denominator,
            "fraction": Fraction(numerator, denominator),
        }, remainder_rules))
    given = []
    minimum: list[str] = []
    for i in order:
        party = admitted[i]
        by_remainder = won[party.name] - (1 if party.name in tie_winners else 0)
        took = by_remainder > result.integer_parts[i] + rounds
        if runners_up:  # the runner-up's minimum of two seats is not a remainder seat
            took = _took_remainder(result, i, rounds)
            if party.name in runners_up and by_remainder > result.integer_parts[i] + rounds + took:
                minimum.append(party.name)
        if took:
            given.append(party.name)
            steps.append(Step("remainder-seat", {
                "party": party.name, "fraction": result.standings[i],
            }, remainder_rules))
    if given:
        steps.append(Step("leftover-seats", {
            "seats": len(given), "leftover": result.leftover, "parties": tuple(given),
        }, remainder_rules))
    for name in minimum:
        steps.append(Step("runner-up-minimum", {"party": name, "seats": won[name]}, (rules.RUNNER_UP,)))
    return steps


def _took_remainder(result: Apportionment, i: int, rounds: int) -> bool:
    """List ``i`` took a seat in the last, remainder-ranked round (before any runner-up minimum)."""
    last_round = result.leftover - rounds * len(result.integer_parts)
    if last_round <= 0:
        return False
    ranked = sorted(range(len(result.standings)), key=lambda j: -result.standings[j])
    cut = result.standings[ranked[last_round - 1]]
    if result.standings[i] > cut:
        return True
    return result.standings[i] == cut and result.tie is None


def _divisor_steps(method: Method, admitted: Sequence[Party], won: dict[str, int]) -> list[Step]:
    method_rules = METHOD_RULES[method]
    steps = [
        Step("divisors-dhondt" if method is Method.DHONDT else "divisors-sainte-lague", {}, method_rules)
    ]
    lowest_won: Fraction | None = None
    highest_lost: Fraction | None = None
    for party in admitted:
        held = won[party.name]
        last = Fraction(party.list_votes, divisor(method, held - 1)) if held else None
        following = Fraction(party.list_votes, divisor(method, held))
        steps.append(Step("divisor-party", {
            "party": party.name, "votes": party.votes, "seats": held,
            "last_quotient": last, "next_quotient": following,
        }, method_rules))
        if last is not None and (lowest_won is None or last < lowest_won):
            lowest_won = last
        if highest_lost is None or following > highest_lost:
            highest_lost = following
    steps.append(Step("divisor-cut", {"lowest_won": lowest_won, "highest_lost": highest_lost}, method_rules))
    return steps
