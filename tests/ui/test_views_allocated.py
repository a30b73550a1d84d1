"""The views fed by the real engine: the 2023 election (official list votes) allocated by ``allocate``,
and the bundled sample workbook read by ``read_workbook``."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from views_data import allocated_2023  # noqa: E402

from kzseats_gui.core.allocator import allocate  # noqa: E402
from kzseats_gui.core.bodies import resolve_settings  # noqa: E402
from kzseats_gui.paths import sample_path  # noqa: E402
from kzseats_gui.ui.views import (  # noqa: E402
    AuditView,
    CandidatesView,
    DistrictsView,
    PartyResultsView,
    SummaryView,
    WarningsView,
)
from kzseats_gui.ui.views.districts_view import Column as DistrictColumn  # noqa: E402
from kzseats_gui.ui.views.results_view import Column  # noqa: E402

OFFICIAL_LIST_SEATS = [40, 8, 6, 5, 0, 6, 4]  # ballot order: Amanat, Auyl, Respublica, People's, Baytaq, ...


@pytest.fixture(scope="module")
def allocated():
    return allocated_2023()


@pytest.fixture(scope="module")
def sample():
    from kzseats_gui.fileio.workbook import read_workbook

    election = read_workbook(sample_path("mazhilis-2023.xlsx"))
    return election, allocate(election, resolve_settings(election.overrides))


def test_results_view_shows_the_engine_result(qtbot, allocated):
    view = PartyResultsView()
    qtbot.addWidget(view)
    view.set_result(*allocated)
    party_rows = [r for r in view.rows() if r[Column.PARTY] is not None]
    assert [r[Column.LIST_SEATS] for r in party_rows] == OFFICIAL_LIST_SEATS
    assert party_rows[0][Column.TOTAL_SEATS] == 62
    view.table().sortByColumn(Column.TOTAL_SEATS, Qt.SortOrder.DescendingOrder)
    assert view.rows()[0][Column.PARTY] == "Amanat"
    assert view.rows()[-1][Column.TOTAL_SEATS] == 98


def test_every_view_takes_the_engine_result(qtbot, allocated):
    election, result = allocated
    summary, districts, candidates, audit, warnings = (
        SummaryView(),
        DistrictsView(),
        CandidatesView(),
        AuditView(),
        WarningsView(),
    )
    for view in (summary, districts, candidates, audit, warnings):
        qtbot.addWidget(view)
    summary.set_result(election, result)
    assert summary.fields()["threshold_votes"] == "318\u202f323"
    assert summary.status_text().endswith("Complete")
    districts.set_result(election, result)
    assert [r[DistrictColumn.PARTY] for r in districts.rows()].count("Self-nominated") == 7
    candidates.set_result(election, result)
    quota = result.party("Amanat").quota
    assert candidates.figures()["required"].startswith(f"{quota.required} (30 % of 40 seats")
    assert len(candidates.rows()) == len(quota.holders)
    audit.set_result(election, result)
    assert any(e.code == "quota-hare" for e in audit.entries())
    warnings.set_notices(result.warnings)
    warnings.append_notices(election.notes, severity="note")
    assert len(warnings.rows()) == len(result.warnings) + len(election.notes)


def test_sample_workbook_in_the_views(qtbot, sample):
    election, result = sample
    view = PartyResultsView()
    qtbot.addWidget(view)
    view.set_result(election, result)
    by_name = {r[Column.PARTY]: r for r in view.rows() if r[Column.PARTY] is not None}
    assert by_name["Amanat"][Column.LIST_SEATS] == 40
    assert by_name["Amanat"][Column.TOTAL_SEATS] == 62
    assert sorted((r[Column.LIST_SEATS] for r in by_name.values()), reverse=True) == [40, 8, 6, 6, 5, 4, 0]
    audit = AuditView()
    qtbot.addWidget(audit)
    audit.set_result(election, result)
    assert any(e.code == "quota-hare" for e in audit.entries())
