"""Seats-by-tier and quota-fill charts: the bars show the result's numbers, shortfalls stand out."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fractions import Fraction  # noqa: E402

import pytest  # noqa: E402
from charts_data import large_chamber, maslikhat_17, sample, seats_by_party  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402

from kzseats_gui.ui.breakdown_data import party_colors  # noqa: E402
from kzseats_gui.ui.breakdown_view import QuotaFillView, SeatsByTierView  # noqa: E402
from kzseats_gui.ui.chart_export import chart_scene  # noqa: E402


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
    colors = party_colors(election, result)
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
