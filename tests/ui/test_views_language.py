"""A language change reaches every view: titles, captions and the shown result are translated again."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402
from views_data import mazhilis_2023, sample_notices  # noqa: E402

from kzseats_gui.ui.views import (  # noqa: E402
    AuditView,
    CandidatesView,
    DistrictsView,
    PartyResultsView,
    SummaryView,
    WarningsView,
)
from kzseats_gui.ui.views.results_view import Column  # noqa: E402

MARK = "\u00bb"  # a translation that visibly differs from the English source


class MarkingTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return None if not source else MARK + source

    def isEmpty(self):
        return False


@pytest.fixture
def translator(qapp):
    marking = MarkingTranslator()
    yield marking
    QCoreApplication.removeTranslator(marking)
    QCoreApplication.processEvents()


def test_installing_a_translation_retranslates_the_views(qtbot, translator):
    election, result = mazhilis_2023()
    results, summary, districts, candidates, audit, warnings = views = (
        PartyResultsView(),
        SummaryView(),
        DistrictsView(),
        CandidatesView(),
        AuditView(),
        WarningsView(),
    )
    for view in views:
        qtbot.addWidget(view)
        if view is warnings:
            view.set_notices(sample_notices())
        else:
            view.set_result(election, result)
    results.select_party("Respublica")

    QCoreApplication.installTranslator(translator)
    QCoreApplication.processEvents()  # delivers LanguageChange

    assert results.model().headers()[Column.LIST_SEATS] == MARK + "List seats"
    assert results.selected_party() == "Respublica"
    assert results.rows()[0][Column.TOTAL_SEATS] == 62
    assert summary.fields()["method"].startswith(MARK)
    assert "Votes needed" in summary.summary_text() and MARK + "Votes needed" in summary.summary_text()
    assert districts.model().headers()[0] == MARK + "District"
    assert candidates.figures()["met"].endswith(MARK + "met")
    assert audit.plain_text().splitlines()[0].startswith(MARK)  # section titles
    assert all(row[0].startswith(MARK) for row in warnings.rows())
