"""The on-screen hemicycle: one item per seat as the result says, tooltips, clicks and highlighting."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections import Counter  # noqa: E402

import pytest  # noqa: E402
from charts_data import large_chamber, maslikhat_17, sample, seats_by_party  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402

from kzseats_gui.charts.scene import INDEPENDENT, PENDING, VACANT, SeatStyle, Tier  # noqa: E402
from kzseats_gui.ui.hemicycle_view import HemicycleView  # noqa: E402
from kzseats_gui.ui.scene_painter import DIMMED_OPACITY  # noqa: E402


@pytest.fixture(scope="module")
def mazhilis():
    return sample("mazhilis-2023.xlsx")


@pytest.fixture
def view(qtbot):
    widget = HemicycleView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _counts(view: HemicycleView) -> dict[str, int]:
    return dict(Counter(item.seat.party for item in view.seat_items()))


def _click_seat(qtbot, view: HemicycleView, index: int) -> None:
    item = view.seat_items()[index]
    graphics = view.graphics_view
    centre = graphics.mapFromScene(item.mapToScene(item.seat.x, item.seat.y))
    qtbot.mouseClick(graphics.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))


@pytest.mark.parametrize("case", ["sample", "maslikhat", "large"])
def test_one_item_per_seat_and_party_counts_equal_the_result(view, mazhilis, case):
    election, result = {"sample": lambda: mazhilis, "maslikhat": maslikhat_17, "large": large_chamber}[case]()
    view.set_result(election, result)
    assert len(view.seat_items()) == result.settings.total_seats
    assert _counts(view) == seats_by_party(result)


def test_tiers_and_styles_tell_list_from_district_seats(view, mazhilis):
    election, result = mazhilis
    view.set_result(election, result)
    amanat = [item.seat for item in view.seat_items() if item.seat.party == "Amanat"]
    tiers = Counter(seat.tier for seat in amanat)
    assert tiers == {Tier.LIST: 40, Tier.DISTRICT: 22}
    assert {seat.style for seat in amanat if seat.tier is Tier.LIST} == {SeatStyle.FILLED}
    assert SeatStyle.FILLED not in {seat.style for seat in amanat if seat.tier is Tier.DISTRICT}


def test_tooltips_name_party_tier_and_known_members(view, mazhilis):
    election, result = mazhilis
    view.set_result(election, result)
    tips = [item.toolTip() for item in view.seat_items()]
    assert all(tips)
    winner = next(d for d in result.districts if d.party == "Amanat" and d.winner)
    assert any(winner.winner in tip and "Amanat" in tip for tip in tips)


def test_kazakh_members_and_neutral_seats_appear_in_tooltips(view):
    election, result = maslikhat_17()
    view.set_result(election, result)
    tips = " ".join(item.toolTip() for item in view.seat_items())
    assert "Әлия Қоңырбаева" in tips
    parties = {item.seat.party for item in view.seat_items()}
    assert {INDEPENDENT, PENDING, VACANT} <= parties


def test_clicking_a_seat_emits_its_party_and_dims_the_others(qtbot, view, mazhilis):
    election, result = mazhilis
    view.set_result(election, result)
    index = next(i for i, item in enumerate(view.seat_items()) if item.seat.party.startswith("Auyl"))
    party = view.seat_items()[index].seat.party
    with qtbot.waitSignal(view.partyClicked, timeout=2000) as signal:
        _click_seat(qtbot, view, index)
    assert signal.args == [party]
    assert view.highlighted_party() == party
    for item in view.seat_items():
        assert item.opacity() == (1.0 if item.seat.party == party else pytest.approx(DIMMED_OPACITY))


def test_highlight_from_outside_and_clearing(view, mazhilis):
    election, result = mazhilis
    view.set_result(election, result)
    view.highlight_party("Respublica")
    bright = {item.seat.party for item in view.seat_items() if item.opacity() == 1.0}
    assert bright == {"Respublica"}
    view.highlight_party(None)
    assert all(item.opacity() == 1.0 for item in view.seat_items())
    view.highlight_party("No such party")
    assert all(item.opacity() == 1.0 for item in view.seat_items())


def test_highlight_survives_a_new_result(view, mazhilis):
    election, result = mazhilis
    view.set_result(election, result)
    view.highlight_party("Amanat")
    view.set_result(election, result)
    assert {item.seat.party for item in view.seat_items() if item.opacity() == 1.0} == {"Amanat"}


def test_order_by_seats_and_neutral_at_the_right(view, mazhilis):
    election, result = mazhilis
    view.set_result(election, result)
    view.set_order("seats")
    parties = [item.seat.party for item in view.seat_items()]
    assert parties[0] == "Amanat"
    view.set_neutral("right")
    parties = [item.seat.party for item in view.seat_items()]
    assert parties[-result.independents :] == [INDEPENDENT] * result.independents
    assert _counts(view) == seats_by_party(result)


def test_custom_order_puts_the_named_party_first(view, mazhilis):
    election, result = mazhilis
    view.set_result(election, result)
    view.set_order("custom", ["OSDP (Nationwide Social Democratic Party)"])
    assert view.seat_items()[0].seat.party == "OSDP (Nationwide Social Democratic Party)"


def test_items_are_reused_and_trimmed_when_the_chamber_changes(view, mazhilis):
    view.set_result(*large_chamber())
    assert len(view.seat_items()) == 700
    election, result = mazhilis
    view.set_result(election, result)
    assert len(view.seat_items()) == 98
    scene_items = [i for i in view.graphics_view.scene().items() if i in set(view.seat_items())]
    assert len(scene_items) == 98


def test_clear_removes_every_seat(view, mazhilis):
    view.set_result(*mazhilis)
    view.clear()
    assert view.seat_items() == []
    assert view.chart_scene is None
