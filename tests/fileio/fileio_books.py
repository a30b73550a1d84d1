"""Workbooks for the file tests: built with openpyxl, or part by part where a test needs raw XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import official_2023
import openpyxl
import pytest

from kzseats_gui.fileio.problems import WorkbookError
from kzseats_gui.fileio.workbook import read_workbook

SAMPLES = Path(__file__).resolve().parents[2] / "kzseats_gui" / "resources" / "samples"

OFFICIAL_2023 = list(official_2023.LIST_VOTES)  # (name, list votes) in ballot order
OFFICIAL_2023_AGAINST_ALL = official_2023.AGAINST_ALL


def write_book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
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
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def raw_xlsx(
    path: Path,
    sheets: dict[str, str],
    shared_strings: str | None = None,
    styles: str | None = None,
    date1904: bool = False,
) -> Path:
    """An .xlsx written part by part: ``sheets`` maps sheet names to their full worksheet XML."""
    rels = [
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    ]
    if shared_strings is not None:
        rels.append(f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    if styles is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/styles" Target="styles.xml"/>')
    sheet_entries = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>' for i, name in enumerate(sheets, start=1)
    )
    flag = ' date1904="1"' if date1904 else ""
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f"<workbookPr{flag}/><sheets>{sheet_entries}</sheets></workbook>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{"".join(rels)}</Relationships>',
        )
        for i, xml in enumerate(sheets.values(), start=1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", xml)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
        if styles is not None:
            archive.writestr("xl/styles.xml", styles)
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
