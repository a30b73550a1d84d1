"""File ▸ Export and Print: ask where, then hand the result to the exporters.

The source workbook is never written to: results go to a new file (``<source>-results.xlsx`` by
default), and a path equal to the source is refused. Drawing modules are imported when first used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from .document import Document

translate = QCoreApplication.translate
PNG_DPI = 300  # print quality; the SVG and PDF are vector anyway


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def default_results_path(document: Document) -> Path:
    return document.path.with_name(f"{document.path.stem}-results.xlsx")


def _ask_save_path(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(chosen) if chosen else None


def _is_source(document: Document, path: Path) -> bool:
    try:
        return path.resolve() == document.path.resolve()
    except OSError:
        return False


def _report_write_failure(parent: QWidget, path: Path, error: OSError) -> None:
    QMessageBox.warning(
        parent,
        translate("Exports", "Cannot write the file"),
        translate("Exports", "{path} could not be written: {reason}").format(
            path=str(path), reason=error.strerror or str(error)
        ),
    )


def export_results(parent: QWidget, document: Document) -> Path | None:
    from ..fileio.export import export_results as write_results

    path = _ask_save_path(parent, translate("Exports", "Export results"), default_results_path(document),
                          translate("Exports", "Excel workbook (*.xlsx)"))
    if path is None or document.result is None:
        return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    if _is_source(document, path):
        QMessageBox.warning(
            parent, translate("Exports", "Export results"),
            translate("Exports", "The source workbook is never overwritten. Choose another file name."),
        )
        return None
    try:
        with wait_cursor():
            write_results(path, document.election, document.result)
    except OSError as error:
        _report_write_failure(parent, path, error)
        return None
    return path


def export_chart(parent: QWidget, document: Document) -> Path | None:
    from .chart_export import export_chart as write_chart

    path = _ask_save_path(
        parent, translate("Exports", "Export chart"),
        document.path.with_name(f"{document.path.stem}-seats.svg"),
        translate("Exports", "SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)"),
    )
    if path is None or document.result is None:
        return None
    if path.suffix.lower() not in (".svg", ".png", ".pdf"):
        path = path.with_name(path.name + ".svg")
    try:
        with wait_cursor():
            write_chart(document.election, document.result, path, dpi=PNG_DPI)
    except OSError as error:
        _report_write_failure(parent, path, error)
        return None
    return path


def export_report(parent: QWidget, document: Document) -> Path | None:
    from .report import write_report_pdf

    path = _ask_save_path(parent, translate("Exports", "Export PDF report"),
                          document.path.with_name(f"{document.path.stem}-report.pdf"),
                          translate("Exports", "PDF document (*.pdf)"))
    if path is None or document.result is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        with wait_cursor():
            write_report_pdf(document.election, document.result, path)
    except OSError as error:
        _report_write_failure(parent, path, error)
        return None
    return path


def print_report(parent: QWidget, document: Document, preview: bool) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    from .report import print_report as render_to_printer

    if document.result is None:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.name)
    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(translate("Exports", "Print preview"))
        election, result = document.election, document.result

        def paint(target: QPrinter) -> None:  # the preview asks on the GUI thread
            render_to_printer(election, result, target)

        dialog.paintRequested.connect(paint)
        dialog.exec()
        return
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        with wait_cursor():
            render_to_printer(document.election, document.result, printer)
