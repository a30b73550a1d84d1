"""The rule register: every rule the engine applies, what it rests on, and where it was found.

A rule's ``basis`` says how sure we are that it is the law:

- ``statute``: the text of the law says it (article and year in the source);
- ``practice``: the law is silent or unclear, and the rule is what an election body did (which one);
- ``assumption``: no rule was found; the app's own choice, and why.

Every audit-trail step names the rules it applied (``Step.rules``); the report's "Legal basis" and the
JSON ``rules`` list the rules used, from here. The texts are English source strings; the window
translates them (context "rules").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Basis(StrEnum):
    STATUTE = "statute"
    PRACTICE = "practice"
    ASSUMPTION = "assumption"


@dataclass(frozen=True)
class Rule:
    id: str
    basis: Basis
    source: str  # one line: where the rule is found, or why it is assumed


# Rule identifiers, used by the engine when it records a step.
MAZHILIS_SEATS = "mazhilis-seats"
MAZHILIS_2007_SEATS = "mazhilis-2007-seats"
REGIONAL_MASLIKHAT_SEATS = "regional-maslikhat-seats"
LOCAL_MASLIKHAT_SEATS = "local-maslikhat-seats"
THRESHOLD = "threshold"
THRESHOLD_2007 = "threshold-2007"
THRESHOLD_SETTING = "threshold-setting"
THRESHOLD_BASE_VALID = "threshold-base-valid"
THRESHOLD_BASE_PARTIES = "threshold-base-parties"
THRESHOLD_BASE_BALLOTS = "threshold-base-ballots"
QUOTA_HARE = "quota-hare"
LARGEST_REMAINDER = "largest-remainder"
REMAINDER_TIE_REGISTRATION = "remainder-tie-registration"
TIE_LOT = "tie-lot"
RUNNER_UP = "runner-up-2009"
RUNNER_UP_LEFTOVER = "runner-up-leftover"
NO_PARTY_PASSED = "no-party-passed"
LIST_SEATS_UNFILLED = "list-seats-unfilled"
LIST_VACANT = "list-vacant"
LIST_COMPOSITION = "list-composition"
LIST_LENGTH = "list-length"
LIST_LENGTH_ROUNDING = "list-length-rounding"
MANDATE_QUOTA = "mandate-quota"
MANDATE_QUOTA_ROUNDING = "mandate-quota-rounding"
MANDATE_QUOTA_SETTING = "mandate-quota-setting"
YOUTH_AGE = "youth-age"
YOUTH_AGE_SETTING = "youth-age-setting"
HOLDERS_CHOSEN_BY_PARTY = "holders-chosen-by-party"
HOLDERS_SUGGESTION = "holders-suggestion"
DISTRICT_PLURALITY = "district-plurality"
DISTRICT_PENDING = "district-pending"
AGAINST_ALL_LEADS = "against-all-leads"
AGAINST_ALL_VOID = "against-all-void"
DISTRICT_TIE_LOT = "district-tie-lot"
METHOD_DROOP = "method-droop"
DROOP_ROUNDS = "droop-full-rounds"
METHOD_DHONDT = "method-dhondt"
METHOD_SAINTE_LAGUE = "method-sainte-lague"
LIST_SEATS_LOCAL = "list-seats-local"
MASLIKHAT_LIST_RULES = "maslikhat-list-rules"

_S, _P, _A = Basis.STATUTE, Basis.PRACTICE, Basis.ASSUMPTION

RULES: dict[str, Rule] = {r.id: r for r in (
    Rule(MAZHILIS_SEATS, _S,
         "Constitutional Law «On Elections» as amended in 2022: 98 deputies, 69 by party list in one "
         "nationwide constituency, 29 in single-member districts (applied at the 2023 election)"),
    Rule(MAZHILIS_2007_SEATS, _S,
         "Constitutional Law «On Elections» as in force 2007–2021: 98 deputies by party list nationwide "
         "(9 more chosen by the Assembly of the People, not elected)"),
    Rule(REGIONAL_MASLIKHAT_SEATS, _S,
         "Constitutional Law «On Elections» as amended in 2022: half the seats by region-wide party "
         "list, half in single-member districts; the numbers are set by the election commission "
         "(no rule found for an odd total)"),
    Rule(LOCAL_MASLIKHAT_SEATS, _S,
         "Constitutional Law «On Elections» as amended in 2022: district and city maslikhats are "
         "elected in single-member districts only, with no party-list tier"),
    Rule(MASLIKHAT_LIST_RULES, _A,
         "the threshold and quota rules of Art. 97-1 are the Mazhilis article; the app applies the "
         "same 5 % and first quotient to regional maslikhat lists (their own article was not checked)"),
    Rule(LIST_SEATS_LOCAL, _A,
         "a setting: list seats on a local maslikhat, which has no party-list tier in the law; "
         "a what-if, not the law"),
    Rule(THRESHOLD, _S,
         "Art. 97-1 (2022): a party list takes part with 5 % or more (“five and more percent”) of the "
         "votes of the voters who took part; compared exactly, 5.000 % passes"),
    Rule(THRESHOLD_2007, _S,
         "the law as in force 2007–2021 (Art. 97(1) in the 2009 text): a party list takes part with 7 % "
         "or more of the votes of the voters who took part"),
    Rule(THRESHOLD_SETTING, _A,
         "a setting: a threshold other than the law's for this body; a what-if, not the law"),
    Rule(THRESHOLD_BASE_VALID, _P,
         "Central Election Commission, the 2023 Mazhilis election: every published percentage is of party "
         "votes + “against all” (6,366,441); invalid ballots excluded"),
    Rule(THRESHOLD_BASE_PARTIES, _P,
         "Central Election Commission, Mazhilis elections before 2021 (no “against all” on the list "
         "ballot): percentages of party votes"),
    Rule(THRESHOLD_BASE_BALLOTS, _A,
         "a setting: ballots cast, invalid ones included; the Central Election Commission did not "
         "compute the 2023 percentages so"),
    Rule(QUOTA_HARE, _S,
         "Art. 97-1: the votes of the admitted lists divided by the list seats give the first "
         "electoral quotient («первое избирательное частное»); reproduces 2016, 2021 and 2023"),
    Rule(LARGEST_REMAINDER, _S,
         "Art. 97-1: each list takes the integer part of its votes / the first quotient; the seats "
         "left go one each to the largest remainders"),
    Rule(REMAINDER_TIE_REGISTRATION, _S,
         "the 2009 text (IPU summary): at equal remainders the list registered earlier wins; not "
         "confirmed for the 2022 text"),
    Rule(TIE_LOT, _A,
         "no rule found in the law for equal standings without a registration order: the seat waits "
         "for a drawing of lots recorded by the commission"),
    Rule(RUNNER_UP, _S,
         "Art. 97(2)–(3) as of 2009: when only one list passes, the next list takes part too; its votes "
         "/ the first quotient × correction index 0.7; it takes at least two seats (IPU); not found in "
         "the 2022 text"),
    Rule(RUNNER_UP_LEFTOVER, _A,
         "the 2009 text found does not say who takes the seats left after the 0.7 correction: the "
         "app gives them by largest remainders, one per list per round"),
    Rule(NO_PARTY_PASSED, _A,
         "no rule found in the law for no list passing the threshold: the list seats are left vacant "
         "and the result says so"),
    Rule(LIST_SEATS_UNFILLED, _A,
         "no rule found in the law for list seats without any list votes: they are left vacant"),
    Rule(LIST_VACANT, _S,
         "older text of the law (IPU summary): seats a list has no candidates for stay vacant; not "
         "confirmed for the 2022 text"),
    Rule(LIST_COMPOSITION, _S,
         "Constitutional Law «On Elections» (2022): women, youth and persons with disabilities "
         "together at least 30 % of a party list"),
    Rule(LIST_LENGTH, _S,
         "Constitutional Law «On Elections» (2022): a party list at most 130 % of the seats to "
         "distribute"),
    Rule(LIST_LENGTH_ROUNDING, _P,
         "Central Election Commission: 90 names for 69 seats (2023); 127 for 98 seats (2016, 2021): "
         "130 % rounded to the nearest whole number fits both"),
    Rule(MANDATE_QUOTA, _S,
         "Art. 97-1 para 5 (2022): women, youth and persons with disabilities together at least 30 % "
         "of a party's mandate holders; each person counts once (Mazhilis)"),
    Rule(MANDATE_QUOTA_ROUNDING, _S,
         "Art. 97-1 para 5 (2022) says “at least” 30 %: the required number is rounded up "
         "(40 seats → 12)"),
    Rule(MANDATE_QUOTA_SETTING, _A,
         "a setting: a percentage or rounding other than “at least 30 %” (rounding down can certify "
         "less than 30 %); a what-if, not the law"),
    Rule(YOUTH_AGE, _S,
         "Constitutional Law «On Elections» (2022): youth are persons who have not reached 29 on "
         "election day (a 2023 party statement said “under 35”)"),
    Rule(YOUTH_AGE_SETTING, _A,
         "a setting: a youth age limit other than 29; a what-if, not the law"),
    Rule(HOLDERS_CHOSEN_BY_PARTY, _S,
         "Constitutional Law «On Elections» (2022): the party's governing body chooses which list "
         "candidates take its seats, within 10 days, not necessarily in list order"),
    Rule(HOLDERS_SUGGESTION, _A,
         "the app's suggestion, not a decision: list order, with the best-placed eligible candidates "
         "swapped in until the quota holds; the party's governing body chooses"),
    Rule(DISTRICT_PLURALITY, _S,
         "Constitutional Law «On Elections» (2022): in a single-member district the candidate with the "
         "most votes is elected, one round, no minimum turnout"),
    Rule(DISTRICT_PENDING, _A,
         "a district without results is not guessed: its seat is shown as pending"),
    Rule(AGAINST_ALL_LEADS, _A,
         "no rule found in the law for “against all” leading a district: the leading candidate wins "
         "and the result warns (a CEC official said, of the presidential election, it is no ground "
         "for a re-run)"),
    Rule(AGAINST_ALL_VOID, _A,
         "a setting: the district is treated as void pending a repeat election (the law's words for "
         "void elections: «недействительными / несостоявшимися»); a what-if, not the law"),
    Rule(DISTRICT_TIE_LOT, _A,
         "no rule found in the law for equal leading candidates: the seat waits for a drawing of lots "
         "recorded by the commission"),
    Rule(METHOD_DROOP, _A,
         "a comparison method, not the law: Droop quota (votes / (seats + 1), rounded down, + 1) with "
         "largest remainders"),
    Rule(DROOP_ROUNDS, _A,
         "the app's own rule: when more seats are left over than lists, every list takes one seat per "
         "full round before the remainders decide the last round"),
    Rule(METHOD_DHONDT, _A, "a comparison method, not the law: D'Hondt, divisors 1, 2, 3, …"),
    Rule(METHOD_SAINTE_LAGUE, _A, "a comparison method, not the law: Sainte-Laguë, divisors 1, 3, 5, …"),
)}


def rules_used(rule_ids: Iterable[str]) -> tuple[Rule, ...]:
    """The register entries of ``rule_ids``, each once, in the order they were first applied."""
    seen: dict[str, Rule] = {}
    for rule_id in rule_ids:
        if rule_id not in seen:
            seen[rule_id] = RULES[rule_id]
    return tuple(seen.values())


__all__ = ["Basis", "RULES", "Rule", "rules_used"]
