"""Who takes a party's list seats, and the 30 % quota for women, youth and persons with disabilities.

Among a party's mandate holders, eligible persons must be at least ``quota_percent`` % (Art. 97-1
para 5; Mazhilis only, shown for information elsewhere). Each person counts once, in the first category
that applies: woman, then youth (younger than the age limit on election day), then disability. Party
lists must also be at least that share eligible and at most 130 % of the list seats long. A list with
fewer names than the seats it won leaves the excess seats vacant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from math import ceil, floor

from . import rules
from .bodies import MAX_LIST_LENGTH_PERCENT, preset_values
from .model import Candidate, Gender, QuotaRounding, Settings
from .notices import Param
from .party_names import PartyNames
from .progress import CancelledFn, check_cancelled
from .result import Holder, Notice, QuotaResult, Step

WOMAN, YOUTH, DISABILITY = "woman", "youth", "disability"


@dataclass(frozen=True)
class CandidateTier:
    quotas: dict[str, QuotaResult]  # parties with candidate data
    vacant: dict[str, int]  # seats a party won but its list cannot fill
    vacancy_steps: tuple[Step, ...]
    steps: tuple[Step, ...]
    notices: tuple[Notice, ...]


def age_on(birth: date, day: date) -> int:
    """Completed years on ``day`` (the birthday itself counts as reached)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def category(candidate: Candidate, settings: Settings) -> str | None:
    """The one category a candidate counts in toward the quota, or None."""
    if candidate.gender is Gender.FEMALE:
        return WOMAN
    if (
        candidate.birth_date is not None
        and settings.election_date is not None
        and age_on(candidate.birth_date, settings.election_date) < settings.youth_age_limit
    ):
        return YOUTH
    if candidate.disability:
        return DISABILITY
    return None


def rounded(value: Fraction, rounding: QuotaRounding) -> int:
    if rounding is QuotaRounding.FLOOR:
        return floor(value)
    if rounding is QuotaRounding.HALF_UP:
        return floor(value + Fraction(1, 2))
    return ceil(value)


def required_holders(seats: int, settings: Settings) -> int:
    """Eligible holders needed among ``seats`` (default ceil(30 % x seats): 40 -> 12, 5 -> 2)."""
    return rounded(Fraction(settings.quota_percent) * seats / 100, settings.quota_rounding)


def max_list_length(list_seats: int) -> int:
    """The longest allowed list: 130 % of the list seats, rounded to the nearest whole number.

    That is what the Central Election Commission applied: 90 names for 69 seats (89.7), 127 for 98
    (127.4; rounding up would give 128). A half (e.g. 6.5 for 5 seats) rounds up: no case was found.
    """
    return floor(MAX_LIST_LENGTH_PERCENT * list_seats / 100 + Fraction(1, 2))


def quota_rules(settings: Settings, chosen: bool) -> tuple[str, ...]:
    """The rules behind one party's quota figures: the law's 30 %, rounded up, or a what-if setting."""
    law = preset_values(settings.body)
    lawful = settings.quota_percent == law.quota_percent and settings.quota_rounding is law.quota_rounding
    found = [rules.MANDATE_QUOTA, rules.MANDATE_QUOTA_ROUNDING] if lawful else [rules.MANDATE_QUOTA_SETTING]
    youth = settings.youth_age_limit == law.youth_age_limit
    found.append(rules.YOUTH_AGE if youth else rules.YOUTH_AGE_SETTING)
    found.append(rules.HOLDERS_CHOSEN_BY_PARTY if chosen else rules.HOLDERS_SUGGESTION)
    return tuple(found)


def suggested_holders(ordered: Sequence[Candidate], seats: int, required: int,
                      categories: dict[int, str | None]) -> tuple[list[Candidate], set[int]]:
    """List order, then the best-placed eligible candidate outside the set swapped in for the
    worst-placed non-eligible one inside, until the quota holds or no swap is left."""
    chosen = list(ordered[:seats])
    swapped: set[int] = set()
    outside = [c for c in ordered[seats:] if categories[id(c)]]
    filled = sum(1 for c in chosen if categories[id(c)])
    while filled < required and outside:
        outgoing = next((c for c in reversed(chosen) if not categories[id(c)]), None)
        if outgoing is None:
            break
        incoming = outside.pop(0)
        chosen[chosen.index(outgoing)] = incoming
        swapped.add(id(incoming))
        filled += 1
    chosen.sort(key=lambda c: c.position)
    return chosen, swapped


