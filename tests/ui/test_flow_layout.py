"""A row of controls in a flow layout wraps on a narrow pane instead of widening it."""

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kzseats_gui.ui.flow_layout import FlowLayout, side_by_side


def test_controls_wrap_to_the_width_and_a_label_stays_with_its_field(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box)
    buttons = [QPushButton(f"Button number {k}", box) for k in range(4)]
    for button in buttons:
        flow.addWidget(button)
    pair = side_by_side(box, QLabel("from", box), QPushButton("Amanat", box))
    flow.addWidget(pair)
    widest = max(w.sizeHint().width() for w in [*buttons, pair])
    assert box.minimumSizeHint().width() <= widest + 2  # never wider than its widest item
    box.resize(widest + 10, 400)
    box.show()
    qtbot.waitExposed(box)
    tops = {button.y() for button in buttons}
    assert len(tops) == 4  # one per line at this width
    for widget in [*buttons, pair]:
        assert widget.geometry().right() < box.width()
    box.resize(2000, 400)
    qtbot.waitUntil(lambda: len({button.y() for button in buttons}) == 1)  # all on one line when wide
