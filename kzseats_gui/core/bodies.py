"""Body presets (Mazhilis, maslikhats, Mazhilis 2007-2021) and settings resolution.

Every preset value can be overridden; ``resolve_settings`` fills what is not given from the body.
"""

from __future__ import annotations

from fractions import Fraction

from .errors import SettingsError
from .model import (
    AgainstAllLeads,
    Body,
    Method,
    QuotaRounding,
    Settings,
    SettingsOverrides,
    ThresholdBase,
)
from .result import Notice

DEFAULT_TITLES = {
    Body.MAZHILIS: "Mazhilis election",
    Body.MASLIKHAT_REGIONAL: "Regional maslikhat election",
    Body.MASLIKHAT_LOCAL: "Local maslikhat election",
    Body.MAZHILIS_2007: "Mazhilis election (2007-2021 rules)",
}

# (list seats, district seats); None = must be given for that body
PRESET_SEATS: dict[Body, tuple[int | None, int | None]] = {
    Body.MAZHILIS: (69, 29),
    Body.MASLIKHAT_REGIONAL: (None, None),  # district seats default to the list seats (50/50)
    Body.MASLIKHAT_LOCAL: (0, None),
    Body.MAZHILIS_2007: (98, 0),
}

PRESET_THRESHOLD = {
    Body.MAZHILIS: Fraction(5),
    Body.MASLIKHAT_REGIONAL: Fraction(5),
    Body.MASLIKHAT_LOCAL: Fraction(5),
    Body.MAZHILIS_2007: Fraction(7),
}

DEFAULT_QUOTA_PERCENT = Fraction(30)
DEFAULT_YOUTH_AGE_LIMIT = 29
# The 2009 runner-up rule (one list passes: the next takes part too) is law for the 2007-2021 body.
RUNNER_UP_BODIES = frozenset({Body.MAZHILIS_2007})
# Party lists may hold at most this share of the seats to distribute (69 x 1.3 -> 90 names).
MAX_LIST_LENGTH_PERCENT = Fraction(130)


def resolve_settings(given: SettingsOverrides) -> Settings:
    """Settings with every value known, from what was given plus the body's preset.

    Raises SettingsError naming each setting that is missing or out of range.
    """
    body = given.body or Body.MAZHILIS
    problems: list[Notice] = []
    preset_list, preset_district = PRESET_SEATS[body]

    list_seats = given.list_seats if given.list_seats is not None else preset_list
    if list_seats is None:
        problems.append(Notice("setting-required", {"setting": "list_seats", "body": body.value}))
        list_seats = 0
    district_seats = given.district_seats
    if district_seats is None:
        district_seats = list_seats if body is Body.MASLIKHAT_REGIONAL else preset_district
    if district_seats is None:
        problems.append(Notice("setting-required", {"setting": "district_seats", "body": body.value}))
        district_seats = 0

    for name, value in (("list_seats", list_seats), ("district_seats", district_seats)):
        if value < 0:
            problems.append(Notice("setting-negative", {"setting": name, "value": value}))

    threshold = given.threshold_percent
    if threshold is None:
        threshold = PRESET_THRESHOLD[body]
    if not 0 <= threshold <= 100:
        problems.append(Notice("setting-percent-range", {"setting": "threshold_percent", "value": threshold}))

    base = given.threshold_base or ThresholdBase.VALID
    if base is ThresholdBase.BALLOTS and given.ballots_cast is None:
        problems.append(Notice("setting-required", {"setting": "ballots_cast", "body": body.value}))

    quota_percent = given.quota_percent if given.quota_percent is not None else DEFAULT_QUOTA_PERCENT
    if not 0 <= quota_percent <= 100:
        problems.append(Notice("setting-percent-range", {"setting": "quota_percent", "value": quota_percent}))
    youth = given.youth_age_limit if given.youth_age_limit is not None else DEFAULT_YOUTH_AGE_LIMIT
    if youth < 0:
        problems.append(Notice("setting-negative", {"setting": "youth_age_limit", "value": youth}))

    if problems:
        raise SettingsError(problems)

    return Settings(
        body=body,
        title=given.title or DEFAULT_TITLES[body],
        election_date=given.election_date,
        list_seats=list_seats,
        district_seats=district_seats,
        threshold_percent=threshold,
        threshold_base=base,
        ballots_cast=given.ballots_cast,
        registered_voters=given.registered_voters,
        method=given.method or Method.HARE,
        quota_percent=quota_percent,
        quota_rounding=given.quota_rounding or QuotaRounding.CEIL,
        youth_age_limit=youth,
        use_registration_order=(
            given.use_registration_order if given.use_registration_order is not None else True
        ),
        admit_runner_up=(
            given.admit_runner_up if given.admit_runner_up is not None else body in RUNNER_UP_BODIES
        ),
        against_all_leads=given.against_all_leads or AgainstAllLeads.WARN,
        mandate_quota=(
            given.mandate_quota
            if given.mandate_quota is not None
            else body in (Body.MAZHILIS,)
        ),
    )
