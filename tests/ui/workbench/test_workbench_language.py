"""The workbench follows the window's language: tab titles, pane texts and the hemicycle's legend row."""


from kzseats_gui.ui.workbench import window_hooks as hooks


def test_the_workbench_speaks_the_window_language(window, opened, settled, qtbot, back_to_english,
                                                  list_only_2023):
    opened(list_only_2023)
    bench = window.workbench
    pane = bench.whatif
    pane.swing_from.setCurrentIndex(pane.swing_from.findData("Amanat"))
    pane.swing_to.setCurrentIndex(pane.swing_to.findData("Auyl"))
    pane.swing_points.setValue(5.0)
    pane.apply_swing()
    analysis = settled(window)
    window.set_language("ru")
    tabs = hooks.tabs(window)
    qtbot.waitUntil(lambda: tabs.tabText(tabs.indexOf(bench._pages[0])) == "Что если")
    settled(window)
    titles = [tabs.tabText(tabs.indexOf(page)) for page in bench._pages]
    assert titles == ["Что если", "Сценарии", "Методы", "Запасы", "Неопределённость"]
    assert pane.state_label.text() == f"Что если: мандатов, меняющих владельца: {analysis.changed_seats}."
    qtbot.waitUntil(lambda: bench.changed_seats.legend_row() is not None)  # the chart was redrawn
    assert bench.changed_seats.legend_row().text() == f"Сменили владельца: {analysis.changed_seats}"
    assert "закон" in bench.methods.note.text()
    window.set_language("kk")
    qtbot.waitUntil(lambda: tabs.tabText(tabs.indexOf(bench._pages[0])) == "Егер")
    settled(window)
    assert pane.undo_button.text() == "Болдырмау"
