"""`kzseats-gui` as a user starts it: no display, a screenshot, the size option."""

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


def run_app(*args, env_changes=None, timeout=120):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_changes or {})
    return subprocess.run([sys.executable, "-m", "kzseats_gui", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env=env)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is always there elsewhere")
def test_without_a_display_it_says_so_in_one_line(tmp_path):
    done = run_app(tmp_path / "any.xlsx")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display" in lines[0] and "--screenshot" in lines[0]
    assert "Traceback" not in done.stderr


def test_screenshot_renders_the_window_at_the_size_asked(tmp_path, list_only_2023):
    shot = tmp_path / "window.png"
    done = run_app(list_only_2023, "--screenshot", shot, "--size", "1024x700")
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 700)


def test_screenshot_of_a_bad_workbook_reports_the_problem(tmp_path, workbook):
    bad = workbook("bad.xlsx", {"Parties": [("Party", "Votes"), ("A", -1)]})
    done = run_app(bad, "--screenshot", tmp_path / "window.png")
    assert done.returncode == 2
    assert "Parties!B2" in done.stderr
