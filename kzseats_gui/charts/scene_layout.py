"""Lays out a ``ChartScene``: title block, hemicycle, reference lines, total in the well, legend.

From top to bottom: title, date line, a note when seats wait for a lot, room for the reference
labels, the hemicycle, the legend (wrapped into as many columns as fit the width, column by column so
it reads in wedge order), the source line. The hemicycle takes what height is left, up to the width.
If the legend leaves the hemicycle too little room even at the smallest legend font, the scene grows
taller than asked rather than letting texts overlap. The window leaves out the title and date, the
legend and the source (it shows them itself) and asks for no height, which makes the scene just as
tall as the widest hemicycle needs.
"""

from __future__ import annotations

import math

from .chart_plan import ChartPlan
from .hemicycle import hemicycle_layout
from .legend_layout import LegendItem, lay_out_legend, legend_items
from .palette import NEUTRAL_FILL, NEUTRAL_STROKE, outline_for
from .reference_lines import (
    majority_of,
    place_reference_lines,
    references,
    two_thirds_of,
    widest_radius_for_labels,
)
from .scene import (
    INK,
    PAPER,
    Anchor,
    ChartLabels,
    ChartScene,
    SeatKind,
    SeatMark,
    SeatStyle,
    TextItem,
    Tier,
)
from .seat_plan import PlannedSeat
from .text_metrics import fit_text, text_width
from .title_block import MUTED, title_block

LEGEND_SIZES = (11.0, 10.0, 9.0, 8.0)
COMFORTABLE_ARC_SHARE = 0.5  # of the widest possible arc: below it the legend font shrinks
SMALLEST_ARC_SHARE = 0.4  # below it the scene grows taller instead


def _hover(seat: PlannedSeat, label: str, labels: ChartLabels) -> str:
    text = _plain_hover(seat, label, labels)
    return labels.hover_by_lot_format.format(hover=text) if seat.by_lot else text


def _plain_hover(seat: PlannedSeat, label: str, labels: ChartLabels) -> str:
    tier = labels.list if seat.tier is Tier.LIST else labels.district
    if seat.kind is SeatKind.PENDING:
        if seat.lot_between:
            return labels.hover_lot_format.format(
                pending=label, tier=tier, between=", ".join(seat.lot_between)
            )
        if seat.district:
            return labels.hover_pending_format.format(pending=label, district=seat.district)
        return labels.hover_plain_format.format(party=label, tier=tier)
    if seat.kind is SeatKind.VACANT:
        if seat.origin:
            return labels.hover_vacant_format.format(vacant=label, tier=tier, party=seat.origin)
        return labels.hover_plain_format.format(party=label, tier=tier)
    if seat.member and seat.district:
        return labels.hover_district_format.format(member=seat.member, party=label, district=seat.district)
    if seat.member:
        return labels.hover_member_format.format(member=seat.member, party=label, tier=tier)
    return labels.hover_format.format(party=label, tier=tier)


def _style_of(seat: PlannedSeat, district_style: SeatStyle) -> SeatStyle:
    if seat.kind is SeatKind.PENDING:
        return SeatStyle.PENDING
    if seat.kind is SeatKind.VACANT:
        return SeatStyle.VACANT
    return district_style if seat.tier is Tier.DISTRICT else SeatStyle.FILLED


def neutral_label(name: str, labels: ChartLabels) -> str:
    return {"Independent": labels.independent, "Pending": labels.pending, "Vacant": labels.vacant}[name]


