"""Help ▸ About: the version, the versions of Qt, PySide6 and Python, and the licences.

The licence texts are the files shipped with this copy (``paths.legal_file``): kzseats' own MIT
licence and the notices of every bundled component (Qt and PySide6 under the LGPL, pyqtgraph, numpy,
openpyxl …), the same in a checkout, a wheel and the frozen app.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...paths import legal_file

ABOUT_SIZE = (720, 560)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About kzseats"))
        self.resize(*ABOUT_SIZE)
        heading = QLabel(
            self.tr("<b>kzseats {version}</b><br>Seat calculator for Kazakhstan's elections: the Mazhilis "
                    "and the maslikhats, exact to the law.<br><br>Qt {qt}, PySide6 {pyside}, Python {python}")
            .format(version=__version__, qt=qVersion(), pyside=pyside_version, python=sys.version.split()[0]),
            self,
        )
        heading.setObjectName("aboutHeading")
        heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._text_page("LICENSE", markdown=False), self.tr("Licence"))
        notices = self._text_page("THIRD_PARTY_NOTICES.md", markdown=True)
        self.tabs.addTab(notices, self.tr("Third-party components"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _text_page(self, name: str, markdown: bool) -> QTextBrowser:
        page = QTextBrowser(self)
        page.setObjectName(f"about_{name.split('.')[0].lower()}")
        page.setOpenExternalLinks(True)
        path = legal_file(name)
        if path is None:
            page.setPlainText(self.tr("{name} is missing from this copy of kzseats.").format(name=name))
        elif markdown:
            page.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            page.setPlainText(path.read_text(encoding="utf-8"))
        return page
