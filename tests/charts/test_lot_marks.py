"""A seat decided by lot is marked on the chart: in the seat plan, in the scene, in the SVG
(``data-lot="true"`` beside the contract attributes, with a lot-mark polygon) and in the legend."""

from __future__ import annotations

import dataclasses
import re

import defusedxml.ElementTree as SafeET

from kzseats_gui.charts.chart_plan import plan_chart
from kzseats_gui.charts.scene_layout import build_scene
from kzseats_gui.charts.seat_plan import plan_seats
from kzseats_gui.charts.svg import scene_to_svg
from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import (
    Body,
    District,
    DistrictCandidate,
    Election,
    LotRecord,
    Party,
    SettingsOverrides,
)

LOTS = (
    LotRecord("list", ("C",), drawn_on="21 March, CEC hall"),
    LotRecord("district", ("Petrov",), district="2", drawn_on="21 March, CEC hall"),
)


def tied() -> tuple[Election, object]:
    parties = (Party("A", 230, 1), Party("B", 100, 2), Party("C", 100, 3), Party("D", 170, 4))
    districts = (
        District("1", (DistrictCandidate("Ivanov", "A", 900), DistrictCandidate("Orlov", None, 100))),
        District("2", (DistrictCandidate("Sidorov", "A", 700), DistrictCandidate("Petrov", None, 700))),
    )
    election = Election(parties, districts=districts)
    settings = resolve_settings(SettingsOverrides(body=Body.MAZHILIS, list_seats=3, district_seats=2))
    return election, allocate(election, settings, LOTS)


def test_the_plan_marks_the_list_seat_and_the_district_seat_won_by_lot():
    election, result = tied()
    marked = [(s.party, s.tier.value, s.district) for s in plan_seats(election, result).seats if s.by_lot]
    assert sorted(marked) == [("C", "list", None), ("Independent", "district", "2")]


def test_svg_seats_carry_data_lot_and_the_legend_explains_the_mark():
    election, result = tied()
    scene = build_scene(plan_chart(election, result))
    root = SafeET.fromstring(scene_to_svg(scene))
    seats = [e for e in root.iter() if e.get("class") == "seat"]
    lot_seats = [e for e in seats if e.get("data-lot") == "true"]
    assert sorted((e.get("data-party"), e.get("data-tier")) for e in lot_seats) == [
        ("C", "list"), ("Independent", "district")
    ]
    assert all(any(child.get("class") == "lot-mark" for child in e) for e in lot_seats)
    assert all(e.get("data-lot") is None for e in seats if e not in lot_seats)
    keys = [entry for entry in scene.legend if entry.kind == "key" and entry.by_lot]
    assert [entry.label for entry in keys] == ["Decided by lot"]
    assert any("decided by lot" in mark.hover for mark in scene.seats if mark.by_lot)


def test_no_lot_no_mark():
    parties = (Party("A", 200, 1), Party("B", 100, 2))
    election = Election(parties)
    settings = resolve_settings(SettingsOverrides(body=Body.MAZHILIS, list_seats=3, district_seats=0))
    scene = build_scene(plan_chart(election, allocate(election, settings)))
    assert 'data-lot' not in scene_to_svg(scene)
    assert not any(entry.by_lot for entry in scene.legend)


def _rect_of_polygon(points):
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _rect_of_bar(segment, width):
    x1, y1, x2, y2 = segment
    half = width / 2
    return min(x1, x2) - half * (x1 == x2), min(y1, y2) - half * (y1 == y2), \
        max(x1, x2) + half * (x1 == x2), max(y1, y2) + half * (y1 == y2)


def _intersect(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside_disc(rect, mark) -> bool:
    corners = ((rect[0], rect[1]), (rect[2], rect[1]), (rect[0], rect[3]), (rect[2], rect[3]))
    return all((x - mark.x) ** 2 + (y - mark.y) ** 2 <= (mark.r * 1.05) ** 2 for x, y in corners)


def _patterned_lot_seats():
    """The chart of ``tied()`` with the seat drawn by lot given each pattern in turn."""
    election, result = tied()
    scene = build_scene(plan_chart(election, result))
    seat = next(s for s in scene.seats if s.by_lot and s.party == "C")
    return scene, [dataclasses.replace(seat, pattern=p) for p in (1, 2, 3)]


def test_the_lot_mark_and_a_pattern_bar_on_one_seat_take_separate_places():
    _, seats = _patterned_lot_seats()
    for seat in seats:
        diamond = _rect_of_polygon(seat.lot_mark_points())
        bars = [_rect_of_bar(s, seat.pattern_width) for s in seat.pattern_segments()]
        assert len(bars) == (2 if seat.pattern == 3 else 1)
        assert not any(_intersect(diamond, bar) for bar in bars), seat.pattern
        assert _inside_disc(diamond, seat) and all(_inside_disc(bar, seat) for bar in bars)
    plain = dataclasses.replace(seats[0], by_lot=False)  # without a lot the bar crosses the middle
    (x1, y1, x2, y2), = plain.pattern_segments()
    assert y1 == y2 == plain.y and x1 < plain.x < x2


def test_the_svg_draws_the_lot_mark_clear_of_the_pattern():
    scene, seats = _patterned_lot_seats()
    for seat in seats:
        others = [s for s in scene.seats if s.index != seat.index]
        svg = scene_to_svg(dataclasses.replace(scene, seats=(*others, seat)))
        root = SafeET.fromstring(svg)
        element = next(e for e in root.iter() if e.get("class") == "seat" and e.get("data-lot") == "true"
                       and e.get("data-party") == "C")
        polygon = next(child for child in element if child.get("class") == "lot-mark")
        points = [tuple(map(float, p.split(","))) for p in polygon.get("points").split()]
        path = next(child for child in element if child.tag.endswith("path"))
        numbers = [float(v) for v in re.findall(r"-?[\d.]+", path.get("d"))]
        width = float(path.get("stroke-width"))
        bars = [_rect_of_bar(numbers[k:k + 4], width) for k in range(0, len(numbers), 4)]
        assert bars and not any(_intersect(_rect_of_polygon(points), bar) for bar in bars)
