"""The rule register: every step names the rules it applied, and every rule is applied somewhere."""

from __future__ import annotations

from datetime import date

from core_builders import AGAINST_ALL_2023, OFFICIAL_2023, parties, settings
from test_core_messages import scenario_results

from kzseats_gui.core import rules
from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import (
    AgainstAllLeads,
    Body,
    Candidate,
    Election,
    Gender,
    Method,
    QuotaRounding,
    ThresholdBase,
)
from kzseats_gui.core.rules import RULES, Basis


def extra_results():
    """Branches the message scenarios do not reach: other bodies, 2009 rules, what-if settings."""
    official = Election(parties(*OFFICIAL_2023))
    yield allocate(official, settings(body=Body.MAZHILIS_2007, list_seats=98))
    yield allocate(official, settings(list_seats=69, threshold_percent=7))
    yield allocate(Election(parties(("A", 90), ("B", 10))), settings(list_seats=20, admit_runner_up=True))
    candidates = tuple(Candidate("A", i, f"A{i}", Gender.MALE, date(2000, 1, 1)) for i in range(1, 9))
    quota = Election(parties(("A", 600), ("B", 400)), candidates=candidates)
    yield allocate(quota, settings(list_seats=5, quota_rounding=QuotaRounding.FLOOR, youth_age_limit=35,
                                   election_date=date(2023, 3, 19)))
    yield allocate(Election(parties(("A", 5), ("B", 3))), settings(list_seats=3, body=Body.MASLIKHAT_REGIONAL,
                                                                   district_seats=3))


def all_results():
    return [*scenario_results(), *extra_results()]


def test_the_register_is_well_formed():
    assert len(RULES) >= 30
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id and rule.basis in Basis
        assert rule.source and "\n" not in rule.source and len(rule.source) < 260, rule_id
        if rule.basis is Basis.ASSUMPTION:  # an assumption says why, or that it is a what-if
            assert any(word in rule.source for word in ("no rule found", "not the law", "app", "setting",
                                                        "not guessed")), rule_id


def test_every_step_names_registered_rules_and_every_rule_is_applied_by_some_step():
    used: set[str] = set()
    for result in all_results():
        for step in result.steps:
            assert step.rules, f"{step.code} names no rule"
            assert set(step.rules) <= RULES.keys(), step
            used |= set(step.rules)
        assert set(result.rule_ids) == {r for s in result.steps for r in s.rules}
    assert sorted(RULES.keys() - used) == []


def rules_of(result, code: str) -> set[str]:
    found = [set(s.rules) for s in result.steps if s.code == code]
    assert found, f"no {code} step"
    return set.union(*found)


def test_each_step_names_the_rule_that_decides_it():
    official = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    law = allocate(official, settings(list_seats=69))
    assert {rules.THRESHOLD, rules.THRESHOLD_BASE_VALID} <= rules_of(law, "threshold")
    assert rules_of(law, "quota-hare") == {rules.QUOTA_HARE}
    assert rules_of(law, "remainder-seat") == {rules.LARGEST_REMAINDER}
    assert rules_of(law, "party-total") == {rules.MAZHILIS_SEATS}
    dhondt = allocate(official, settings(list_seats=69, method=Method.DHONDT))
    assert rules_of(dhondt, "divisor-party") == {rules.METHOD_DHONDT}
    older = allocate(official, settings(list_seats=98, body=Body.MAZHILIS_2007,
                                        threshold_base=ThresholdBase.PARTIES))
    assert rules_of(older, "threshold") == {rules.THRESHOLD_2007, rules.THRESHOLD_BASE_PARTIES}
    droop = allocate(Election(parties(("A", 11), ("B", 47))), settings(list_seats=13, method=Method.DROOP))
    assert rules_of(droop, "remainder-rounds") == {rules.DROOP_ROUNDS}
    tie = allocate(Election(parties(("A", 100, 2), ("B", 100, 1))), settings(list_seats=3))
    assert rules_of(tie, "tie-registration-order") == {rules.REMAINDER_TIE_REGISTRATION}
    lone = allocate(Election(parties(("A", 930), ("B", 30), ("C", 40))),
                    settings(list_seats=20, admit_runner_up=True))
    assert rules_of(lone, "runner-up-corrected") == {rules.RUNNER_UP}
    assert rules_of(lone, "runner-up-minimum") == {rules.RUNNER_UP}


def test_district_steps_name_plurality_pending_and_the_void_what_if():
    from core_builders import district

    districts = (district("1", ("Aida", "Amanat", 5), against_all=9), district("2", ("Bolat", None, 7)),
                 district("3"))
    warn = allocate(Election((), districts=districts), settings(body=Body.MASLIKHAT_LOCAL, district_seats=3))
    assert rules_of(warn, "against-all-leads") == {rules.AGAINST_ALL_LEADS}
    assert rules_of(warn, "district-winner-independent") == {rules.DISTRICT_PLURALITY}
    assert rules_of(warn, "district-pending") == {rules.DISTRICT_PENDING}
    void = allocate(Election((), districts=districts),
                    settings(body=Body.MASLIKHAT_LOCAL, district_seats=3,
                             against_all_leads=AgainstAllLeads.VOID))
    assert rules_of(void, "district-void") == {rules.AGAINST_ALL_VOID}


def test_quota_steps_name_the_law_or_the_setting_and_who_chooses_the_holders():
    candidates = tuple(Candidate("A", i, f"A{i}", Gender.FEMALE if i > 3 else Gender.MALE)
                       for i in range(1, 9))
    election = Election(parties(("A", 600), ("B", 400)), candidates=candidates)
    law = allocate(election, settings(list_seats=5))
    assert {rules.MANDATE_QUOTA, rules.MANDATE_QUOTA_ROUNDING, rules.HOLDERS_SUGGESTION} <= rules_of(
        law, "mandate-quota-suggested")
    assert rules_of(law, "quota-swap") == {rules.HOLDERS_SUGGESTION}
    floor = allocate(election, settings(list_seats=5, quota_rounding=QuotaRounding.FLOOR))
    assert rules.MANDATE_QUOTA_SETTING in rules_of(floor, "mandate-quota-suggested")
    assert rules.MANDATE_QUOTA_ROUNDING not in rules_of(floor, "mandate-quota-suggested")
    chosen = Election(election.parties, candidates=tuple(
        Candidate(c.party, c.position, c.name, c.gender, elected=c.position <= 3) for c in candidates))
    assert rules.HOLDERS_CHOSEN_BY_PARTY in rules_of(allocate(chosen, settings(list_seats=5)),
                                                     "mandate-quota-chosen")
