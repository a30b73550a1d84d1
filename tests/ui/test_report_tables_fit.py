"""Every table of the printed report shows every title word, name and number whole on A4, in English,
Russian and Kazakh: the text measured with the report's own fonts against its column's width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from kzseats_gui.cli import build_parser
from kzseats_gui.cli.commands import allocate_from_args
from kzseats_gui.paths import sample_path
from kzseats_gui.ui import i18n
from kzseats_gui.ui.paper.report import PDF_RESOLUTION, districts_table, holders_table, quota_table
from kzseats_gui.ui.paper.report_layout import Column, Table, Typesetter
from kzseats_gui.ui.paper.summary_page import content_rect, party_table

A4_POINTS = (595.28, 841.89)


@pytest.fixture(params=["en", "ru", "kk"])
def language(request, qapp):
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


@pytest.fixture
def setter(tmp_path, qapp):
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    yield Typesetter(writer)
    del writer


def report_tables(election, result) -> dict[str, Table]:
    tables = {
        "parties": party_table(election, result),
        "districts": districts_table(election, result),
        "quota": quota_table(result),
    }
    for party in result.parties:
        if party.quota is not None and party.quota.holders:
            tables[f"holders of {party.name}"] = holders_table(party.quota.holders)
    return tables


def test_every_report_table_shows_its_text_whole(language, setter):
    from PySide6.QtCore import QRectF

    args = build_parser().parse_args(["report", str(sample_path()), "--out", "unused.pdf"])
    election, result = allocate_from_args(args)
    width = content_rect(QRectF(0, 0, *A4_POINTS)).width()
    for name, table in report_tables(election, result).items():
        assert table.rows, name
        cut = table.cut_cells(setter, width)
        assert not cut, (language, name, [(r, table.columns[c].title) for r, c in cut][:5])
        assert sum(table.column_widths(setter, width)) <= width + 0.5, name


def test_a_table_too_wide_for_one_line_wraps_titles_and_names_instead_of_cutting(setter):
    table = Table(
        [Column("Partiya nomi juda uzun sarlavha", 2.0), Column("Mandatlar jami", 1.0, "right")],
        [["Auyl (People's Democratic Patriotic Party of Kazakhstan)", "6\u202f366\u202f441"]],
    )
    narrow = 120.0
    assert table.cut_cells(setter, narrow) == []
    one_line = table.row_height
    assert table.row_heights(setter, narrow)[0] > one_line  # the name took more lines
    assert table.header_height(setter, narrow) > one_line  # and so did the titles
