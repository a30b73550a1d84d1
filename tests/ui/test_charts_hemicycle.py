"""The on-screen hemicycle: one item per seat as the result says, tooltips, clicks and highlighting."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections import Counter  # noqa: E402

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
from PySide6.QtCore import QPoint, Qt  # noqa: E402

from kzseats_gui.charts.chart_plan import plan_chart  # noqa: E402
from kzseats_gui.charts.scene import INDEPENDENT, PENDING, VACANT, SeatStyle, Tier  # noqa: E402
from kzseats_gui.charts.scene_layout import build_scene  # noqa: E402
from kzseats_gui.ui.onscreen.hemicycle_view import HemicycleView  # noqa: E402
from kzseats_gui.ui.paper.scene_painter import DIMMED_OPACITY  # noqa: E402


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


def fifty_parties():
    """Fifty lists with long names, one to three seats each, as a what-if workbook can have."""
    parties = tuple(
        PartySpec(f"Қазақстан халықтық демократиялық партиясы «Ауыл» №{i}", 50_000 + 97 * i, 1 + i % 2, i % 3)
        for i in range(50)
    )
    return chamber(ChamberSpec(parties=parties, title="Fifty parties", independents=2))


def _chart_pixels(view: HemicycleView) -> float:
    """Width on screen (px) of the chart's seats, from the leftmost seat edge to the rightmost."""
    graphics = view.graphics_view
    xs = []
    for item in view.seat_items():
        seat = item.seat
        for x in (seat.x - seat.r, seat.x + seat.r):
            xs.append(graphics.mapFromScene(item.mapToScene(x, seat.y)).x())
    return max(xs) - min(xs)


def test_the_screen_leaves_title_date_source_and_legend_to_the_window(view, mazhilis):
    view.set_result(*mazhilis)
    roles = {text.role for text in view.chart_scene.texts}
    assert not roles & {"title", "date", "source"}
    assert view.chart_scene.legend == () and view.legend_items() == []
    assert len(view.legend.parties()) == len(seats_by_party(mazhilis[1]))  # one row per wedge
    printable = HemicycleView(printable=True)
    printable.set_result(*mazhilis)
    assert {"title", "source"} <= {text.role for text in printable.chart_scene.texts}
    assert printable.legend_items() and not printable.legend.isVisible()


def test_the_hemicycle_fills_the_width_of_its_area(view, mazhilis):
    view.set_result(*mazhilis)
    assert _chart_pixels(view) >= 0.85 * view.width()


def _settle(qtbot, view: HemicycleView, size: tuple[int, int]) -> None:
    """Wait until the view has ``size`` and has laid its chart out for it."""
    view.resize(*size)
    qtbot.waitUntil(lambda: (view.width(), view.height()) == size, timeout=2000)
    qtbot.wait(300)  # the chart is laid out again once a resize has settled


@pytest.mark.parametrize("size", [(420, 360), (900, 600), (900, 300)])
def test_fifty_parties_leave_the_hemicycle_its_size_and_their_legend_scrolls(qtbot, view, mazhilis, size):
    _settle(qtbot, view, size)
    view.set_result(*mazhilis)
    qtbot.wait(50)
    few = _chart_pixels(view)
    view.set_result(*fifty_parties())
    qtbot.wait(50)
    assert _chart_pixels(view) >= 0.75 * few  # a printed legend of fifty rows would take half of it
    legend = view.legend
    assert len(legend.parties()) == 51  # every list and the independents
    assert legend.isVisible() and legend.verticalScrollBar().maximum() > 0


def test_texts_keep_their_size_whatever_the_size_of_the_chart(qtbot, view, mazhilis):
    view.set_result(*mazhilis)
    for width in (450, 900):
        _settle(qtbot, view, (width, 600))
        scene = view.chart_scene
        pixels_per_point = view.graphics_view.viewport().width() / scene.width
        label = scene.reference_lines[0].label
        assert label.size * pixels_per_point >= 10  # a readable label, not a shrunken print


def test_a_scene_without_height_is_as_tall_as_its_hemicycle_needs(mazhilis):
    options = dict(include_title=False, include_legend=False, include_source=False)
    fitted = build_scene(plan_chart(*mazhilis), height=None, **options)
    roomy = build_scene(plan_chart(*mazhilis), height=540.0, **options)
    assert fitted.outer_radius == pytest.approx(roomy.outer_radius)  # the widest hemicycle either way
    assert fitted.height < roomy.height
    assert all(seat.y - seat.r >= 0 and seat.y + seat.r <= fitted.height for seat in fitted.seats)
    labels = [line.label for line in fitted.reference_lines]
    assert labels and all(label.y - label.size >= 0 for label in labels)
    full = build_scene(plan_chart(*mazhilis))
    assert full.legend and {"title", "source"} <= {text.role for text in full.texts}


def test_the_chart_is_planned_once_per_result_and_order(qtbot, view, mazhilis, monkeypatch):
    """The legend and the seats share one plan; a resize lays the same plan out again."""
    import kzseats_gui.ui.onscreen.hemicycle_view as module

    plans = []
    monkeypatch.setattr(module, "plan_chart", lambda *args: plans.append(args) or plan_chart(*args))
    view.set_result(*mazhilis)
    _settle(qtbot, view, (700, 500))
    assert len(plans) == 1
    seat_groups = list(dict.fromkeys(seat.party for seat in view.chart_scene.seats))
    assert view.legend.parties() == seat_groups  # the legend reads in the wedges' order
    view.set_order("seats")
    assert len(plans) == 2 and plans[-1][2].order == "seats"


def test_the_on_screen_legend_shows_each_partys_greyscale_pattern_as_the_seats_and_exports_do(view, mazhilis):
    from PySide6.QtGui import QColor

    from kzseats_gui.charts.palette import text_color_on

    view.set_result(*mazhilis)
    patterns = {seat.party: (seat.pattern, seat.fill) for seat in view.chart_scene.seats
                if seat.style is SeatStyle.FILLED}
    assert any(pattern for pattern, _ in patterns.values())  # the sample has parties that print alike
    legend = view.legend
    checked = 0
    for row in range(legend.count()):
        party = legend.item(row).data(Qt.ItemDataRole.UserRole)
        if party not in patterns:
            continue
        pattern, fill = patterns[party]
        image = legend.item(row).icon().pixmap(64, 64).toImage()
        # the swatch's middle row, a little left of the centre: the flat bar (patterns 1 and 3) or the fill
        middle = image.pixelColor(image.width() // 2 - image.width() // 6, image.height() // 2)
        bar = QColor(text_color_on(fill))
        distance = sum(abs(a - b) for a, b in zip(middle.getRgb()[:3], bar.getRgb()[:3], strict=True))
        assert (distance < 60) == (pattern in (1, 3)), (party, pattern, middle.name())
        checked += 1
    assert checked == len(patterns)
