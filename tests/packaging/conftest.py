"""Fixtures for the app's identity tests: a window with settings and a log of the test's own."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    from kzseats_gui.ui import log

    path = tmp_path / "kzseats.log"
    monkeypatch.setattr(log, "_override", path)
    return path


@pytest.fixture
def scratch(tmp_path):
    """Settings and sample copies in the test's folder, never the user's."""
    from kzseats_gui.ui import user_files

    folder = tmp_path / "scratch"
    folder.mkdir()
    user_files.use_scratch_folder(folder)
    yield folder
    user_files.use_scratch_folder(None)


@pytest.fixture
def english():
    """Leaves the interface in English after the test, whatever it switched to."""
    from kzseats_gui.ui import i18n

    yield
    i18n.install_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def window(qtbot, scratch, log_file, english):
    from kzseats_gui.ui.user_files import current_settings
    from kzseats_gui.ui.window.main_window import MainWindow

    created = MainWindow(current_settings())
    qtbot.addWidget(created)
    created.resize(1024, 700)
    yield created
    created.session.cancel()
    qtbot.waitUntil(lambda: not created.session.is_busy(), timeout=10_000)
