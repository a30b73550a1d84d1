"""The chart scene: seats, reference lines, the total, the legend, and texts that never overlap."""

from __future__ import annotations

import math

import pytest
from chart_results import MAZHILIS_2023, PartySpec, ResultSpec, build
from hypothesis import given, settings
from hypothesis import strategies as st

from kzseats_gui.charts.chart_plan import plan_chart
from kzseats_gui.charts.scene import Anchor, ChartLabels, SeatKind, SeatStyle, Tier
from kzseats_gui.charts.scene_layout import build_scene
from kzseats_gui.charts.text_metrics import text_width

LONG_NAMES = [
    "Қазақстанның «Ақ жол» демократиялық партиясы",
    "Жалпыұлттық социал-демократиялық партия",
    "«AMANAT» партиясы",
    "Қазақстан Халық партиясы",
    "«Ауыл» халықтық-демократиялық патриоттық партиясы",
    "«Respublica» партиясы",
    "«Байтақ» партиясы",
]
SCENARIOS = {
    "mazhilis-2023": (MAZHILIS_2023, 720.0, 540.0),
    "long-names": (
        ResultSpec(
            parties=[PartySpec(n, 10 + 3 * i, i) for i, n in enumerate(LONG_NAMES)],
            independents=3,
            pending=2,
            vacant_unassigned=1,
            list_lots=2,
            district_lots=1,
            title="Выборы депутатов маслихата Алматинской области 2023 года",
        ),
        720.0,
        540.0,
    ),
    "long-names-narrow": (
        ResultSpec(parties=[PartySpec(n, 5 + i, 1) for i, n in enumerate(LONG_NAMES)], independents=2),
        300.0,
        240.0,
    ),
    "many-parties": (
        ResultSpec(parties=[PartySpec(f"Party {i}", 40 + i, 15) for i in range(12)]),
        720.0,
        540.0,
    ),
    "one-seat": (ResultSpec(parties=[PartySpec("Solo", 1)]), 720.0, 540.0),
    "five-seats": (ResultSpec(parties=[PartySpec("A", 3), PartySpec("B", 1, 1)]), 400.0, 300.0),
    "no-seats": (ResultSpec(parties=[PartySpec("A")], election_date=None, source_name=None), 720.0, 540.0),
}


def _box(item):
    width = text_width(item.text, item.size, bold=item.bold)
    left = {Anchor.START: item.x, Anchor.MIDDLE: item.x - width / 2, Anchor.END: item.x - width}[item.anchor]
    return left, item.y - 0.8 * item.size, left + width, item.y + 0.22 * item.size


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _circle_meets_box(x, y, r, box):
    nearest_x = min(max(x, box[0]), box[2])
    nearest_y = min(max(y, box[1]), box[3])
    return math.hypot(x - nearest_x, y - nearest_y) < r


@pytest.fixture(params=sorted(SCENARIOS))
def scenario(request):
    spec, width, height = SCENARIOS[request.param]
    election, result = build(spec)
    return spec, result, build_scene(plan_chart(election, result), width=width, height=height)


def test_every_seat_is_drawn_once(scenario):
    _, result, scene = scenario
    assert len(scene.seats) == scene.total_seats == result.settings.total_seats
    assert [seat.index for seat in scene.seats] == list(range(len(scene.seats)))
    for party in result.parties:
        assert scene.seats_by_party().get(party.name, 0) == party.total_seats


def test_texts_do_not_overlap_each_other_or_the_seats_and_stay_on_the_page(scenario):
    _, _, scene = scenario
    texts = scene.all_texts()
    boxes = [_box(item) for item in texts]
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= scene.width and 0 <= a[1] and a[3] <= scene.height, texts[i]
        for j in range(i + 1, len(boxes)):
            assert not _overlap(a, boxes[j]), (texts[i].text, texts[j].text)
        for seat in scene.seats:
            assert not _circle_meets_box(seat.x, seat.y, seat.r, a), (texts[i].text, seat.index)
    for entry in scene.legend:  # swatches clear of every text but their own label's left side
        for item, box in zip(texts, boxes, strict=True):
            assert not _circle_meets_box(entry.x, entry.y, entry.swatch_r, box), item.text


