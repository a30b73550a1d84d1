"""Where bundled resources live: package data inside ``kzseats_gui``, the same in a checkout, a wheel
and the frozen app (PyInstaller keeps the package folder layout under ``sys._MEIPASS``)."""

from __future__ import annotations

import sys
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


def copy_sample(name: str, out: Path, *, replace: bool = True) -> Path:
    """Write a copy of the bundled sample ``name`` to ``out``, as every output is written.

    Through ``fileio.safe_output``: a complete file moved into place with the user's permissions, so a
    failure leaves an earlier ``out`` untouched and no partial file, and comes back as an OutputError
    naming the file. Writing over the bundled file itself (also through a link) raises SampleError;
    with ``replace`` false an existing ``out`` is left whole (OutputError: a workbook may hold figures).
    """
    from .fileio.output_origin import check_replaceable
    from .fileio.safe_output import same_file, write_bytes_atomically

    source = sample_path(name)
    if not source.is_file():
        raise SampleError(f"no sample named {name!r}; the samples are: {', '.join(sample_names())}")
    out = Path(out)
    if same_file(out, source):
        raise SampleError(f"{out} is the bundled sample itself; write the copy somewhere else")
    check_replaceable(out, overwrite=replace, new_workbook=True)
    write_bytes_atomically(out, source.read_bytes(), inputs=(source,))
    return out
