"""The task runner: work happens off the GUI thread, only the latest job reports, cancelling stops it."""

import threading

import pytest

from kzseats_gui.core.errors import Cancelled
from kzseats_gui.ui.session.task_runner import TaskFailure, TaskRunner


@pytest.fixture
def runner(qtbot):
    created = TaskRunner()
    yield created
    created.shutdown()


def wait_until_cancelled(started: threading.Event):
    """A job that runs until it is told to stop, like a long import polling ``is_cancelled``."""

    def job(progress, is_cancelled):
        started.set()
        done = 0
        while not is_cancelled():
            done += 1
            progress(done % 100, 100)
            started.wait(0.001)
        raise Cancelled()

    return job


def test_job_runs_off_the_gui_thread_and_reports_its_result(qtbot, runner):
    seen_thread = []

    def job(progress, is_cancelled):
        seen_thread.append(threading.current_thread())
        progress(1, 2)
        return 42

    with qtbot.waitSignal(runner.succeeded, timeout=5000) as blocker:
        runner.submit(job, tag="answer")
    assert blocker.args == ["answer", 42]
    assert seen_thread[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: not runner.is_busy())


def test_progress_reaches_the_gui(qtbot, runner):
    reported = []
    runner.progressed.connect(lambda done, total: reported.append((done, total)))

    def job(progress, is_cancelled):
        for done in range(5):
            progress(done, 4)
        return None

    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        runner.submit(job, tag=None)
    assert reported and reported[-1] == (4, 4)


def test_a_new_job_supersedes_the_running_one(qtbot, runner):
    started = threading.Event()
    results, cancelled = [], []
    runner.succeeded.connect(lambda tag, value: results.append((tag, value)))
    runner.cancelled.connect(lambda tag: cancelled.append(tag))

    runner.submit(wait_until_cancelled(started), tag="first")
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        runner.submit(lambda progress, is_cancelled: "second result", tag="second")
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert results == [("second", "second result")]
    assert cancelled == []  # the superseded job is dropped silently; only the latest one reports


def test_cancel_stops_the_job_and_reports_no_result(qtbot, runner):
    started = threading.Event()
    results = []
    runner.succeeded.connect(lambda tag, value: results.append(value))
    runner.submit(wait_until_cancelled(started), tag="long")
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert runner.is_busy()
    with qtbot.waitSignal(runner.cancelled, timeout=5000) as blocker:
        runner.cancel()
    assert blocker.args == ["long"]
    assert not runner.is_busy()
    # the runner takes new work at once, and the old job's late end does not leak through
    with qtbot.waitSignal(runner.succeeded, timeout=5000) as blocker:
        runner.submit(lambda progress, is_cancelled: "next", tag="next")
    assert blocker.args == ["next", "next"]
    assert results == ["next"]


def test_an_exception_is_reported_with_its_traceback(qtbot, runner):
    def job(progress, is_cancelled):
        raise ValueError("broken input")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit(job, tag="bad")
    tag, failure = blocker.args
    assert tag == "bad"
    assert isinstance(failure, TaskFailure)
    assert isinstance(failure.error, ValueError)
    assert "broken input" in failure.details and "Traceback" in failure.details


def test_shutdown_while_working_stops_the_thread(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    runner.submit(wait_until_cancelled(started), tag="long")
    qtbot.waitUntil(started.is_set, timeout=5000)
    runner.shutdown()
    assert not runner._thread.isRunning()
    with pytest.raises(RuntimeError):
        runner.submit(lambda progress, is_cancelled: None)
