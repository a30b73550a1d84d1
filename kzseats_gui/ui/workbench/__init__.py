"""The strategist's workbench in the window: what-if editing with undo, the methods side by side, the
exact margins, the simulation and the saved scenarios; each a tab beside the result tabs, all sharing one
``WorkbenchSession`` (the what-if figures, their undo history and their analysis).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from ..views.scrollable import scrollable
from . import window_hooks as hooks
from .changed_seats import ChangedSeats
from .margins_pane import MarginsPane
from .methods_pane import MethodsPane
from .scenarios_pane import ScenariosPane
from .session import WorkbenchSession
from .simulation_pane import SimulationPane
from .whatif_pane import WhatIfPane

translate = QCoreApplication.translate
PANE_KEYS = ("what-if", "scenarios", "methods", "margins", "uncertainty")  # names for ``--tab``


class Workbench(QObject):
    """Builds the panes into ``window`` (beside its result tabs) and keeps their titles translated."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = WorkbenchSession(window)
        self.whatif = WhatIfPane(self.session)
        self.methods = MethodsPane(self.session)
        self.margins = MarginsPane(self.session)
        self.simulation = SimulationPane(self.session)
        self.scenarios = ScenariosPane(self.session)
        self.changed_seats = ChangedSeats(window)
        self.session.analysed.connect(self._on_analysed)
        # Each pane scrolls within its tab on a small screen rather than widening or lengthening the
        # tabs (the party table beside them keeps its room).
        self._pages = [scrollable(pane) for pane in self.panes()]
        for page in self._pages:
            hooks.add_tab(window, page)
            page.installEventFilter(self)  # a pane with ``fit_width`` hears its width before it scrolls
            page.widget().installEventFilter(self)  # ... and again when its content changes size
        window.installEventFilter(self)
        self.retranslate_ui()

    def panes(self) -> list:
        return [self.whatif, self.scenarios, self.methods, self.margins, self.simulation]

    def pane_titles(self) -> list[str]:
        return [translate("Workbench", "What-if"), translate("Workbench", "Scenarios"),
                translate("Workbench", "Methods"),
                translate("Workbench", "Margins"), translate("Workbench", "Uncertainty")]

    def retranslate_ui(self) -> None:
        for pane, page, title in zip(self.panes(), self._pages, self.pane_titles(), strict=True):
            tabs = hooks.tabs(self.window)
            index = tabs.indexOf(page)
            if index >= 0:
                tabs.setTabText(index, title)
            pane.retranslate_ui()

    def show_pane(self, name: str) -> bool:
        """Open the pane whose object name or title starts with ``name`` (for ``--tab``): what-if,
        scenarios, methods, margins, uncertainty."""
        wanted = name.casefold()
        for page, key, title in zip(self._pages, PANE_KEYS, self.pane_titles(), strict=True):
            if key.startswith(wanted) or title.casefold().startswith(wanted):
                hooks.tabs(self.window).setCurrentWidget(page)
                return True
        return False

    def is_busy(self) -> bool:
        return self.session.is_busy() or self.simulation.is_running()

    def _on_analysed(self, analysis) -> None:
        self.changed_seats.show({p.name: analysis.seat_change(p.name) for p in analysis.result.parties})

    def _fit_width(self, watched: QObject) -> None:
        page = next((p for p in self._pages if watched is p or watched is p.widget()), None)
        fit = getattr(page.widget(), "fit_width", None) if page is not None else None
        if fit is not None:
            fit(page.width() - 2 * page.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._fit_width(watched)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.simulation.shutdown()
        return False


def install_workbench(window) -> Workbench:
    window.workbench = Workbench(window)
    return window.workbench
