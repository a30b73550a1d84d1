"""A seat decided by lot is marked on the chart: in the seat plan, in the scene, in the SVG
(``data-lot="true"`` beside the contract attributes, with a lot-mark polygon) and in the legend."""

from __future__ import annotations

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
