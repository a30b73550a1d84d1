"""Hemicycle geometry: where each seat of an n-seat chamber sits.

Unit space: the arc's centre is the origin, y points up, the outer radius is 1 and the inner radius ½,
so the chart fills the 2:1 box [-1, 1] × [0, 1]. With R rows the row thickness is t = 1/(4R − 2) and
row r (0 = innermost) runs along radius ρ = ½ + 2rt, holding at most ⌊πρ/(2t)⌋ = ⌊π(R + r − ½)⌋
seats. The smallest R whose rows hold n seats is used, except that ten seats or fewer always sit in one
row: the widest band along the outer edge (at most ¼ thick) in which they still fit.

Seats are split over rows in proportion to capacity (largest remainders, exact integers), spread evenly
along each row with end margins so the end seats clear the baseline, and sorted by angle from left to
right (then by row): handing out consecutive runs in party order makes each party a wedge.
"""

from __future__ import annotations

import gc
import math
from fractions import Fraction
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

import numpy as np

# π to 36 digits: ⌊π·k⌋ is then exact for every k this module can meet (far below 10**30).
_PI = Fraction("3.14159265358979323846264338327950288")
SEAT_GAP = 0.12  # fraction of the row thickness left empty around each seat
SINGLE_ROW_LIMIT = 10
_SINGLE_ROW_THICKNESS = 0.25  # a single row never reaches into the inner half-disc


class SeatPosition(NamedTuple):
    x: float
    y: float
    r: float  # seat radius
    row: int  # 0 = innermost
    angle: float  # radians: π at the left end, 0 at the right end


_tuple_new = tuple.__new__  # SeatPosition from a ready tuple without the Python-level __new__


@lru_cache(maxsize=256)
def row_capacities(rows: int) -> tuple[int, ...]:
    """Seats each row can hold when the chart has ``rows`` rows (innermost first)."""
    return tuple(math.floor(_PI * (2 * (rows + r) - 1) / 2) for r in range(rows))


def rows_needed(seats: int) -> int:
    """The smallest number of rows that holds ``seats`` (one row for ten seats or fewer)."""
    if seats <= SINGLE_ROW_LIMIT:
        return 1
    # total capacity is about π(1.5 R² − R): start just below the root and walk up
    rows = max(1, int((1 + math.sqrt(1 + 6 * seats / math.pi)) / 3) - 1)
    while sum(row_capacities(rows)) < seats:
        rows += 1
    return rows


def split_by_capacity(seats: int, capacities: tuple[int, ...]) -> tuple[int, ...]:
    """Share ``seats`` over rows in proportion to their capacities, by largest remainders.

    Exact: each row gets ⌊seats·cap/total⌋, the rest go to the largest remainders ``seats·cap mod
    total`` (outer rows first on equal remainders). No row exceeds its capacity.
    """
    total = sum(capacities)
    if seats > total:
        raise ValueError(f"{seats} seats do not fit in rows holding {total}")
    shares = [seats * cap // total for cap in capacities]
    left = seats - sum(shares)
    by_remainder = sorted(
        range(len(capacities)), key=lambda r: (seats * capacities[r] % total, r), reverse=True
    )
    for r in by_remainder[:left]:
        shares[r] += 1
    return tuple(shares)


def row_counts(seats: int) -> tuple[int, ...]:
    """Seats in each row, innermost first."""
    if seats <= 0:
        return ()
    if seats <= SINGLE_ROW_LIMIT:
        return (seats,)
    return split_by_capacity(seats, row_capacities(rows_needed(seats)))


def _single_row_thickness(seats: int) -> float:
    """The thickest band along the outer edge whose row still spaces ``seats`` seats 2t apart."""
    if seats <= 1:
        return _SINGLE_ROW_THICKNESS

    def fits(t: float) -> bool:
        rho = 1 - t
        step = (math.pi - 2 * math.asin(t / rho)) / (seats - 1)
        return 2 * rho * math.sin(step / 2) >= 2 * t

    low, high = 0.0, _SINGLE_ROW_THICKNESS
    if fits(high):
        return high
    for _ in range(40):
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def _row_geometry(seats: int) -> tuple[tuple[int, ...], list[float], float]:
    """Row counts, row radii and the (uniform) seat radius."""
    counts = row_counts(seats)
    if len(counts) == 1 and seats <= SINGLE_ROW_LIMIT:
        thickness = _single_row_thickness(seats)
        radii = [1 - thickness]
    else:
        thickness = 1 / (4 * len(counts) - 2)
        radii = [0.5 + 2 * r * thickness for r in range(len(counts))]
    seat_r = thickness * (1 - SEAT_GAP)
    # A nearly full row spaced with end margins can bring neighbours closer than 2t along the chord:
    # shrink the seats to the tightest row so that no two seats ever touch.
    for count, rho in zip(counts, radii, strict=True):
        if count > 1:
            margin = math.asin(min(1.0, seat_r / rho))
            step = (math.pi - 2 * margin) / (count - 1)
            chord = 2 * rho * math.sin(step / 2)
            seat_r = min(seat_r, chord / 2 * (1 - SEAT_GAP))
    return counts, radii, seat_r


def compute_layout(seats: int) -> tuple[SeatPosition, ...]:
    """Seat positions for a chamber of ``seats``, left to right (uncached).

    The per-seat trigonometry and the sort by angle run vectorised (numpy, already a dependency of
    the plotting library); only the final tuples are built in Python.
    """
    if seats <= 0:
        return ()
    counts, radii, seat_r = _row_geometry(seats)
    row_seats = np.array(counts)
    row_radius = np.array(radii)
    several = row_seats > 1
    # end seats sit one seat radius above the baseline; a lone seat sits at the top
    margin = np.arcsin(np.minimum(1.0, seat_r / row_radius))
    step = np.where(several, (np.pi - 2 * margin) / np.maximum(row_seats - 1, 1), 0.0)
    start = np.where(several, np.pi - margin, np.pi / 2)
    row = np.repeat(np.arange(len(counts)), row_seats)
    place_in_row = np.arange(seats) - (np.cumsum(row_seats) - row_seats)[row]
    angle = start[row] - place_in_row * step[row]
    order = np.lexsort((row, -angle))  # by angle from the left, then from the inner row out
    angle = angle[order]
    row = row[order]
    rho = row_radius[row]
    xs = (rho * np.cos(angle)).tolist()
    ys = (rho * np.sin(angle)).tolist()
    collecting = gc.isenabled()
    # thousands of small tuples that cannot form cycles: pausing the cyclic collector while they are
    # made saves a good part of the time of a large layout
    gc.disable()
    try:
        return tuple(
            map(_tuple_new, repeat(SeatPosition), zip(xs, ys, repeat(seat_r), row.tolist(), angle.tolist()))
        )
    finally:
        if collecting:
            gc.enable()


@lru_cache(maxsize=64)
def hemicycle_layout(seats: int) -> tuple[SeatPosition, ...]:
    """Seat positions for a chamber of ``seats``, left to right (cached per seat count)."""
    return compute_layout(seats)


__all__ = [
    "SEAT_GAP",
    "SINGLE_ROW_LIMIT",
    "SeatPosition",
    "compute_layout",
    "hemicycle_layout",
    "row_capacities",
    "row_counts",
    "rows_needed",
    "split_by_capacity",
]
