"""Where bundled resources live: package data inside ``kzseats_gui``, the same in a checkout, a wheel
and the frozen app (PyInstaller keeps the package folder layout under ``sys._MEIPASS``)."""

from __future__ import annotations

import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

SAMPLE_SUFFIX = ".xlsx"
DEFAULT_SAMPLE = "mazhilis-2023"
# LICENSE and THIRD_PARTY_NOTICES.md: in a build they are copied into resources/legal (setup.py, the
# PyInstaller spec); a checkout has them at the repository root, one folder above the package.
LEGAL_FILES = ("LICENSE", "THIRD_PARTY_NOTICES.md")


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "kzseats_gui" / "resources"
    return Path(str(resources.files("kzseats_gui") / "resources"))


def sample_names() -> list[str]:
    """The bundled sample workbooks, by name without the suffix (``mazhilis-2023``)."""
    folder = resources_dir() / "samples"
    return sorted(path.stem for path in folder.glob(f"*{SAMPLE_SUFFIX}"))


def sample_path(name: str = DEFAULT_SAMPLE) -> Path:
    """The bundled sample ``name`` (with or without ``.xlsx``): read it, never write to it."""
    if not name.endswith(SAMPLE_SUFFIX):
        name += SAMPLE_SUFFIX
    return resources_dir() / "samples" / name


def icon_path(name: str = "kzseats.svg") -> Path:
    return resources_dir() / "icons" / name


def legal_file(name: str) -> Path | None:
    """LICENSE or THIRD_PARTY_NOTICES.md as shipped, or None when this copy has none."""
    for candidate in (resources_dir() / "legal" / name, Path(__file__).resolve().parent.parent / name):
        if candidate.is_file():
            return candidate
    return None


class SampleError(ValueError):
    """A sample that cannot be written as asked (unknown name, or the target is the bundled file)."""


def copy_sample(name: str, out: Path) -> Path:
    """Write a copy of the bundled sample ``name`` to ``out``, atomically, with the user's permissions.

    The copy is written to a temporary file beside ``out`` and moved into place only when complete, so a
    failure leaves an earlier ``out`` untouched. Writing over the bundled file itself (also through a
    link) raises SampleError; a target that cannot be written raises OSError.
    """
    source = sample_path(name)
    if not source.is_file():
        raise SampleError(f"no sample named {name!r}; the samples are: {', '.join(sample_names())}")
    out = Path(out)
    if out.exists() and out.resolve() == source.resolve():
        raise SampleError(f"{out} is the bundled sample itself; write the copy somewhere else")
    data = source.read_bytes()
    folder = out.resolve().parent
    handle = tempfile.NamedTemporaryFile(dir=folder, prefix=f".{out.name}.", suffix=".tmp", delete=False)
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # NamedTemporaryFile makes 0600; a copy is a normal file
        os.replace(temporary, out.resolve() if out.is_symlink() else out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return out


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
