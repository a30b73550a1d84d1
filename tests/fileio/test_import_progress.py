"""A window reads a workbook in a thread: progress is reported and a cancel request is honoured."""

from __future__ import annotations

import openpyxl
import pytest

from kzseats_gui.core.errors import Cancelled
from kzseats_gui.fileio.workbook import read_workbook


@pytest.fixture
def stations_book(tmp_path):
    path = tmp_path / "stations.xlsx"
    book = openpyxl.Workbook(write_only=True)
    parties = book.create_sheet("Parties")
    parties.append(["Party"])
    parties.append(["A"])
    parties.append(["B"])
    votes = book.create_sheet("List votes")
    votes.append(["Region", "Polling station", "A", "B", "Against all"])
    for station in range(1, 4001):
        votes.append([f"Region {station % 17}", station, station % 500, station % 300, station % 20])
    book.save(path)
    return path


def test_progress_rises_to_the_total(stations_book):
    calls: list[tuple[int, int]] = []
    election = read_workbook(stations_book, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) > 3
    assert all(total == calls[-1][1] > 0 for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1]
    assert election.party("A").votes == sum(s % 500 for s in range(1, 4001))


def test_cancel_before_reading(stations_book):
    with pytest.raises(Cancelled):
        read_workbook(stations_book, is_cancelled=lambda: True)


def test_cancel_while_reading(stations_book):
    seen: list[int] = []
    with pytest.raises(Cancelled):
        read_workbook(
            stations_book, progress=lambda done, total: seen.append(done), is_cancelled=lambda: len(seen) >= 2
        )
    assert len(seen) == 2