def _seat_marks(
    chart: ChartPlan,
    labels: ChartLabels,
    district_style: SeatStyle,
    centre_x: float,
    centre_y: float,
    radius: float,
) -> tuple[SeatMark, ...]:
    plan, colors, patterns = chart.seats, chart.colors, chart.patterns
    positions = hemicycle_layout(plan.total)
    marks: list[SeatMark] = []
    index = 0
    for group in plan.groups:
        neutral = group.kind is not SeatKind.PARTY
        label = neutral_label(group.party, labels) if neutral else group.label
        fill = NEUTRAL_FILL[group.party] if neutral else colors[group.party]
        stroke = NEUTRAL_STROKE[group.party] if neutral else outline_for(fill)
        for seat in group.seats:
            position = positions[index]
            style = _style_of(seat, district_style)
            r = position.r * radius
            marks.append(
                SeatMark(
                    index=index,
                    x=centre_x + position.x * radius,
                    y=centre_y - position.y * radius,
                    r=r,
                    party=seat.party,
                    label=label,
                    tier=seat.tier,
                    kind=seat.kind,
                    style=style,
                    fill=PAPER if style is SeatStyle.VACANT else fill,
                    stroke=stroke,
                    stroke_width=max(0.25, min(1.2, r * 0.1)),
                    member=seat.member,
                    hover=_hover(seat, label, labels),
                    row=position.row,
                    angle=position.angle,
                    district=seat.district,
                    by_lot=seat.by_lot,
                    pattern=0 if neutral else patterns.get(group.party, 0),
                )
            )
            index += 1
    return tuple(marks)


def _well_radius(seats: int) -> float:
    """Radius (unit space) of the empty well inside the innermost seats."""
    positions = hemicycle_layout(seats)
    if not positions:
        return 0.5
    inner = min(math.hypot(p.x, p.y) for p in positions)
    return inner - positions[0].r


def _total_texts(
    seats: int, labels: ChartLabels, centre_x: float, centre_y: float, well: float
) -> list[TextItem]:
    """The seat total and its label, as large as fits inside the well (left out where none fits)."""

    def corner_out(text: str, size: float, bold: bool, baseline_rise: float) -> bool:
        half = text_width(text, size, bold=bold) / 2
        return math.hypot(half, baseline_rise + 0.8 * size) > well * 0.95

    number_size = min(64.0, well * 0.45)
    while number_size >= 4:
        label_size = min(
            max(number_size * 0.32, 6.0), number_size * 0.6
        )  # small totals keep a readable label
        label_rise = label_size * 0.35  # baseline above the chart's baseline
        number_rise = label_rise + label_size * 0.85 + number_size * 0.25
        if not corner_out(str(seats), number_size, True, number_rise) and not corner_out(
            labels.seats, label_size, False, label_rise
        ):
            break
        number_size *= 0.9
    else:
        return []
    texts = [
        TextItem(centre_x, centre_y - number_rise, str(seats), number_size, Anchor.MIDDLE, True, INK, "total")
    ]
    if label_size >= 4:
        texts.append(
            TextItem(
                centre_x,
                centre_y - label_rise,
                labels.seats,
                label_size,
                Anchor.MIDDLE,
                False,
                MUTED,
                "total-label",
            )
        )
    return texts


