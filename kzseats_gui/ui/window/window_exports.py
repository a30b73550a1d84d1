"""File ▸ Export and Print: ask where, then hand the result to the exporters.

The source workbook is never written to: results go to a new file (``<source>-results.xlsx`` by
default), and a path that reaches the source (also through a link) is refused for every export.
With "Include saved scenarios" on (a remembered choice, off at first), the results workbook gets a
sheet and the report a section for each scenario saved beside the workbook. Charts and reports use the
party order and the place of neutral seats chosen in the charts panel, so
paper and files look like the screen; Export chart writes the chart tab that is open. Dialogs start in
the last export folder or the documents folder (``export_choice``). Drawing modules are imported when
first used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ...charts.options import ChartOptions
from ..session.document import Document
from .export_choice import ask_png_dpi, include_scenarios, remember_folder, saved_dpi, suggested_path

translate = QCoreApplication.translate
# What an export asks for: the charts panel's ChartOptions under "chart_options", and for the dialogs
# the preferences ("prefs"), the chart tab open ("chart") and its widget ("chart_widget").
ExportRequest = dict[str, Any]
CHART_FILES = {"hemicycle": "seats", "tiers": "seats-by-tier", "quota": "quota-fill"}


class ExportFailed(Exception):
    """A file could not be written; the message says which and why."""


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn the exporters' errors into one ExportFailed that names the file."""
    from ..paper.chart_export import ExportError

    try:
        with wait_cursor():
            yield
    except OSError as error:
        raise ExportFailed(error_text(path, error)) from error
    except ExportError as error:
        raise ExportFailed(str(error)) from error


def error_text(path: Path, error: OSError) -> str:
    """What the dialog says when ``path`` could not be written: the file, and why (translated)."""
    from ...fileio.safe_output import OutputError
    from ..i18n import translate_message

    if isinstance(error, OutputError):
        return error.message(translate_message)
    return translate("Exports", "{path} could not be written: {reason}").format(
        path=str(path), reason=error.strerror or str(error))


def default_results_path(document: Document) -> Path:
    return document.path.with_name(f"{document.path.stem}-results.xlsx")


def _split(request: ExportRequest) -> tuple[ChartOptions, QSettings, ExportRequest]:
    """(chart options, preferences, dialog options)."""
    drawing = request.get("chart_options")
    prefs = request.get("prefs")
    return (drawing if isinstance(drawing, ChartOptions) else ChartOptions(),
            prefs if isinstance(prefs, QSettings) else QSettings(), request)


def _ask_save_path(parent: QWidget, title: str, suggested: Path, filters: str, suffixes: tuple[str, ...]
                   ) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() in suffixes else path.with_name(path.name + suffixes[0])


def _is_source(document: Document, path: Path) -> bool:
    from ...fileio.safe_output import same_file

    return same_file(path, document.path)


def saved_scenarios(document: Document, prefs: QSettings):
    """The scenarios saved beside the workbook, allocated (a ``ScenarioSet``), when the user includes
    them and there are any; else None. A project file that cannot be read stops the export."""
    if not include_scenarios(prefs):
        return None
    from ...fileio.project_file import ProjectFileError
    from ...fileio.project_scenarios import read_scenarios
    from ...fileio.scenario_results import scenario_set
    from ...text import render_notice
    from ..i18n import translate_message

    try:
        saved = read_scenarios(document.path)
    except ProjectFileError as error:
        raise ExportFailed(render_notice(error.notice, translate_message)) from error
    return scenario_set(saved, document.baseline, document.lots) if saved else None


def export_results(parent: QWidget, document: Document, options: ExportRequest) -> Path | None:
    from ...fileio.export import export_results as write_results

    _, prefs, _ = _split(options)
    path = _ask_save_path(parent, translate("Exports", "Export results"),
                          suggested_path(prefs, default_results_path(document).name),
                          translate("Exports", "Excel workbook (*.xlsx)"), (".xlsx",))
    if path is None or document.result is None:
        return None
    remember_folder(prefs, path)
    if _is_source(document, path):
        QMessageBox.warning(
            parent, translate("Exports", "Export results"),
            translate("Exports", "The source workbook is never overwritten. Choose another file name."),
        )
        return None
    with writing(path):
        write_results(path, document.election, document.result, inputs=[document.path],
                      scenarios=saved_scenarios(document, prefs))
    return path


def export_chart(parent: QWidget, document: Document, options: ExportRequest) -> Path | None:
    """The chart tab that is open (hemicycle, seats by tier, quota fill); PNG at a chosen resolution."""
    from ..paper.chart_export import export_chart as write_chart

    drawing, prefs, dialog = _split(options)
    kind = dialog.get("chart", "hemicycle")
    widget = dialog.get("chart_widget")
    if widget is None:
        kind = "hemicycle"
    path = _ask_save_path(
        parent, translate("Exports", "Export chart"),
        suggested_path(prefs, f"{document.path.stem}-{CHART_FILES.get(kind, 'seats')}.svg"),
        translate("Exports", "SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)"),
        (".svg", ".png", ".pdf"),
    )
    if path is None or document.result is None:
        return None
    dpi = saved_dpi(prefs)
    if path.suffix.lower() == ".png":
        chosen = ask_png_dpi(parent, prefs)
        if chosen is None:
            return None
        dpi = chosen
    remember_folder(prefs, path)
    with writing(path):
        if kind == "hemicycle":
            write_chart(document.election, document.result, path, dpi=dpi, inputs=[document.path],
                        options=drawing)
        else:
            from ...text.legal import not_the_law_mark
            from ..i18n import translate_message
            from ..onscreen.breakdown_export import export_widget_chart

            mark = not_the_law_mark(document.result, translate_message)
            export_widget_chart(widget, path, dpi, inputs=[document.path], mark=mark)
    return path


def export_report(parent: QWidget, document: Document, options: ExportRequest) -> Path | None:
    from ..paper.report import write_report_pdf

    drawing, prefs, _ = _split(options)
    path = _ask_save_path(parent, translate("Exports", "Export PDF report"),
                          suggested_path(prefs, f"{document.path.stem}-report.pdf"),
                          translate("Exports", "PDF document (*.pdf)"), (".pdf",))
    if path is None or document.result is None:
        return None
    remember_folder(prefs, path)
    with writing(path):
        write_report_pdf(document.election, document.result, path, inputs=[document.path], options=drawing,
                         scenarios=saved_scenarios(document, prefs))
    return path


def print_report(parent: QWidget, document: Document, options: ExportRequest, preview: bool) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    from ..paper.report import print_report as paint_report

    if document.result is None:
        return
    drawing, prefs, _ = _split(options)
    election, result = document.election, document.result
    scenarios = saved_scenarios(document, prefs)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.name)
    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(translate("Exports", "Print preview"))

        def paint(target: QPrinter) -> None:  # the preview asks on the GUI thread
            paint_report(election, result, target, options=drawing, scenarios=scenarios)

        dialog.paintRequested.connect(paint)
        dialog.exec()
        return
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        with wait_cursor():
            paint_report(election, result, printer, options=drawing, scenarios=scenarios)
