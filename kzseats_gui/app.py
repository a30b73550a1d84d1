"""`kzseats-gui [WORKBOOK] [--lang LANG] [--screenshot FILE.png [--size WxH]]`: the desktop app's entry point.

Without a workbook the bundled 2023 Mazhilis sample opens. ``--screenshot`` renders the window once the
allocation has finished, saves the picture and exits (exit 0; 2 when the workbook cannot be used). On a
machine without a display the app says so in one line instead of failing inside Qt; with
``--screenshot`` it renders offscreen instead. A screenshot run uses settings of its own that are thrown
away (the language is ``--lang`` or the system's) and prints which language loaded, e.g.
``kzseats-gui: language kk: translation kzseats_kk.qm loaded (Анықтама)``.
``--install-desktop-entry`` (Linux) adds kzseats to the applications menu and exits.

Set ``KZSEATS_REPORT_FIRST_PAINT=1`` to print ``first-paint <unix time>`` when the window first paints,
``result-painted <unix time>`` when the first result is on screen and ``charts-painted <unix time>``
when the charts are too (used by the start-up benchmark).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_NO_DISPLAY = 1
EXIT_BAD_INPUT = 2
DEFAULT_SIZE = (1280, 800)
# The interface languages (kzseats_gui.ui.i18n.LANGUAGES), named here so that --help needs no Qt.
LANGUAGE_CODES = ("en", "ru", "kk")
FIRST_PAINT_ENV = "KZSEATS_REPORT_FIRST_PAINT"


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        size = (0, 0)
    if not sep or min(size) < 200 or max(size) > 10_000:
        raise argparse.ArgumentTypeError(f"{text!r}: write WIDTHxHEIGHT, e.g. 1280x800")
    return size


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="kzseats-gui",
        description="Seat calculator for Kazakhstan's elections: the desktop window.",
    )
    parser.add_argument("workbook", nargs="?", type=Path,
                        help="results workbook (.xlsx); the 2023 Mazhilis sample when omitted")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the window once the allocation has finished, save it and exit")
    parser.add_argument("--size", type=_size, default=DEFAULT_SIZE, metavar="WxH",
                        help="window size for --screenshot (default 1280x800)")
    parser.add_argument("--lang", choices=LANGUAGE_CODES, metavar="en|ru|kk",
                        help="interface language for this run, not saved (default: the language chosen "
                             "in View > Language, else the system's)")
    parser.add_argument("--tab", metavar="NAME",
                        help="open this workbench tab first: what-if, scenarios, methods, margins, "
                             "uncertainty")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="Linux: add kzseats to the applications menu and to \"Open with\" for .xlsx "
                             "files (for this user), then exit")
    parser.add_argument("--version", action="version", version=f"kzseats {__version__}")
    return parser


def has_display() -> bool:
    """False on Linux and other X11/Wayland systems when no display server can be reached."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    started = time.time()
    args = build_parser().parse_args(argv)
    if args.install_desktop_entry:
        from .desktop_entry import install_desktop_entry

        print(f"Desktop entry written to {install_desktop_entry()}")
        return EXIT_OK
    if not has_display():
        if args.screenshot is None:
            from PySide6.QtCore import QCoreApplication

            message = QCoreApplication.translate(
                "app",
                "kzseats-gui: no display available (DISPLAY and WAYLAND_DISPLAY are not set); to render the "
                "window to a picture instead, run: kzseats-gui --screenshot window.png",
            )
            print(message, file=sys.stderr)
            return EXIT_NO_DISPLAY
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # pyqtgraph uses the first Qt binding it finds: make it PySide6 before any chart module loads.
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    return _run(QApplication, args, started)


def _run(application_class, args: argparse.Namespace, started: float) -> int:
    from .ui import i18n, user_files

    app = application_class.instance() or application_class([sys.argv[0] if sys.argv else "kzseats-gui"])
    user_files.configure_application(app)
    if args.screenshot is None:
        preferences = user_files.user_settings()
        i18n.install_language(args.lang or i18n.saved_language(preferences))
        return _show_window(app, args, preferences, started)
    # A picture for a script or a document: settings and the sample copy live in a folder thrown away
    # afterwards, so the user's recent files, geometry and language are neither read nor changed.
    with tempfile.TemporaryDirectory(prefix="kzseats-screenshot-") as scratch:
        user_files.use_scratch_folder(Path(scratch))
        try:
            preferences = user_files.current_settings()
            i18n.install_language(args.lang or i18n.saved_language(preferences))
            print(f"kzseats-gui: {i18n.describe_language()}", flush=True)
            return _show_window(app, args, preferences, started)
        finally:
            user_files.use_scratch_folder(None)


def _show_window(app, args: argparse.Namespace, preferences, started: float) -> int:
    from .ui.user_files import sample_copy
    from .ui.window.crash_handler import install_exception_hook
    from .ui.window.main_window import MainWindow

    screenshot = args.screenshot
    # Interactively the summary and tables show first and the charts follow; a screenshot waits for all.
    window = MainWindow(preferences, interactive=screenshot is None, defer_charts=screenshot is None)
    install_exception_hook(window)
    if os.environ.get(FIRST_PAINT_ENV) == "1":
        from .ui.window.first_paint import FirstPaintReporter

        window._first_paint = FirstPaintReporter(window, started)  # kept alive with the window
    if screenshot is not None:
        from .ui.window.window_geometry import emulated_screen

        # A WxH-pixel picture of the window on such a screen, at any scale factor.
        window.fit_to_screen(*args.size, emulated_screen(args.size), with_frame=False)
    else:
        window.fit_to_screen(*DEFAULT_SIZE)
        window.restore_geometry()
    taker = None
    if screenshot is not None:
        from .ui.window.screenshot import ScreenshotTaker

        taker = ScreenshotTaker(window, screenshot)
    if args.tab:
        window.workbench.show_pane(args.tab)
    window.show()
    window.open_path(args.workbook or sample_copy())
    code = app.exec()
    if window.isVisible():
        window.close()
    return taker.exit_code if taker is not None else code


if __name__ == "__main__":
    sys.exit(main())
