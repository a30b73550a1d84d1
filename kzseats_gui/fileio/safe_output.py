"""Writing an output file so that it never destroys data.

Every file the app writes (results workbook, template, SVG, PNG, PDF chart, PDF report; from the
command line and from the window) goes through ``write_atomically``: the bytes go to a temporary file
in the target folder, are flushed to disk, and only a complete file is moved over the target. A full
disk, a missing or read-only folder leave any earlier file as it was and no partial file behind, and
come back as one ``OutputError`` that names the file. A target that is the input itself (also through
a symbolic or hard link) is refused before anything is written. The new file gets the mode the
user's umask gives any new file, not the private mode of a temporary file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

Writer = Callable[[BinaryIO], None]
StrPath = str | os.PathLike[str]  # a path as text or as a Path


class OutputError(OSError):
    """An output cannot be written. ``code`` and ``params`` say why (templates in text.input_messages).
    An OSError, so that code which catches OS errors around a write still catches it."""

    def __init__(self, path: StrPath, code: str, **params: str):
        super().__init__()
        self.path = Path(path)
        self.code = code
        self.params = {"path": str(path), **params}

    def __str__(self) -> str:
        return self.message()

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        from ..text import render

        return render(self.code, self.params, translate)


def same_file(first: StrPath, second: StrPath) -> bool:
    """True when both names reach one file: the same name, a symbolic link or a hard link."""
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet): compare where the names lead
        try:
            return Path(first).resolve() == Path(second).resolve()
        except (OSError, RuntimeError):
            return False


def check_not_input(path: StrPath, inputs: Iterable[StrPath]) -> None:
    """Refuse ``path`` when it is one of ``inputs`` (by any name)."""
    for source in inputs:
        if same_file(path, source):
            raise OutputError(path, "output-is-input", source=str(source))


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: StrPath, write: Writer, *, inputs: Iterable[StrPath] = ()) -> None:
    """Call ``write(stream)`` into a temporary file beside ``path``, then move it into place."""
    target = Path(path)
    check_not_input(target, inputs)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(target, "output-is-folder")
    if not folder.is_dir():
        raise OutputError(target, "output-folder-missing", folder=str(folder))
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise _error(target, error) from None
    try:
        with open_temporary(handle) as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~current_umask())
        os.replace(temporary, target)
    except BaseException as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise _error(target, error) from None
        raise


def write_bytes_atomically(path: StrPath, data: bytes, *, inputs: Iterable[StrPath] = ()) -> None:
    def write(stream: BinaryIO) -> None:
        stream.write(data)

    write_atomically(path, write, inputs=inputs)


def open_temporary(handle: int) -> BinaryIO:
    """The temporary file as a binary stream (a seam the tests use to simulate a full disk)."""
    return os.fdopen(handle, "wb")


# What an OS error means for the user, by errno; anything else is "output-failed".
ERRNO_CODES = {
    errno.ENOSPC: "output-disk-full",
    errno.EDQUOT: "output-disk-full",
    errno.EFBIG: "output-disk-full",
    errno.EACCES: "output-permission",
    errno.EPERM: "output-permission",
    errno.EROFS: "output-permission",
    errno.ENOENT: "output-folder-missing",
    errno.ENOTDIR: "output-folder-missing",
}


OTHER_ERROR = "output-failed"


def _error(target: Path, error: OSError) -> OutputError:
    code = ERRNO_CODES.get(error.errno or 0, OTHER_ERROR)
    return OutputError(
        target, code, folder=str(target.parent), reason=error.strerror or str(error) or type(error).__name__
    )
