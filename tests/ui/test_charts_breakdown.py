"""Seats-by-tier and quota-fill charts: the bars show the result's numbers, shortfalls stand out."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fractions import Fraction  # noqa: E402

import pytest  # noqa: E402
from charts_data import (  # noqa: E402
    ChamberSpec,
    PartySpec,
    chamber,
    large_chamber,
    maslikhat_17,
    sample,
    seats_by_party,
)
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402

from kzseats_gui.charts.palette import party_colors  # noqa: E402
from kzseats_gui.ui.onscreen.breakdown_chart import ROW_PIXELS  # noqa: E402
from kzseats_gui.ui.onscreen.quota_view import QuotaFillView  # noqa: E402
from kzseats_gui.ui.onscreen.tier_view import SeatsByTierView  # noqa: E402
from kzseats_gui.ui.paper.chart_export import chart_scene  # noqa: E402


@pytest.fixture(scope="module")
def mazhilis():
    return sample("mazhilis-2023.xlsx")


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("case", ["sample", "maslikhat", "large"])
def test_tier_rows_equal_the_result(qtbot, mazhilis, case):
    election, result = {"sample": lambda: mazhilis, "maslikhat": maslikhat_17, "large": large_chamber}[case]()
    view = _shown(qtbot, SeatsByTierView())
    view.set_result(election, result)
    rows = {row.party: row for row in view.rows()}
    for party in result.parties:
        if party.votes is None and not party.total_seats:
            continue
        row = rows[party.name]
        assert (row.list_seats, row.district_seats) == (party.list_seats, party.district_seats)
        assert row.vote_share == party.share
        assert row.seat_share == Fraction(party.total_seats, result.settings.total_seats)
    assert {row.party: row.total for row in view.rows() if row.total} == seats_by_party(result)


def test_bars_carry_the_row_numbers(qtbot, mazhilis):
    election, result = mazhilis
    view = _shown(qtbot, SeatsByTierView())
    view.set_result(election, result)
    rows = view.rows()
    assert list(view.list_bars.opts["width"]) == [row.list_seats for row in rows]
    assert list(view.district_bars.opts["x0"]) == [row.list_seats for row in rows]
    assert list(view.district_bars.opts["width"]) == [row.district_seats for row in rows]
    shares = [float(row.seat_share) * 100 for row in rows]
    assert list(view.seat_share_bars.opts["width"]) == pytest.approx(shares)


def test_parties_keep_their_hemicycle_colours(mazhilis):
    election, result = mazhilis
    colors = party_colors(result, election)
    scene = chart_scene(election, result)
    for seat in scene.seats:
        if seat.party in colors and seat.style.value == "filled":
            assert seat.fill == colors[seat.party]


def test_quota_rows_equal_the_result(qtbot, mazhilis):
    election, result = mazhilis
    view = _shown(qtbot, QuotaFillView())
    view.set_result(election, result)
    expected = {
        p.name: (p.list_seats, p.quota.required, p.quota.filled, p.quota.eligible, p.quota.met)
        for p in result.parties
        if p.quota is not None and p.list_seats
    }
    assert expected
    assert {r.party: (r.seats, r.required, r.filled, r.eligible, r.met) for r in view.rows()} == expected


def test_a_shortfall_gets_a_red_bar_and_only_then(qtbot):
    election, result = maslikhat_17()  # Ақ жол: 1 list seat, 1 required, none filled
    view = _shown(qtbot, QuotaFillView())
    view.set_result(election, result)
    short = [row for row in view.rows() if row.shortfall]
    assert [row.label for row in short] == ["Ақ жол"]
    assert view.shortfall_bars is not None
    assert len(view.shortfall_bars.opts["width"]) == 1
    met_only = sample("mazhilis-2023.xlsx")
    view.set_result(*met_only)
    assert all(row.met for row in view.rows())
    assert view.shortfall_bars is None


def test_no_candidate_data_says_so(qtbot):
    election, result = large_chamber()
    view = _shown(qtbot, QuotaFillView())
    view.set_result(election, result)
    assert view.rows()  # the large chamber has candidate data
    from charts_data import ChamberSpec, PartySpec, chamber

    plain = chamber(ChamberSpec(parties=(PartySpec("Alpha", 900, 3), PartySpec("Beta", 600, 2))))
    view.set_result(*plain)
    assert view.rows() == ()


def test_clicking_a_bar_emits_its_party(qtbot, mazhilis):
    election, result = mazhilis
    view = _shown(qtbot, SeatsByTierView())
    view.set_result(election, result)
    index = 2
    box = view.seats_plot.getViewBox()
    scene_point = box.mapViewToScene(QPointF(0.5, index))
    pos = view.graphics.mapFromScene(scene_point)
    with qtbot.waitSignal(view.partyClicked, timeout=2000) as signal:
        qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))
    assert signal.args == [view.rows()[index].party]


def test_highlight_marks_one_row(qtbot, mazhilis):
    election, result = mazhilis
    view = _shown(qtbot, SeatsByTierView())
    view.set_result(election, result)
    view.highlight_party("Respublica")
    assert view.highlighted_party() == "Respublica"
    view.set_result(election, result)  # a new result keeps the highlight
    assert view.highlighted_party() == "Respublica"
    view.highlight_party(None)
    assert view.highlighted_party() is None
    view.highlight_party("No such party")
    assert view.highlighted_party() is None


def fifty_parties():
    parties = tuple(
        PartySpec(f"Қазақстан халықтық демократиялық партиясы «Ауыл» №{i}", 50_000 + 97 * i, 1 + i % 2, i % 3)
        for i in range(50)
    )
    return chamber(ChamberSpec(parties=parties, title="Fifty parties", independents=2))


def _narrow(qtbot, widget, size=(360, 420)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _labels_inside(plot, labels) -> bool:
    """Every label ends inside the plot area (a cut-off label would run past its right edge)."""
    area = plot.getViewBox().sceneBoundingRect()
    return all(label.sceneBoundingRect().right() <= area.right() + 1 for label in labels if label.isVisible())


def test_a_chart_on_a_hidden_tab_reads_its_rows_at_once_and_draws_them_when_shown(qtbot, mazhilis):
    view = SeatsByTierView()
    qtbot.addWidget(view)
    view.set_result(*mazhilis)
    assert sum(row.total for row in view.rows()) == mazhilis[1].settings.total_seats
    assert not view.is_drawn() and view.list_bars is None
    view.show()
    qtbot.waitExposed(view)
    assert view.is_drawn() and list(view.list_bars.opts["width"]) == [row.list_seats for row in view.rows()]


@pytest.mark.parametrize("case", ["sample", "fifty"])
def test_value_labels_stay_inside_a_narrow_chart(qtbot, mazhilis, case):
    view = _narrow(qtbot, SeatsByTierView())
    view.set_result(*(mazhilis if case == "sample" else fifty_parties()))
    qtbot.wait(50)  # the labels are fitted once the plots have their sizes
    counts = [label for label, _, _ in view._count_labels]
    shares = [label for label, _, _ in view._share_labels]
    assert counts and _labels_inside(view.seats_plot, counts)
    assert _labels_inside(view.share_plot, shares)


def test_fifty_rows_keep_their_height_and_scroll(qtbot):
    view = _narrow(qtbot, SeatsByTierView())
    view.set_result(*fifty_parties())
    qtbot.wait(50)
    assert len(view.rows()) == 51
    assert view.graphics.height() >= 51 * ROW_PIXELS
    assert view._scroll.verticalScrollBar().maximum() > 0


@pytest.mark.parametrize("case", ["maslikhat", "large"])
def test_quota_texts_fit_a_narrow_chart_and_titles_wrap(qtbot, case):
    view = _narrow(qtbot, QuotaFillView())
    view.set_result(*(maslikhat_17() if case == "maslikhat" else large_chamber()))
    qtbot.wait(50)
    labels = [label for label, _, _ in view._row_labels]
    assert labels and _labels_inside(view.plot, labels)
    # each label shows the counts whole and wraps whole "·" parts onto its lines, never a word cut in two
    for (label, whole, _), row in zip(view._row_labels, view.rows(), strict=True):
        shown = label.textItem.toPlainText().removesuffix(" \u2026")
        assert whole.startswith(shown.replace("\n", " \u00b7 "))
        mark = "\u24d8" if not row.applies else "\u2713" if row.met else "\u2717"
        assert shown.startswith(f"{mark} {row.filled} of {row.required} required")
        if not row.applies:  # as the party table says
            assert "info only" in whole
        seats = "1 list seat " if row.seats == 1 else f"{row.seats} list seats"
        assert seats.strip() in whole
    assert view.title.height() > view.title.fontMetrics().height() * 1.5  # wrapped, not cut
    assert view.minimumSizeHint().width() < 360


def test_tier_titles_stack_when_side_by_side_they_would_collide(qtbot, mazhilis):
    from PySide6.QtWidgets import QBoxLayout

    from kzseats_gui.ui import i18n

    i18n.install_language("kk")  # the longest titles
    try:
        view = _narrow(qtbot, SeatsByTierView(), (900, 420))
        view.set_result(*mazhilis)
        assert view._titles.direction() == QBoxLayout.Direction.LeftToRight
        view.resize(220, 420)  # titles one above the other, or each above its own plot
        qtbot.waitUntil(lambda: view._titles.direction() == QBoxLayout.Direction.TopToBottom
                        or view.is_stacked())
        for title in (t for t in (view.seats_title, view.share_title) if t.isVisible()):
            longest = max(title.fontMetrics().horizontalAdvance(w) for w in title.text().split())
            qtbot.waitUntil(lambda title=title, longest=longest: title.width() >= longest)
    finally:
        i18n.install_language("en")


def test_a_narrow_tier_chart_stacks_its_plots_and_cuts_nothing(qtbot, mazhilis):
    from chart_fits import chart_cut

    view = _narrow(qtbot, SeatsByTierView(), (900, 420))
    view.set_result(*mazhilis)
    qtbot.wait(50)
    assert not view.is_stacked() and not chart_cut(view)
    view.resize(200, 420)  # the 2x layout's pane
    qtbot.waitUntil(view.is_stacked)
    qtbot.wait(50)
    assert not view.share_title.isVisible() and view.share_heading.isVisible()
    assert not chart_cut(view), chart_cut(view)
    assert view._scroll.verticalScrollBar().maximum() > 0  # the plots scroll, none is squeezed
    view.resize(900, 420)
    qtbot.waitUntil(lambda: not view.is_stacked())
