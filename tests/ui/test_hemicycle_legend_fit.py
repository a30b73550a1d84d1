"""The hemicycle legend uses the room it has: the full party name where it fits, else the Parties
sheet's short name (cut with "…" only where even that does not fit), the full name in the tooltip and
the seat counts always whole."""

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from kzseats_gui.charts.legend_layout import LegendItem
from kzseats_gui.charts.scene import SeatStyle
from kzseats_gui.ui.onscreen.hemicycle_legend import HemicycleLegend

FULL = "Auyl (People's Democratic Patriotic Party)"


def _entries():
    return [
        LegendItem("party", "Amanat", "Amanat", "#1F5AA6", "#1F5AA6", SeatStyle.FILLED, 40, 22,
                   "40 + 22 = 62"),
        LegendItem("party", FULL, "Auyl", "#3C9A3C", "#3C9A3C", SeatStyle.FILLED, 8, 0, "8"),
        LegendItem("party", "People's Party", "PP", "#C8102E", "#C8102E", SeatStyle.FILLED, 5, 0, "5"),
    ]


@pytest.fixture
def legend(qtbot):
    widget = HemicycleLegend()
    qtbot.addWidget(widget)
    widget.set_entries(_entries())
    widget.show()
    return widget


def _count_fits(legend) -> bool:
    bold = QFont(legend.font())
    bold.setBold(True)
    return legend.cell_size().width() >= QFontMetrics(bold).horizontalAdvance("40 + 22 = 62") + 16


def test_a_wide_legend_shows_full_names_a_narrow_one_short_names(qtbot, legend):
    legend.resize(1400, 200)
    qtbot.waitUntil(lambda: legend.shown_label(1) == FULL)
    assert legend.item(1).toolTip().startswith(FULL)
    legend.resize(200, 200)
    qtbot.waitUntil(lambda: legend.shown_label(1) == "Auyl")
    assert legend.shown_label(2) == "PP"  # one kind of name per legend, though this full name would fit
    assert legend.shown_label(0) == "Amanat" and _count_fits(legend)
    legend.resize(90, 200)  # narrower than a name and its counts: the name gives way, never the counts
    qtbot.waitUntil(lambda: legend.width() == 90)
    assert _count_fits(legend)
    assert legend.shown_label(0).endswith("\u2026") or legend.shown_label(0) == "Amanat"
