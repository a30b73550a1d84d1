"""Where the app keeps the user's settings and its log, and the application's identity in Qt.

Qt builds the per-user folders from the organization and application names
(``<location>/<organization>/<application>``). The organization name is left empty, so each folder is
simply ``kzseats`` — no ``kzseats/kzseats``:

- settings: ``kzseats.ini`` in QStandardPaths.AppConfigLocation (Linux ``~/.config/kzseats``, Windows
  ``%LOCALAPPDATA%\\kzseats``, macOS ``~/Library/Preferences/kzseats``);
- log: ``kzseats.log`` in QStandardPaths.AppLocalDataLocation (Linux ``~/.local/share/kzseats``,
  Windows ``%LOCALAPPDATA%\\kzseats``).

A ``--screenshot`` run uses settings in a temporary folder instead (``temporary_settings``), so it never
changes the user's recent files, geometry or language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

APP_NAME = "kzseats"
SETTINGS_NAME = "kzseats.ini"
# Linux desktops match a window to its .desktop entry (icon, name in the task bar) by this name.
DESKTOP_FILE_NAME = "kzseats"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def configure_application(app: QCoreApplication) -> None:
    """Names, version and icon of the running application (before any settings or paths are used)."""
    from .. import __version__

    app.setOrganizationName("")
    app.setOrganizationDomain("")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if hasattr(app, "setApplicationDisplayName"):  # a QGuiApplication
        app.setApplicationDisplayName(APP_NAME)
        app.setDesktopFileName(DESKTOP_FILE_NAME)
        app.setWindowIcon(application_icon())


def application_icon():
    """The hemicycle icon at every size drawn (tools/make_icons.py); PNGs need no SVG plugin."""
    from PySide6.QtGui import QIcon

    from ..paths import icon_path

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_path(f"kzseats-{size}.png")))
    return icon


Location = QStandardPaths.StandardLocation
# The same folder without the application's name, for a host that is not configured as kzseats.
GENERIC = {Location.AppConfigLocation: Location.GenericConfigLocation,
           Location.AppLocalDataLocation: Location.GenericDataLocation}


def _location(kind: QStandardPaths.StandardLocation) -> Path:
    """The per-user folder of ``kind`` for kzseats, whatever names the running application has."""
    app = QCoreApplication.instance()
    if app is not None and app.applicationName() == APP_NAME and not app.organizationName():
        return Path(QStandardPaths.writableLocation(kind))
    # Another host (tests, the command line): the generic folder plus our own name, as above.
    return Path(QStandardPaths.writableLocation(GENERIC[kind])) / APP_NAME


def settings_path() -> Path:
    return _location(Location.AppConfigLocation) / SETTINGS_NAME


def data_dir() -> Path:
    """The per-user folder for the log and the copies of the samples the window opens."""
    return _location(Location.AppLocalDataLocation)


def user_settings() -> QSettings:
    path = settings_path()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if not path.exists():
        _take_over_earlier_settings(settings)
    return settings


def _take_over_earlier_settings(settings: QSettings) -> None:
    """Earlier builds kept the settings in Qt's native place for organization and application "kzseats"
    (``~/.config/kzseats/kzseats.conf``, the Windows registry): carry them over once, untouched there."""
    earlier = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
    for key in earlier.allKeys():
        settings.setValue(key, earlier.value(key))


def temporary_settings(folder: Path) -> QSettings:
    """Settings that live and die with ``folder`` (a ``--screenshot`` run)."""
    return QSettings(str(Path(folder) / SETTINGS_NAME), QSettings.Format.IniFormat)


# While set, settings and sample copies live in this folder instead of the user's (a --screenshot run).
_scratch: Path | None = None


def use_scratch_folder(folder: Path | None) -> None:
    global _scratch
    _scratch = folder


def current_settings() -> QSettings:
    return temporary_settings(_scratch) if _scratch is not None else user_settings()


def sample_copy(name: str | None = None) -> Path:
    """A fresh copy of a bundled sample in the user's data folder, for the window to open.

    The bundled file stays untouched: lots recorded, or edits saved, land beside the copy. When no copy
    can be written the bundled file is opened as it is (reading it is safe).
    """
    from ..paths import DEFAULT_SAMPLE, copy_sample, sample_path

    name = name or DEFAULT_SAMPLE
    folder = (_scratch or data_dir()) / "samples"
    target = folder / sample_path(name).name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_bytes() != sample_path(name).read_bytes():
            copy_sample(name, target)
    except OSError:
        return sample_path(name)
    return target
