"""Majority (50 % + 1) and two-thirds markers: a radial line at the seat that completes each.

Seats run left to right, so the first ``k`` seats of the chart are a block of ``k``; the marker for
``k`` seats sits halfway (in angle) between seat ``k`` and seat ``k + 1``, with its label just outside
the arc. Two-thirds is left out where it equals the majority (chambers of four seats or fewer).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .hemicycle import hemicycle_layout
from .scene import Anchor, ChartLabels, ReferenceLine, TextItem
from .text_metrics import text_width

REFERENCE_COLOR = "#333333"
_LABEL_GAP = 3.0  # points between the line's outer end and its label
_OUTER = 1.03  # the line reaches a little beyond the outer seats (fraction of the radius)


def majority_of(seats: int) -> int:
    return seats // 2 + 1 if seats > 0 else 0


def two_thirds_of(seats: int) -> int:
    return -(-2 * seats // 3) if seats > 0 else 0


@dataclass(frozen=True)
class Reference:
    kind: str
    seats: int
    text: str
    angle: float
    dash: tuple[float, ...]

    @property
    def anchor(self) -> Anchor:
        if abs(self.angle - math.pi / 2) < 0.2:
            return Anchor.MIDDLE
        return Anchor.START if self.angle < math.pi / 2 else Anchor.END


def references(seats: int, labels: ChartLabels) -> list[Reference]:
    positions = hemicycle_layout(seats)
    wanted = [("majority", majority_of(seats), labels.majority, (6.0, 3.0))]
    if two_thirds_of(seats) != majority_of(seats):
        wanted.append(("two-thirds", two_thirds_of(seats), labels.two_thirds, (2.0, 2.0)))
    found = []
    for kind, needed, name, dash in wanted:
        if 0 < needed < seats:
            angle = (positions[needed - 1].angle + positions[needed].angle) / 2
            text = labels.reference_format.format(label=name, seats=needed)
            found.append(Reference(kind, needed, text, angle, dash))
    return found


def widest_radius_for_labels(found: list[Reference], size: float, half_width: float) -> float:
    """The largest arc radius whose side labels still fit within ``half_width`` of the centre."""
    limit = math.inf
    for reference in found:
        width = text_width(reference.text, size)
        if reference.anchor is Anchor.MIDDLE:
            continue
        reach = _OUTER * abs(math.cos(reference.angle))
        if reach > 0:
            limit = min(limit, (half_width - width - _LABEL_GAP) / reach)
    return limit


def place_reference_lines(
    found: list[Reference], centre_x: float, centre_y: float, radius: float, well: float, size: float
) -> tuple[ReferenceLine, ...]:
    lines: list[ReferenceLine] = []
    taken: list[tuple[float, float, float, float]] = []
    for reference in found:
        cos, sin = math.cos(reference.angle), math.sin(reference.angle)
        inner, outer = well * 0.97, radius * _OUTER
        lx = centre_x + (outer + _LABEL_GAP) * cos
        ly = centre_y - (outer + _LABEL_GAP) * sin
        anchor = reference.anchor
        if anchor is Anchor.MIDDLE:
            ly -= 2
        width = text_width(reference.text, size)
        left = lx - {Anchor.MIDDLE: width / 2, Anchor.END: width, Anchor.START: 0.0}[anchor]
        for box in taken:  # lift a label that would overlap an earlier one
            if left < box[2] and left + width > box[0] and ly + size * 0.25 > box[1] and ly - size < box[3]:
                ly = box[1] - size * 0.3
        taken.append((left, ly - size, left + width, ly + size * 0.25))
        label = TextItem(lx, ly, reference.text, size, anchor, False, REFERENCE_COLOR, reference.kind)
        lines.append(
            ReferenceLine(
                reference.kind,
                reference.seats,
                centre_x + inner * cos,
                centre_y - inner * sin,
                centre_x + outer * cos,
                centre_y - outer * sin,
                REFERENCE_COLOR,
                1.2,
                reference.dash,
                label,
            )
        )
    return tuple(lines)


__all__ = [
    "Reference",
    "majority_of",
    "place_reference_lines",
    "references",
    "two_thirds_of",
    "widest_radius_for_labels",
]
