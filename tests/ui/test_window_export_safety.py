"""File ▸ Export from the window: never over the open workbook (by any name), and a file that cannot
be written is a clear message naming it, with no partial file left."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def choose(monkeypatch, path: Path) -> list[str]:
    """Answer the save dialog with ``path`` (and a PNG's resolution with 300 dpi); returns the texts of
    the warning dialogs shown."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (300, True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


def test_results_export_over_a_link_to_the_source_is_refused(qtbot, window, monkeypatch, open_and_wait,
                                                           list_only_2023, tmp_path):
    open_and_wait(window, list_only_2023)
    before = digest(list_only_2023)
    link = tmp_path / "link.xlsx"
    link.symlink_to(list_only_2023)
    shown = choose(monkeypatch, link)
    window.actions_.export_results.trigger()
    assert shown and "never overwritten" in shown[0]
    assert digest(list_only_2023) == before and link.is_symlink()


@pytest.mark.parametrize("suffix", [".pdf"])
def test_chart_export_over_a_hard_link_to_the_source_is_refused(qtbot, window, monkeypatch, open_and_wait,
                                                               list_only_2023, tmp_path, suffix):
    import os

    open_and_wait(window, list_only_2023)
    before = digest(list_only_2023)
    link = tmp_path / f"hard{suffix}"
    os.link(list_only_2023, link)
    shown = choose(monkeypatch, link)
    window.actions_.export_chart.trigger()
    assert len(shown) == 1 and "never written over" in shown[0]
    assert digest(list_only_2023) == before


@pytest.mark.parametrize("action", ["export_results", "export_chart", "export_report"])
def test_an_export_into_a_missing_folder_names_the_file(qtbot, window, monkeypatch, open_and_wait,
                                                         list_only_2023, tmp_path, action):
    open_and_wait(window, list_only_2023)
    suffix = {"export_results": ".xlsx", "export_chart": ".png", "export_report": ".pdf"}[action]
    target = tmp_path / "gone" / f"out{suffix}"
    shown = choose(monkeypatch, target)
    getattr(window.actions_, action).trigger()
    assert len(shown) == 1 and str(target) in shown[0] and "does not exist" in shown[0]
    assert not target.parent.exists()


def test_a_workbook_read_as_meant_shows_warnings_naming_the_cells(qtbot, window, open_and_wait, tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fileio"))
    import awkward_books as awkward

    path = awkward.write_book(
        tmp_path / "awkward.xlsx",
        {"Election": awkward.LIST_ONLY, "Parties": awkward.parties_rows(["Итого", awkward.PARTY_SUM])},
        hidden_rows={"Parties": [4]},
    )
    before = digest(path)
    open_and_wait(window, path)
    rows = window.panes.warnings_view.rows()
    flagged = {source.rpartition(" ")[2]: severity for severity, _, source in rows}
    assert flagged["Parties!A10"] == "Warning" and flagged["Parties!A4"] == "Warning"
    assert {p.name for p in window.session.result.parties} == {n for n, _ in awkward.OFFICIAL_2023}
    assert digest(path) == before
