"""Folders where writing fails as it does for users: a full disk and a read-only folder.

Where the tests run as root and may mount (a container, a developer's VM), these are real: a small
tmpfs filled to the last byte, a tmpfs mounted read-only. Elsewhere (CI runs as a user) the same
failure is made where the app writes, so the tests still run: the temporary output file fails with
ENOSPC after its first bytes, or the folder refuses the file with EACCES (as chmod 555 does for a
user). Each fixture says which it used; none is ever skipped.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kzseats_gui.fileio import safe_output


@functools.cache
def can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    probe = Path(tempfile.mkdtemp(prefix="kzseats-mount-probe-"))
    try:
        if (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(probe)], capture_output=True
            ).returncode
            != 0
        ):
            return False
        subprocess.run(["umount", str(probe)], capture_output=True)
        return True
    finally:
        probe.rmdir()


@contextlib.contextmanager
def _tmpfs(folder: Path, options: str) -> Iterator[None]:
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True, capture_output=True
    )
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _put(folder: Path, earlier: dict[str, bytes]) -> None:
    for name, data in earlier.items():
        (folder / name).write_bytes(data)


class _FillsUp:
    """A file on a disk that fills up after ``room`` bytes: the write fails as on a full disk."""

    def __init__(self, stream, room: int = 512):
        self._stream = stream
        self._room = room

    def write(self, data) -> int:
        if len(data) > self._room:
            self._stream.write(bytes(data[: self._room]))
            self._stream.flush()
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._stream.write(data)

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._stream.close()


@contextlib.contextmanager
def full_disk(folder: Path, monkeypatch, earlier: dict[str, bytes]) -> Iterator[str]:
    """``folder`` on a full disk holding the ``earlier`` files; yields 'tmpfs' or 'simulated'."""
    folder.mkdir(exist_ok=True)
    if can_mount():
        with _tmpfs(folder, "size=256k"):
            _put(folder, earlier)
            with contextlib.suppress(OSError), open(folder / ".filler", "wb") as filler:
                while True:
                    filler.write(b"\0" * 4096)
                    filler.flush()
            yield "tmpfs"
        return
    _put(folder, earlier)
    original = safe_output.open_temporary
    monkeypatch.setattr(safe_output, "open_temporary", lambda handle: _FillsUp(original(handle)))
    yield "simulated"


@contextlib.contextmanager
def read_only_folder(folder: Path, monkeypatch, earlier: dict[str, bytes]) -> Iterator[str]:
    """``folder`` holding the ``earlier`` files, where no new file may be made."""
    folder.mkdir(exist_ok=True)
    if can_mount():
        with _tmpfs(folder, "size=256k"):
            _put(folder, earlier)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
            yield "tmpfs read-only"
        return
    _put(folder, earlier)
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield "chmod 555"
        finally:
            folder.chmod(0o755)
        return

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(safe_output.tempfile, "mkstemp", refuse)
    yield "simulated"


def debris(folder: Path, keep: set[str]) -> list[str]:
    """Files in ``folder`` other than ``keep`` (and the filler of a full disk)."""
    return sorted(p.name for p in folder.iterdir() if p.name not in keep and p.name != ".filler")