def party_quota(
    party: str, candidates: Sequence[Candidate], seats: int, settings: Settings
) -> tuple[QuotaResult, list[Step], list[Notice]]:
    """The quota figures of one party holding ``seats`` list seats."""
    ordered = sorted(candidates, key=lambda c: c.position)
    percent = Fraction(settings.quota_percent)
    categories = {id(c): category(c, settings) for c in ordered}
    required = required_holders(seats, settings)
    eligible = sum(1 for c in ordered if categories[id(c)])
    steps: list[Step] = []
    notices: list[Notice] = []

    elected = [c for c in ordered if c.elected]
    chosen = bool(elected)
    if chosen:
        holders, swapped = elected, set[int]()
        if len(elected) != seats:
            notices.append(Notice("holders-count-mismatch", {
                "party": party, "holders": len(elected), "seats": seats,
            }))
    else:
        holders, swapped = suggested_holders(ordered, seats, required, categories)
        for c in holders:
            if id(c) in swapped:
                steps.append(Step("quota-swap", {
                    "party": party, "candidate": c.name, "position": c.position,
                }, (rules.HOLDERS_SUGGESTION,)))
    filled = sum(1 for c in holders if categories[id(c)])
    # A party without list seats has no holders to judge: no verdict, not a "met" with 0 required.
    met = filled >= required if seats else None
    if seats:
        steps.append(Step("mandate-quota-chosen" if chosen else "mandate-quota-suggested", {
            "party": party, "seats": seats, "percent": percent, "required": required,
            "eligible": eligible, "filled": filled, "met": met,
        }, quota_rules(settings, chosen)))
    if settings.mandate_quota and met is False:
        notices.append(Notice("quota-not-met", {"party": party, "required": required, "filled": filled}))

    length_limit = max_list_length(settings.list_seats)
    eligible_ok = eligible * 100 >= percent * len(ordered)
    length_ok = len(ordered) <= length_limit
    steps.append(Step("list-composition", {
        "party": party, "length": len(ordered), "eligible": eligible, "eligible_ok": eligible_ok,
        "max_length": length_limit, "length_ok": length_ok,
    }, (rules.LIST_COMPOSITION, rules.LIST_LENGTH, rules.LIST_LENGTH_ROUNDING)))
    if not eligible_ok:
        notices.append(Notice("list-eligible-short", {
            "party": party, "eligible": eligible, "length": len(ordered), "percent": percent,
        }))
    if not length_ok:
        notices.append(Notice("list-too-long", {
            "party": party, "length": len(ordered), "max_length": length_limit,
        }))

    result = QuotaResult(
        required=required,
        eligible=eligible,
        filled=filled,
        met=met,
        chosen=chosen,
        holders=tuple(Holder(c.position, c.name, categories[id(c)], id(c) in swapped) for c in holders),
        list_length=len(ordered),
        list_eligible_ok=eligible_ok,
        list_length_ok=length_ok,
        applies=settings.mandate_quota and seats > 0,
    )
    return result, steps, notices


def candidate_tier(
    candidates: Sequence[Candidate],
    seats_won: dict[str, int],
    settings: Settings,
    names: PartyNames,
    is_cancelled: CancelledFn = None,
) -> CandidateTier:
    """Vacant seats where a list runs out, then the quota figures of every party with candidates."""
    by_party: dict[str, list[Candidate]] = {}
    unknown: list[str] = []
    for c in candidates:
        party = names.canonical(c.party)
        if party is None:
            if c.party not in unknown:
                unknown.append(c.party)
            continue
        by_party.setdefault(party, []).append(c)

    steps: list[Step] = []
    vacancy_steps: list[Step] = []
    notices: list[Notice] = [Notice("candidates-unknown-party", {"party": p}) for p in unknown]
    if settings.election_date is None and any(c.birth_date is not None for c in candidates):
        notices.append(Notice("youth-needs-election-date", {"age": settings.youth_age_limit}))

    quotas: dict[str, QuotaResult] = {}
    vacant: dict[str, int] = {}
    for party, listed in by_party.items():
        check_cancelled(is_cancelled)
        won = seats_won.get(party, 0)
        if won > len(listed):
            vacant[party] = won - len(listed)
            figures: dict[str, Param] = {
                "party": party, "won": won, "candidates": len(listed), "vacant": vacant[party],
            }
            vacancy_steps.append(Step("list-exhausted", figures, (rules.LIST_VACANT,)))
            notices.append(Notice("list-exhausted", figures))
        held = won - vacant.get(party, 0)
        quotas[party], party_steps, party_notices = party_quota(party, listed, held, settings)
        steps.extend(party_steps)
        notices.extend(party_notices)
    return CandidateTier(quotas, vacant, tuple(vacancy_steps), tuple(steps), tuple(notices))
