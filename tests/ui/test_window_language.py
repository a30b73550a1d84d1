"""View ▸ Language switches the running window's texts and is remembered."""

import subprocess
import sys
from pathlib import Path

import pytest

from kzseats_gui.ui import i18n

RUSSIAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context><name>WindowActions</name>
  <message><source>&amp;File</source><translation>&amp;Файл</translation></message>
</context>
<context><name>WindowLayout</name>
  <message><source>Audit trail</source><translation>Протокол расчёта</translation></message>
</context>
<context><name>SettingsPanel</name>
  <message><source>Threshold</source><translation>Порог</translation></message>
</context>
</TS>
"""


@pytest.fixture
def russian(tmp_path, monkeypatch):
    """A small Russian translation built with the same lrelease the project uses."""
    source = tmp_path / "kzseats_ru.ts"
    source.write_text(RUSSIAN_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "kzseats_ru.qm")], check=True,
                   capture_output=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    yield
    i18n.install_language("en")


def test_switching_language_retranslates_menus_tabs_and_the_panel(qtbot, window, preferences, russian):
    assert window.actions_.file_menu.title() == "&File"
    window.actions_.languages["ru"].trigger()
    assert window.actions_.file_menu.title() == "&Файл"
    assert window.panes.tabs.tabText(3) == "Протокол расчёта"
    assert window.panes.settings_panel.field_label("threshold_percent").text() == "Порог:"
    assert window.actions_.languages["ru"].isChecked()
    assert i18n.saved_language(preferences) == "ru"

    window.set_language("en")
    assert window.actions_.file_menu.title() == "&File"
    assert window.panes.settings_panel.field_label("threshold_percent").text() == "Threshold:"
    assert i18n.saved_language(preferences) == "en"


def test_a_language_without_its_translation_file_keeps_english(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "none")
    window.set_language("kk")
    assert window.actions_.file_menu.title() == "&File"
    assert window.actions_.languages["kk"].isChecked()
    window.set_language("en")
