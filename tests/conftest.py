"""Test-wide setup: Qt renders offscreen, so the suite runs the same with or without a screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
