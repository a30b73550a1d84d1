"""Which existing files a command may replace: only what kzseats itself wrote as an output.

Writing a chart, report or results workbook again to the same name is everyday work and replaces the
earlier output. Any other file at that name (a results workbook a clerk typed, someone's PDF) is never
written over without ``--overwrite``: one mistyped ``--out`` must not destroy a day's data entry. A new
workbook (``template``, ``sample``) is never written over an existing file at all, because the one there
is a workbook someone fills in, even when kzseats first wrote it.

The outputs carry a mark to be recognised by: the results workbook's document description, the PDF's
creator, an attribute on the SVG root, a PNG text chunk.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

from .safe_output import OutputError, StrPath, check_not_input

GENERATOR = "kzseats"
RESULTS_DESCRIPTION = "kzseats results"  # xlsx core property: an export, not a workbook to fill in
SVG_MARK = f'data-generator="{GENERATOR}"'
PNG_KEY = "Software"
_LOOK_AT = 64 * 1024 * 1024  # a larger file is no output of ours


def written_by_kzseats(path: StrPath) -> bool:
    """True when the file at ``path`` is a chart, report or results workbook kzseats wrote."""
    target = Path(path)
    try:
        if target.stat().st_size > _LOOK_AT:
            return False
        suffix = target.suffix.lower()
        if suffix == ".xlsx":
            with zipfile.ZipFile(target) as book:
                core = book.read("docProps/core.xml").decode("utf-8", "replace")
            return f"<dc:description>{RESULTS_DESCRIPTION}</dc:description>" in core
        data = target.read_bytes()
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    if suffix == ".pdf":  # Qt writes the creator as UTF-16 text
        return b"/Creator (" + b"\xfe\xff" + GENERATOR.encode("utf-16-be") in data \
            or f"/Creator ({GENERATOR}".encode() in data
    if suffix == ".svg":
        return SVG_MARK.encode() in data[:4096]
    if suffix == ".png":
        return f"tEXt{PNG_KEY}\x00{GENERATOR}".encode("latin-1") in data[:65536]
    return False


def check_replaceable(
    path: StrPath, *, overwrite: bool, new_workbook: bool = False, inputs: Iterable[StrPath] = ()
) -> None:
    """Refuse to write over an existing file that is not an output of kzseats (see the module), and
    over the input in any case (``--overwrite`` included)."""
    target = Path(path)
    check_not_input(target, inputs)
    if overwrite or not target.exists() or target.is_dir():
        return  # a folder is refused by the writer with its own message
    if new_workbook:
        raise OutputError(target, "output-exists-workbook")
    if not written_by_kzseats(target):
        raise OutputError(target, "output-exists-foreign")


__all__ = ["GENERATOR", "PNG_KEY", "RESULTS_DESCRIPTION", "SVG_MARK", "check_replaceable",
           "written_by_kzseats"]
