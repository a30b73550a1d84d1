"""Unexpected exceptions on the GUI thread: logged, shown with their details, and the app goes on."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from ..log import format_exception


def install_exception_hook(window) -> None:
    """Route uncaught exceptions (e.g. raised in a slot) to ``window.commands.show_unexpected_error``."""
    previous = sys.excepthook
    reporting = threading.Event()

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        on_gui_thread = threading.current_thread() is threading.main_thread()
        if issubclass(kind, KeyboardInterrupt) or not on_gui_thread or reporting.is_set():
            previous(kind, error, trace)
            return
        reporting.set()  # an error while showing the dialog must not open another one
        try:
            error.__traceback__ = trace
            what = QCoreApplication.translate("app", "an unexpected error")
            window.commands.show_unexpected_error(what, error, format_exception(error))
        except Exception:
            previous(kind, error, trace)
        finally:
            reporting.clear()

    sys.excepthook = hook
