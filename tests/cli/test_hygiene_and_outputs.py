"""The installed `kzseats` on awkward workbooks and on outputs that cannot be written.

Every command leaves its input byte for byte unchanged; every awkward workbook either gives the seats
the clerk meant with a warning naming the cell, or exit 2 naming the cell; an output that cannot be
written is exit 2 naming the file, never exit 0 or 1, and never a partial file.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest
from cli_run import kzseats

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fileio"))

import awkward_books as awkward  # noqa: E402
from output_places import debris, full_disk, read_only_folder  # noqa: E402

from kzseats_gui.cli import main  # noqa: E402

EARLIER = b"the earlier good file"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# name: (builder, expected list seats or None when refused, the cell the message names)
CORPUS = {
    "total-by-name": (awkward.total_row_named, awkward.OFFICIAL_LIST_SEATS, "Parties!A10"),
    "total-by-arithmetic": (awkward.total_row_unnamed, None, "Parties!B10"),
    "lookalike-header": (awkward.latin_letters_in_votes_header, awkward.OFFICIAL_LIST_SEATS, "Parties!B1"),
    "lookalike-sheet": (awkward.cyrillic_letter_in_sheet_name, awkward.OFFICIAL_LIST_SEATS, "Pаrties"),
    "lookalike-duplicate": (awkward.two_parties_alike, None, "Parties!A10"),
    "hidden-rows": (awkward.hidden_party_row, awkward.OFFICIAL_LIST_SEATS, "Parties!A3"),
    "voters": (awkward.more_votes_than_voters, None, "Election!B4"),
    "invisible-header": (
        awkward.invisible_character_in_votes_header, awkward.OFFICIAL_LIST_SEATS, "Parties!B1"
    ),
    "invisible-against-all": (
        awkward.invisible_character_in_against_all, awkward.OFFICIAL_LIST_SEATS, "Parties!A9"
    ),
    "no-votes-column": (awkward.no_votes_column, None, "Parties!A1:B1"),
    "scientific-count": (awkward.count_in_scientific_notation, None, "Parties!B2"),
    "district-two-ways": (awkward.district_written_two_ways, None, "Districts!A3"),
    "ballots": (awkward.more_votes_than_ballots, None, "Election!B4"),
}


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_awkward_workbooks_are_read_as_meant_or_refused_naming_the_cell(tmp_path, case):
    build, seats, cell = CORPUS[case]
    path = build(tmp_path / f"{case}.xlsx")
    before = digest(path)
    run = kzseats("allocate", path, "--json")
    if seats is None:
        assert run.code == 2 and cell in run.err and "Traceback" not in run.err
    else:
        assert run.code == 0, run.err
        document = run.json()
        assert {p["name"]: p["list_seats"] for p in document["parties"]} == seats
        assert any(cell in warning for warning in document["warnings"]), document["warnings"]
        table = kzseats("allocate", path)
        assert table.code == 0 and any(
            line.startswith("warning:") and cell in line for line in table.out.splitlines()
        )
    assert digest(path) == before


def test_a_cyrillic_letter_in_a_district_party_keeps_the_district_seats(tmp_path):
    path = awkward.cyrillic_letter_in_district_party(tmp_path / "districts.xlsx")
    before = digest(path)
    run = kzseats("allocate", path, "--json")
    assert run.code == 0, run.err
    amanat = next(p for p in run.json()["parties"] if p["name"] == "Amanat")
    assert amanat["district_seats"] == 22
    warnings = [w for w in run.json()["warnings"] if "did you mean Amanat?" in w]
    assert len(warnings) == 1  # the same typo in 22 rows: one warning naming the count and the cells
    assert "Districts!C2" in warnings[0] and "22 cells" in warnings[0] and "and 17 more" in warnings[0]
    table = [line for line in kzseats("allocate", path).out.splitlines() if "did you mean Amanat?" in line]
    assert len(table) == 1 and "22 cells" in table[0]
    assert digest(path) == before


def test_an_invisible_character_in_a_district_party_keeps_the_district_seats(tmp_path):
    path = awkward.district_party_written(tmp_path / "districts.xlsx", "Ama\u200bnat")
    run = kzseats("allocate", path, "--json")
    assert run.code == 0, run.err
    parties = {p["name"]: p for p in run.json()["parties"]}
    assert list(parties) == [name for name, _ in awkward.OFFICIAL_2023]  # no phantom party, clean names
    assert parties["Amanat"]["district_seats"] == 22
    (warning,) = run.json()["warnings"]
    assert "Districts!C2" in warning and "U+200B ZERO WIDTH SPACE" in warning and '"Amanat"' in warning
    table = [line for line in kzseats("allocate", path).out.splitlines() if "U+200B" in line]
    assert len(table) == 1 and table[0].startswith("warning:") and "22 cells" in table[0]


def test_a_1904_workbook_keeps_its_election_date(tmp_path):
    path = awkward.dates_1904_recent_excel(tmp_path / "mac.xlsx")
    run = kzseats("allocate", path, "--json")
    assert run.code == 0 and run.json()["settings"]["election_date"] == "2023-03-19"


OUTPUTS = {  # command line for an output at OUT (from the workbook IN)
    "export": ["export", "IN", "--out", "OUT.xlsx"],
    "template": ["template", "OUT.xlsx"],
    "chart-svg": ["chart", "IN", "--out", "OUT.svg"],
    "chart-png": ["chart", "IN", "--out", "OUT.png", "--dpi", "30"],
    "chart-pdf": ["chart", "IN", "--out", "OUT.pdf"],
    "report": ["report", "IN", "--out", "OUT.pdf"],
}


def out_name(kind: str) -> str:
    """'out.png' for chart-png: the output's file name in the folder."""
    return next(a for a in OUTPUTS[kind] if a.startswith("OUT")).replace("OUT", "out")


