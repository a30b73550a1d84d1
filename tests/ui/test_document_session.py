"""The document session without a window: it reads, allocates, re-allocates on new settings or edited
votes, keeps recorded lots in the project file and reports a workbook it cannot use."""

import shutil
from dataclasses import replace
from fractions import Fraction

import pytest

from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import LotRecord
from kzseats_gui.fileio.project_file import project_path
from kzseats_gui.paths import sample_path
from kzseats_gui.ui.session.document_session import DocumentSession, SessionFailure, Step

WAIT_MS = 20_000


@pytest.fixture
def session(qtbot):
    created = DocumentSession()
    yield created
    created.shutdown()


@pytest.fixture
def mazhilis_2023(tmp_path):
    """The bundled 2023 Mazhilis sample, copied so that nothing is written beside the bundled file."""
    return shutil.copy(sample_path("mazhilis-2023.xlsx"), tmp_path / "mazhilis-2023.xlsx")


def seats(result) -> dict[str, tuple[int, int]]:
    return {p.name: (p.list_seats, p.district_seats) for p in result.parties}


def open_and_wait(qtbot, session, path):
    with qtbot.waitSignal(session.resultReady, timeout=WAIT_MS) as ready:
        session.open(path)
    document = ready.args[0]
    assert document is session.document and document.result is session.result
    return document


def test_the_sample_is_read_and_allocated_in_the_background(qtbot, session, mazhilis_2023):
    with qtbot.waitSignals([session.readingStarted, session.documentOpened, session.allocationStarted,
                            session.resultReady], order="strict", timeout=WAIT_MS):
        session.open(mazhilis_2023)
    result = session.result
    assert result.status == "ok"
    amanat = next(p for p in result.parties if p.name == "Amanat")
    assert (amanat.list_seats, amanat.district_seats) == (40, 22)
    assert amanat.list_seats + amanat.district_seats == 62
    assert not session.document.is_edited
    qtbot.waitUntil(lambda: not session.is_busy())


def test_changed_settings_allocate_again(qtbot, session, mazhilis_2023):
    document = open_and_wait(qtbot, session, mazhilis_2023)
    user = replace(document.baseline.overrides, threshold_percent=Fraction(10))
    with qtbot.waitSignal(session.resultReady, timeout=WAIT_MS):
        session.change_settings(resolve_settings(user), user)
    result = session.result
    # only Amanat (53.9 %) and Auyl (10.9 %) pass 10 %: they share all 69 list seats
    holders = sorted(p.name for p in result.parties if p.list_seats)
    assert len(holders) == 2 and holders[0] == "Amanat" and holders[1].startswith("Auyl")
    assert sum(p.list_seats_won for p in result.parties) == 69
    assert document.user_overrides == user and document.settings.threshold_percent == 10


def test_an_edited_election_is_allocated_and_the_baseline_kept(qtbot, session, list_only_2023):
    document = open_and_wait(qtbot, session, list_only_2023)
    before = seats(document.result)
    baseline = document.baseline
    # a what-if: Baytaq (below 5 %) gets Amanat's votes beyond two million
    moved = 1_431_510
    edited = replace(baseline, parties=tuple(
        replace(p, votes=p.votes - moved) if p.name == "Amanat"
        else replace(p, votes=p.votes + moved) if p.name == "Baytaq" else p
        for p in baseline.parties))
    with qtbot.waitSignal(session.resultReady, timeout=WAIT_MS):
        session.edit_election(edited)
    assert document.is_edited and document.baseline is baseline and document.election is edited
    after = seats(session.result)
    assert before["Baytaq"] == (0, 0) and after["Baytaq"][0] > 0
    assert after["Amanat"][0] < before["Amanat"][0]


def test_a_recorded_lot_finishes_the_result_and_is_kept_beside_the_workbook(qtbot, session, tied_workbook):
    document = open_and_wait(qtbot, session, tied_workbook)
    assert document.result.status == "lots-required"
    lot = LotRecord("list", ("Beta",), drawn_on="2024-03-21 10:00, CEC hall")
    with qtbot.waitSignals([session.lotsSaved, session.lotsChanged, session.resultReady],
                           order="strict", timeout=WAIT_MS):
        session.record_lots([lot])
    assert session.result.status == "ok"
    assert {p.name: p.list_seats for p in session.result.parties} == {"Alpha": 1, "Beta": 2}
    assert project_path(tied_workbook).is_file()

    reopened = DocumentSession()  # another window, later: the lot comes from the project file
    try:
        document = open_and_wait(qtbot, reopened, tied_workbook)
        assert document.result.status == "ok" and document.result.ties[0].winners == ("Beta",)
    finally:
        reopened.shutdown()

    with qtbot.waitSignal(session.resultReady, timeout=WAIT_MS):
        session.forget_lots()
    assert session.result.status == "lots-required" and session.document.lots == []


def test_a_workbook_that_cannot_be_used_is_reported_as_a_failure(qtbot, session, workbook):
    bad = workbook("bad.xlsx", {"Parties": [("Party", "Votes"), ("Alpha", "many")]})
    with qtbot.waitSignal(session.failed, timeout=WAIT_MS) as failed:
        session.open(bad)
    failure = failed.args[0]
    assert isinstance(failure, SessionFailure)
    assert failure.step is Step.READ and failure.path == bad and failure.is_workbook_error
    assert "bad.xlsx" in str(failure.error)
    assert session.document is None and not session.is_reading()
