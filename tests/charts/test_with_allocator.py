"""The chart of a real allocation: the official 2023 Mazhilis figures (kazakh-election-rules.md)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import defusedxml.ElementTree as SafeET
import official_2023
import pytest

from kzseats_gui.charts.chart_plan import plan_chart
from kzseats_gui.charts.scene_layout import build_scene
from kzseats_gui.charts.svg import scene_to_svg
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import Body, District, DistrictCandidate, Election, Party, SettingsOverrides

allocator = pytest.importorskip("kzseats_gui.core.allocator")

LIST_VOTES = list(official_2023.LIST_VOTES)  # (name, list votes) in ballot order
AGAINST_ALL = official_2023.AGAINST_ALL


def _district(number: int, winner: str, party: str | None) -> District:
    # per-district votes were not published: illustrative counts, the named winner ahead
    return District(
        str(number),
        (DistrictCandidate(winner, party, 2000), DistrictCandidate(f"Runner-up {number}", "Auyl", 1000)),
    )


def election_2023() -> Election:
    parties = tuple(Party(name, votes, i + 1) for i, (name, votes) in enumerate(LIST_VOTES))
    self_nominated = {
        3: "Ermurat Bapi",
        5: "Baqytjan Bazarbek",
        11: "Ardaq Nazarov",
        12: "Daniar Qasqaraurov",
        14: "Self-nominated 14",
        21: "Self-nominated 21",
        25: "Self-nominated 25",
    }
    districts = tuple(
        _district(n, self_nominated[n], None)
        if n in self_nominated
        else _district(n, f"Amanat {n}", "Amanat")
        for n in range(1, 30)
    )
    return Election(
        parties=parties,
        against_all=AGAINST_ALL,
        districts=districts,
        overrides=SettingsOverrides(body=Body.MAZHILIS),
        source_name="mazhilis-2023.xlsx",
    )


def _seats(election: Election) -> Counter:
    settings = resolve_settings(election.overrides)
    result = allocator.allocate(election, settings)
    root = SafeET.fromstring(scene_to_svg(build_scene(plan_chart(election, result))).encode("utf-8"))
    return Counter((e.get("data-party"), e.get("data-tier")) for e in root.iter() if e.get("class") == "seat")


def test_official_2023_result_drawn_seat_for_seat():
    seats = _seats(election_2023())
    assert seats == Counter(
        {
            ("Amanat", "list"): 40,
            ("Amanat", "district"): 22,
            ("Auyl", "list"): 8,
            ("Respublica", "list"): 6,
            ("Ak Zhol", "list"): 6,
            ("People's Party", "list"): 5,
            ("OSDP", "list"): 4,
            ("Independent", "district"): 7,
        }
    )
    assert sum(seats.values()) == 98


def test_a_district_without_results_is_a_pending_district_seat():
    election = election_2023()
    districts = list(election.districts)
    districts[0] = District("1", (DistrictCandidate("Däulet Turlyhanov", "Amanat", 0),))
    seats = _seats(replace(election, districts=tuple(districts)))
    assert seats[("Pending", "district")] == 1
    assert seats[("Amanat", "district")] == 21
    assert sum(seats.values()) == 98


def test_a_tied_district_waits_for_a_lot_as_a_pending_district_seat():
    election = election_2023()
    districts = list(election.districts)
    districts[1] = District("2", (DistrictCandidate("A", "Amanat", 500), DistrictCandidate("B", "Auyl", 500)))
    seats = _seats(replace(election, districts=tuple(districts)))
    assert seats[("Pending", "district")] == 1
    assert sum(seats.values()) == 98
