"""What the workbench panes show for one state of the figures, computed together in the background.

One job per change: the baseline (the figures as read) allocated under the settings in force, the four
methods side by side, the exact margins, the seats-versus-votes steps and the district margins.
Every figure comes from the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Imported on the GUI thread (an import in the worker would hold the interpreter lock for its length).
from ...core.allocator import allocate
from ...core.comparison import MethodComparison, compare_methods
from ...core.margins import DistrictMargin, NextSeat, district_margins, next_list_seat
from ...core.model import Election, LotRecord, Settings
from ...core.progress import CancelledFn, ProgressFn, check_cancelled
from ...core.result import AllocationResult
from ...core.seat_curve import SeatCurve, seat_curve
from ...core.sensitivity import PartySensitivity, sensitivity


@dataclass(frozen=True)
class Analysis:
    election: Election  # the figures analysed (the what-if, or the baseline when unedited)
    settings: Settings
    result: AllocationResult
    baseline: AllocationResult  # the figures as read, under the same settings
    comparison: MethodComparison
    margins: tuple[PartySensitivity, ...]
    next_seat: NextSeat
    districts: tuple[DistrictMargin, ...]
    curves: dict[str, SeatCurve]  # the exact seats-versus-votes steps of every list party

    def seat_change(self, name: str) -> int:
        """Total seats of ``name`` in the what-if minus in the baseline."""
        return _total(self.result, name) - _total(self.baseline, name)

    def list_seat_change(self, name: str) -> int:
        return _seats(self.result, name, "list_seats") - _seats(self.baseline, name, "list_seats")

    @property
    def changed_seats(self) -> int:
        """Seats that changed hands against the baseline."""
        return sum(max(0, self.seat_change(p.name)) for p in self.result.parties)


def _seats(result: AllocationResult, name: str, what: str) -> int:
    party = next((p for p in result.parties if p.name == name), None)
    return getattr(party, what) if party is not None else 0


def _total(result: AllocationResult, name: str) -> int:
    return _seats(result, name, "list_seats") + _seats(result, name, "district_seats")


def analysis_job(baseline: Election, election: Election, settings: Settings, lots: Sequence[LotRecord]):
    lots = tuple(lots)

    def run(progress: ProgressFn, is_cancelled: CancelledFn) -> Analysis:
        result = allocate(election, settings, lots)
        base = result if baseline is election else allocate(baseline, settings, lots)
        check_cancelled(is_cancelled)
        comparison = compare_methods(election, settings, lots)
        check_cancelled(is_cancelled)
        margins = sensitivity(election, settings)
        curves = {}
        for figures in margins:
            check_cancelled(is_cancelled)
            curves[figures.name] = seat_curve(election, settings, figures.name)
        return Analysis(election, settings, result, base, comparison, margins,
                        next_list_seat(election, settings), district_margins(result), curves)

    return run
