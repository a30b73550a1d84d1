"""What an export writes and where its dialog starts: the chart tab that is open, the PNG resolution,
and the folder.

Save dialogs start in the folder last used for an export, else in the user's documents folder, never
beside the source workbook (for the bundled sample that is inside the installation). The last folder
and the PNG resolution are kept between runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QInputDialog, QWidget

from ...charts.options import ChartOptions

translate = QCoreApplication.translate
FOLDER_KEY = "exports/lastFolder"
DPI_KEY = "exports/pngDpi"
SCENARIOS_KEY = "exports/includeScenarios"  # add the saved scenarios to results and reports (off first)
DEFAULT_DPI = 300  # print quality
DPI_RANGE = (72, 1200)
# The charts panel's tabs, in order: what Export chart writes for each.
CHARTS = ("hemicycle", "tiers", "quota")


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(prefs: QSettings) -> Path:
    """The folder last used for an export, while it exists; else the documents folder."""
    saved = prefs.value(FOLDER_KEY)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return documents_folder()


def remember_folder(prefs: QSettings, written: Path) -> None:
    prefs.setValue(FOLDER_KEY, str(Path(written).parent))


def suggested_path(prefs: QSettings, file_name: str) -> Path:
    return start_folder(prefs) / file_name


def saved_dpi(prefs: QSettings) -> int:
    try:
        value = int(prefs.value(DPI_KEY, DEFAULT_DPI))
    except (TypeError, ValueError):
        return DEFAULT_DPI
    low, high = DPI_RANGE
    return value if low <= value <= high else DEFAULT_DPI


def include_scenarios(prefs: QSettings) -> bool:
    return str(prefs.value(SCENARIOS_KEY, "false")).lower() in ("true", "1")


def set_include_scenarios(prefs: QSettings, on: bool) -> None:
    prefs.setValue(SCENARIOS_KEY, bool(on))


def ask_png_dpi(parent: QWidget, prefs: QSettings) -> int | None:
    """The resolution for a PNG (the last one chosen first); None when the user cancels."""
    low, high = DPI_RANGE
    value, accepted = QInputDialog.getInt(
        parent,
        translate("Exports", "PNG resolution"),
        translate("Exports", "Dots per inch (96: screen, 300: print, 600: large print):"),
        saved_dpi(prefs),
        low,
        high,
        50,
    )
    if not accepted:
        return None
    prefs.setValue(DPI_KEY, value)
    return value


def chart_on_screen(panel: object) -> str:
    """Which chart the charts panel shows: one of ``CHARTS`` (the hemicycle without a panel)."""
    tabs = getattr(panel, "tabs", None)
    index = tabs.currentIndex() if tabs is not None else 0
    return CHARTS[index] if 0 <= index < len(CHARTS) else CHARTS[0]


def export_options(chart_options: ChartOptions, prefs: QSettings, panel: object | None) -> dict:
    """The charts panel's options plus what the export dialogs need: preferences, the chart tab that
    is open and, for the seats-by-tier and quota-fill charts, the widget that draws it."""
    options: dict[str, object] = {"chart_options": chart_options, "prefs": prefs}
    if panel is not None:
        options["chart"] = chart_on_screen(panel)
        shown = {"tiers": "seats_by_tier", "quota": "quota_fill"}.get(options["chart"])
        if shown is not None:
            options["chart_widget"] = getattr(panel, shown).graphics
    return options


__all__ = [
    "CHARTS",
    "DEFAULT_DPI",
    "ask_png_dpi",
    "chart_on_screen",
    "documents_folder",
    "export_options",
    "include_scenarios",
    "remember_folder",
    "saved_dpi",
    "set_include_scenarios",
    "start_folder",
    "suggested_path",
]
