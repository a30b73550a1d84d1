"""The PDF report and printing: pages that flow as the content needs, the footer on every page, and
the summary page shared by the PDF, the printer and the print preview."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import subprocess  # noqa: E402
from datetime import datetime  # noqa: E402

import pytest  # noqa: E402
from charts_data import large_chamber, maslikhat_17, sample  # noqa: E402
from PySide6.QtCore import QLocale, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from test_chart_export import pdf_pages  # noqa: E402

from kzseats_gui import __version__  # noqa: E402
from kzseats_gui.ui.paper.report import districts_table, print_report, quota_table, write_report_pdf  # noqa: E402
from kzseats_gui.ui.paper.report_layout import Typesetter  # noqa: E402
from kzseats_gui.ui.paper.report_settings import settings_lines  # noqa: E402
from kzseats_gui.ui.paper.summary_page import PageInfo, draw_footer, party_table, render_summary_page  # noqa: E402
from kzseats_gui.ui.window import printing  # noqa: E402

A4 = (595.0, 842.0)
LETTER = (612.0, 792.0)


@pytest.fixture(scope="module")
def mazhilis():
    return sample("mazhilis-2023.xlsx")


def _pdf_text(path) -> str | None:
    """The PDF's text where poppler's pdftotext is installed (optional on a desktop; CI installs it)."""
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing: .ci/run installs poppler-utils")
        return None
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_report_pages_are_a4_and_counted(qapp, tmp_path, mazhilis):
    path = tmp_path / "report.pdf"
    count = write_report_pdf(*mazhilis, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    sizes = pdf_pages(data)
    assert len(sizes) == count >= 4  # summary, districts, quota, audit trail
    assert all(size == pytest.approx(A4, abs=1) for size in sizes)


def test_long_tables_and_the_audit_trail_flow_over_more_pages(qapp, tmp_path, mazhilis):
    short = write_report_pdf(*maslikhat_17(), tmp_path / "short.pdf")
    election, result = large_chamber()  # 350 districts, 350 list holders
    long = write_report_pdf(election, result, tmp_path / "long.pdf")
    assert long >= short + (len(result.districts) // 50)
    assert len(pdf_pages((tmp_path / "long.pdf").read_bytes())) == long


def test_every_page_carries_the_footer(qapp, tmp_path, mazhilis):
    election, result = mazhilis
    path = tmp_path / "report.pdf"
    count = write_report_pdf(election, result, path)
    text = _pdf_text(path)
    if text is None:
        pytest.skip("pdftotext is not installed")
    pages = text.split("\f")[:count]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page
        assert election.source_sha256 in page
        assert f"kzseats {__version__}" in page
        assert "mazhilis-2023.xlsx" in page
    assert "Chair" in pages[0] and "Secretary" in pages[0] and "Signature" in pages[0]
    assert all(p.name in pages[0] for p in result.parties)


def test_kazakh_text_reaches_the_pdf(qapp, tmp_path):
    path = tmp_path / "мәслихат.pdf"
    write_report_pdf(*maslikhat_17(), path)
    text = _pdf_text(path)
    if text is None:
        pytest.skip("pdftotext is not installed")
    assert "Алматы облысы мәслихаты сайлауы" in text
    assert "«Ақ жол» демократиялық партиясы" in text
    assert "Ғалым Өтеген" in text


def test_tables_hold_the_result(mazhilis):
    election, result = mazhilis
    table = party_table(election, result)
    by_name = {row[0]: row for row in table.rows}
    for party in result.parties:
        if party.votes is None and not party.total_seats:
            continue
        assert by_name[party.name][-1] == str(party.total_seats)
    assert table.rows[-1][-1] == str(result.settings.total_seats)
    assert [row[0] for row in districts_table(election, result).rows] == [d.key for d in result.districts]
    quota_parties = [p.name for p in result.parties if p.quota is not None and p.list_seats]
    assert [row[0] for row in quota_table(result).rows] == quota_parties


def test_settings_name_the_method_and_threshold(mazhilis):
    election, result = mazhilis
    lines = dict(settings_lines(result))
    assert "the law" in lines["Method"]
    assert "5 %" in lines["Threshold"]


def test_shortfall_rows_are_marked(qapp):
    election, result = maslikhat_17()
    table = quota_table(result)
    short = [i for i, row in enumerate(table.rows) if row[0].startswith("«Ақ жол»")]
    assert short and all(i in table.colors for i in short)


@pytest.mark.parametrize("orientation", [QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape])
def test_print_summary_is_one_page_in_the_chosen_orientation(qapp, tmp_path, mazhilis, orientation):
    printer = printing.make_printer(orientation, QPageSize(QPageSize.PageSizeId.Letter))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "summary.pdf"))
    printing.print_summary(printer, *mazhilis)
    sizes = pdf_pages((tmp_path / "summary.pdf").read_bytes())
    expected = LETTER if orientation == QPageLayout.Orientation.Portrait else LETTER[::-1]
    assert sizes == [pytest.approx(expected, abs=1)]


def test_print_report_prints_every_page(qapp, tmp_path, mazhilis):
    printer = printing.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    count = print_report(*mazhilis, printer)
    assert len(pdf_pages((tmp_path / "printed.pdf").read_bytes())) == count


def test_paper_size_follows_the_locale():
    us = printing.default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    kz = printing.default_page_size(QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan))
    assert us.id() == QPageSize.PageSizeId.Letter
    assert kz.id() == QPageSize.PageSizeId.A4


def test_preview_draws_the_summary_page(qtbot, mazhilis):
    dialog = printing.summary_preview_dialog(None, *mazhilis)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000):
        dialog.show()
    dialog.close()


def _ink_rows(image: QImage, top: int, bottom: int) -> int:
    """How many pixel rows between ``top`` and ``bottom`` hold anything but white."""
    white = QColor("white").rgb()
    return sum(
        1 for y in range(top, bottom) if any(image.pixel(x, y) != white for x in range(0, image.width(), 3))
    )


def test_summary_page_draws_inside_the_page_and_leaves_the_margins_blank(qapp, mazhilis):
    election, result = mazhilis
    image = QImage(595, 842, QImage.Format.Format_RGB32)  # one pixel per point
    image.setDotsPerMeterX(round(72 / 0.0254))
    image.setDotsPerMeterY(round(72 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    render_summary_page(
        painter, QRectF(0, 0, 595, 842), election, result, page=PageInfo(1, 3, datetime(2024, 1, 2, 3, 4))
    )
    painter.end()
    assert _ink_rows(image, 0, 20) == 0 and _ink_rows(image, 830, 842) == 0
    assert _ink_rows(image, 40, 800) > 400


def test_footer_is_clipped_to_the_page_width(qapp, mazhilis):
    election, result = mazhilis
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(72 / 0.0254))
    image.setDotsPerMeterY(round(72 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_footer(painter, Typesetter(image), QRectF(0, 0, 300, 200), election, result, PageInfo(2, 9))
    painter.end()
    right_margin = [image.pixel(x, y) for x in range(270, 300) for y in range(200)]
    assert set(right_margin) == {QColor("white").rgb()}


def test_page_one_of_a_lot_decided_election_says_who_won_between_whom_and_when(qapp, tmp_path):
    from kzseats_gui.core.allocator import allocate
    from kzseats_gui.core.bodies import resolve_settings
    from kzseats_gui.core.model import (
        District,
        DistrictCandidate,
        Election,
        LotRecord,
        Party,
        SettingsOverrides,
    )

    election = Election(
        (Party("Alpha", 230, 1), Party("Beta", 100, 2), Party("Gamma", 100, 3), Party("Delta", 170, 4)),
        districts=(District("7", (DistrictCandidate("Ivanov", "Alpha", 500),
                                  DistrictCandidate("Petrov", None, 500))),),
    )
    settings = resolve_settings(SettingsOverrides(list_seats=3, district_seats=1))
    lots = [LotRecord("list", ("Gamma",), drawn_on="21 March, CEC hall"),
            LotRecord("district", ("Petrov",), district="7", drawn_on="22 March, DEC 7")]
    result = allocate(election, settings, lots)
    lines = dict(settings_lines(result))
    assert lines["Status"] == "Complete — 2 seats decided by lot"
    assert lines["Decided by lot: List seats"] == (
        "Gamma won by lot between Beta, Gamma; drawn: 21 March, CEC hall"
    )
    district = lines["Decided by lot: District 7"]
    assert district == "Petrov won by lot between Ivanov, Petrov; drawn: 22 March, DEC 7"
    path = tmp_path / "lots.pdf"
    write_report_pdf(election, result, path)
    text = _pdf_text(path)
    if text is not None:
        first_page = text.split("\f")[0]
        assert "2 seats decided by lot" in first_page and "21 March, CEC hall" in first_page
        assert "Decided by lot" in first_page  # the chart's legend explains the lot mark
