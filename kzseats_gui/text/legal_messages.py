"""English templates for the legal basis of the steps and for departures from the law.

Rule sources come from the rule register (``core.rules``) under the code ``rule-<id>``; the basis of a
rule under ``basis-<basis>``; a departure under ``departure-<id>`` (some with a variant, e.g. the method).
The window translates them in the context "messages" like every other engine text.
"""

from ..core.rules import RULES, Basis

RULE_TEMPLATES: dict[str, str] = {f"rule-{rule.id}": rule.source for rule in RULES.values()}

BASIS_TEMPLATES: dict[str, str] = {
    f"basis-{Basis.STATUTE}": "statute",
    f"basis-{Basis.PRACTICE}": "practice",
    f"basis-{Basis.ASSUMPTION}": "assumption",
}

DEPARTURE_TEMPLATES: dict[str, str] = {
    "departure-method-droop": "the Droop quota instead of the law's Hare quota",
    "departure-method-dhondt": "the D'Hondt method instead of the law's Hare quota",
    "departure-method-sainte-lague": "the Sainte-Laguë method instead of the law's Hare quota",
    "departure-seats": "{list} list + {district} district seats, not the law's numbers for this body",
    "departure-list-seats-local": "list seats on a local maslikhat, which has no party-list tier in the law",
    "departure-threshold": "a threshold of {percent} % (the law: {law} %)",
    "departure-threshold-base": "a threshold base other than the one the election commission used",
    "departure-runner-up-on": "the 2009 runner-up rule, not found in the 2022 law",
    "departure-runner-up-off": "without the 2009 runner-up rule of this body",
    "departure-registration-order": "remainder ties by lot instead of the earlier-registered list",
    "departure-void-districts": "districts where “against all” leads treated as void",
    "departure-quota-rounding-floor": "the 30 % quota rounded down (the law says “at least”)",
    "departure-quota-rounding-half-up": "the 30 % quota rounded half up (the law says “at least”)",
    "departure-quota-percent": "a mandate quota of {percent} % (the law: 30 %)",
    "departure-youth-age": "youth under {age} (the law: under 29)",
    "departure-mandate-quota-on": "the 30 % mandate quota applied to a body the law does not apply it to",
    "departure-mandate-quota-off": "the 30 % mandate quota not applied",
    "departure-edited-figures": "what-if figures, not the workbook's: {edits}",
    "edited-list-votes": "list votes of {party} edited: {before} → {after}",
    "edited-against-all": "“against all” edited: {before} → {after}",
    "edited-district-votes": "votes of {candidate} in district {district} edited: {before} → {after}",
    "edited-more": "and {count} more",
    "not-the-law": "NOT THE LAW — a comparison: {departures}",
    "not-the-law-title": "NOT THE LAW — a comparison",
    "not-signable": (
        "This is a comparison, not the legal result ({departures}). It cannot be signed as the result "
        "of the election."
    ),
    "legal-basis-line": "{basis}: {source}",
}

LEGAL_TEMPLATES: dict[str, str] = {**RULE_TEMPLATES, **BASIS_TEMPLATES, **DEPARTURE_TEMPLATES}
