"""The callables long-running core functions accept, so a window can run them in a thread."""

from __future__ import annotations

from collections.abc import Callable

from .errors import Cancelled

# progress(done, total): total may be 0 when unknown
ProgressFn = Callable[[int, int], None] | None
CancelledFn = Callable[[], bool] | None


def check_cancelled(is_cancelled: CancelledFn) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


def report(progress: ProgressFn, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
