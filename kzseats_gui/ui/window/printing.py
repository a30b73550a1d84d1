"""Printing the summary page (title, hemicycle, legend, per-party table, settings, footer).

The page is drawn by ``summary_page.render_summary_page``, the same function that draws the PDF
report's first page, so preview, paper and PDF agree. A4 by default, Letter where the locale uses it;
portrait or landscape as chosen in the print dialog or the preview's toolbar.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ...charts.options import ChartOptions
from ...core.model import Election
from ...core.result import AllocationResult
from ..paper.chart_export import ExportError
from ..paper.report_layout import begin_points
from ..paper.summary_page import PageInfo, render_summary_page

LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale's country uses it, A4 everywhere else (Kazakhstan included)."""
    territory = (locale or QLocale()).territory()
    return QPageSize(
        QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4
    )


def make_printer(
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
    page_size: QPageSize | None = None,
) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(page_size or default_page_size(), orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)  # the page draws its own margins
    return printer


def print_summary(
    printer: QPrinter,
    election: Election,
    result: AllocationResult,
    *,
    options: ChartOptions | None = None,
) -> None:
    """The summary page on ``printer``, laid out for its page size and orientation."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(QCoreApplication.translate("report", "Cannot start printing."))
    try:
        page = begin_points(painter)
        render_summary_page(
            painter,
            page,
            election,
            result,
            options=options,
            page=PageInfo(1, 1, datetime.now()),
        )
    finally:
        painter.end()


def summary_preview_dialog(
    parent: QWidget | None,
    election: Election,
    result: AllocationResult,
    *,
    options: ChartOptions | None = None,
    printer: QPrinter | None = None,
) -> QPrintPreviewDialog:
    """A print preview of the summary page; its toolbar switches portrait/landscape and page setup."""
    printer = printer or make_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("report", "Print preview: summary"))

    def paint(target: QPrinter) -> None:
        print_summary(target, election, result, options=options)

    dialog.paintRequested.connect(paint)
    dialog.summary_printer = printer  # the dialog draws on it: keep it alive as long as the dialog
    return dialog


def show_summary_preview(
    parent: QWidget | None, election: Election, result: AllocationResult, options: ChartOptions | None = None
) -> int:
    """Open the preview (modal); returns the dialog's result code."""
    return summary_preview_dialog(parent, election, result, options=options).exec()


__all__ = [
    "default_page_size",
    "make_printer",
    "print_summary",
    "show_summary_preview",
    "summary_preview_dialog",
]
