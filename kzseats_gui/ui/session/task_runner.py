"""One background worker per window: long work (import, allocation) never runs on the GUI thread.

A ``QThread`` hosts a worker object. A job is a plain callable ``job(progress, is_cancelled)``, the
shape every long core and file-I/O function takes, so the same code runs in tests without threads.
Submitting a job supersedes the previous one: its ``threading.Event`` is set, the core function polls it
and stops, and whatever it still delivers is discarded (each submission carries a ticket number, and
only the latest ticket reaches the window). Results and errors come back as queued signals.
"""

from __future__ import annotations

import atexit
import threading
import time
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ...core.errors import Cancelled
from ...core.progress import CancelledFn, ProgressFn
from .gui_thread_gc import collect_on_gui_thread_only

Job = Callable[[ProgressFn, CancelledFn], object]

# A running job reports progress at most this often (and when it completes): each report wakes the
# GUI thread, which then competes with the worker for the interpreter, so fewer reports mean a
# smoother window. Ten a second still moves the bar visibly.
PROGRESS_INTERVAL_S = 0.1

# Every thread a runner starts, so tests can check that none is left running.
_threads: weakref.WeakSet[QThread] = weakref.WeakSet()
_runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


def running_threads() -> list[QThread]:
    return [thread for thread in list(_threads) if thread.isRunning()]


@atexit.register
def _shut_down_all() -> None:
    """A runner whose window never closed (an error at start-up) still stops before Python exits."""
    for runner in list(_runners):
        try:
            runner.shutdown()
        except RuntimeError:  # its Qt object is gone already, and its thread with it
            pass


@dataclass(frozen=True)
class TaskFailure:
    """An exception raised by a job, with its traceback text (formatted in the worker thread)."""

    error: BaseException
    details: str


class _Worker(QObject):
    """Lives in the worker thread; runs one job at a time, in submission order."""

    progressed = Signal(int, int, int)  # ticket, done, total
    succeeded = Signal(int, object)  # ticket, result
    failed = Signal(int, object)  # ticket, TaskFailure
    cancelled = Signal(int)  # ticket

    @Slot(int, object, object)
    def run(self, ticket: int, job: Job, cancel_event: threading.Event) -> None:
        if cancel_event.is_set():
            self.cancelled.emit(ticket)
            return
        last_report = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last_report[0] >= PROGRESS_INTERVAL_S or (total > 0 and done >= total):
                last_report[0] = now
                self.progressed.emit(ticket, done, total)

        try:
            result = job(progress, cancel_event.is_set)
        except Cancelled:
            self.cancelled.emit(ticket)
        except Exception as error:  # every failure must reach the window, never die in the thread
            self.failed.emit(ticket, TaskFailure(error, traceback.format_exc()))
        else:
            if cancel_event.is_set():
                self.cancelled.emit(ticket)
            else:
                self.succeeded.emit(ticket, result)


class TaskRunner(QObject):
    """Runs jobs one after another in a worker thread; only the latest submission is reported.

    ``tag`` is any value the caller uses to recognise the job when it reports back.
    """

    started = Signal(object)  # tag
    progressed = Signal(int, int)  # done, total (total 0 = unknown)
    succeeded = Signal(object, object)  # tag, result
    failed = Signal(object, object)  # tag, TaskFailure
    cancelled = Signal(object)  # tag
    busyChanged = Signal(bool)

    _dispatch = Signal(int, object, object)  # ticket, job, cancel event -> worker thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        collect_on_gui_thread_only()  # a worker thread must never run the cycle collector
        self._thread = QThread()
        self._thread.setObjectName("kzseats-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._dispatch.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progressed)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._ticket = 0
        self._current: tuple[int, object, threading.Event] | None = None
        self._busy = False
        self._stopped = False
        _threads.add(self._thread)
        _runners.add(self)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # ---- public API ------------------------------------------------------------------------------
    def submit(self, job: Job, tag: object = None) -> int:
        """Run ``job`` after cancelling whatever runs now; returns the ticket number."""
        if self._stopped:
            raise RuntimeError("the task runner has been shut down")
        self._cancel_current()
        self._ticket += 1
        event = threading.Event()
        self._current = (self._ticket, tag, event)
        self._set_busy(True)
        self.started.emit(tag)
        self._dispatch.emit(self._ticket, job, event)
        return self._ticket

    def cancel(self) -> None:
        """Stop the current job; the window hears ``cancelled`` at once, its result is discarded."""
        current = self._current
        if current is None:
            return
        self._cancel_current()
        self._current = None
        self._set_busy(False)
        self.cancelled.emit(current[1])

    def is_busy(self) -> bool:
        return self._busy

    def current_tag(self) -> object:
        return self._current[1] if self._current else None

    @Slot()
    def shutdown(self) -> None:
        """Cancel the current job and wait for the thread to end (call before the window goes)."""
        if self._stopped:
            return
        self._stopped = True
        self._cancel_current()
        self._current = None
        self._thread.quit()
        self._thread.wait()
        self._set_busy(False)

    # ---- worker reports (queued from the worker thread) -----------------------------------------
    @Slot(int, int, int)
    def _on_progressed(self, ticket: int, done: int, total: int) -> None:
        if self._is_current(ticket):
            self.progressed.emit(done, total)

    @Slot(int, object)
    def _on_succeeded(self, ticket: int, result: object) -> None:
        if self._is_current(ticket):
            tag = self._finish()
            self.succeeded.emit(tag, result)
            self._settle()

    @Slot(int, object)
    def _on_failed(self, ticket: int, failure: object) -> None:
        if self._is_current(ticket):
            tag = self._finish()
            self.failed.emit(tag, failure)
            self._settle()

    @Slot(int)
    def _on_cancelled(self, ticket: int) -> None:
        if self._is_current(ticket):
            tag = self._finish()
            self.cancelled.emit(tag)
            self._settle()

    # ---- internals -------------------------------------------------------------------------------
    def _is_current(self, ticket: int) -> bool:
        return self._current is not None and self._current[0] == ticket

    def _finish(self) -> object:
        assert self._current is not None
        tag = self._current[1]
        self._current = None
        return tag

    def _settle(self) -> None:
        # A handler may have submitted the next job already; only report idle when nothing runs.
        self._set_busy(self._current is not None)

    def _cancel_current(self) -> None:
        if self._current is not None:
            self._current[2].set()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
