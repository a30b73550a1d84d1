"""A result's chart decided once: which seat goes to whom in wedge order, and every party's colour and
greyscale pattern.

The on-screen legend, the scene (screen, SVG, PNG, PDF, print, report) and the breakdown charts all
take the same ``ChartPlan``, so none of them plans the seats or picks a colour again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..core.model import Election
from ..core.result import AllocationResult
from .options import ChartOptions
from .palette import greyscale_patterns, party_colors
from .scene import SeatKind
from .seat_plan import SeatPlan, plan_seats


@dataclass(frozen=True)
class ChartPlan:
    election: Election
    result: AllocationResult
    options: ChartOptions
    seats: SeatPlan
    colors: Mapping[str, str]  # party name -> fill
    patterns: Mapping[str, int]  # party name -> greyscale pattern (0 none; see ``palette``)

    @property
    def total(self) -> int:
        return self.seats.total


def plan_chart(
    election: Election, result: AllocationResult, options: ChartOptions | None = None
) -> ChartPlan:
    """The plan of ``result``'s chart; patterns are decided in wedge order (neutral seats have marks)."""
    options = options or ChartOptions()
    seats = plan_seats(election, result, options)
    colors = party_colors(result, election)
    in_wedge_order = [(g.party, colors[g.party]) for g in seats.groups if g.kind is SeatKind.PARTY]
    return ChartPlan(election, result, options, seats, colors, greyscale_patterns(in_wedge_order))


__all__ = ["ChartPlan", "plan_chart"]
