"""A workbench table too narrow for every column never shows a figure cut at its right edge: the names
take the slack, so the columns in view end at the edge and the rest are reached by scrolling."""

from kzseats_gui.ui.workbench.table_cells import cell, fit_columns, new_table


def _cut_columns(table) -> list[int]:
    header, room = table.horizontalHeader(), table.viewport().width()
    cut = []
    for column in range(table.columnCount()):
        left = header.sectionViewportPosition(column)
        if left < room < left + header.sectionSize(column):
            cut.append(column)
    return cut


def test_no_figure_column_is_cut_at_the_edge(qtbot):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    table = new_table(host, "tight", 6, seat_columns=(1, 2))
    table.setHorizontalHeaderLabels(["Party", "Hare quota", "D'Hondt", "Sainte-Laguë", "List votes",
                                     "Votes to the threshold"])
    table.setRowCount(2)
    for row, name in enumerate(("People's Party of Kazakhstan", "Amanat")):
        table.setItem(row, 0, cell(name))
        for column in range(1, 6):
            table.setItem(row, column, cell(f"{3_431_510 * column:,}", number=True))
    host.show()
    for width in range(330, 760, 37):
        table.resize(width, 200)
        qtbot.waitUntil(lambda w=width: table.width() == w)
        fit_columns(table)
        assert _cut_columns(table) == [], width
        assert table.columnWidth(0) >= 64  # names shortened, never gone
