"""The legend: one entry per wedge (with list + district = total), then a key to the seat marks.

Entries are wrapped into as many columns as fit the width, filled column by column so the legend
reads in wedge order. Each column is as wide as its widest swatch + label + count, counts are
right-aligned at the column's edge and columns are a gap apart, so with the text-width estimate (an
overestimate for the chart fonts) no two texts overlap. A label too long even for a single column is
cut with an ellipsis.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .chart_plan import ChartPlan
from .palette import KEY_COLOR, NEUTRAL_FILL, NEUTRAL_STROKE, outline_for
from .scene import INK, PAPER, Anchor, ChartLabels, LegendEntry, SeatKind, SeatStyle, TextItem, Tier
from .text_metrics import fit_text, text_width


@dataclass(frozen=True)
class LegendItem:
    kind: str  # "party" | "neutral" | "key"
    party: str
    label: str
    fill: str
    stroke: str
    style: SeatStyle
    list_seats: int = 0
    district_seats: int = 0
    count_text: str | None = None
    by_lot: bool = False  # the key to the lot mark
    pattern: int = 0  # greyscale pattern (palette.greyscale_patterns)

    @property
    def total(self) -> int:
        return self.list_seats + self.district_seats


def _count_text(list_seats: int, district_seats: int, labels: ChartLabels) -> str:
    total = list_seats + district_seats
    if list_seats and district_seats:
        return labels.counts_format.format(list=list_seats, district=district_seats, total=total)
    return labels.count_format.format(total=total)


def legend_items(chart: ChartPlan, labels: ChartLabels, district_style: SeatStyle) -> list[LegendItem]:
    items: list[LegendItem] = []
    plan, colors, patterns = chart.seats, chart.colors, chart.patterns
    for group in plan.groups:
        counts = _count_text(group.list_seats, group.district_seats, labels)
        if group.kind is SeatKind.PARTY:
            fill = colors[group.party]
            items.append(
                LegendItem(
                    "party",
                    group.party,
                    group.label,
                    fill,
                    outline_for(fill),
                    SeatStyle.FILLED,
                    group.list_seats,
                    group.district_seats,
                    counts,
                    pattern=patterns.get(group.party, 0),
                )
            )
            continue
        style = {
            SeatKind.INDEPENDENT: district_style,
            SeatKind.PENDING: SeatStyle.PENDING,
            SeatKind.VACANT: SeatStyle.VACANT,
        }[group.kind]
        label = {"Independent": labels.independent, "Pending": labels.pending, "Vacant": labels.vacant}[
            group.party
        ]
        items.append(
            LegendItem(
                "neutral",
                group.party,
                label,
                NEUTRAL_FILL[group.party],
                NEUTRAL_STROKE[group.party],
                style,
                group.list_seats,
                group.district_seats,
                counts,
            )
        )
    district_marks = any(
        seat.tier is Tier.DISTRICT and seat.kind in (SeatKind.PARTY, SeatKind.INDEPENDENT)
        for seat in plan.seats
    )
    if district_marks:
        stroke = outline_for(KEY_COLOR)
        items.append(LegendItem("key", "", labels.list_key, KEY_COLOR, stroke, SeatStyle.FILLED))
        items.append(LegendItem("key", "", labels.district_key, KEY_COLOR, stroke, district_style))
    if any(seat.by_lot for seat in plan.seats):
        items.append(LegendItem("key", "", labels.lot_key, PAPER, outline_for(KEY_COLOR), SeatStyle.FILLED,
                                by_lot=True))
    return items


@dataclass(frozen=True)
class LegendLayout:
    size: float
    columns: tuple[tuple[LegendItem, ...], ...]
    labels: tuple[tuple[str, ...], ...]  # label texts as shown (cut where needed)
    column_widths: tuple[float, ...]
    width: float
    height: float

    @property
    def swatch_r(self) -> float:
        return self.size * 0.45

    @property
    def row_height(self) -> float:
        return self.size * 1.55

    @property
    def column_gap(self) -> float:
        return self.size * 1.6

    def placed(self, left: float, top: float) -> tuple[LegendEntry, ...]:
        size, swatch_r = self.size, self.swatch_r
        entries: list[LegendEntry] = []
        x = left
        for column, shown, column_width in zip(self.columns, self.labels, self.column_widths, strict=True):
            for row, (item, text) in enumerate(zip(column, shown, strict=True)):
                baseline = top + row * self.row_height + size
                label = TextItem(
                    x + 2 * swatch_r + size * 0.4,
                    baseline,
                    text,
                    size,
                    Anchor.START,
                    False,
                    INK,
                    "legend-label",
                )
                count = None
                if item.count_text is not None:
                    count = TextItem(
                        x + column_width,
                        baseline,
                        item.count_text,
                        size,
                        Anchor.END,
                        item.kind == "party",
                        INK,
                        "legend-count",
                    )
                entries.append(
                    LegendEntry(
                        kind=item.kind,
                        party=item.party,
                        label=item.label,
                        fill=item.fill,
                        stroke=item.stroke,
                        style=item.style,
                        list_seats=item.list_seats,
                        district_seats=item.district_seats,
                        total=item.total,
                        x=x + swatch_r,
                        y=baseline - size * 0.35,
                        swatch_r=swatch_r,
                        stroke_width=max(0.4, swatch_r * 0.12),
                        label_item=label,
                        count_item=count,
                        by_lot=item.by_lot,
                        pattern=item.pattern,
                    )
                )
            x += column_width + self.column_gap
        return tuple(entries)


def _column_width(items: Sequence[LegendItem], shown: Sequence[str], size: float) -> float:
    label_width = max(text_width(text, size) for text in shown)
    counts = [
        text_width(i.count_text, size, bold=i.kind == "party") for i in items if i.count_text is not None
    ]
    count_part = size * 0.8 + max(counts) if counts else 0.0
    return 2 * size * 0.45 + size * 0.4 + label_width + count_part


def lay_out_legend(items: Sequence[LegendItem], size: float, max_width: float) -> LegendLayout:
    """The legend in the most columns that fit ``max_width`` (one column, labels cut, at worst)."""
    if not items:
        return LegendLayout(size, (), (), (), 0.0, 0.0)
    gap = size * 1.6
    for wanted in range(len(items), 0, -1):
        rows = math.ceil(len(items) / wanted)
        columns = [tuple(items[i : i + rows]) for i in range(0, len(items), rows)]
        shown = [tuple(item.label for item in column) for column in columns]
        widths = [_column_width(c, s, size) for c, s in zip(columns, shown, strict=True)]
        total = sum(widths) + gap * (len(columns) - 1)
        if total <= max_width or wanted == 1:
            break
    if total > max_width:  # one column, still too wide: cut the labels
        (column,) = columns
        room = max_width - (_column_width(column, [""], size))
        shown = [tuple(fit_text(item.label, size, room) for item in column)]
        widths = [_column_width(column, shown[0], size)]
        total = widths[0]
    height = rows * size * 1.55
    return LegendLayout(size, tuple(columns), tuple(shown), tuple(widths), total, height)


__all__ = ["LegendItem", "LegendLayout", "lay_out_legend", "legend_items"]