def test_seats_stay_inside_the_page_and_do_not_overlap(scenario):
    _, _, scene = scenario
    for seat in scene.seats:
        assert seat.r > 0
        assert seat.r <= seat.x <= scene.width - seat.r and seat.r <= seat.y <= scene.height - seat.r
        assert seat.y <= scene.centre_y + 1e-6  # above the baseline
    ordered = sorted(scene.seats, key=lambda s: s.x)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 40]:
            assert math.hypot(a.x - b.x, a.y - b.y) >= (a.r + b.r) * 0.99


def test_legend_counts_match_the_result(scenario):
    spec, result, scene = scenario
    parties = {e.party: e for e in scene.legend if e.kind == "party"}
    for party in result.parties:
        if party.total_seats == 0:
            assert party.name not in parties
            continue
        entry = parties[party.name]
        assert (entry.list_seats, entry.district_seats, entry.total) == (
            party.list_seats,
            party.district_seats,
            party.total_seats,
        )
        expected = (
            f"{party.list_seats} + {party.district_seats} = {party.total_seats}"
            if (party.list_seats and party.district_seats)
            else str(party.total_seats)
        )
        assert entry.count_item.text == expected
    neutral = {e.party: e.total for e in scene.legend if e.kind == "neutral"}
    assert neutral.get("Independent", 0) == result.independents
    assert neutral.get("Vacant", 0) == result.vacant
    assert neutral.get("Pending", 0) == result.pending + result.undecided


def test_reference_lines_split_the_seats_at_majority_and_two_thirds(scenario):
    _, _, scene = scenario
    n = scene.total_seats
    if n == 0:
        assert scene.reference_lines == () and scene.majority == 0
        return
    assert 2 * scene.majority > n >= 2 * (scene.majority - 1)
    assert 3 * scene.two_thirds >= 2 * n > 3 * (scene.two_thirds - 1)
    kinds = {line.kind: line for line in scene.reference_lines}
    for kind, needed in (("majority", scene.majority), ("two-thirds", scene.two_thirds)):
        if not 0 < needed < n or (kind == "two-thirds" and needed == scene.majority):
            assert kind not in kinds
            continue
        line = kinds[kind]
        assert line.seats == needed and str(needed) in line.label.text
        angle = math.atan2(scene.centre_y - line.y2, line.x2 - scene.centre_x)
        # seats of one column (equal angles, several rows) may straddle the line
        assert all(s.angle >= angle - 1e-9 for s in scene.seats[:needed])
        assert all(s.angle <= angle + 1e-9 for s in scene.seats[needed:])


def test_total_sits_in_the_well(scenario):
    _, _, scene = scenario
    total = next(t for t in scene.texts if t.role == "total")
    assert total.text == str(scene.total_seats)
    assert next(t for t in scene.texts if t.role == "total-label").text == "seats"
    assert total.y < scene.centre_y and abs(total.x - scene.centre_x) < 1e-9


def test_2023_chart_styles_and_texts(mazhilis_2023):
    scene = build_scene(plan_chart(*mazhilis_2023))
    styles = {(s.party, s.tier): s.style for s in scene.seats}
    assert styles[("Amanat", Tier.LIST)] is SeatStyle.FILLED
    assert styles[("Amanat", Tier.DISTRICT)] is SeatStyle.OUTLINED
    assert styles[("Independent", Tier.DISTRICT)] is SeatStyle.OUTLINED
    assert {s.fill for s in scene.seats if s.party == "Amanat"} == {"#1F5AA6"}  # the workbook's colour
    fills = {s.party: s.fill for s in scene.seats}
    assert len(set(fills.values())) == len(fills)
    roles = {t.role: t.text for t in scene.texts}
    assert roles["title"] == "Mazhilis election"
    assert roles["date"] == "19 March 2023"
    assert roles["source"] == "Source: results.xlsx"
    assert [e.label for e in scene.legend if e.kind == "key"] == ["List seat", "District seat"]
    assert scene.background == "#FFFFFF"
    assert build_scene(plan_chart(*mazhilis_2023), transparent=True).background is None


