"""The list-tier threshold: its base, the fewest votes that pass, and which parties take part.

The test is exact: ``votes * 100 >= percent * base`` (5.000 % passes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from . import rules
from .bodies import preset_values
from .model import Body, Party, Settings, ThresholdBase
from .progress import CancelledFn, check_cancelled
from .result import Notice, Step

_BASE_STEP = {
    ThresholdBase.VALID: "threshold-base-valid",
    ThresholdBase.PARTIES: "threshold-base-parties",
    ThresholdBase.BALLOTS: "threshold-base-ballots",
}
_BASE_RULE = {
    ThresholdBase.VALID: rules.THRESHOLD_BASE_VALID,
    ThresholdBase.PARTIES: rules.THRESHOLD_BASE_PARTIES,
    ThresholdBase.BALLOTS: rules.THRESHOLD_BASE_BALLOTS,
}


def threshold_rule(settings: Settings) -> str:
    """The rule that sets the percentage: the law's for the body, or a what-if setting."""
    if settings.threshold_percent != preset_values(settings.body).threshold_percent:
        return rules.THRESHOLD_SETTING
    return rules.THRESHOLD_2007 if settings.body is Body.MAZHILIS_2007 else rules.THRESHOLD


@dataclass(frozen=True)
class ThresholdOutcome:
    valid_ballots: int  # party votes + against all
    base: int
    votes_needed: Fraction  # percent x base / 100
    passed: frozenset[str]  # parties at or above the threshold
    admitted: tuple[Party, ...]  # take part in the distribution (passed, plus a runner-up), ballot order
    runners_up: frozenset[str]  # admitted by the 2009 runner-up rule, not by passing
    steps: tuple[Step, ...]
    notices: tuple[Notice, ...]

    def share(self, votes: int | None) -> Fraction | None:
        return Fraction(votes, self.base) if votes is not None and self.base else None


def _body_rules(settings: Settings) -> tuple[str, ...]:
    return (rules.MASLIKHAT_LIST_RULES,) if settings.body is Body.MASLIKHAT_REGIONAL else ()


def passes(votes: int, percent: Fraction, base: int) -> bool:
    """``votes`` reach ``percent`` % of ``base``, compared exactly."""
    return votes * 100 * percent.denominator >= percent.numerator * base


def _ceil(value: Fraction) -> int:
    return -(-value.numerator // value.denominator)


def threshold_base(settings: Settings, party_votes: int, against_all: int) -> int:
    if settings.threshold_base is ThresholdBase.PARTIES:
        return party_votes
    if settings.threshold_base is ThresholdBase.BALLOTS and settings.ballots_cast is not None:
        return settings.ballots_cast
    return party_votes + against_all


def apply_threshold(
    parties: Sequence[Party], against_all: int, settings: Settings, is_cancelled: CancelledFn = None
) -> ThresholdOutcome:
    """Which list parties take part in the distribution, with the audit-trail steps that show it."""
    list_parties = sorted((p for p in parties if p.votes is not None), key=lambda p: p.ballot_order)
    party_votes = sum(p.list_votes for p in list_parties)
    valid = party_votes + against_all
    base = threshold_base(settings, party_votes, against_all)
    percent = Fraction(settings.threshold_percent)
    needed = percent * base / 100
    base_rule = _BASE_RULE[settings.threshold_base]
    percent_rule = threshold_rule(settings)
    steps = [
        Step("valid-ballots", {"party_votes": party_votes, "against_all": against_all, "valid": valid},
             (base_rule,)),
        Step(_BASE_STEP[settings.threshold_base], {"base": base}, (base_rule,)),
        Step("threshold", {"percent": percent, "base": base, "votes": needed, "min_votes": _ceil(needed)},
             (percent_rule, base_rule, *_body_rules(settings))),
    ]
    notices: list[Notice] = []
    if settings.threshold_base is ThresholdBase.BALLOTS and base < valid:
        notices.append(Notice("ballots-below-valid", {"ballots": base, "valid": valid}))

    passed: list[Party] = []
    for count, party in enumerate(list_parties):
        if count % 64 == 0:
            check_cancelled(is_cancelled)
        share = Fraction(party.list_votes * 100, base) if base else Fraction(0)
        ok = base > 0 and passes(party.list_votes, percent, base)
        steps.append(
            Step("party-passed" if ok else "party-failed",
                 {"party": party.name, "votes": party.votes, "percent": share}, (percent_rule,))
        )
        if ok:
            passed.append(party)

    admitted = list(passed)
    runners: list[Party] = []
    if settings.admit_runner_up and len(passed) == 1:
        runners = _runners_up(list_parties, passed[0])
        for party in runners:
            steps.append(Step("runner-up-admitted", {"party": party.name, "votes": party.votes},
                              (rules.RUNNER_UP,)))
        if len(runners) > 1:
            notices.append(Notice("runner-up-tie", {"parties": tuple(p.name for p in runners)}))
        admitted = sorted(passed + runners, key=lambda p: p.ballot_order)
    if list_parties and not passed and settings.list_seats > 0:
        steps.append(Step("no-party-passed", {"seats": settings.list_seats}, (rules.NO_PARTY_PASSED,)))
        notices.append(Notice("no-party-passed", {"seats": settings.list_seats}))

    return ThresholdOutcome(
        valid_ballots=valid,
        base=base,
        votes_needed=needed,
        passed=frozenset(p.name for p in passed),
        admitted=tuple(admitted),
        runners_up=frozenset(p.name for p in runners),
        steps=tuple(steps),
        notices=tuple(notices),
    )


def _runners_up(list_parties: Sequence[Party], winner: Party) -> list[Party]:
    """The party with the most votes after the only one that passed (all of them if equal)."""
    others = [p for p in list_parties if p is not winner and p.list_votes > 0]
    if not others:
        return []
    best = max(p.list_votes for p in others)
    return [p for p in others if p.list_votes == best]
