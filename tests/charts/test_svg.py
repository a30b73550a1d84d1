"""The SVG file: every seat once with its party and tier, readable ids, valid references."""

from __future__ import annotations

import os
from collections import Counter

import defusedxml.ElementTree as SafeET
import pytest
from chart_results import MAZHILIS_2023, PartySpec, ResultSpec, build
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kzseats_gui.charts import svg as svg_module
from kzseats_gui.charts.chart_plan import plan_chart
from kzseats_gui.charts.options import ChartOptions
from kzseats_gui.charts.scene import ChartLabels, SeatStyle
from kzseats_gui.charts.scene_layout import build_scene
from kzseats_gui.charts.svg import id_fragment, scene_to_svg, write_svg
from kzseats_gui.fileio.safe_output import OutputError

NS = "{http://www.w3.org/2000/svg}"


def _seats(root):
    return [element for element in root.iter() if element.get("class") == "seat"]


def expected_seats(spec: ResultSpec) -> Counter:
    expected: Counter = Counter()
    for party in spec.parties:
        expected[(party.name, "list")] += party.list_seats
        expected[(party.name, "district")] += party.district_seats
    expected[("Independent", "district")] += spec.independents
    expected[("Pending", "district")] += spec.pending + spec.district_lots
    expected[("Pending", "list")] += spec.list_lots
    expected[("Vacant", "list")] += sum(p.vacant for p in spec.parties) + spec.vacant_unassigned
    return +expected  # drop zero counts


def check_document(text: str, spec: ResultSpec) -> None:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = SafeET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{NS}svg"
    seats = _seats(root)
    found = Counter((seat.get("data-party"), seat.get("data-tier")) for seat in seats)
    assert found == expected_seats(spec)
    assert sorted(int(seat.get("data-index")) for seat in seats) == list(range(len(seats)))
    assert int(root.get("data-seats")) == len(seats)
    for seat in seats:
        titles = seat.findall(f"{NS}title")
        assert len(titles) == 1 and titles[0].text
    ids = [element.get("id") for element in root.iter() if element.get("id") is not None]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for element in root.iter():
        fill = element.get("fill") or ""
        if fill.startswith("url(#"):
            assert fill[5:-1] in known


def test_mazhilis_2023_seats_parse_back_with_party_and_tier(mazhilis_2023):
    scene = build_scene(plan_chart(*mazhilis_2023))
    text = scene_to_svg(scene)
    check_document(text, MAZHILIS_2023)
    root = SafeET.fromstring(text.encode("utf-8"))
    amanat_district = [
        s for s in _seats(root) if s.get("data-party") == "Amanat" and s.get("data-tier") == "district"
    ]
    assert len(amanat_district) == 22
    titles = [s.find(f"{NS}title").text for s in amanat_district]
    assert any("Nurtai Sabilianov" in title for title in titles)
    assert "DejaVu Sans, Arial, sans-serif" == root.get("font-family")


def test_seat_marks_tell_the_tiers_apart_without_colour(mazhilis_2023):
    root = SafeET.fromstring(scene_to_svg(build_scene(plan_chart(*mazhilis_2023))).encode("utf-8"))
    by_tier = {}
    for seat in _seats(root):
        by_tier.setdefault((seat.get("data-party"), seat.get("data-tier")), set()).add(
            (seat.tag, len(list(seat)))
        )
    # a list seat is a single disc, a district seat a group of ring, dot and edge
    assert by_tier[("Amanat", "list")] == {(f"{NS}circle", 1)}
    assert by_tier[("Amanat", "district")] == {(f"{NS}g", 4)}
    assert by_tier[("Independent", "district")] == {(f"{NS}g", 4)}


def test_pending_and_vacant_seats_have_their_own_marks():
    spec = ResultSpec(parties=[PartySpec("A", 5, 2, vacant=1)], pending=2, list_lots=1, district_lots=1)
    text = scene_to_svg(build_scene(plan_chart(*build(spec))))
    check_document(text, spec)
    root = SafeET.fromstring(text.encode("utf-8"))
    pending = [s for s in _seats(root) if s.get("data-party") == "Pending"]
    assert pending and all(s.get("fill", "").startswith("url(#hatch-") for s in pending)
    vacant = [s for s in _seats(root) if s.get("data-party") == "Vacant"]
    assert vacant and all(s.find(f"{NS}path") is not None for s in vacant)  # the cross
    assert all(s.find(f"{NS}circle").get("stroke-dasharray") for s in vacant)
    assert root.find(f"{NS}defs") is not None


