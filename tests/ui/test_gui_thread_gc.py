"""Cyclic garbage made by a worker thread is collected on the GUI thread, never in the worker (where
PySide's disconnecting can deadlock against the GUI thread)."""

from __future__ import annotations

import gc
import threading
import weakref

from kzseats_gui.ui.session.gui_thread_gc import MainThreadCollector, collect_on_gui_thread_only
from kzseats_gui.ui.session.task_runner import TaskRunner


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _make_garbage(count: int, freed_in: list[str]) -> None:
    for _ in range(count):
        cycle = _Cycle()
        weakref.finalize(cycle, lambda: freed_in.append(threading.current_thread().name))
        del cycle


def _garbage_from_a_worker(freed_in: list[str]) -> None:
    worker = threading.Thread(target=_make_garbage, args=(20 * gc.get_threshold()[0], freed_in),
                              name="worker")
    worker.start()
    worker.join()


def test_a_workers_cycles_are_freed_on_the_gui_thread(qapp, qtbot):
    freed_in: list[str] = []
    installed = qapp.findChild(MainThreadCollector)
    collector = MainThreadCollector(qapp, interval_ms=20)
    try:
        assert not gc.isenabled()
        _garbage_from_a_worker(freed_in)
        assert freed_in == []  # nothing collected inside the worker
        qtbot.waitUntil(lambda: len(freed_in) > 0, timeout=5000)
    finally:
        collector.stop()
        collector.setParent(None)
    gc.collect()
    assert gc.isenabled() == (installed is None)  # stop gives back only what it took
    assert set(freed_in) == {threading.main_thread().name}


def test_the_task_runner_installs_it_once_before_its_worker_starts(qapp):
    runner = TaskRunner()
    try:
        assert not gc.isenabled()
        assert len(qapp.findChildren(MainThreadCollector)) == 1
        assert collect_on_gui_thread_only() is qapp.findChild(MainThreadCollector)
    finally:
        runner.shutdown()


def test_without_it_python_collects_inside_the_worker():
    # The hazard the collector removes: automatic collection runs in whichever thread allocates.
    freed_in: list[str] = []
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        _garbage_from_a_worker(freed_in)
    finally:
        if not was_enabled:
            gc.disable()
    gc.collect()
    assert "worker" in freed_in
