"""Workbooks as clerks and other programs really make them: total rows, look-alike letters, hidden rows,
the 1904 date system, Excel's escapes, odd zips, long cells. Each builder writes one file and returns it.

Used by the reader tests (tests/fileio) and the command-line tests (tests/cli), so the same corpus is
read through the library and through the installed program.
"""

from __future__ import annotations

import warnings
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import official_2023
import openpyxl

OFFICIAL_2023 = list(official_2023.LIST_VOTES)  # (name, list votes) in ballot order
AGAINST_ALL = official_2023.AGAINST_ALL
PARTY_SUM = sum(votes for _, votes in OFFICIAL_2023)
OFFICIAL_LIST_SEATS = official_2023.LIST_SEATS  # 69 list seats by the law for the figures above
LIST_ONLY = [["Setting", "Value"], ["Body", "mazhilis"], ["District seats", 0]]

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def parties_rows(*extra: list[object], header: tuple[str, str] = ("Party", "Votes")) -> list[list[object]]:
    return [list(header), *[[n, v] for n, v in OFFICIAL_2023], ["Against all", AGAINST_ALL], *extra]


def book(
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
            sheet.append(row)
        for number in (hidden_rows or {}).get(name, []):
            sheet.row_dimensions[number].hidden = True
        for letter in (hidden_columns or {}).get(name, []):
            sheet.column_dimensions[letter].hidden = True
        if name in hidden_sheets:
            sheet.sheet_state = "hidden"
    workbook.save(path)
    return path


# -- mistakes typed by people ---------------------------------------------------------------------


def total_row_named(path: Path, name: str = "Итого") -> Path:
    return book(path, {"Election": LIST_ONLY, "Parties": parties_rows([name, PARTY_SUM])})


def total_row_unnamed(path: Path) -> Path:
    """A total under the parties with a made-up label: only the arithmetic shows what it is."""
    return book(path, {"Election": LIST_ONLY, "Parties": parties_rows(["Все партии", PARTY_SUM])})


def list_votes_total_row(path: Path, label: str = "Всего") -> Path:
    regions = [["Region", "Amanat", "Auyl"], ["Almaty", 300, 100], ["Astana", 200, 50], ["Shymkent", 100, 30]]
    return book(
        path,
        {
            "Election": [*LIST_ONLY, ["List seats", 10]],
            "Parties": [["Party"], ["Amanat"], ["Auyl"]],
            "List votes": [*regions, [label, 600, 180]],
        },
    )


def list_votes_total_column(path: Path, header: str = "Итого") -> Path:
    """A row total beside the party columns, as clerks add one per polling station."""
    regions = [["Region", "Amanat", "Auyl", header], ["Almaty", 300, 100, 400], ["Astana", 200, 50, 250]]
    return book(
        path,
        {
            "Election": [*LIST_ONLY, ["List seats", 10]],
            "Parties": [["Party"], ["Amanat"], ["Auyl"]],
            "List votes": regions,
        },
    )


def cyrillic_letter_in_district_party(path: Path, osdp: str = "OSDP") -> Path:
    """`Аmanat` (Cyrillic А) on the Districts sheet: one letter that looks the same, in 22 rows."""
    districts = [["District", "Candidate", "Party", "Votes"]]
    for number in range(1, 30):
        party = "\u0410manat" if number <= 22 else "Auyl"
        districts += [[number, f"Winner {number}", party, 1000], [number, f"Second {number}", osdp, 500]]
    return book(
        path,
        {
            "Election": [["Setting", "Value"], ["Body", "mazhilis"]],
            "Parties": parties_rows(),
            "Districts": districts,
        },
    )


def latin_letters_in_votes_header(path: Path) -> Path:
    """`Гoлoса` with Latin o: the Votes column would be unknown."""
    return book(path, {"Election": LIST_ONLY, "Parties": parties_rows(header=("Партия", "Г\u006fл\u006fса"))})


def cyrillic_letter_in_sheet_name(path: Path) -> Path:
    """`Еlection`/`Pаrties` with Cyrillic letters: the sheets would not be found."""
    return book(path, {"\u0415lection": LIST_ONLY, "P\u0430rties": parties_rows()})


def two_parties_alike(path: Path) -> Path:
    return book(path, {"Election": LIST_ONLY, "Parties": parties_rows(["\u0410manat", 1000])})


def hidden_party_row(path: Path) -> Path:
    return book(path, {"Election": LIST_ONLY, "Parties": parties_rows()}, hidden_rows={"Parties": [3, 4]})


def hidden_votes_column(path: Path) -> Path:
    return book(path, {"Election": LIST_ONLY, "Parties": parties_rows()}, hidden_columns={"Parties": ["B"]})


def hidden_election_sheet(path: Path) -> Path:
    return book(path, {"Election": LIST_ONLY, "Parties": parties_rows()}, hidden_sheets=("Election",))


def more_votes_than_voters(path: Path) -> Path:
    """25 million valid ballots against 12 million registered voters (a digit too many somewhere)."""
    rows = parties_rows()
    rows[1][1] = 22_000_000
    return book(path, {"Election": [*LIST_ONLY, ["Registered voters", 12_000_000]], "Parties": rows})


def more_votes_than_ballots(path: Path) -> Path:
    return book(path, {"Election": [*LIST_ONLY, ["Ballots cast", 6_000_000]], "Parties": parties_rows()})


# -- files as other programs write them ------------------------------------------------------------


def _cell(reference: str, value: object, style: int | None = None) -> str:
    s = f' s="{style}"' if style is not None else ""
    if isinstance(value, str):
        return f'<c r="{reference}" t="inlineStr"{s}><is><t xml:space="preserve">{escape(value)}</t></is></c>'
    return f'<c r="{reference}"{s}><v>{value}</v></c>'


def sheet_part(rows: list[list[object]], styles: dict[str, int] | None = None) -> str:
    """A worksheet part with inline strings; ``styles`` gives a cell (such as 'B3') its style index."""
    xml = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(
            _cell(f"{chr(65 + i)}{number}", v, (styles or {}).get(f"{chr(65 + i)}{number}"))
            for i, v in enumerate(row)
            if v is not None
        )
        xml.append(f'<row r="{number}">{cells}</row>')
    data = "".join(xml)
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
    return f"{head}<sheetData>{data}</sheetData></worksheet>"


DATE_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
)


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


