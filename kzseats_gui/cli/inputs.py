"""What the `kzseats` commands read: the workbook with its settings, the lots given and kept.

Its own module so that every command (and ``compare``, which has a module of its own) takes the same
input without the command modules importing each other.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.allocator import allocate
from ..core.bodies import resolve_settings
from ..core.errors import SettingsError
from ..core.model import Election, LotRecord, Settings
from ..core.result import AllocationResult, Notice
from ..fileio.project_notices import with_project_notices
from ..text import render_notice
from .arguments import UsageError, merge_lots, overrides_from, parse_lot


class InputError(Exception):
    """The input cannot be used; the text names the file, the sheet and the cell."""


def load(args: argparse.Namespace) -> tuple[Election, Settings]:
    from ..fileio.problems import WorkbookError
    from ..fileio.workbook import read_workbook

    path: Path = args.workbook
    try:
        election = read_workbook(path)
    except WorkbookError as error:
        raise InputError(str(error)) from None
    try:
        settings = resolve_settings(election.overrides.merged(overrides_from(args)))
    except SettingsError as error:
        problems = "\n".join(f"  {render_notice(p)}" for p in error.problems)
        raise InputError(f"{path.name}: the settings cannot be used:\n{problems}") from None
    return election, settings


def given_lots(args: argparse.Namespace) -> tuple[LotRecord, ...]:
    """The --lot results of the command line (--save-lots needs at least one)."""
    given = merge_lots([parse_lot(text, args.lot_drawn_on) for text in args.lot])
    if args.save_lots and not given:
        raise UsageError("--save-lots needs the lot results to keep: give them with --lot")
    return given


def lots_to_use(
    args: argparse.Namespace, election: Election, given: tuple[LotRecord, ...]
) -> tuple[tuple[LotRecord, ...], tuple[Notice, ...]]:
    """``given`` and the lots recorded beside the workbook (see project_file); --save-lots keeps them."""
    from ..fileio.project_file import ProjectFileError, lots_to_apply, save_recorded_lots

    lots, notices = lots_to_apply(args.workbook, election.source_sha256, given)
    if args.save_lots:
        try:
            path = save_recorded_lots(args.workbook, election.source_sha256 or "", lots)
        except ProjectFileError as error:
            raise InputError(str(error)) from None
        notices += (Notice("project-lots-saved", {"file": path.name}),)
    return lots, notices


def allocate_from_args(args: argparse.Namespace) -> tuple[Election, AllocationResult]:
    """Allocate with the --lot results and the lots recorded beside the workbook (see project_file)."""
    given = given_lots(args)
    election, settings = load(args)
    lots, notices = lots_to_use(args, election, given)
    return with_project_notices(election, allocate(election, settings, lots), notices)


def scenarios_from_args(args: argparse.Namespace, election: Election):
    """With --scenarios: the scenarios saved beside the workbook, allocated (a ScenarioSet); else None.

    Their lots are the --lot results and the recorded ones, as for the result itself."""
    if not getattr(args, "scenarios", False):
        return None
    from ..fileio.project_file import ProjectFileError, lots_to_apply
    from ..fileio.project_scenarios import read_scenarios
    from ..fileio.scenario_results import scenario_set

    try:
        saved = read_scenarios(args.workbook)
    except ProjectFileError as error:
        raise InputError(str(error)) from None
    if not saved:
        print(f"kzseats: note: no scenarios are saved beside {args.workbook.name}", file=sys.stderr)
    lots, _ = lots_to_apply(args.workbook, election.source_sha256, given_lots(args))
    return scenario_set(saved, election, lots)


def say_project_notices(election: Election, result: AllocationResult) -> None:
    """What became of the recorded lots, for the commands whose output is a file (on stderr)."""
    say_notices((*election.notes, *result.warnings))


def say_notices(notices: tuple[Notice, ...]) -> None:
    """The notices about recorded lots among ``notices``, on stderr (stdout stays the output)."""
    from ..fileio.project_notices import WARNING_CODES

    for notice in notices:
        if notice.code.startswith("project-"):
            kind = "warning" if notice.code in WARNING_CODES else "note"
            print(f"kzseats: {kind}: {render_notice(notice)}", file=sys.stderr)
