"""The project file beside a workbook: recorded lots kept, applied only to the same workbook, written
whole or not at all, and a damaged file reported and left as it is."""

from __future__ import annotations

import errno
import json
import os

import pytest

from kzseats_gui.core.model import LotRecord
from kzseats_gui.fileio.project_file import (
    ProjectFileError,
    lots_to_apply,
    project_path,
    read_recorded_lots,
    save_recorded_lots,
)

SHA = "a" * 64
LOTS = (
    LotRecord("list", ("Respublica",), drawn_on="21 March 2023, 10:00, CEC hall"),
    LotRecord("district", ("Petrov",), district="5", drawn_on=None),
)


def test_the_file_sits_beside_the_workbook(tmp_path):
    assert project_path(tmp_path / "results.xlsx") == tmp_path / "results.kzseats.json"


def test_lots_round_trip_with_the_documented_keys(tmp_path):
    book = tmp_path / "results.xlsx"
    path = save_recorded_lots(book, SHA, LOTS)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "kzseats-project" and document["version"] == 1
    assert document["workbook"] == {"file": "results.xlsx", "sha256": SHA}
    assert document["scenarios"] == []
    assert document["lots"][0] == {
        "tier": "list", "district": None, "winners": ["Respublica"],
        "drawn_on": "21 March 2023, 10:00, CEC hall",
    }
    recorded = read_recorded_lots(book, SHA)
    assert recorded.lots == LOTS and recorded.matches
    assert not read_recorded_lots(book, "b" * 64).matches
    assert [p.name for p in tmp_path.iterdir()] == ["results.kzseats.json"]  # no temporary file left


def test_saving_keeps_scenarios_and_keys_it_does_not_know(tmp_path):
    book = tmp_path / "results.xlsx"
    project_path(book).write_text(json.dumps({
        "format": "kzseats-project", "version": 1, "scenarios": [{"name": "D'Hondt"}], "later": {"x": 1},
    }), encoding="utf-8")
    save_recorded_lots(book, SHA, LOTS[:1])
    document = json.loads(project_path(book).read_text(encoding="utf-8"))
    assert document["scenarios"] == [{"name": "D'Hondt"}] and document["later"] == {"x": 1}


def test_applied_only_while_the_workbook_is_unchanged(tmp_path):
    book = tmp_path / "results.xlsx"
    save_recorded_lots(book, SHA, LOTS)
    lots, notices = lots_to_apply(book, SHA)
    assert lots == LOTS and [n.code for n in notices] == ["project-lots-applied"]
    lots, notices = lots_to_apply(book, "b" * 64)
    assert lots == () and [n.code for n in notices] == ["project-lots-stale"]


def test_a_lot_given_now_replaces_the_recorded_one_for_the_same_tie(tmp_path):
    book = tmp_path / "results.xlsx"
    save_recorded_lots(book, SHA, LOTS)
    given = LotRecord("list", ("Ak Zhol",), drawn_on="again")
    lots, _ = lots_to_apply(book, SHA, [given])
    assert lots == (LOTS[1], given)


@pytest.mark.parametrize("content, detail", [
    ('{"format": "kzseats-project", "version": 1, "lots": [', "not valid JSON"),
    ('{"format": "something else", "version": 1}', "not a kzseats project file"),
    ('{"format": "kzseats-project", "version": 99}', "newer version"),
    ('{"format": "kzseats-project", "version": 1, "lots": [{"tier": "list", "winners": []}]}', "lots[0]"),
])
def test_a_damaged_file_is_reported_and_never_overwritten(tmp_path, content, detail):
    book = tmp_path / "results.xlsx"
    project_path(book).write_text(content, encoding="utf-8")
    lots, notices = lots_to_apply(book, SHA)
    (notice,) = notices
    assert lots == () and notice.code == "project-file-damaged"
    with pytest.raises(ProjectFileError) as raised:
        save_recorded_lots(book, SHA, LOTS)
    assert "results.kzseats.json" in str(raised.value) and detail in str(raised.value)
    assert project_path(book).read_text(encoding="utf-8") == content


def test_a_failed_write_leaves_the_earlier_file_and_no_partial_one(tmp_path, monkeypatch):
    book = tmp_path / "results.xlsx"
    save_recorded_lots(book, SHA, LOTS)
    before = project_path(book).read_text(encoding="utf-8")

    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ProjectFileError) as raised:
        save_recorded_lots(book, SHA, LOTS[:1])
    assert "No space left on device" in str(raised.value)
    assert project_path(book).read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["results.kzseats.json"]
