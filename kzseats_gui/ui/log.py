"""The application log: unexpected errors are written here so they can be reported afterwards.

The file lives in the per-user data folder (``user_files.data_dir()``: QStandardPaths AppLocalDataLocation,
e.g. ``~/.local/share/kzseats/kzseats.log``); when that folder cannot be written, the temporary folder is
used instead.
"""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
import traceback
from pathlib import Path

from .user_files import data_dir

LOG_NAME = "kzseats.log"
# Keep the log from growing without bound: start over once it passes this size.
MAX_LOG_BYTES = 1_000_000

_override: Path | None = None


def set_log_path(path: Path | None) -> None:
    """Write the log to ``path`` instead of the standard location (None restores the default)."""
    global _override
    _override = path


def log_path() -> Path:
    if _override is not None:
        return _override
    candidate = data_dir()
    if candidate.is_absolute():
        try:
            candidate.mkdir(parents=True, exist_ok=True)
            if os.access(candidate, os.W_OK):
                return candidate / LOG_NAME
        except OSError:
            pass
    return Path(tempfile.gettempdir()) / LOG_NAME


def format_exception(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def write_log(context: str, details: str) -> Path | None:
    """Append one entry; returns the file written, or None when no file could be written."""
    for path in (log_path(), Path(tempfile.gettempdir()) / LOG_NAME):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
                path.unlink()
            stamp = _dt.datetime.now().isoformat(timespec="seconds")
            with path.open("a", encoding="utf-8") as log:
                log.write(f"--- {stamp} {context}\n{details.rstrip()}\n")
            return path
        except OSError:
            continue
    return None


def log_exception(context: str, error: BaseException) -> Path | None:
    return write_log(context, format_exception(error))
