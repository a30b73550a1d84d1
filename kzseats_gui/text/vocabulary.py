"""What kzseats calls things: bodies, methods, settings, the self-nominated, seat states and the status
of a result, each in a long and a short form.

This is the only place that names them. The window, the charts, the report, the command line's text
and the results workbook all ask here, so a reader never meets two names for one thing. Texts are
English source strings; the window passes ``translate`` (Qt's translator, context "vocabulary", see
``kzseats_gui.ui.vocabulary_tr``) and gets Russian or Kazakh. Without ``translate`` the English stands.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.model import AgainstAllLeads, Body, Method, QuotaRounding, Settings, ThresholdBase
from ..core.result import AllocationResult, DistrictOutcome

Translate = Callable[[str], str]
CONTEXT = "vocabulary"


def _t(text: str, translate: Translate | None) -> str:
    return translate(text) if translate is not None else text


# (long, short): the long form for settings lists and the report, the short one for combo boxes,
# footers and table cells.
BODIES: dict[Body, tuple[str, str]] = {
    Body.MAZHILIS: ("Mazhilis", "Mazhilis"),
    Body.MASLIKHAT_REGIONAL: ("Regional maslikhat", "Regional maslikhat"),
    Body.MASLIKHAT_LOCAL: ("Local maslikhat", "Local maslikhat"),
    Body.MAZHILIS_2007: ("Mazhilis under the 2007–2021 rules", "Mazhilis 2007–2021"),
}
METHODS: dict[Method, tuple[str, str]] = {
    Method.HARE: ("Hare quota, largest remainders", "Hare quota"),
    Method.DROOP: ("Droop quota, largest remainders", "Droop quota"),
    Method.DHONDT: ("D'Hondt", "D'Hondt"),
    Method.SAINTE_LAGUE: ("Sainte-Laguë", "Sainte-Laguë"),
}
THE_LAW = ("{method} (the law)", "{method} (the law)")
NOT_THE_LAW = ("{method} (comparison only, not the law)", "{method} (not the law)")
THRESHOLD_BASES: dict[ThresholdBase, tuple[str, str]] = {
    ThresholdBase.VALID: ("valid list ballots (party votes + against all)", "valid list ballots"),
    ThresholdBase.PARTIES: ("party votes only", "party votes only"),
    ThresholdBase.BALLOTS: ("ballots cast, invalid ones included", "ballots cast"),
}
ROUNDINGS: dict[QuotaRounding, tuple[str, str]] = {
    QuotaRounding.CEIL: ("rounded up", "up"),
    QuotaRounding.FLOOR: ("rounded down", "down"),
    QuotaRounding.HALF_UP: ("rounded to the nearest, halves up", "half up"),
}
AGAINST_ALL_RULES: dict[AgainstAllLeads, tuple[str, str]] = {
    AgainstAllLeads.WARN: ("the leading candidate wins; the district is flagged", "leader wins, flagged"),
    AgainstAllLeads.VOID: ("the district is void and its seat pending (what-if)", "seat pending (what-if)"),
}
TIE_RULES: dict[bool, tuple[str, str]] = {
    True: (
        "the list registered earlier wins (2009 text, not confirmed for 2022); otherwise a drawing of lots",
        "earlier-registered list wins",
    ),
    False: ("a drawing of lots", "drawing of lots"),
}
RUNNER_UP_RULES: dict[bool, tuple[str, str]] = {
    True: ("the runner-up takes part too: votes × 0.7, at least two seats (2009 text)", "runner-up admitted"),
    False: ("not applied", "not applied"),
}
# Who holds (or does not yet hold) a seat, besides the parties. The SVG contract's data-party values
# ("Independent", "Pending", "Vacant") are identifiers, not names, and stay as they are.
SEAT_HOLDERS: dict[str, tuple[str, str]] = {
    "self_nominated": ("Self-nominated", "Self-nominated"),
    "pending": ("Pending", "Pending"),
    "vacant": ("Vacant", "Vacant"),
    "by_lot": ("Decided by lot", "By lot"),
}
STATUSES: dict[str, tuple[str, str]] = {
    "complete": ("Complete: every seat is decided", "Complete"),
    "complete-open": ("Complete: every seat that can be decided is decided", "Complete"),
    "complete-lot": ("Complete — 1 seat decided by lot", "Complete — 1 by lot"),
    "complete-lots": ("Complete — {seats} seats decided by lot", "Complete — {seats} by lot"),
    "lot-required": ("Lots required — 1 seat waits for a drawing of lots", "Lots required"),
    "lots-required": ("Lots required — {seats} seats wait for a drawing of lots", "Lots required"),
}
DISTRICT_STATES: dict[str, tuple[str, str]] = {
    "decided": ("decided", "decided"),
    "by-lot": ("decided by lot", "by lot"),
    "tie": ("tie: lots required", "lots required"),
    "void": ("void: against all led", "void"),
    "pending": ("pending", "pending"),
    "against-all-leads": ("decided; against all led", "against all led"),
}
MARGIN_TIE = ("tie", "tie")

ALL_TERMS: tuple[dict, ...] = (
    BODIES, METHODS, THRESHOLD_BASES, ROUNDINGS, AGAINST_ALL_RULES, TIE_RULES, RUNNER_UP_RULES,
    SEAT_HOLDERS, STATUSES, DISTRICT_STATES,
)


def all_texts() -> list[str]:
    """Every source text of the vocabulary, for the translation tool and the tests."""
    texts = [text for table in ALL_TERMS for pair in table.values() for text in pair]
    texts += [*THE_LAW, *NOT_THE_LAW, *MARGIN_TIE]
    return list(dict.fromkeys(texts))


def _pick(pair: tuple[str, str], short: bool, translate: Translate | None) -> str:
    return _t(pair[1] if short else pair[0], translate)


def body_name(body: Body, translate: Translate | None = None, *, short: bool = False) -> str:
    return _pick(BODIES[body], short, translate)


def method_name(
    method: Method, translate: Translate | None = None, *, short: bool = False, law_mark: bool = False
) -> str:
    """The method's name; with ``law_mark`` followed by "(the law)" or "(not the law)"."""
    name = _pick(METHODS[method], short, translate)
    if not law_mark:
        return name
    return _pick(THE_LAW if method.is_the_law else NOT_THE_LAW, short, translate).format(method=name)


