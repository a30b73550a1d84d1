"""Departures from the law: the settings in force that the law does not give for the body.

One concept for everything that makes a result a comparison rather than the legal result: a method
other than the Hare quota, a quota rounding that can certify less than 30 %, the 2009 runner-up rule
on a body elected under the 2022 law (or without it on the 2007-2021 body), void districts, list
seats on a local maslikhat, any seat count, threshold or quota setting other than the law's, and
figures edited in a what-if (``EDITED_FIGURES``, added by ``core.edited_figures``: the settings alone
cannot tell).
The list is empty exactly for the legal result; whatever is in it puts the "not the law" mark on the
window, every chart and the report, and the report cannot be signed.

Only settings that can change a seat of the body count: a list-tier setting does not depart on a
body without list seats, a district setting not on one without districts.
"""

from __future__ import annotations

from .bodies import preset_values
from .model import AgainstAllLeads, Body, Settings, ThresholdBase

METHOD = "method"
SEATS = "seats"
LIST_SEATS_LOCAL = "list-seats-local"
THRESHOLD = "threshold"
THRESHOLD_BASE = "threshold-base"
RUNNER_UP = "runner-up"
REGISTRATION_ORDER = "registration-order"
VOID_DISTRICTS = "void-districts"
QUOTA_ROUNDING = "quota-rounding"
QUOTA_PERCENT = "quota-percent"
YOUTH_AGE = "youth-age"
MANDATE_QUOTA = "mandate-quota"
EDITED_FIGURES = "edited-figures"

ALL = (
    METHOD, SEATS, LIST_SEATS_LOCAL, THRESHOLD, THRESHOLD_BASE, RUNNER_UP, REGISTRATION_ORDER,
    VOID_DISTRICTS, QUOTA_ROUNDING, QUOTA_PERCENT, YOUTH_AGE, MANDATE_QUOTA, EDITED_FIGURES,
)

# Bodies whose list ballot has no "against all": the percentage of party votes is the same figure.
_PARTY_VOTES_BASE_IS_THE_LAW = frozenset({Body.MAZHILIS_2007})


def departures(settings: Settings) -> tuple[str, ...]:
    """The departures in force for ``settings`` (ids above, in a fixed order); () for the law."""
    body = settings.body
    law = preset_values(body, settings.list_seats)
    found: list[str] = []
    has_list = settings.list_seats > 0
    if has_list and not settings.method.is_the_law:
        found.append(METHOD)
    if _seats_depart(settings):
        found.append(SEATS)
    if body is Body.MASLIKHAT_LOCAL and has_list:
        found.append(LIST_SEATS_LOCAL)
    if has_list and settings.threshold_percent != law.threshold_percent:
        found.append(THRESHOLD)
    if has_list and _threshold_base_departs(settings):
        found.append(THRESHOLD_BASE)
    if has_list and settings.admit_runner_up != law.admit_runner_up:
        found.append(RUNNER_UP)
    if has_list and body is Body.MAZHILIS_2007 and not settings.use_registration_order:
        found.append(REGISTRATION_ORDER)  # the 2009 text gives it; lots would depart from it
    if settings.district_seats > 0 and settings.against_all_leads is AgainstAllLeads.VOID:
        found.append(VOID_DISTRICTS)
    if has_list and settings.mandate_quota != law.mandate_quota:
        found.append(MANDATE_QUOTA)
    if has_list and settings.mandate_quota:
        if settings.quota_rounding is not law.quota_rounding:
            found.append(QUOTA_ROUNDING)
        if settings.quota_percent != law.quota_percent:
            found.append(QUOTA_PERCENT)
        if settings.youth_age_limit != law.youth_age_limit:
            found.append(YOUTH_AGE)
    return tuple(found)


def _seats_depart(settings: Settings) -> bool:
    law = preset_values(settings.body)
    if settings.body is Body.MASLIKHAT_REGIONAL:
        # half and half; an odd total has no rule found, so either split of it is accepted
        return abs(settings.list_seats - settings.district_seats) > 1
    if settings.body is Body.MASLIKHAT_LOCAL:
        return False  # list seats there are their own departure; district seats are set per body
    return (settings.list_seats, settings.district_seats) != (law.list_seats, law.district_seats)


def _threshold_base_departs(settings: Settings) -> bool:
    base = settings.threshold_base
    if base is ThresholdBase.VALID:
        return False
    return not (base is ThresholdBase.PARTIES and settings.body in _PARTY_VOTES_BASE_IS_THE_LAW)


def is_the_law(settings: Settings) -> bool:
    return not departures(settings)


__all__ = ["ALL", "departures", "is_the_law"]
