"""No command destroys a file: outputs replace only what kzseats wrote; a new workbook replaces nothing;
`--overwrite` is the one way past, and never over the input."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from cli_run import kzseats

from kzseats_gui.fileio.output_origin import written_by_kzseats


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", ["results.xlsx", "chart.svg", "chart.png", "chart.pdf", "report.pdf"])
def test_a_file_kzseats_did_not_write_is_left_whole(tmp_path, sample_2023, name):
    source = shutil.copy(sample_2023, tmp_path / "mazhilis.xlsx")
    target = tmp_path / name
    if target.suffix == ".xlsx":
        shutil.copy(sample_2023, target)  # a clerk's workbook, typed by hand
    else:
        target.write_bytes(b"someone else's document")
    before = _digest(target)
    command = "export" if name.endswith(".xlsx") else "report" if name.startswith("report") else "chart"
    run = kzseats(command, source, "--out", target)
    assert run.code == 2
    assert f"{name} already exists and is not a chart, report or results workbook written by kzseats" \
        in run.err
    assert _digest(target) == before
    assert kzseats(command, source, "--out", target, "--overwrite").code == 0
    assert written_by_kzseats(target)


@pytest.mark.parametrize("name", ["results.xlsx", "chart.svg", "chart.png", "chart.pdf", "report.pdf"])
def test_an_output_written_again_replaces_the_earlier_one(tmp_path, sample_2023, name):
    source = shutil.copy(sample_2023, tmp_path / "mazhilis.xlsx")
    target = tmp_path / name
    command = "export" if name.endswith(".xlsx") else "report" if name.startswith("report") else "chart"
    assert kzseats(command, source, "--out", target).code == 0
    assert written_by_kzseats(target)
    run = kzseats(command, source, "--out", target, "--method", "dhondt")
    assert run.code == 0, run.err


@pytest.mark.parametrize("command", [["template"], ["sample", "mazhilis-2023", "--out"]])
def test_a_new_workbook_is_never_written_over_an_existing_one(tmp_path, command):
    target = tmp_path / "filled.xlsx"
    assert kzseats(*command, target).code == 0
    assert not written_by_kzseats(target)  # a workbook to fill in, not an output to write again
    before = _digest(target)
    run = kzseats(*command, target)
    assert run.code == 2
    assert "filled.xlsx already exists; a new workbook is never written over one" in run.err
    assert _digest(target) == before
    assert kzseats(*command, target, "--overwrite").code == 0


def test_overwrite_never_reaches_the_input(tmp_path, sample_2023):
    source = shutil.copy(sample_2023, tmp_path / "mazhilis.xlsx")
    before = _digest(source)
    run = kzseats("export", source, "--out", source, "--overwrite")
    assert run.code == 2 and "never written over" in run.err
    assert _digest(source) == before