def test_hatched_district_style_uses_patterns(mazhilis_2023):
    text = scene_to_svg(build_scene(plan_chart(*mazhilis_2023), district_style=SeatStyle.HATCHED))
    check_document(text, MAZHILIS_2023)
    root = SafeET.fromstring(text.encode("utf-8"))
    district = [s for s in _seats(root) if s.get("data-tier") == "district"]
    assert all(s.get("fill", "").startswith("url(#hatch-") for s in district)


def test_cyrillic_names_stay_intact_in_ids_attributes_and_text():
    names = ["Қазақстанның «Ақ жол» демократиялық партиясы", "«AMANAT» партиясы", "A & B <C>", "A B", "A-B"]
    spec = ResultSpec(parties=[PartySpec(name, 3, 1) for name in names], source_name="сайлау-2023.xlsx")
    text = scene_to_svg(build_scene(plan_chart(*build(spec))))
    check_document(text, spec)
    root = SafeET.fromstring(text.encode("utf-8"))
    group_ids = {g.get("data-party"): g.get("id") for g in root.iter(f"{NS}g") if g.get("class") == "party"}
    assert group_ids[names[0]] == "party-Қазақстанның-Ақ-жол-демократиялық-партиясы"
    assert group_ids[names[1]] == "party-AMANAT-партиясы"
    assert group_ids["A & B <C>"] == "party-A-B-C"
    assert len(set(group_ids.values())) == len(names)  # "A B" and "A-B" do not collide
    assert "Қазақстанның «Ақ жол»" in text  # written as UTF-8, not as character references
    assert "&#" not in text.replace("&#10;", "")


def test_id_fragment_keeps_letters_and_drops_what_xml_forbids():
    assert id_fragment("Ұлттық ³ партия: «Ақ»") == "Ұлттық-партия-Ақ"
    assert id_fragment("«»") == "party"


def test_translated_labels_do_not_change_data_attributes(mazhilis_2023):
    labels = ChartLabels(seats="мандатов", independent="Самовыдвиженцы", majority="Большинство")
    text = scene_to_svg(build_scene(plan_chart(*mazhilis_2023), labels=labels))
    check_document(text, MAZHILIS_2023)
    assert "мандатов" in text and "Самовыдвиженцы" in text and "Большинство" in text


def test_write_svg_replaces_the_file_whole(tmp_path, mazhilis_2023):
    target = tmp_path / "chart.svg"
    target.write_text("old", encoding="utf-8")
    scene = build_scene(plan_chart(*mazhilis_2023))
    write_svg(scene, target)
    assert target.read_text(encoding="utf-8") == scene_to_svg(scene)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.svg"]


def test_write_svg_leaves_the_old_file_when_writing_fails(tmp_path, mazhilis_2023, monkeypatch):
    target = tmp_path / "chart.svg"
    target.write_text("old", encoding="utf-8")

    def broken_replace(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(svg_module.os, "replace", broken_replace)
    with pytest.raises(OutputError):
        write_svg(build_scene(plan_chart(*mazhilis_2023)), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.svg"]
    assert os.path.exists(target)


NAME_ALPHABET = "AБвгӘәҚқҢңҮүІі «»&<>'\"-.0123456789ЖШ"
names = st.text(alphabet=NAME_ALPHABET, min_size=1, max_size=30).filter(
    lambda n: n.strip() == n and n and n not in ("Independent", "Pending", "Vacant")
)
parties = st.lists(
    st.tuples(names, st.integers(0, 50), st.integers(0, 30), st.integers(0, 3)),
    min_size=1,
    max_size=8,
    unique_by=lambda p: p[0],
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parties=parties,
    independents=st.integers(0, 20),
    pending=st.integers(0, 10),
    vacant=st.integers(0, 3),
    list_lots=st.integers(0, 3),
    district_lots=st.integers(0, 2),
    neutral=st.sampled_from(["centre", "right"]),
    order=st.sampled_from(["ballot", "seats"]),
)
def test_random_results_parse_back_seat_for_seat(
    parties, independents, pending, vacant, list_lots, district_lots, neutral, order
):
    spec = ResultSpec(
        parties=[PartySpec(name, ls, ds, vacant=v) for name, ls, ds, v in parties],
        independents=independents,
        pending=pending,
        vacant_unassigned=vacant,
        list_lots=list_lots,
        district_lots=district_lots,
    )
    total = sum(p.list_seats + p.district_seats + p.vacant for p in spec.parties)
    total += independents + pending + vacant + list_lots + district_lots
    assume(1 <= total <= 700)
    scene = build_scene(plan_chart(*build(spec), ChartOptions(order=order, neutral=neutral)))
    assert len(scene.seats) == total
    check_document(scene_to_svg(scene), spec)