def command(kind: str, source: Path, out_stem: Path) -> list[str]:
    return [str(source) if a == "IN" else a.replace("OUT", str(out_stem)) for a in OUTPUTS[kind]]


@pytest.fixture
def source(tmp_path, sample_2023) -> Path:
    path = tmp_path / "in.xlsx"
    path.write_bytes(sample_2023.read_bytes())
    return path


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_an_output_into_a_missing_folder_is_exit_2_naming_it(tmp_path, source, kind, in_process):
    before = digest(source)
    code, err = in_process(command(kind, source, tmp_path / "missing" / "out"))
    assert code == 2 and "missing" in err and "does not exist" in err
    assert digest(source) == before


@pytest.mark.parametrize(
    ("kind", "how"),
    [
        ("export", "same"),
        ("export", "symlink"),
        ("export", "hardlink"),
        ("chart-pdf", "symlink"),
        ("report", "hardlink"),
    ],
)
def test_a_command_never_writes_over_its_input(tmp_path, source, kind, how):
    before = digest(source)
    suffix = out_name(kind).removeprefix("out")
    target = {
        "same": source.with_suffix(suffix),
        "symlink": tmp_path / f"link{suffix}",
        "hardlink": tmp_path / f"hard{suffix}",
    }[how]
    if how == "same":
        source = source.rename(target)
    elif how == "symlink":
        target.symlink_to(source)
    else:
        os.link(source, target)
    run = kzseats(*command(kind, source, target.with_suffix("")))
    assert run.code == 2 and "never written over" in run.err and "Traceback" not in run.err, run.err
    assert digest(source) == before


@pytest.fixture
def in_process(qapp, capsys):
    """Run `kzseats ARGS` in this process (where the tests can make a disk full), in the test
    session's QApplication: drawing would otherwise create a bare QGuiApplication for the session."""

    def run(args: list[str]) -> tuple[int, str]:
        code = main(args)
        return code, capsys.readouterr().err

    return run


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_an_output_on_a_full_disk_is_exit_2_and_keeps_the_earlier_file(
    tmp_path, source, kind, monkeypatch, in_process
):
    folder = tmp_path / "disk"
    name = out_name(kind)
    before = digest(source)
    with full_disk(folder, monkeypatch, {name: EARLIER}) as how:
        code, err = in_process([*command(kind, source, folder / "out"), "--overwrite"])
        assert code == 2 and "disk is full" in err and name in err, (how, err)
        assert (folder / name).read_bytes() == EARLIER
        assert debris(folder, {name}) == []
    assert digest(source) == before


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_an_output_into_a_read_only_folder_is_exit_2(tmp_path, source, kind, monkeypatch, in_process):
    folder = tmp_path / "locked"
    name = out_name(kind)
    with read_only_folder(folder, monkeypatch, {name: EARLIER}) as how:
        code, err = in_process([*command(kind, source, folder / "out"), "--overwrite"])
        assert code == 2 and "no permission" in err and name in err, (how, err)
        assert (folder / name).read_bytes() == EARLIER
        assert debris(folder, {name}) == []


def test_outputs_get_the_users_permissions(tmp_path, source, in_process):
    previous = os.umask(0o027)
    try:
        for kind in sorted(OUTPUTS):
            code, err = in_process(command(kind, source, tmp_path / kind))
            assert code == 0, err
            (written,) = [p for p in tmp_path.iterdir() if p.stem == kind]
            assert written.stat().st_mode & 0o777 == 0o640, kind
    finally:
        os.umask(previous)