ELECTION_DATE = date(2023, 3, 19)
SERIAL_1904 = (ELECTION_DATE - date(1904, 1, 1)).days  # what a 1904-system workbook stores


def dates_1904_recent_excel(path: Path) -> Path:
    """Saved by a recent Excel in the 1904 date system: the x15 workbookPr extension follows."""
    election = sheet_part(
        [["Setting", "Value"], ["Body", "mazhilis"], ["District seats", 0], ["Election date", SERIAL_1904]],
        styles={"B4": 1},
    )
    parties = sheet_part(parties_rows())
    extension = (
        '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}">'
        '<x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>'
    )
    return package(
        path,
        {"Election": election, "Parties": parties},
        workbook_pr='<workbookPr date1904="1" defaultThemeVersion="166925"/>',
        extension=extension,
        styles=DATE_STYLES,
    )


def simple_parts() -> dict[str, str]:
    return {"Election": sheet_part(LIST_ONLY), "Parties": sheet_part(parties_rows())}


def workbook_at_zip_root(path: Path) -> Path:
    return package(path, simple_parts(), folder="", root_target="/workbook.xml")


def parts_with_backslashes(path: Path) -> Path:
    return package(path, simple_parts(), separator="\\")


def part_stored_twice(path: Path) -> Path:
    return package(path, simple_parts(), duplicate="xl/worksheets/sheet2.xml")


def excel_escapes(path: Path) -> Path:
    """`Ak_x0020_Zhol` is Excel's way to write a space; `_x005F_x0041_` is the literal `_x0041_`."""
    rows = parties_rows()
    rows[6][0] = "Ak_x0020_Zhol"
    strings = ["Party", "Votes", "OSDP_x005F_x0041_"]
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings)
        + "</sst>"
    )
    xml = sheet_part(rows)
    xml = xml.replace(_cell("A1", "Party"), '<c r="A1" t="s"><v>0</v></c>')
    xml = xml.replace(_cell("B1", "Votes"), '<c r="B1" t="s"><v>1</v></c>')
    xml = xml.replace(_cell("A8", "OSDP"), '<c r="A8" t="s"><v>2</v></c>')
    return package(path, {"Election": sheet_part(LIST_ONLY), "Parties": xml}, shared_strings=shared)


def long_text_cell(path: Path, length: int) -> Path:
    """A Notes-like text of ``length`` characters in the Title setting."""
    rows = [*LIST_ONLY, ["Title", "x" * length]]
    return package(path, {"Election": sheet_part(rows), "Parties": sheet_part(parties_rows())})
