"""Workbooks as clerks and other programs really make them: total rows, look-alike letters, hidden rows,
the 1904 date system, Excel's escapes, odd zips, long cells. Each builder writes one file and returns it.

Used by the reader tests (tests/fileio) and the command-line tests (tests/cli), so the same corpus is
read through the library and through the installed program.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import official_2023
from fileio_books import MAIN, package, write_book

OFFICIAL_2023 = list(official_2023.LIST_VOTES)  # (name, list votes) in ballot order
AGAINST_ALL = official_2023.AGAINST_ALL
PARTY_SUM = sum(votes for _, votes in OFFICIAL_2023)
OFFICIAL_LIST_SEATS = official_2023.LIST_SEATS  # 69 list seats by the law for the figures above
LIST_ONLY = [["Setting", "Value"], ["Body", "mazhilis"], ["District seats", 0]]

def parties_rows(
    *extra: list[object], header: tuple[str, str] = ("Party", "Votes"), against_all: str = "Against all"
) -> list[list[object]]:
    return [list(header), *[[n, v] for n, v in OFFICIAL_2023], [against_all, AGAINST_ALL], *extra]


# -- mistakes typed by people ---------------------------------------------------------------------


def total_row_named(path: Path, name: str = "Итого") -> Path:
    return write_book(path, {"Election": LIST_ONLY, "Parties": parties_rows([name, PARTY_SUM])})


def total_row_unnamed(path: Path) -> Path:
    """A total under the parties with a made-up label: only the arithmetic shows what it is."""
    return write_book(path, {"Election": LIST_ONLY, "Parties": parties_rows(["Все партии", PARTY_SUM])})


def list_votes_total_row(path: Path, label: str = "Всего") -> Path:
    regions = [["Region", "Amanat", "Auyl"], ["Almaty", 300, 100], ["Astana", 200, 50], ["Shymkent", 100, 30]]
    return write_book(
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
    return write_book(
        path,
        {
            "Election": [*LIST_ONLY, ["List seats", 10]],
            "Parties": [["Party"], ["Amanat"], ["Auyl"]],
            "List votes": regions,
        },
    )


def cyrillic_letter_in_district_party(path: Path, osdp: str = "OSDP") -> Path:
    """`Аmanat` (Cyrillic А) on the Districts sheet: one letter that looks the same, in 22 rows."""
    return district_party_written(path, "\u0410manat", osdp)


def district_party_written(path: Path, amanat: str, osdp: str = "OSDP") -> Path:
    """Amanat's 22 district winners with the party written as ``amanat`` (a typo that looks right)."""
    districts = [["District", "Candidate", "Party", "Votes"]]
    for number in range(1, 30):
        party = amanat if number <= 22 else "Auyl"
        districts += [[number, f"Winner {number}", party, 1000], [number, f"Second {number}", osdp, 500]]
    return write_book(
        path,
        {
            "Election": [["Setting", "Value"], ["Body", "mazhilis"]],
            "Parties": parties_rows(),
            "Districts": districts,
        },
    )


def latin_letters_in_votes_header(path: Path) -> Path:
    """`Гoлoса` with Latin o: the Votes column would be unknown."""
    return write_book(
        path, {"Election": LIST_ONLY, "Parties": parties_rows(header=("Партия", "Г\u006fл\u006fса"))},
    )


def cyrillic_letter_in_sheet_name(path: Path) -> Path:
    """`Еlection`/`Pаrties` with Cyrillic letters: the sheets would not be found."""
    return write_book(path, {"\u0415lection": LIST_ONLY, "P\u0430rties": parties_rows()})


def two_parties_alike(path: Path) -> Path:
    return write_book(path, {"Election": LIST_ONLY, "Parties": parties_rows(["\u0410manat", 1000])})


def every_party_in_districts(
    path: Path, parties: list[list[object]] | None = None, *, first_keys: tuple[object, object] = (1, 1)
) -> Path:
    """As the 2023 sample: every list party also stands in the districts (Amanat wins 22, the
    self-nominated 7), so a party without list votes is no error by itself. ``first_keys`` are the
    District cells of district 1's two rows."""
    districts: list[list[object]] = [["District", "Candidate", "Party", "Votes"]]
    for number in range(1, 30):
        winner = "Amanat" if number <= 22 else "Self-nominated"
        second = OFFICIAL_2023[1 + number % 6][0]
        keys = first_keys if number == 1 else (number, number)
        districts += [[keys[0], f"Winner {number}", winner, 1000], [keys[1], f"Second {number}", second, 500]]
    sheets = {
        "Election": [["Setting", "Value"], ["Body", "mazhilis"]],
        "Parties": parties_rows() if parties is None else parties,
        "Districts": districts,
    }
    return write_book(path, sheets)


def hidden_party_row(path: Path) -> Path:
    return write_book(
        path, {"Election": LIST_ONLY, "Parties": parties_rows()}, hidden_rows={"Parties": [3, 4]},
    )


def hidden_votes_column(path: Path) -> Path:
    return write_book(
        path, {"Election": LIST_ONLY, "Parties": parties_rows()}, hidden_columns={"Parties": ["B"]},
    )


def hidden_election_sheet(path: Path) -> Path:
    return write_book(path, {"Election": LIST_ONLY, "Parties": parties_rows()}, hidden_sheets=("Election",))


def more_votes_than_voters(path: Path) -> Path:
    """25 million valid ballots against 12 million registered voters (a digit too many somewhere)."""
    rows = parties_rows()
    rows[1][1] = 22_000_000
    return write_book(path, {"Election": [*LIST_ONLY, ["Registered voters", 12_000_000]], "Parties": rows})


def more_votes_than_ballots(path: Path) -> Path:
    return write_book(
        path, {"Election": [*LIST_ONLY, ["Ballots cast", 6_000_000]], "Parties": parties_rows()},
    )


def invisible_character_in_votes_header(path: Path) -> Path:
    """`Vo\u200btes` (a zero-width space) while every list party also stands in districts."""
    return every_party_in_districts(path, parties_rows(header=("Party", "Vo\u200btes")))


def invisible_character_in_against_all(path: Path) -> Path:
    return write_book(path, {"Election": LIST_ONLY, "Parties": parties_rows(against_all="Against\u200b all")})


def no_votes_column(path: Path) -> Path:
    return every_party_in_districts(path, parties_rows(header=("Party", "Result")))


def count_in_scientific_notation(path: Path) -> Path:
    """`3.43152E+06`: Amanat's 3,431,510 copied as Excel displayed it, as text."""
    rows = parties_rows()
    rows[1][1] = "3.43152E+06"
    return write_book(path, {"Election": LIST_ONLY, "Parties": rows})


def district_written_two_ways(path: Path) -> Path:
    """District 1's second row says "01"."""
    return every_party_in_districts(path, first_keys=(1, "01"))


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
