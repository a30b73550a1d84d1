"""Workbooks for the file tests: built with openpyxl, or part by part where a test needs raw XML."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import official_2023
import openpyxl
import pytest

from kzseats_gui.fileio.problems import WorkbookError
from kzseats_gui.fileio.workbook import read_workbook

SAMPLES = Path(__file__).resolve().parents[2] / "kzseats_gui" / "resources" / "samples"

OFFICIAL_2023 = list(official_2023.LIST_VOTES)  # (name, list votes) in ballot order
OFFICIAL_2023_AGAINST_ALL = official_2023.AGAINST_ALL


def write_book(
    path: Path,
    sheets: dict[str, list[list[object]]],
    *,
    hidden_rows: dict[str, list[int]] | None = None,
    hidden_columns: dict[str, list[str]] | None = None,
    hidden_sheets: tuple[str, ...] = (),
) -> Path:
    """A workbook saved by openpyxl (as by Excel), with rows, columns or sheets hidden as asked."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for number in (hidden_rows or {}).get(name, []):
            sheet.row_dimensions[number].hidden = True
        for letter in (hidden_columns or {}).get(name, []):
            sheet.column_dimensions[letter].hidden = True
        if name in hidden_sheets:
            sheet.sheet_state = "hidden"
    workbook.save(path)
    return path


def problems_of(path: Path) -> WorkbookError:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    return caught.value


def codes(error: WorkbookError) -> list[str]:
    return [p.code for p in error.problems]


def where(error: WorkbookError) -> list[str]:
    return [f"{p.source.sheet}!{p.source.cell}" for p in error.problems if p.source and p.source.sheet]


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def package(
    path: Path,
    sheets: dict[str, str],
    *,
    folder: str = "xl",
    workbook_pr: str = "<workbookPr/>",
    extension: str = "",
    styles: str | None = None,
    shared_strings: str | None = None,
    separator: str = "/",
    duplicate: str | None = None,
    root_target: str | None = None,
) -> Path:
    """An .xlsx written part by part. ``folder`` '' puts the workbook at the zip root; ``separator``
    '\\\\' names the parts with backslashes; ``duplicate`` stores that part a second time."""
    prefix = f"{folder}/" if folder else ""
    rels = [
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    ]
    if styles is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/styles" Target="styles.xml"/>')
    if shared_strings is not None:
        rels.append(f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    entries = "".join(
        f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(sheets, 1)
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}" '
        'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
        f"{workbook_pr}<sheets>{entries}</sheets>{extension}</workbook>"
    )
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="{root_target or prefix + "workbook.xml"}"/></Relationships>'
        ),
        f"{prefix}workbook.xml": workbook,
        f"{prefix}_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
            f'{"".join(rels)}</Relationships>'
        ),
    }
    for i, xml in enumerate(sheets.values(), start=1):
        parts[f"{prefix}worksheets/sheet{i}.xml"] = xml
    if styles is not None:
        parts[f"{prefix}styles.xml"] = styles
    if shared_strings is not None:
        parts[f"{prefix}sharedStrings.xml"] = shared_strings
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate this file is meant to hold
        for name, data in parts.items():
            archive.writestr(name.replace("/", separator), data)
        if duplicate is not None:
            archive.writestr(duplicate, parts[duplicate])
    return path


def sheet_xml(rows: str, prefix: str = "", before: str = "") -> str:
    """A worksheet part around ``rows`` (the <row> elements), optionally with a namespace prefix."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{before}<{p}worksheet {xmlns}><{p}sheetData>{rows}'
        f"</{p}sheetData></{p}worksheet>"
    )


def replace_part(path: Path, part: str, data: bytes, out: Path) -> Path:
    """A copy of the workbook at ``path`` with one part's bytes replaced (or added)."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != part:
                target.writestr(info, source.read(info))
        target.writestr(part, data)
    return out


def official_parties_rows() -> list[list[object]]:
    return [
        ["Party", "Votes"],
        *[[name, votes] for name, votes in OFFICIAL_2023],
        ["Against all", OFFICIAL_2023_AGAINST_ALL],
    ]
