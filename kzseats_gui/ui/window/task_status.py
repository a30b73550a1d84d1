"""The status bar's view of background work: what runs, its progress, and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..session.task_runner import TaskRunner

PROGRESS_WIDTH = 220


class TaskStatus(QWidget):
    """Shows the runner's progress while it works; the Cancel button stops the current job."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self.label = QLabel(self)
        self.label.setObjectName("taskStatus")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("taskProgress")
        self.progress_bar.setMaximumWidth(PROGRESS_WIDTH)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(runner.cancel)
        # Hidden, they keep their room: the status bar never changes height when work starts or ends,
        # so the views above are not laid out and repainted again while the worker is busy.
        for widget in (self.progress_bar, self.cancel_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)  # the text on the left, the progress and Cancel on the right
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)
        runner.progressed.connect(self._on_progress)
        runner.busyChanged.connect(self._on_busy_changed)
        # A failure may open a dialog before the runner reports idle: the bar should not run behind it.
        runner.failed.connect(self._on_job_failed)
        self.retranslate_ui()
        self._on_busy_changed(runner.is_busy())

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)  # busy indicator: the total is not known

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)

    @Slot(object, object)
    def _on_job_failed(self, _tag: object, _failure: object) -> None:
        self._on_busy_changed(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
