"""``--screenshot`` pictures the window as it settles: never a chart still laid out for an earlier size."""

from PySide6.QtCore import QCoreApplication

from kzseats_gui.ui.window.screenshot import ScreenshotTaker


def test_the_picture_waits_for_the_hemicycle_to_follow_a_late_resize(qtbot, window, open_and_wait,
                                                                      list_only_2023, tmp_path, monkeypatch):
    quits = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    window.show()
    qtbot.waitExposed(window)
    open_and_wait(window, list_only_2023)
    hemicycle = window.charts_panel.hemicycle
    qtbot.waitUntil(lambda: not hemicycle.is_settling())
    picture = tmp_path / "window.png"
    taker = ScreenshotTaker(window, picture)

    window.resize(window.width() - 200, window.height())  # the chart is laid out again a moment later
    qtbot.waitUntil(hemicycle.is_settling)
    taker._take()
    assert not picture.exists()  # not while the chart still shows the earlier size

    qtbot.waitUntil(picture.exists, timeout=5_000)
    assert not hemicycle.is_settling() and quits == [True] and taker.exit_code == 0
