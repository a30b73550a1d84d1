"""Hand-built results for the view tests: the official 2023 Mazhilis list figures (rules doc) plus
illustrative district and candidate data, and a small election that carries every district flag."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import official_2023

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import (
    Body,
    Candidate,
    District,
    DistrictCandidate,
    Election,
    Gender,
    Method,
    Party,
    SettingsOverrides,
    Source,
)
from kzseats_gui.core.result import (
    AllocationResult,
    CandidateVotes,
    DistrictOutcome,
    Holder,
    Notice,
    PartyResult,
    QuotaResult,
    Status,
    Step,
    Tie,
)

# The official 2023 figures with a colour each: name, short name, list votes, list seats, colour.
COLORS_2023 = ("#1f5fbf", "#2e9d3a", "#e07b00", "#c62828", "#7cb342", "#1e88e5", "#8e24aa")
PARTIES_2023 = [
    (p.name, p.short, p.votes, p.list_seats, color)
    for p, color in zip(official_2023.PARTIES, COLORS_2023, strict=True)
]
AGAINST_ALL_2023 = official_2023.AGAINST_ALL
REGISTERED_2023 = official_2023.REGISTERED
AMANAT_DISTRICTS = official_2023.AMANAT_DISTRICTS
INDEPENDENT_DISTRICTS = official_2023.INDEPENDENT_DISTRICTS

# District winners named in public sources (number, name, party or None = self-nominated).
NAMED_WINNERS = {
    1: ("Däulet Turlyhanov", "Amanat"),
    3: ("Ermurat Bapi", None),
    5: ("Baqytjan Bazarbek", None),
    6: ("Danarbek Isabekov", "Amanat"),
    7: ("Bolatbek Najmetdinuly", "Amanat"),
    8: ("Nurtai Sabilianov", "Amanat"),
    11: ("Ardaq Nazarov", None),
    12: ("Daniar Qasqaraurov", None),
    19: ("Arman Qalyqov", "Amanat"),
}


def _amanat_list() -> tuple[tuple[Candidate, ...], QuotaResult]:
    """An illustrative Amanat list of 90 names; 31 eligible; the party chose its 40 holders."""
    candidates = []
    holders = []
    eligible_positions = {2} | set(range(3, 91, 3))
    for position in range(1, 91):
        eligible = position in eligible_positions
        woman = eligible and position % 2 == 0
        candidate = Candidate(
            party="Amanat",
            position=position,
            name=f"Amanat candidate {position}",
            gender=Gender.FEMALE if woman else Gender.MALE,
            disability=eligible and position % 9 == 0 and not woman,
            elected=position <= 40,
        )
        candidates.append(candidate)
        if position <= 40:
            category = None
            if eligible:
                category = "woman" if woman else ("disability" if candidate.disability else "youth")
            holders.append(Holder(position, candidate.name, category))
    quota = QuotaResult(
        required=12,
        eligible=len(eligible_positions),
        filled=sum(1 for h in holders if h.category),
        met=sum(1 for h in holders if h.category) >= 12,
        chosen=True,
        holders=tuple(holders),
        list_length=90,
        list_eligible_ok=True,
        list_length_ok=True,
    )
    return tuple(candidates), quota


def _osdp_quota() -> QuotaResult:
    """A suggested set: list order with the best-placed eligible candidates swapped in."""
    holders = (
        Holder(1, "OSDP candidate 1", None),
        Holder(2, "OSDP candidate 2", None),
        Holder(5, "OSDP candidate 5", "woman", swapped_in=True),
        Holder(7, "OSDP candidate 7", "youth", swapped_in=True),
    )
    return QuotaResult(
        required=2,
        eligible=9,
        filled=2,
        met=True,
        chosen=False,
        holders=holders,
        list_length=40,
        list_eligible_ok=False,
        list_length_ok=True,
    )


def _districts() -> tuple[tuple[District, ...], tuple[DistrictOutcome, ...]]:
    districts, outcomes = [], []
    independents_left = INDEPENDENT_DISTRICTS - sum(1 for _, p in NAMED_WINNERS.values() if p is None)
    for number in range(1, 30):
        if number in NAMED_WINNERS:
            name, party = NAMED_WINNERS[number]
        elif independents_left and number in (14, 22, 27):
            name, party = f"Independent winner {number}", None
            independents_left -= 1
        else:
            name, party = f"Amanat winner {number}", "Amanat"
        winner_votes = 40_000 + 731 * number
        runner_up = winner_votes - 5_000 - 97 * number
        against = 3_000 + 41 * number
        cands = (
            DistrictCandidate(name, party, winner_votes),
            DistrictCandidate(f"Runner-up {number}", "Respublica", runner_up),
        )
        districts.append(District(str(number), cands, against))
        outcomes.append(
            DistrictOutcome(
                key=str(number),
                winner=name,
                party=party,
                winner_votes=winner_votes,
                margin=winner_votes - runner_up,
                against_all=against,
                total_votes=winner_votes + runner_up + against,
                pending=False,
                candidates=tuple(CandidateVotes(c.name, c.party, c.votes) for c in cands),
            )
        )
    return tuple(districts), tuple(outcomes)


def mazhilis_2023() -> tuple[Election, AllocationResult]:
    amanat_candidates, amanat_quota = _amanat_list()
    parties = tuple(
        Party(name, votes, order, short, color)
        for order, (name, short, votes, _seats, color) in enumerate(PARTIES_2023, start=1)
    )
    districts, outcomes = _districts()
    overrides = SettingsOverrides(
        body=Body.MAZHILIS,
        title="Mazhilis election 2023",
        registered_voters=REGISTERED_2023,
        ballots_cast=6_520_000,
    )
    election = Election(
        parties=parties,
        against_all=AGAINST_ALL_2023,
        invalid=153_559,
        districts=districts,
        candidates=amanat_candidates,
        overrides=overrides,
        source_name="mazhilis-2023.xlsx",
    )
    settings = resolve_settings(overrides)
    valid = sum(v for _, _, v, _, _ in PARTIES_2023) + AGAINST_ALL_2023
    admitted = sum(v for _, _, v, _, _ in PARTIES_2023 if v * 100 >= 5 * valid)
    district_seats = {"Amanat": sum(1 for o in outcomes if o.party == "Amanat")}
    party_results = []
    for order, (name, short, votes, seats, color) in enumerate(PARTIES_2023, start=1):
        passed = votes * 100 >= 5 * valid
        quota = amanat_quota if name == "Amanat" else (_osdp_quota() if short == "OSDP" else None)
        party_results.append(
            PartyResult(
                name=name,
                label=short,
                votes=votes,
                share=Fraction(votes, valid),
                passed=passed,
                list_seats_won=seats,
                list_seats=seats,
                vacant=0,
                district_seats=district_seats.get(name, 0),
                color=color,
                ballot_order=order,
                quota=quota,
                standing=Fraction(votes * 69 % admitted, admitted) if passed else None,
            )
        )
    steps = (
        Step("threshold", {"percent": Fraction(5), "base": valid, "votes": Fraction(5 * valid, 100)}),
        Step("party-passed", {"party": "Amanat", "votes": 3_431_510}),
        Step("party-failed", {"party": "Baytaq", "votes": 146_431}),
        Step("quota", {"votes": admitted, "seats": 69, "quota": Fraction(admitted, 69)}),
        Step("remainder-seat", {"party": "OSDP (Nationwide Social Democratic Party)", "seats": 1}),
        Step("remainder-seat", {"party": "Amanat", "seats": 1}),
        Step("district-winner", {"district": "1", "candidate": "Däulet Turlyhanov", "votes": 40_731}),
        Step("mandate-quota", {"party": "Amanat", "required": 12, "filled": 13}),
    )
    result = AllocationResult(
        status=Status.OK,
        settings=settings,
        parties=tuple(party_results),
        districts=outcomes,
        valid_ballots=valid,
        threshold_base=valid,
        threshold_votes=Fraction(5 * valid, 100),
        quota=Fraction(admitted, 69),
        admitted_votes=admitted,
        independents=sum(1 for o in outcomes if o.independent),
        pending=0,
        vacant=0,
        undecided=0,
        ties=(),
        warnings=(),
        steps=steps,
    )
    return election, result


def allocated_2023() -> tuple[Election, AllocationResult]:
    """The election of ``mazhilis_2023`` allocated by the engine itself (not the hand-built result)."""
    election, _ = mazhilis_2023()
    return election, allocate(election, resolve_settings(election.overrides))


def flagged_districts() -> tuple[Election, AllocationResult]:
    """Four districts: against all leads (warn), a tie, a pending seat, a void one (what-if)."""
    election, base = mazhilis_2023()
    outcomes = (
        DistrictOutcome(
            "1", "Aigerim Nurlanqyzy", "Amanat", 1_000, 40, 1_200, 3_200, False, against_all_leads=True
        ),
        DistrictOutcome(
            "2",
            None,
            None,
            900,
            0,
            100,
            1_900,
            False,
            tie=True,
            candidates=(CandidateVotes("Bolat A.", None, 900), CandidateVotes("Marat B.", "Amanat", 900)),
        ),
        DistrictOutcome("3", None, None, None, None, 0, 0, True),
        DistrictOutcome("10", None, None, 700, 50, 2_000, 3_350, False, void=True, against_all_leads=True),
    )
    tie = Tie("district", ("Bolat A.", "Marat B."), 1, 900, district="2")
    result = AllocationResult(
        status=Status.LOTS_REQUIRED,
        settings=base.settings,
        parties=base.parties,
        districts=outcomes,
        valid_ballots=base.valid_ballots,
        threshold_base=base.threshold_base,
        threshold_votes=base.threshold_votes,
        quota=base.quota,
        admitted_votes=base.admitted_votes,
        independents=0,
        pending=2,
        vacant=0,
        undecided=1,
        ties=(tie,),
        warnings=(Notice("against-all-leads", {"district": "1"}),),
        steps=(*base.steps, Step("district-tie", {"district": "2", "between": ("Bolat A.", "Marat B.")})),
    )
    return election, result


def dhondt_variant() -> tuple[Election, AllocationResult]:
    """The 2023 result relabelled as a comparison method (the seat numbers do not matter here)."""
    election, result = mazhilis_2023()
    settings = resolve_settings(election.overrides.merged(SettingsOverrides(method=Method.DHONDT)))
    return election, replace(result, settings=settings, quota=None)


def sample_notices() -> list[Notice]:
    return [
        Notice("against-all-leads", {"district": "4"}),
        Notice("column-unknown", {"column": "Comment"}, Source("mazhilis-2023.xlsx", "Parties", "F1")),
    ]


def sized(qtbot, widget, width: int, height: int):
    """``widget`` at ``width`` x ``height``, closed by qtbot after the test."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    return widget