def test_lots_are_announced_and_pending_seats_say_why():
    spec = ResultSpec(parties=[PartySpec("A", 3, 1), PartySpec("B", 3)], list_lots=1, pending=1)
    scene = build_scene(plan_chart(*build(spec)))
    assert any(t.role == "note" and "1" in t.text for t in scene.texts)
    pending = [s for s in scene.seats if s.kind is SeatKind.PENDING]
    assert {s.style for s in pending} == {SeatStyle.PENDING}
    assert any("A, B" in s.hover for s in pending if s.tier is Tier.LIST)


def test_labels_are_translatable(mazhilis_2023):
    labels = ChartLabels(
        title="Выборы в Мажилис",
        seats="мандатов",
        independent="Самовыдвиженцы",
        month_names=(
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ),
    )
    scene = build_scene(plan_chart(*mazhilis_2023), labels=labels)
    roles = {t.role: t.text for t in scene.texts}
    assert roles["title"] == "Выборы в Мажилис" and roles["date"] == "19 марта 2023"
    assert roles["total-label"] == "мандатов"
    independent = next(e for e in scene.legend if e.party == "Independent")
    assert independent.label == "Самовыдвиженцы"
    assert {s.party for s in scene.seats if s.kind is SeatKind.INDEPENDENT} == {"Independent"}


def test_a_crowded_legend_makes_the_scene_taller_rather_than_overlap():
    spec = ResultSpec(parties=[PartySpec(f"{LONG_NAMES[i % 7]} {i}", 2) for i in range(30)])
    scene = build_scene(plan_chart(*build(spec)), width=400.0, height=300.0)
    assert scene.height > 300.0
    legend_bottom = max(e.label_item.y for e in scene.legend)
    assert legend_bottom < scene.height


@settings(max_examples=30, deadline=None)
@given(
    seats=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), min_size=1, max_size=14),
    name_lengths=st.lists(st.integers(1, 60), min_size=14, max_size=14),
    independents=st.integers(0, 15),
    width=st.floats(260, 1200),
    aspect=st.floats(0.5, 1.2),
)
def test_random_charts_keep_texts_apart(seats, name_lengths, independents, width, aspect):
    parties = [
        PartySpec((LONG_NAMES[i % 7] * 3)[: name_lengths[i]].strip() + f" {i}", ls, ds)
        for i, (ls, ds) in enumerate(seats)
    ]
    spec = ResultSpec(parties=parties, independents=independents)
    election, result = build(spec)
    scene = build_scene(plan_chart(election, result), width=width, height=width * aspect)
    assert len(scene.seats) == result.settings.total_seats
    test_texts_do_not_overlap_each_other_or_the_seats_and_stay_on_the_page((spec, result, scene))


def test_legend_swatches_carry_each_party_pattern_and_a_lot_mark_only_for_lots(mazhilis_2023):
    """The sample has no lots; three parties print as near-equal greys and get a pattern."""
    scene = build_scene(plan_chart(*mazhilis_2023))
    seat_patterns = {seat.party: seat.pattern for seat in scene.seats}
    parties = [entry for entry in scene.legend if entry.kind == "party"]
    assert any(entry.pattern for entry in parties)
    assert {entry.party: entry.pattern for entry in parties} == {
        entry.party: seat_patterns[entry.party] for entry in parties
    }
    assert not any(entry.by_lot for entry in scene.legend)
