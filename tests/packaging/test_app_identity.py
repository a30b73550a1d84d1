"""The app's identity and where it keeps things: icon, licences in About, per-user folders, the
sample copy the window opens, and a missing translation said out loud."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QLabel

from kzseats_gui import __version__
from kzseats_gui.paths import sample_path
from kzseats_gui.ui import i18n, user_files


@pytest.fixture
def named_as_kzseats(qapp):
    """The application named as app.py names it; restored afterwards for the other tests."""
    before = (qapp.organizationName(), qapp.applicationName(), qapp.applicationDisplayName())
    user_files.configure_application(qapp)
    yield qapp
    qapp.setOrganizationName(before[0])
    qapp.setApplicationName(before[1])
    qapp.setApplicationDisplayName(before[2])


def test_settings_and_log_live_in_one_kzseats_folder_each(named_as_kzseats):
    assert QCoreApplication.organizationName() == ""
    assert QCoreApplication.applicationName() == "kzseats"
    assert QCoreApplication.applicationVersion() == __version__
    for path in (user_files.settings_path(), user_files.data_dir() / "kzseats.log"):
        parts = path.parts
        assert parts[-2] == "kzseats", path
        assert parts[-3] != "kzseats", f"doubled folder: {path}"


def test_the_folders_are_the_same_when_another_host_runs_the_code(named_as_kzseats):
    configured = (user_files.settings_path(), user_files.data_dir())
    named_as_kzseats.setApplicationName("some-host")
    assert (user_files.settings_path(), user_files.data_dir()) == configured


def test_the_window_carries_the_hemicycle_icon(window):
    sizes = window.windowIcon().availableSizes()
    for edge in (16, 32, 48, 256):
        assert QSize(edge, edge) in sizes


def test_about_shows_the_version_and_every_licence(qtbot):
    from kzseats_gui.ui.window.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QLabel, "aboutHeading")
    assert heading is not None and __version__ in heading.text()
    licence = dialog.tabs.widget(0).toPlainText()
    notices = dialog.tabs.widget(1).toPlainText()
    assert "MIT License" in licence
    for component in ("PySide6", "LGPL-3.0", "shiboken6", "pyqtgraph", "numpy", "openpyxl", "et_xmlfile",
                      "defusedxml", "PSF-2.0"):
        assert component in notices, component


def test_open_sample_opens_a_copy_and_leaves_the_bundled_file_alone(qtbot, window, scratch):
    with qtbot.waitSignal(window.idle, timeout=20_000):
        window.open_sample()
    opened = window.session.document.path
    assert opened != sample_path() and scratch in opened.parents
    assert opened.read_bytes() == sample_path().read_bytes()
    assert window.session.result.status == "ok"


def test_a_missing_translation_shows_in_the_status_bar_and_the_log(window, log_file, monkeypatch, tmp_path):
    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: empty)
    window.show()
    window.set_language("ru")
    notice = window.language_notice
    assert notice.isVisible()
    assert "kzseats_ru.qm" in notice.text() and "English" in notice.text()
    assert "translation missing" in log_file.read_text(encoding="utf-8")
    assert "translation missing" in i18n.describe_language()
    monkeypatch.undo()
    window.set_language("kk")
    assert not notice.isVisible() and i18n.missing_translation() is None
    assert "kzseats_kk.qm loaded (Анықтама)" in i18n.describe_language()


def test_the_desktop_entry_offers_kzseats_for_workbooks_with_the_package_version(tmp_path):
    from kzseats_gui.desktop_entry import install_desktop_entry

    entry = install_desktop_entry(tmp_path)
    lines = entry.read_text(encoding="utf-8").splitlines()
    fields = dict(line.split("=", 1) for line in lines if "=" in line)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert xlsx in fields["MimeType"].split(";")
    assert fields["Icon"] == "kzseats" and fields["X-kzseats-Version"] == __version__
    assert fields["Exec"].endswith(" %f") and Path(fields["TryExec"]).name == "kzseats-gui"
    assert (tmp_path / "icons" / "hicolor" / "256x256" / "apps" / "kzseats.png").is_file()
    assert not (tmp_path / "applications" / "mimeapps.list").exists(), "never the default program"


def test_settings_of_earlier_builds_are_carried_over_once(tmp_path):
    """Run in a process of its own: Qt fixes the settings folders the first time settings are used."""
    config = tmp_path / "config"
    (config / "kzseats").mkdir(parents=True)
    earlier = config / "kzseats" / "kzseats.conf"
    earlier.write_text("[ui]\nlanguage=kk\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from kzseats_gui.ui import user_files\n"
        "app = QCoreApplication(sys.argv[:1])\n"
        "user_files.configure_application(app)\n"
        "settings = user_files.user_settings()\n"
        "settings.sync()\n"
        "print(settings.fileName(), settings.value('ui/language'))\n"
    )
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), XDG_DATA_HOME=str(tmp_path / "data"),
               HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    file_name, language = done.stdout.split()
    assert Path(file_name) == config / "kzseats" / "kzseats.ini" and language == "kk"
    assert earlier.read_text(encoding="utf-8") == "[ui]\nlanguage=kk\n"
