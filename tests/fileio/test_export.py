"""`export_results`: the result workbook, read back with openpyxl as a user's spreadsheet would."""

from __future__ import annotations

import errno
from fractions import Fraction

import openpyxl
import pytest
from fileio_books import SAMPLES, write_book

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import Method, SettingsOverrides
from kzseats_gui.fileio import export as export_module
from kzseats_gui.fileio.export import export_results
from kzseats_gui.fileio.safe_output import OutputError
from kzseats_gui.fileio.workbook import read_workbook
from kzseats_gui.text import render_step


def allocated(path, **overrides):
    election = read_workbook(path)
    settings = resolve_settings(election.overrides.merged(SettingsOverrides(**overrides)))
    return election, allocate(election, settings)


def summary_of(book) -> dict[str, tuple[object, object]]:
    return {row[0].value: (row[1].value, row[2].value) for row in book["Summary"].iter_rows(min_row=2)}


def table_of(sheet) -> list[dict[str, object]]:
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, row, strict=False)) for row in rows[1:] if row[0] is not None]


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory):
    election, result = allocated(SAMPLES / "mazhilis-2023.xlsx")
    out = tmp_path_factory.mktemp("export") / "results.xlsx"
    export_results(out, election, result)
    return election, result, openpyxl.load_workbook(out)


def test_sheets(sample_export):
    *_, book = sample_export
    assert book.sheetnames == [
        "Summary", "Parties", "Districts", "Quota", "Ties", "Audit trail", "Legal basis", "Warnings",
    ]


def test_summary_has_the_figures_settings_and_source(sample_export):
    election, result, book = sample_export
    summary = summary_of(book)
    assert summary["Body"][0] == "Mazhilis"
    assert summary["Total seats"][0] == 98 and summary["List seats"][0] == 69
    assert summary["Threshold percent"][0] == 5
    assert summary["Party votes + against all (valid list ballots)"][0] == 6_366_441
    assert summary["Method"][0] == "Hare quota, largest remainders (the law)"
    assert summary["Status"][0] == "Complete: every seat is decided"
    votes, exact = summary["Votes needed to pass (fewest whole votes)"]
    assert votes == 318_323 and Fraction(exact) == Fraction(5 * 6_366_441, 100)
    quota, exact = summary["Quota (votes per seat)"]
    assert Fraction(exact) == result.quota == Fraction(5_971_719, 69)
    assert quota == pytest.approx(86_546.652174)
    assert summary["Source file"][0] == "mazhilis-2023.xlsx"
    assert summary["Source SHA-256"][0] == election.source_sha256
    assert summary["Youth age limit"][0] == 29


def test_parties_sheet_holds_every_party_with_its_seats(sample_export):
    _, result, book = sample_export
    rows = {row["Party"]: row for row in table_of(book["Parties"])}
    assert rows["Amanat"]["List seats"] == 40 and rows["Amanat"]["District seats"] == 22
    assert rows["Amanat"]["Total seats"] == 62
    assert rows["Baytaq"]["Passed"] == "no" and rows["Baytaq"]["Total seats"] == 0
    assert rows["Self-nominated"]["Total seats"] == 7
    osdp = next(p for p in result.parties if p.label == "OSDP")
    assert Fraction(rows[osdp.name]["Standing (exact)"]) == osdp.standing
    assert set(rows) == {p.name for p in result.parties} | {"Self-nominated"}


def test_districts_quota_audit_and_warnings(sample_export):
    election, result, book = sample_export
    districts = table_of(book["Districts"])
    assert len(districts) == 29
    assert {d["District"]: d["Winner"] for d in districts}["1"] == "Däulet Turlyhanov"
    assert sum(d["Party"] == "Self-nominated" for d in districts) == 7
    quota = table_of(book["Quota"])
    amanat = next(row for row in quota if row["Party"] == "Amanat")
    assert amanat["Required"] == 12 and amanat["Met"] == "yes"
    steps = [row[1] for row in book["Audit trail"].iter_rows(min_row=2, values_only=True)]
    assert steps == [render_step(step) for step in result.steps] and steps
    step_rules = [row[2] for row in book["Audit trail"].iter_rows(min_row=2, values_only=True)]
    assert step_rules == [", ".join(step.rules) for step in result.steps]
    basis = {rule: (kind, source) for rule, kind, source in book["Legal basis"].iter_rows(min_row=2,
                                                                                      values_only=True)}
    assert set(basis) == set(result.rule_ids) and basis["quota-hare"][0] == "statute"
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Departures from the law"] == "none: the legal result"
    warnings = list(book["Warnings"].iter_rows(min_row=2, values_only=True))
    assert not any("Notes" in (where or "") for _, where, _ in warnings)  # a known sheet: no note
    ties = list(book["Ties"].iter_rows(min_row=2, values_only=True))
    assert ties == [("No tie decided a seat.", None, None, None, None, None, None, None, None)]


def test_a_method_that_is_not_the_law_is_labelled(tmp_path):
    election, result = allocated(SAMPLES / "mazhilis-2023.xlsx", method=Method.DHONDT)
    out = tmp_path / "dhondt.xlsx"
    export_results(out, election, result)
    assert "not the law" in summary_of(openpyxl.load_workbook(out))["Method"][0]


def test_an_open_tie_is_shown_as_such(tmp_path):
    path = write_book(
        tmp_path / "tie.xlsx",
        {
            "Election": [["Setting", "Value"], ["Body", "mazhilis-2007"], ["List seats", 3]],
            "Parties": [["Party", "Votes"], ["A", 100], ["B", 100]],
        },
    )
    election, result = allocated(path)
    assert result.lots_required
    out = tmp_path / "tie-results.xlsx"
    export_results(out, election, result)
    book = openpyxl.load_workbook(out)
    assert summary_of(book)["Status"][0].startswith("Lots required")
    (tie,) = table_of(book["Ties"])
    assert tie["Between"] == "A, B" and tie["Resolved by"] == "OPEN: lots required" and tie["Seats"] == 1


def test_a_failed_export_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch):
    election, result = allocated(SAMPLES / "maslikhat-regional.xlsx")
    out = tmp_path / "results.xlsx"
    out.write_bytes(b"previous export")

    def broken_save(self, stream):
        stream.write(b"PK half a file")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module.Workbook, "save", broken_save)
    with pytest.raises(OutputError) as raised:
        export_results(out, election, result)
    assert raised.value.code == "output-disk-full" and "results.xlsx" in str(raised.value)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["results.xlsx"]
