"""Export chart writes the chart that is open, PNG at the chosen resolution; save dialogs start in the
last export folder or the documents folder, never inside the installation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog

from kzseats_gui.paths import sample_path
from kzseats_gui.ui.window.export_choice import FOLDER_KEY, documents_folder


@pytest.fixture
def offered(monkeypatch, tmp_path):
    """Answers the save dialog with ``tmp_path/<the name offered>`` (or ``answer[0]``) and records what
    it offered."""
    seen: list[Path] = []
    answer: list[Path] = []

    def save_as(parent, title, suggested, filters):
        seen.append(Path(suggested))
        return str(answer[0] if answer else tmp_path / Path(suggested).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    return seen, answer


def test_the_first_dialog_starts_in_the_documents_folder_not_in_the_installation(
    qtbot, window, open_and_wait, offered, preferences, tmp_path
):
    seen, _ = offered
    open_and_wait(window, sample_path())  # the bundled sample lives inside the installation
    window.actions_.export_report.trigger()
    assert seen[0].parent == documents_folder()
    assert sample_path().parent not in seen[0].parents
    # the next dialog starts where the last file went
    window.actions_.export_results.trigger()
    assert seen[1].parent == tmp_path
    assert preferences.value(FOLDER_KEY) == str(tmp_path)


@pytest.mark.parametrize("tab, name", [(1, "seats-by-tier"), (2, "quota-fill")])
def test_export_chart_writes_the_chart_tab_that_is_open(
    qtbot, window, open_and_wait, offered, monkeypatch, tmp_path, tab, name
):
    seen, answer = offered
    open_and_wait(window, sample_path())
    window.show()
    panel = window.charts_panel
    panel.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: panel.tabs.currentWidget().is_drawn(), timeout=5000)
    answer.append(tmp_path / f"{name}.png")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (150, True))
    window.actions_.export_chart.trigger()
    assert seen[0].name.endswith(f"-{name}.svg")
    image = QImage(str(tmp_path / f"{name}.png"))
    assert not image.isNull()
    assert round(image.dotsPerMeterX() * 0.0254) == 150
    widget = panel.tabs.currentWidget().graphics
    assert abs(image.width() - widget.width() * 150 / 96) <= 1  # the open chart, not the hemicycle
    # SVG and PDF too
    for suffix in (".svg", ".pdf"):
        answer[0] = tmp_path / f"{name}{suffix}"
        window.actions_.export_chart.trigger()
        assert answer[0].stat().st_size > 500


def test_export_chart_with_the_hemicycle_open_writes_the_hemicycle_svg(
    qtbot, window, open_and_wait, offered, tmp_path
):
    seen, answer = offered
    open_and_wait(window, sample_path())
    window.charts_panel.tabs.setCurrentIndex(0)
    answer.append(tmp_path / "seats.svg")
    window.actions_.export_chart.trigger()
    assert 'class="seat"' in (tmp_path / "seats.svg").read_text(encoding="utf-8")
