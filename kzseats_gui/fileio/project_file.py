"""The project file beside a workbook: what the user decided about it that the workbook cannot hold.

``results.xlsx`` gets ``results.kzseats.json`` next to it. The workbook itself is never written. The
file is JSON (UTF-8)::

    {
      "format": "kzseats-project",
      "version": 1,
      "workbook": {"file": "results.xlsx", "sha256": "<hex digest of the workbook's bytes>"},
      "lots": [
        {"tier": "list", "district": null, "winners": ["Party A"], "drawn_on": "3 Dec 2026, 10:00, CEC"}
      ],
      "scenarios": []
    }

- ``lots``: recorded results of drawings of lots (``tier`` "list" or "district"; ``district`` the key of
  a district tie; ``winners`` party or candidate names; ``drawn_on`` free text). They are applied only
  while the workbook's SHA-256 equals ``workbook.sha256``: lots drawn for other figures decide nothing.
- ``scenarios``: named what-if figures and settings (``project_scenarios`` reads and writes them, and
  documents their shape); kept as found when the lots are saved.
- Any other key is kept as found, so a newer version's additions survive an older one's save.

Writes go to a temporary file in the same folder, moved into place only when complete. A damaged file
is never overwritten: the user gets a message naming it and decides what to do with it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.model import LotRecord
from ..core.notices import Notice
from ..core.ties import with_lots
from ..text import render_notice
from .safe_output import write_bytes_atomically

FORMAT = "kzseats-project"
VERSION = 1
SUFFIX = ".kzseats.json"
TIERS = ("list", "district")


class ProjectFileError(Exception):
    """The project file cannot be read or written; the message names the file.

    ``notice`` says the same for a translated message (code "project-file-damaged" or
    "project-file-unwritable", with the file name and the technical detail)."""

    def __init__(self, notice: Notice):
        self.notice = notice
        super().__init__(render_notice(notice))


@dataclass(frozen=True)
class RecordedLots:
    """The lots a project file holds, and whether they were recorded for this very workbook."""

    path: Path
    lots: tuple[LotRecord, ...]
    matches: bool  # the workbook's SHA-256 is the one the lots were recorded for


def project_path(workbook: Path) -> Path:
    """``results.xlsx`` -> ``results.kzseats.json`` in the same folder."""
    return workbook.with_name(workbook.stem + SUFFIX)


def _damaged(path: Path, why: str) -> ProjectFileError:
    return ProjectFileError(Notice("project-file-damaged", {"file": path.name, "problem": why}))


def _read_document(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise _damaged(path, "not UTF-8 text") from None
    except OSError as error:
        raise _damaged(path, error.strerror or str(error)) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise _damaged(path, f"not valid JSON at line {error.lineno}, column {error.colno}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _damaged(path, f'not a kzseats project file: "format" must be "{FORMAT}"')
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise _damaged(path, '"version" must be a whole number')
    if version > VERSION:
        raise _damaged(path, f"written by a newer version (file version {version}, this one reads {VERSION})")
    return document


def _lot_from_json(path: Path, index: int, item: object) -> LotRecord:
    where = f"lots[{index}]"
    if not isinstance(item, dict):
        raise _damaged(path, f"{where} is not an object")
    tier, district, winners, drawn_on = (item.get(k) for k in ("tier", "district", "winners", "drawn_on"))
    if tier not in TIERS:
        raise _damaged(path, f'{where}: "tier" must be "list" or "district"')
    if not isinstance(winners, list) or not winners or not all(isinstance(w, str) and w for w in winners):
        raise _damaged(path, f'{where}: "winners" must be a list of names')
    if tier == "district" and not (isinstance(district, str) and district):
        raise _damaged(path, f'{where}: a district lot needs "district"')
    if drawn_on is not None and not isinstance(drawn_on, str):
        raise _damaged(path, f'{where}: "drawn_on" must be text')
    return LotRecord(tier=tier, winners=tuple(winners), district=district if tier == "district" else None,
                     drawn_on=drawn_on)


def _lots_of(path: Path, document: dict[str, Any]) -> tuple[LotRecord, ...]:
    items = document.get("lots", [])
    if not isinstance(items, list):
        raise _damaged(path, '"lots" must be a list')
    return tuple(_lot_from_json(path, i, item) for i, item in enumerate(items))


def _lot_to_json(lot: LotRecord) -> dict[str, Any]:
    return {
        "tier": lot.tier, "district": lot.district, "winners": list(lot.winners), "drawn_on": lot.drawn_on,
    }


def read_recorded_lots(workbook: Path, sha256: str | None) -> RecordedLots | None:
    """The lots recorded beside ``workbook`` (None when there is no project file or it holds none).

    Raises ProjectFileError when the file exists but cannot be used."""
    path = project_path(workbook)
    document = _read_document(path)
    if document is None:
        return None
    lots = _lots_of(path, document)
    if not lots:
        return None
    recorded_for = (document.get("workbook") or {}).get("sha256") if isinstance(
        document.get("workbook"), dict) else None
    return RecordedLots(path, lots, matches=sha256 is not None and recorded_for == sha256)


def save_recorded_lots(workbook: Path, sha256: str, lots: Sequence[LotRecord]) -> Path:
    """Store ``lots`` for the workbook with content ``sha256``; every other key of the file is kept.

    Raises ProjectFileError when an existing file is damaged (it is not overwritten) or the file cannot
    be written (an earlier file is then untouched)."""
    path = project_path(workbook)
    document = _read_document(path) or {"format": FORMAT, "version": VERSION}
    _lots_of(path, document)  # a file with damaged lots is not overwritten either
    document.update(
        format=FORMAT,
        version=VERSION,
        workbook={"file": workbook.name, "sha256": sha256},
        lots=[_lot_to_json(lot) for lot in lots],
    )
    document.setdefault("scenarios", [])
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        write_text_atomically(path, text)
    except OSError as error:
        raise ProjectFileError(Notice("project-file-unwritable", {
            "file": path.name, "problem": error.strerror or str(error),
        })) from None
    return path


def lots_to_apply(
    workbook: Path, sha256: str | None, given: Sequence[LotRecord] = ()
) -> tuple[tuple[LotRecord, ...], tuple[Notice, ...]]:
    """The lots an allocation of ``workbook`` uses: those recorded beside it while the workbook is
    unchanged, then ``given`` (which replace a recorded one for the same tie). The notices say which
    recorded lots were applied, or why none were."""
    try:
        recorded = read_recorded_lots(workbook, sha256)
    except ProjectFileError as error:
        return tuple(given), (error.notice,)
    if recorded is None:
        return tuple(given), ()
    name = recorded.path.name
    if not recorded.matches:
        return tuple(given), (Notice("project-lots-stale", {"file": name, "lots": len(recorded.lots)}),)
    notice = Notice("project-lots-applied", {"file": name, "lots": len(recorded.lots)})
    return with_lots(recorded.lots, given), (notice,)


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` complete or not at all, with the user's normal permissions (see safe_output)."""
    write_bytes_atomically(path, text.encode("utf-8"))


# For the other keys' modules (``project_scenarios``): the same reading and the same messages.
read_project_document = _read_document
damaged_file = _damaged


__all__ = [
    "FORMAT",
    "damaged_file",
    "read_project_document",
    "SUFFIX",
    "VERSION",
    "lots_to_apply",
    "ProjectFileError",
    "RecordedLots",
    "project_path",
    "read_recorded_lots",
    "save_recorded_lots",
    "write_text_atomically",
]
