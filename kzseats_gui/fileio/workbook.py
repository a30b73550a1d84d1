"""Reading a results workbook (the contract in workbook-format.md) into an Election.

Every problem of the file is collected before anything is refused, so the user fixes them in one go;
each names the sheet and cell and says what would be right. The file is opened read-only, read once,
and hashed from the very bytes that are parsed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from ..core.bodies import given_or_preset, resolve_settings
from ..core.errors import SettingsError
from ..core.model import Election, Party, Settings, SettingsOverrides
from ..core.notices import Notice, Source
from ..core.progress import CancelledFn, ProgressFn, check_cancelled, report
from .candidates_sheet import read_candidates_sheet
from .districts_sheet import DistrictsSheet, read_districts_sheet
from .election_sheet import ElectionSheet, read_election_sheet
from .hygiene import (
    HiddenWatch,
    InvisibleWatch,
    NameMatcher,
    as_meant,
    check_hidden_sheet,
    check_plausibility,
    note_invisible,
    note_lookalike,
)
from .list_votes_sheet import ListVotes, read_list_votes
from .names import IGNORED_SHEETS, SETTINGS, SHEETS, VOTES, shown
from .parties_sheet import PartiesSheet, PartyNames, read_parties_sheet
from .problems import Findings, WorkbookError
from .xlsx_reader import DEFAULT_LIMITS, Limits, SheetRef, XlsxError, XlsxReader
from .xlsx_sheet import HiddenMarks, Row

Read = TypeVar("Read")  # what a sheet reader returns

SETTINGS_CODES = {
    "setting-required": "election-setting-required",
    "setting-negative": "election-setting-negative",
    "setting-percent-range": "election-setting-out-of-range",
}


def read_workbook(
    path: Path | str,
    *,
    progress: ProgressFn = None,
    is_cancelled: CancelledFn = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Election:
    """The election in the workbook at ``path``. Raises WorkbookError listing every problem found."""
    path = Path(path)
    check_cancelled(is_cancelled)
    data = _read_file(path, limits)
    digest = hashlib.sha256(data).hexdigest()
    try:
        reader = XlsxReader(data, limits)
    except XlsxError as error:
        raise WorkbookError(path, [_notice(path.name, error)]) from None
    findings = Findings(path.name)
    for notice in reader.notices:
        findings.note(notice.code, notice.sheet, notice.cell, **notice.params)
    sheets = _find_sheets(reader, findings)
    return _Import(path, reader, sheets, findings, progress, is_cancelled).run(digest)


def _notice(file_name: str, error: XlsxError) -> Notice:
    return Notice(error.code, dict(error.params), Source(file_name, error.sheet, error.cell))


def _read_file(path: Path, limits: Limits) -> bytes:
    def fail(code: str, **params: Any) -> WorkbookError:
        return WorkbookError(path, [Notice(code, params, Source(path.name))])

    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.max_file_bytes:
                raise fail("file-too-large", size=size, limit=limits.max_file_bytes)
            data = stream.read()
    except FileNotFoundError:
        raise fail("file-missing") from None
    except IsADirectoryError:
        raise fail("file-is-directory") from None
    except PermissionError:
        raise fail("file-permission") from None
    except OSError as error:
        raise fail("file-unreadable", reason=error.strerror or str(error)) from None
    if len(data) > limits.max_file_bytes:
        raise fail("file-too-large", size=len(data), limit=limits.max_file_bytes)
    return data


def _find_sheets(reader: XlsxReader, findings: Findings) -> dict[str, SheetRef]:
    roles = NameMatcher.of_table(SHEETS)
    found: dict[str, SheetRef] = {}
    for sheet in reader.sheets:
        meant = as_meant(sheet.name)
        role, folded_from = roles.match(meant)
        if role is None:
            findings.note("sheet-unknown", sheet.name)
        elif role in found:
            findings.problem("sheet-duplicate", sheet.name, other=found[role].name, what=shown(SHEETS[role]))
        elif role not in IGNORED_SHEETS:
            found[role] = sheet
            if meant != sheet.name:
                note_invisible(findings, sheet.name, None, sheet.name)
            if folded_from is not None:
                note_lookalike(
                    findings,
                    "sheet-lookalike",
                    sheet.name,
                    None,
                    sheet.name,
                    folded_from,
                    meant=shown(SHEETS[role]),
                )
            check_hidden_sheet(sheet, findings)
    return found


class _Import:
    def __init__(
        self,
        path: Path,
        reader: XlsxReader,
        sheets: dict[str, SheetRef],
        findings: Findings,
        progress: ProgressFn,
        is_cancelled: CancelledFn,
    ):
        self.path = path
        self.reader = reader
        self.sheets = sheets
        self.findings = findings
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.total = sum(sheet.size for sheet in sheets.values())
        self.done = 0

    def rows(self, role: str) -> Iterator[Row]:
        sheet = self.sheets[role]
        start = self.done

        def on_chunk(done_in_sheet: int) -> None:
            self.done = start + done_in_sheet
            report(self.progress, self.done, self.total)
            check_cancelled(self.is_cancelled)

        return self.reader.rows(sheet, on_chunk)

    def read(self, role: str, reader: Callable[..., Read | None], *args: Any) -> Read | None:
        """Run one sheet's reader; a damaged sheet becomes a problem, not an exception. Texts are read
        without their invisible characters (named); hidden rows and columns that hold data are
        reported (the data counts, as in Excel's own sums)."""
        if role not in self.sheets:
            return None
        sheet = self.sheets[role]
        seen = InvisibleWatch(self.rows(role), sheet.name, self.findings)
        watch = HiddenWatch(iter(seen), self.reader.hidden.setdefault(sheet.name, HiddenMarks()), sheet.name)
        try:
            return reader(iter(watch), sheet.name, *args)
        except XlsxError as error:
            self.findings.problem(error.code, error.sheet, error.cell, **error.params)
            return None
        finally:
            watch.report(self.findings)

    def cancelled(self) -> None:
        check_cancelled(self.is_cancelled)

    def run(self, digest: str) -> Election:
        findings = self.findings
        election_sheet = self.read("election", read_election_sheet, findings) or ElectionSheet()
        problems_before = len(findings.problems)
        parties_sheet: PartiesSheet | None = self.read("parties", read_parties_sheet, findings)
        parties_unreadable = parties_sheet is None and len(findings.problems) > problems_before
        names = PartyNames()
        for row in parties_sheet.rows if parties_sheet else ():
            names.add(row.name, row.short_name)
        list_votes: ListVotes | None = self.read(
            "list_votes", read_list_votes, names, findings, self.cancelled
        )
        if list_votes is not None and not list_votes.rows:
            findings.note("sheet-empty", list_votes.sheet)  # headers only: nothing to check or sum
            list_votes = None
        districts: DistrictsSheet | None = self.read("districts", read_districts_sheet, names, findings)
        candidates = self.read("candidates", read_candidates_sheet, names, findings) or ()
        report(self.progress, self.total, self.total)

        extra = self._check_totals(election_sheet, parties_sheet, list_votes)
        overrides = election_sheet.overrides(extra)
        settings = self._resolve(overrides, election_sheet)
        list_seats = settings.list_seats if settings else _list_seats_guess(overrides)

        if list_seats and not parties_unreadable and not (parties_sheet and parties_sheet.rows):
            if parties_sheet is None and "parties" not in self.sheets:
                findings.problem("sheet-missing", None, None, what=shown(SHEETS["parties"]), seats=list_seats)
            else:
                findings.problem("parties-none", self.sheets["parties"].name, None, seats=list_seats)
        parties = self._parties(parties_sheet, list_votes, districts, list_seats)
        if settings and districts and len(districts.districts) > settings.district_seats:
            findings.problem(
                "districts-too-many",
                districts.sheet,
                None,
                count=len(districts.districts),
                seats=settings.district_seats,
            )
        if list_votes is not None:
            findings.note("list-votes-summed", list_votes.sheet, None, rows=list_votes.rows)

        against_all = parties_sheet.against_all if parties_sheet else None
        if against_all is None and list_votes is not None:
            against_all = list_votes.totals.get("against_all")
        invalid = election_sheet.values.get("invalid")
        if invalid is None and list_votes is not None:
            invalid = list_votes.totals.get("invalid")
        self._check_plausible(election_sheet, list_votes, parties, against_all, invalid, extra)
        if findings.problems:
            raise WorkbookError(self.path, findings.all_problems())
        return Election(
            parties=parties,
            against_all=against_all or 0,
            invalid=invalid,
            districts=districts.districts if districts else (),
            candidates=candidates,
            overrides=overrides,
            source_name=self.path.name,
            source_sha256=digest,
            notes=tuple(findings.notes),
        )

    def _check_totals(
        self, election_sheet: ElectionSheet, parties_sheet: PartiesSheet | None, list_votes: ListVotes | None
    ) -> dict[str, int]:
        """Totals given twice must agree. Returns List votes sums the Election sheet did not give."""
        extra: dict[str, int] = {}
        if list_votes is None:
            return extra
        given: list[tuple[str, str, int | None, str | None, str | None]] = []
        if parties_sheet is not None:
            given.append(
                (
                    "against_all",
                    "Against all",
                    parties_sheet.against_all,
                    parties_sheet.sheet,
                    parties_sheet.against_all_cell,
                )
            )
        election_name = self.sheets["election"].name if "election" in self.sheets else None
        for role in ("invalid", "ballots_cast", "registered_voters"):
            given.append(
                (
                    role,
                    SETTINGS[role][0],
                    election_sheet.values.get(role),
                    election_name,
                    election_sheet.cells.get(role),
                )
            )
        for role, what, value, sheet, cell in given:
            summed = list_votes.totals.get(role)
            if summed is None:
                continue
            if value is None:
                if role in ("ballots_cast", "registered_voters"):
                    extra[role] = summed
            elif value != summed:
                self.findings.problem(
                    "list-votes-mismatch",
                    sheet,
                    cell,
                    what=what,
                    given=value,
                    summed=summed,
                    sheet_name=list_votes.sheet,
                )
        return extra

    def _check_plausible(
        self,
        election_sheet: ElectionSheet,
        list_votes: ListVotes | None,
        parties: tuple[Party, ...],
        against_all: int | None,
        invalid: int | None,
        extra: dict[str, int],
    ) -> None:
        """Valid votes beyond the ballots cast or the registered voters: a figure is mistyped."""
        given = election_sheet.values
        from_election = "ballots_cast" in given or "registered_voters" in given
        sheet = self.sheets["election"].name if from_election and "election" in self.sheets else None
        if sheet is None and list_votes is not None:
            sheet = list_votes.sheet
        check_plausibility(
            self.findings,
            valid=sum(p.votes or 0 for p in parties) + (against_all or 0),
            invalid=invalid,
            ballots_cast=given.get("ballots_cast", extra.get("ballots_cast")),
            registered=given.get("registered_voters", extra.get("registered_voters")),
            sheet=sheet,
            cells={role: election_sheet.cells.get(role) for role in ("ballots_cast", "registered_voters")},
        )

    def _resolve(self, overrides: SettingsOverrides, election_sheet: ElectionSheet) -> Settings | None:
        try:
            return resolve_settings(overrides)
        except SettingsError as error:
            sheet = self.sheets["election"].name if "election" in self.sheets else SHEETS["election"][0]
            for problem in error.problems:
                params = dict(problem.params)
                setting = str(params.get("setting", ""))
                params["setting"] = shown(SETTINGS[setting]) if setting in SETTINGS else setting
                code = SETTINGS_CODES.get(problem.code, problem.code)
                self.findings.problem(code, sheet, election_sheet.cells.get(setting), **params)
            return None

    def _parties(
        self,
        parties_sheet: PartiesSheet | None,
        list_votes: ListVotes | None,
        districts: DistrictsSheet | None,
        list_seats: int,
    ) -> tuple[Party, ...]:
        findings = self.findings
        in_districts = {c.party for d in (districts.districts if districts else ()) for c in d.candidates}
        parties: list[Party] = []
        rows, sheet = (parties_sheet.rows, parties_sheet.sheet) if parties_sheet else ((), "")
        totals, totals_sheet = (list_votes.party_totals, list_votes.sheet) if list_votes else ({}, "")
        per_party = bool(list_seats)  # each party without votes is named, unless no column has any
        votes_nowhere = parties_sheet and not parties_sheet.has_votes_column and list_votes is None
        if list_seats and parties_sheet and rows and votes_nowhere:
            # Without this, parties that also stand in districts would leave every list seat vacant.
            findings.problem(
                "votes-column-missing",
                sheet,
                parties_sheet.header_cells,
                seats=list_seats,
                headers=", ".join(f'"{text}"' for text in parties_sheet.headers),
                names=VOTES,
            )
            per_party = False
        for row in rows:
            votes = row.votes
            summed = totals.get(row.name)
            if votes is not None and summed is not None and votes != summed:
                findings.problem(
                    "list-votes-mismatch",
                    sheet,
                    row.votes_cell,
                    what=row.name,
                    given=votes,
                    summed=summed,
                    sheet_name=totals_sheet,
                )
            if votes is None:
                votes = summed
            if votes is None and per_party and not row.votes_written and row.name not in in_districts:
                findings.problem(
                    "votes-missing", sheet, row.votes_cell or row.name_cell, party=row.name
                )
            parties.append(
                Party(row.name, votes, len(parties) + 1, row.short_name, row.color, row.registration_order)
            )
        for name in districts.new_parties if districts else ():
            parties.append(Party(name, None, len(parties) + 1))
        return tuple(parties)


def _list_seats_guess(overrides: SettingsOverrides) -> int:
    """List seats when the settings could not be resolved: given, preset, or unknown (0)."""
    return given_or_preset(overrides).list_seats or 0
