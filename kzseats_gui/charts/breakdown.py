"""The numbers behind the breakdown charts: seats by tier, vote vs seat share, and quota fill.

Plain data taken from a ``ChartPlan`` (no Qt), so the charts, the report and the tests read the same
rows, with the hemicycle's seat counts and colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .chart_plan import ChartPlan
from .palette import NEUTRAL_FILL, NEUTRAL_STROKE
from .seat_plan import NEUTRAL_NAMES


@dataclass(frozen=True)
class TierRow:
    """One bar of the seats-by-tier chart: a party, or a neutral group (independent, pending, vacant)."""

    party: str  # data-party value (party name, "Independent", "Pending", "Vacant")
    label: str
    color: str
    list_seats: int
    district_seats: int
    vote_share: Fraction | None  # of the threshold base; None for the neutral groups
    seat_share: Fraction  # of all seats of the body
    neutral: bool = False
    edge: str | None = None  # outline for light neutral fills

    @property
    def total(self) -> int:
        return self.list_seats + self.district_seats


@dataclass(frozen=True)
class QuotaRow:
    """The 30 % rule for one party that holds list seats and has candidate data."""

    party: str
    label: str
    color: str
    seats: int  # list seats held (the mandates the quota is taken of)
    required: int
    filled: int
    eligible: int  # eligible candidates on the whole list
    met: bool | None  # as in the quota result (never None here: every row holds list seats)
    chosen: bool  # the party's own holders (False: the suggested set)
    applies: bool  # False where the quota is shown for information only

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.filled)


def tier_rows(
    chart: ChartPlan,
    *,
    neutral_labels: dict[str, str] | None = None,
) -> tuple[TierRow, ...]:
    """Every party that received votes or seats (ballot order), then the neutral groups that exist.

    Seat counts come from the hemicycle's seat plan, so both charts count every seat the same way;
    ``neutral_labels`` maps "Independent", "Pending", "Vacant" to the (translated) names shown."""
    result, colors = chart.result, chart.colors
    denominator = result.settings.total_seats or 1
    groups = {group.party: group for group in chart.seats.groups}
    rows = []
    for p in sorted(result.parties, key=lambda p: p.ballot_order):
        group = groups.get(p.name)
        list_seats = group.list_seats if group else 0
        district_seats = group.district_seats if group else 0
        if p.votes is None and list_seats + district_seats == 0:
            continue
        rows.append(
            TierRow(
                party=p.name,
                label=p.label,
                color=colors[p.name],
                list_seats=list_seats,
                district_seats=district_seats,
                vote_share=p.share,
                seat_share=Fraction(list_seats + district_seats, denominator),
            )
        )
    for name in NEUTRAL_NAMES:
        group = groups.get(name)
        if group is None or group.total == 0:
            continue
        rows.append(
            TierRow(
                party=name,
                label=(neutral_labels or {}).get(name, name),
                color=NEUTRAL_FILL[name],
                list_seats=group.list_seats,
                district_seats=group.district_seats,
                vote_share=None,
                seat_share=Fraction(group.total, denominator),
                neutral=True,
                edge=NEUTRAL_STROKE[name],
            )
        )
    return tuple(rows)


def quota_rows(chart: ChartPlan) -> tuple[QuotaRow, ...]:
    """One row per party with list seats and a quota result, ballot order."""
    result, colors = chart.result, chart.colors
    return tuple(
        QuotaRow(
            party=p.name,
            label=p.label,
            color=colors[p.name],
            seats=p.list_seats,
            required=p.quota.required,
            filled=p.quota.filled,
            eligible=p.quota.eligible,
            met=p.quota.met,
            chosen=p.quota.chosen,
            applies=p.quota.applies,
        )
        for p in sorted(result.parties, key=lambda p: p.ballot_order)
        if p.quota is not None and p.list_seats > 0
    )


__all__ = ["QuotaRow", "TierRow", "quota_rows", "tier_rows"]
