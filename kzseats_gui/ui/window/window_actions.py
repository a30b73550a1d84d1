"""The main window's menus and actions, with their texts kept in one place for retranslation."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..i18n import LANGUAGES


class WindowActions(QObject):
    """Creates every action and menu of the main window; ``retranslate_ui`` sets their texts."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window

        def action(name: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
            created = QAction(window)
            created.setObjectName(name)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            return created

        self.open = action("actionOpen", QKeySequence.StandardKey.Open)
        self.open_sample = action("actionOpenSample")
        self.new_from_template = action("actionNewFromTemplate", QKeySequence.StandardKey.New)
        self.export_results = action("actionExportResults", QKeySequence("Ctrl+E"))
        self.export_chart = action("actionExportChart")
        self.export_report = action("actionExportReport")
        self.include_scenarios = action("actionIncludeScenarios")
        self.include_scenarios.setCheckable(True)
        self.print_preview = action("actionPrintPreview")
        self.print = action("actionPrint", QKeySequence.StandardKey.Print)
        self.quit = action("actionQuit", QKeySequence.StandardKey.Quit)
        self.copy_table = action("actionCopyTable", QKeySequence("Ctrl+Shift+C"))
        self.forget_lots = action("actionForgetLots")
        self.about = action("actionAbout")
        self.languages: dict[str, QAction] = {}
        self._language_group = QActionGroup(window)
        self._language_group.setExclusive(True)
        for code, name in LANGUAGES.items():
            language = action(f"actionLanguage_{code}")
            language.setText(name)  # each language is named in its own script, never translated
            language.setData(code)
            language.setCheckable(True)
            self._language_group.addAction(language)
            self.languages[code] = language

        bar = window.menuBar()
        self.file_menu = QMenu(window)
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addAction(self.open)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.open_sample)
        self.file_menu.addAction(self.new_from_template)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_results)
        self.file_menu.addAction(self.export_chart)
        self.file_menu.addAction(self.export_report)
        self.file_menu.addAction(self.include_scenarios)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_preview)
        self.file_menu.addAction(self.print)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.edit_menu = QMenu(window)
        self.edit_menu.addAction(self.copy_table)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.forget_lots)

        self.view_menu = QMenu(window)
        self.language_menu = QMenu(window)
        for language in self.languages.values():
            self.language_menu.addAction(language)

        self.help_menu = QMenu(window)
        self.help_menu.addAction(self.about)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def result_actions(self) -> list[QAction]:
        """Actions that need a result to act on."""
        return [self.export_results, self.export_chart, self.export_report, self.print_preview, self.print,
                self.copy_table]

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.open: (self.tr("&Open\u2026"), self.tr("Open a results workbook (.xlsx)")),
            self.open_sample: (self.tr("Open the 2023 Mazhilis &sample"),
                               self.tr("The bundled sample with the official 2023 figures")),
            self.new_from_template: (self.tr("&New from template\u2026"),
                                     self.tr("Write an empty workbook in the right format and open it")),
            self.export_results: (self.tr("&Export results (.xlsx)\u2026"),
                                  self.tr("Write the full result to a new workbook")),
            self.export_chart: (self.tr("Export &chart\u2026"), self.tr("The hemicycle as SVG, PNG or PDF")),
            self.export_report: (self.tr("Export PDF &report\u2026"),
                                 self.tr("The multi-page report with the audit trail and signatures")),
            self.include_scenarios: (self.tr("&Include saved scenarios"),
                                     self.tr("Add the scenarios saved beside the workbook to exported "
                                             "results, reports and printouts, each marked as a what-if")),
            self.print_preview: (self.tr("Print pre&view\u2026"), self.tr("See the report as it will print")),
            self.print: (self.tr("&Print\u2026"), self.tr("Print the report")),
            self.quit: (self.tr("&Quit"), None),
            self.copy_table: (self.tr("&Copy table"),
                              self.tr("Copy the table shown to the clipboard (tab-separated)")),
            self.forget_lots: (self.tr("&Forget recorded lots"),
                               self.tr("Remove the lot results recorded for this workbook")),
            self.about: (self.tr("&About kzseats"), None),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip or "")
