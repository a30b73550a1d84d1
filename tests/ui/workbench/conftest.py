import pytest

from kzseats_gui.ui import i18n
from kzseats_gui.ui.workbench import window_hooks as hooks


@pytest.fixture
def back_to_english():
    """The test may switch the window's language; the next test starts in English."""
    yield
    i18n.install_language("en")


@pytest.fixture
def settled(qtbot):
    """``settled(window)``: wait until the window and its workbench are idle and the panes show the
    figures the window allocated; returns the workbench's analysis."""

    def wait(window, timeout: int = 30_000):
        bench = window.workbench

        def done() -> bool:
            analysis = bench.session.analysis
            document = hooks.document(window)
            return (analysis is not None and document is not None and not hooks.window_busy(window)
                    and not bench.session.is_busy() and analysis.election is document.election
                    and analysis.settings == document.settings)

        qtbot.waitUntil(done, timeout=timeout)
        return bench.session.analysis

    return wait


@pytest.fixture
def opened(window, open_and_wait, settled):
    """``opened(path)``: the window with ``path`` open and the workbench filled."""

    def run(path):
        open_and_wait(window, path)
        return settled(window)

    return run
