"""The bundled sample workbooks: official 2023 figures where known, the rest labelled illustrative."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from fileio_books import OFFICIAL_2023, OFFICIAL_2023_AGAINST_ALL, SAMPLES

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import Body, Election, Gender
from kzseats_gui.fileio.workbook import read_workbook
from kzseats_gui.paths import sample_path

NAMED_WINNERS = {  # kazakh-election-rules.md: district number -> (winner, party or None = self-nominated)
    "1": ("Däulet Turlyhanov", "Amanat"),
    "3": ("Ermurat Bapi", None),
    "5": ("Baqytjan Bazarbek", None),
    "6": ("Danarbek Isabekov", "Amanat"),
    "7": ("Bolatbek Najmetdinuly", "Amanat"),
    "8": ("Nurtai Sabilianov", "Amanat"),
    "11": ("Ardaq Nazarov", None),
    "12": ("Daniar Qasqaraurov", None),
    "19": ("Arman Qalyqov", "Amanat"),
}
OFFICIAL_2023_LIST_SEATS = {
    "Amanat": 40,
    "Auyl": 8,
    "Respublica": 6,
    "People's Party": 5,
    "Baytaq": 0,
    "Ak Zhol": 6,
    "OSDP": 4,
}


@pytest.fixture(scope="module")
def mazhilis() -> Election:
    return read_workbook(sample_path("mazhilis-2023.xlsx"))


def leaders(election: Election) -> dict[str, tuple[str, str | None]]:
    labels = {p.name: p.label for p in election.parties}
    result = {}
    for district in election.districts:
        best = max(district.candidates, key=lambda c: c.votes)
        assert sorted(c.votes for c in district.candidates)[-2] < best.votes  # no tie
        assert district.against_all < best.votes
        result[district.key] = (best.name, labels.get(best.party) if best.party else None)
    return result


def test_mazhilis_2023_list_figures_are_official(mazhilis):
    assert [(p.label, p.votes) for p in mazhilis.parties] == OFFICIAL_2023
    assert mazhilis.against_all == OFFICIAL_2023_AGAINST_ALL
    assert mazhilis.overrides.body is Body.MAZHILIS
    assert mazhilis.overrides.title == "Mazhilis election 2023"
    assert mazhilis.overrides.election_date == date(2023, 3, 19)
    assert mazhilis.overrides.registered_voters == 12_035_578
    assert len({p.color for p in mazhilis.parties}) == 7 and all(p.color for p in mazhilis.parties)
    assert mazhilis.party("Ak Zhol (Democratic Party of Kazakhstan)").short_name == "Ak Zhol"


def test_mazhilis_2023_districts_give_the_official_split_and_named_winners(mazhilis):
    assert [d.key for d in mazhilis.districts] == [str(n) for n in range(1, 30)]
    won = leaders(mazhilis)
    for key, winner in NAMED_WINNERS.items():
        assert won[key] == winner
    parties = [party for _, party in won.values()]
    assert parties.count("Amanat") == 22 and parties.count(None) == 7


def test_mazhilis_2023_allocates_to_the_official_result(mazhilis):
    result = allocate(mazhilis, resolve_settings(mazhilis.overrides))
    assert {p.label: p.list_seats for p in result.parties} == OFFICIAL_2023_LIST_SEATS
    assert result.party("Amanat").total_seats == 62 and result.independents == 7
    assert result.threshold_base == 6_366_441 and result.pending == 0


def test_mazhilis_2023_candidate_lists_show_the_quota(mazhilis):
    amanat = [c for c in mazhilis.candidates if c.party == "Amanat"]
    assert len(amanat) >= 40
    youth_limit = date(1994, 3, 19)  # younger than 29 on election day
    eligible = [c for c in amanat if c.gender is Gender.FEMALE or c.disability or c.birth_date > youth_limit]
    assert len(eligible) * 100 >= 30 * len(amanat)
    passing = {"Amanat", "Auyl", "Respublica", "People's Party", "Ak Zhol", "OSDP"}
    labels = {p.name: p.label for p in mazhilis.parties}
    assert {labels[c.party] for c in mazhilis.candidates} == passing


def test_mazhilis_2023_says_what_is_illustrative(mazhilis):
    assert mazhilis.notes == ()  # its Notes sheet is a known sheet for readers: nothing to warn about
    notes = " ".join(
        str(r[0]) for r in openpyxl.load_workbook(sample_path())["Notes"].iter_rows(values_only=True)
    )
    assert "OFFICIAL" in notes and "ILLUSTRATIVE" in notes and "Candidates" in notes


def test_regional_maslikhat_sample():
    election = read_workbook(sample_path("maslikhat-regional.xlsx"))
    assert election.overrides.body is Body.MASLIKHAT_REGIONAL
    assert (election.overrides.list_seats, election.overrides.district_seats) == (21, 21)
    assert len(election.districts) == 21 and len(election.list_parties) == 7
    assert "illustrative" in election.overrides.title
    assert {n.code for n in election.notes} == {"list-votes-summed"}
    result = allocate(election, resolve_settings(election.overrides))
    assert sum(p.list_seats for p in result.parties) == 21 and result.pending == 0
    notes = openpyxl.load_workbook(sample_path("maslikhat-regional.xlsx"))["Notes"]["A2"].value
    assert notes.startswith("ILLUSTRATIVE")


def load_builder():
    script = Path(__file__).resolve().parents[2] / "tools" / "build_samples.py"
    spec = importlib.util.spec_from_file_location("build_samples", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "builder"),
    [("mazhilis-2023.xlsx", "mazhilis_2023"), ("maslikhat-regional.xlsx", "maslikhat_regional")],
)
def test_committed_samples_are_what_the_script_builds(name, builder):
    module = load_builder()
    assert module.reproducible(getattr(module, builder)()) == (SAMPLES / name).read_bytes()