def _lay_out_scene(
    chart: ChartPlan,
    *,
    labels: ChartLabels,
    width: float,
    height: float | None,
    district_style: SeatStyle,
    transparent: bool,
    include_title: bool = True,
    include_legend: bool = True,
    include_source: bool = True,
) -> ChartScene:
    if district_style not in (SeatStyle.OUTLINED, SeatStyle.HATCHED):
        raise ValueError("district seats are drawn OUTLINED or HATCHED")
    election, result, plan = chart.election, chart.result, chart.seats
    margin = min(30.0, max(8.0, width * 0.035))
    usable = width - 2 * margin
    top = title_block(election, result, labels, width, margin, include_title)
    source_size = max(7.0, min(9.0, width * 0.012))
    source_text = labels.source_format.format(source=election.source_name) if election.source_name else ""
    if not include_source:
        source_text = ""
    bottom_room = margin * 0.6 + (source_size * 1.8 if source_text else 0.0)
    items: list[LegendItem] = legend_items(chart, labels, district_style) if include_legend else []
    gap_share = 1.2 if include_legend else 0.0  # room above the legend, in legend font sizes

    reference_size = min(11.0, max(8.0, width * 0.015))
    found = references(plan.total, labels)
    widest_arc = min(usable / 2, widest_radius_for_labels(found, reference_size, width / 2 - margin * 0.5))
    widest_arc = max(widest_arc, usable / 4)
    if height is None:  # just tall enough for the widest hemicycle at the largest legend font
        size = LEGEND_SIZES[0]
        label_room = reference_size * 1.5 + 8 + 0.03 * widest_arc
        legend_height = lay_out_legend(items, size, usable).height
        height = top.bottom + label_room + widest_arc + size * gap_share + legend_height + bottom_room
    for size in LEGEND_SIZES:
        legend = lay_out_legend(items, size, usable)
        label_room = reference_size * 1.5 + 8 + 0.03 * widest_arc  # reference labels just outside the arc
        arc = height - top.bottom - label_room - size * gap_share - legend.height - bottom_room
        radius = min(widest_arc, arc)
        if radius >= COMFORTABLE_ARC_SHARE * widest_arc:
            break
    radius = max(radius, SMALLEST_ARC_SHARE * widest_arc)
    needed = top.bottom + label_room + radius + size * gap_share + legend.height + bottom_room
    spare = max(0.0, height - needed)
    height = max(height, needed)

    centre_x = width / 2
    centre_y = top.bottom + label_room + spare / 2 + radius
    marks = _seat_marks(chart, labels, district_style, centre_x, centre_y, radius)
    well = _well_radius(plan.total)
    texts = list(top.texts)
    texts.extend(_total_texts(plan.total, labels, centre_x, centre_y, well * radius))
    legend_top = centre_y + size * gap_share
    entries = legend.placed((width - legend.width) / 2, legend_top)
    if source_text:
        texts.append(
            TextItem(
                width - margin,
                height - margin * 0.6,
                fit_text(source_text, source_size, usable),
                source_size,
                Anchor.END,
                False,
                MUTED,
                "source",
            )
        )
    lines = place_reference_lines(found, centre_x, centre_y, radius, well * radius, reference_size)
    total = plan.total
    return ChartScene(
        width=width,
        height=height,
        seats=marks,
        reference_lines=lines,
        legend=entries,
        texts=tuple(texts),
        total_seats=total,
        majority=majority_of(total),
        two_thirds=two_thirds_of(total),
        centre_x=centre_x,
        centre_y=centre_y,
        outer_radius=radius,
        inner_radius=well * radius,
        title=next((t.text for t in texts if t.role == "title"), ""),
        background=None if transparent else PAPER,
        labels=labels,
    )


def build_scene(
    chart: ChartPlan,
    *,
    labels: ChartLabels | None = None,
    width: float = 720.0,
    height: float | None = 540.0,
    district_style: SeatStyle = SeatStyle.OUTLINED,
    transparent: bool = False,
    include_title: bool = True,
    include_legend: bool = True,
    include_source: bool = True,
) -> ChartScene:
    """The chart of ``chart`` (its seats in wedges as planned, the neutral seats where its options put
    them), reference lines, the total in the well, and a legend wrapped into columns so that no text
    overlaps.

    ``width`` and ``height`` are in points; the scene comes back taller than ``height`` only when a
    very long legend would otherwise squeeze the hemicycle below 40 % of its width. ``height=None``
    makes the scene just as tall as the widest hemicycle needs.

    The window shows the title, date and source elsewhere and draws its own legend, so it leaves them
    out with ``include_title`` (title and date; a note about lots stays), ``include_legend`` and
    ``include_source``; prints and exports keep everything."""
    return _lay_out_scene(
        chart,
        labels=labels or ChartLabels(),
        width=width,
        height=height,
        district_style=district_style,
        transparent=transparent,
        include_title=include_title,
        include_legend=include_legend,
        include_source=include_source,
    )


__all__ = ["build_scene", "neutral_label"]
