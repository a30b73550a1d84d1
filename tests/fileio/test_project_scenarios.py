"""Scenarios in the project file: only the differences are kept, they round-trip, every other key
survives a save, and a damaged file raises a message naming the place and is never saved over."""

import json
from dataclasses import replace
from fractions import Fraction

import pytest

from kzseats_gui.core.model import District, DistrictCandidate, Election, Method, Party, SettingsOverrides
from kzseats_gui.fileio.project_file import ProjectFileError, project_path
from kzseats_gui.fileio.project_scenarios import Scenario, read_scenarios, save_scenarios, scenario_of

BASELINE = Election(
    parties=(Party("A", 600, 1), Party("B", 300, 2), Party("C", 100, 3)),
    against_all=50,
    districts=(District("1", (DistrictCandidate("X", "A", 70), DistrictCandidate("Y", "B", 60))),),
)


def test_a_scenario_keeps_only_what_differs_and_rebuilds_the_figures(tmp_path):
    edited = replace(BASELINE, parties=(Party("A", 550, 1), Party("B", 350, 2), Party("C", 100, 3)),
                     districts=(District("1", (DistrictCandidate("X", "A", 70),
                                               DistrictCandidate("Y", "B", 71))),))
    scenario = scenario_of("B up", BASELINE, edited, SettingsOverrides(method=Method.DHONDT))
    assert scenario.list_votes == {"A": 550, "B": 350}
    assert scenario.against_all is None
    assert scenario.district_votes == {"1": {"Y": 71}}
    assert scenario.election(BASELINE) == edited
    assert Scenario("none").election(BASELINE) is BASELINE

    workbook = tmp_path / "results.xlsx"
    workbook.write_bytes(b"not read here")
    save_scenarios(workbook, [scenario])
    assert read_scenarios(workbook) == (scenario,)
    assert workbook.read_bytes() == b"not read here"


def test_other_keys_survive_a_save(tmp_path):
    workbook = tmp_path / "results.xlsx"
    path = project_path(workbook)
    path.write_text(json.dumps({"format": "kzseats-project", "version": 1, "lots": [
        {"tier": "list", "district": None, "winners": ["A"], "drawn_on": "x"}], "future": {"k": 1}}),
        encoding="utf-8")
    save_scenarios(workbook, [Scenario("t", settings=SettingsOverrides(threshold_percent=Fraction(7)))])
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["lots"][0]["winners"] == ["A"] and stored["future"] == {"k": 1}
    assert stored["scenarios"][0]["settings"] == {"threshold_percent": "7"}


@pytest.mark.parametrize("scenarios, place", [
    ("{}", '"scenarios" must be a list'),
    ('[{"name": ""}]', 'scenarios[0]: "name"'),
    ('[{"name": "a", "list_votes": {"A": -1}}]', 'scenarios[0]: "list_votes"'),
    ('[{"name": "a", "against_all": "many"}]', 'scenarios[0]: "against_all"'),
    ('[{"name": "a", "settings": {"colour": "red"}}]', 'unknown setting "colour"'),
    ('[{"name": "a", "settings": {"method": "coin"}}]', 'setting "method"'),
])
def test_a_damaged_scenario_names_its_place_and_the_file_is_kept(tmp_path, scenarios, place):
    workbook = tmp_path / "results.xlsx"
    path = project_path(workbook)
    text = '{"format": "kzseats-project", "version": 1, "scenarios": ' + scenarios + "}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectFileError) as raised:
        read_scenarios(workbook)
    assert path.name in str(raised.value) and place in str(raised.value)
    with pytest.raises(ProjectFileError):
        save_scenarios(workbook, [Scenario("new")])
    assert path.read_text(encoding="utf-8") == text
