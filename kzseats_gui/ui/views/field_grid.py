"""Groups of labelled values in a grid that reflows with the width: three columns of groups on a wide
window, one on a narrow one. Values wrap and are selectable, so translated text is never cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

GROUP_MIN_WIDTH = 380  # a group narrower than this wraps its values too often to read well
MAX_COLUMNS = 3


class FieldGrid(QWidget):
    """Value labels by key, in titled groups; ``set`` shows or hides a value with its caption."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._groups: list[tuple[QGroupBox, list[tuple[str, str]]]] = []
        self._rows: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._captions: dict[str, QLabel] = {}
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(12)

    def add_group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        """A group titled ``title`` with one (key, caption) row per value."""
        box = QGroupBox(title, self)
        box.setMinimumWidth(GROUP_MIN_WIDTH // 2)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # rows line up
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for key, caption in rows:
            value = QLabel(box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label = QLabel(caption + ":", box)
            label.setWordWrap(True)
            label.setBuddy(value)
            form.addRow(label, value)
            self._rows[key] = (form, value)
            self._captions[key] = label
        self._groups.append((box, rows))
        self._columns = 0
        self._reflow(self._columns_for(self.width()))
        return box

    def retitle(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """New group titles and captions (same groups and keys, e.g. after a language change)."""
        for index, (title, rows) in enumerate(groups):
            box, _ = self._groups[index]
            box.setTitle(title)
            self._groups[index] = (box, rows)
            for key, caption in rows:
                self._captions[key].setText(caption + ":")

    def set(self, key: str, text: str, visible: bool = True, tooltip: str = "") -> None:
        form, value = self._rows[key]
        value.setText(text)
        value.setToolTip(tooltip)
        form.setRowVisible(value, visible)

    def keys(self) -> list[str]:
        return list(self._rows)

    def fields(self) -> dict[str, str]:
        """The text of every value by key, as shown (hidden rows give "")."""
        return {key: ("" if value.isHidden() else value.text()) for key, (_, value) in self._rows.items()}

    def text_lines(self) -> list[str]:
        """Group titles and 'caption: value' lines of the shown values, for copying as text."""
        lines = []
        for box, rows in self._groups:
            lines.append(box.title())
            for key, caption in rows:
                value = self._rows[key][1]
                if not value.isHidden():
                    lines.append(f"  {caption}: {value.text()}")
        return lines

    def columns(self) -> int:
        return self._columns

    def _columns_for(self, width: int) -> int:
        return max(1, min(MAX_COLUMNS, width // GROUP_MIN_WIDTH))

    def _reflow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for box, _ in self._groups:
            self._grid.removeWidget(box)
        for i, (box, _) in enumerate(self._groups):
            self._grid.addWidget(box, i // columns, i % columns)
        for c in range(MAX_COLUMNS):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._reflow(self._columns_for(event.size().width()))
        super().resizeEvent(event)
