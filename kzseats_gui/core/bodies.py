"""Body presets (Mazhilis, maslikhats, Mazhilis 2007-2021) and settings resolution.

Every preset value can be overridden. ``preset_values`` is the one place that says what a body's
settings are when nothing is given; the resolver, the workbook reader, the template and the settings
panel all ask it rather than re-deriving the defaults. ``resolve_settings`` fills what is not given
from it and checks the result.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

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
from .notices import Notice

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
# Bodies whose lists carry the mandate quota (women, youth, persons with disabilities).
MANDATE_QUOTA_BODIES = frozenset({Body.MAZHILIS})
# Party lists may hold at most this share of the seats to distribute (69 x 1.3 -> 90 names).
MAX_LIST_LENGTH_PERCENT = Fraction(130)


@dataclass(frozen=True)
class PresetValues:
    """Every setting that has a default, as one body gives it; None = the body has none (must be given)."""

    body: Body
    title: str
    list_seats: int | None
    district_seats: int | None
    threshold_percent: Fraction
    threshold_base: ThresholdBase
    method: Method
    quota_percent: Fraction
    quota_rounding: QuotaRounding
    youth_age_limit: int
    use_registration_order: bool
    admit_runner_up: bool
    against_all_leads: AgainstAllLeads
    mandate_quota: bool

    def with_given(self, given: SettingsOverrides) -> PresetValues:
        """These values with each one that ``given`` sets in its place (the body stays this one's)."""
        changes = {
            field.name: getattr(given, field.name)
            for field in dataclasses.fields(self)
            if field.name != "body" and getattr(given, field.name) not in (None, "")  # "" = no title
        }
        return dataclasses.replace(self, **changes)


@cache  # frozen values, asked for by the engine's hot paths (threshold, quota rules)
def preset_values(body: Body, list_seats: int | None = None) -> PresetValues:
    """The preset of ``body``; ``list_seats`` (when given) sets the list seats the preset derives from.

    Only the regional maslikhat derives anything: its district seats equal its list seats (50/50).
    """
    preset_list, preset_district = PRESET_SEATS[body]
    list_seats = list_seats if list_seats is not None else preset_list
    district_seats = list_seats if body is Body.MASLIKHAT_REGIONAL else preset_district
    return PresetValues(
        body=body,
        title=DEFAULT_TITLES[body],
        list_seats=list_seats,
        district_seats=district_seats,
        threshold_percent=PRESET_THRESHOLD[body],
        threshold_base=ThresholdBase.VALID,
        method=Method.HARE,
        quota_percent=DEFAULT_QUOTA_PERCENT,
        quota_rounding=QuotaRounding.CEIL,
        youth_age_limit=DEFAULT_YOUTH_AGE_LIMIT,
        use_registration_order=True,
        admit_runner_up=body in RUNNER_UP_BODIES,
        against_all_leads=AgainstAllLeads.WARN,
        mandate_quota=body in MANDATE_QUOTA_BODIES,
    )


def given_or_preset(given: SettingsOverrides) -> PresetValues:
    """Every value ``given`` sets, the rest from its body's preset (Mazhilis when no body is given).

    Nothing is checked: values stay as given, and a value the body has no preset for stays None.
    """
    body = given.body or Body.MAZHILIS
    return preset_values(body, given.list_seats).with_given(given)


def resolve_settings(given: SettingsOverrides) -> Settings:
    """Settings with every value known, from what was given plus the body's preset.

    Raises SettingsError naming each setting that is missing or out of range.
    """
    values = given_or_preset(given)
    body = values.body
    problems: list[Notice] = []

    list_seats = values.list_seats
    if list_seats is None:
        problems.append(Notice("setting-required", {"setting": "list_seats", "body": body.value}))
        list_seats = 0
    district_seats = values.district_seats
    if district_seats is None:  # derived from the list seats (0 when missing: reported once, above)
        district_seats = preset_values(body, list_seats).district_seats
    if district_seats is None:
        problems.append(Notice("setting-required", {"setting": "district_seats", "body": body.value}))
        district_seats = 0

    for name, value in (("list_seats", list_seats), ("district_seats", district_seats)):
        if value < 0:
            problems.append(Notice("setting-negative", {"setting": name, "value": value}))

    threshold = values.threshold_percent
    if not 0 <= threshold <= 100:
        problems.append(Notice("setting-percent-range", {"setting": "threshold_percent", "value": threshold}))

    if values.threshold_base is ThresholdBase.BALLOTS and given.ballots_cast is None:
        problems.append(Notice("setting-required", {"setting": "ballots_cast", "body": body.value}))

    if not 0 <= values.quota_percent <= 100:
        problems.append(
            Notice("setting-percent-range", {"setting": "quota_percent", "value": values.quota_percent})
        )
    if values.youth_age_limit < 0:
        problems.append(
            Notice("setting-negative", {"setting": "youth_age_limit", "value": values.youth_age_limit})
        )

    if problems:
        raise SettingsError(problems)

    return Settings(
        body=body,
        title=values.title,
        election_date=given.election_date,
        list_seats=list_seats,
        district_seats=district_seats,
        threshold_percent=threshold,
        threshold_base=values.threshold_base,
        ballots_cast=given.ballots_cast,
        registered_voters=given.registered_voters,
        method=values.method,
        quota_percent=values.quota_percent,
        quota_rounding=values.quota_rounding,
        youth_age_limit=values.youth_age_limit,
        use_registration_order=values.use_registration_order,
        admit_runner_up=values.admit_runner_up,
        against_all_leads=values.against_all_leads,
        mandate_quota=values.mandate_quota,
    )