def threshold_base_name(
    base: ThresholdBase, translate: Translate | None = None, *, short: bool = False
) -> str:
    return _pick(THRESHOLD_BASES[base], short, translate)


def rounding_name(rounding: QuotaRounding, translate: Translate | None = None, *, short: bool = False) -> str:
    return _pick(ROUNDINGS[rounding], short, translate)


def against_all_rule(settings: Settings, translate: Translate | None = None, *, short: bool = False) -> str:
    return _pick(AGAINST_ALL_RULES[settings.against_all_leads], short, translate)


def tie_rule(settings: Settings, translate: Translate | None = None, *, short: bool = False) -> str:
    return _pick(TIE_RULES[settings.use_registration_order], short, translate)


def runner_up_rule(settings: Settings, translate: Translate | None = None, *, short: bool = False) -> str:
    return _pick(RUNNER_UP_RULES[settings.admit_runner_up], short, translate)


def seat_holder_name(key: str, translate: Translate | None = None, *, short: bool = False) -> str:
    """"self_nominated", "pending", "vacant" or "by_lot"."""
    return _pick(SEAT_HOLDERS[key], short, translate)


def self_nominated(translate: Translate | None = None) -> str:
    return seat_holder_name("self_nominated", translate)


def status_key(result: AllocationResult) -> str:
    # one seat and several seats are separate texts: English says "1 seat", translators may word both
    if result.lots_required:
        return "lot-required" if result.undecided == 1 else "lots-required"
    if result.seats_by_lot:
        return "complete-lot" if result.seats_by_lot == 1 else "complete-lots"
    return "complete-open" if (result.pending or result.vacant) else "complete"


def status_text(result: AllocationResult, translate: Translate | None = None, *, short: bool = False) -> str:
    """"Complete", "Complete — 1 seat decided by lot", "Lots required — 2 seats wait ..."."""
    key = status_key(result)
    seats = result.undecided if result.lots_required else result.seats_by_lot
    return _pick(STATUSES[key], short, translate).format(seats=seats)


def district_state_key(outcome: DistrictOutcome) -> str:
    if outcome.pending:
        return "pending"
    if outcome.void:
        return "void"
    if outcome.by_lot:
        return "by-lot"
    if outcome.tie:
        return "tie"
    return "against-all-leads" if outcome.against_all_leads else "decided"


def district_state(
    outcome: DistrictOutcome, translate: Translate | None = None, *, short: bool = False
) -> str:
    """The state of a district in words ("decided by lot", "pending", ...)."""
    return _pick(DISTRICT_STATES[district_state_key(outcome)], short, translate)


def margin_tie(translate: Translate | None = None) -> str:
    """What the margin column says where equal votes led (there is no margin)."""
    return _t(MARGIN_TIE[0], translate)
