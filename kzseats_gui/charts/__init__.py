"""Chart geometry and Qt-free writers shared by the screen, the printer and the command line.

``plan_chart`` decides a result's chart once (seats in wedge order, colours, patterns, as its
``ChartOptions`` say); ``build_scene`` describes the whole chart of a plan (seats, reference lines,
total, legend, texts) in points; ``scene_to_svg`` / ``write_svg`` write it as SVG; the Qt layer
paints the same scene.
"""

from .chart_plan import ChartPlan, plan_chart
from .hemicycle import SeatPosition, compute_layout, hemicycle_layout
from .options import ChartOptions
from .scene import (
    Anchor,
    ChartLabels,
    ChartScene,
    LegendEntry,
    ReferenceLine,
    SeatKind,
    SeatMark,
    SeatStyle,
    TextItem,
    Tier,
)
from .scene_layout import build_scene
from .seat_plan import SeatPlan, plan_seats
from .svg import scene_to_svg, write_svg

__all__ = [
    "Anchor",
    "ChartLabels",
    "ChartOptions",
    "ChartPlan",
    "ChartScene",
    "LegendEntry",
    "ReferenceLine",
    "SeatKind",
    "SeatMark",
    "SeatPlan",
    "SeatPosition",
    "SeatStyle",
    "TextItem",
    "Tier",
    "build_scene",
    "compute_layout",
    "hemicycle_layout",
    "plan_chart",
    "plan_seats",
    "scene_to_svg",
    "write_svg",
]
