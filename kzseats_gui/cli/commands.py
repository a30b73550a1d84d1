"""What each `kzseats` subcommand does. Heavy modules are imported per command, not at start-up."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from ..core.allocator import allocate
from ..core.bodies import resolve_settings
from ..core.errors import SettingsError
from ..core.model import Body, Election, LotRecord, Settings
from ..core.result import AllocationResult, Notice
from ..fileio.project_notices import with_project_notices
from ..text import render_notice
from . import (
    EXIT_BAD_INPUT,
    EXIT_LOTS_REQUIRED,
    EXIT_OK,
    UsageError,
    merge_lots,
    overrides_from,
    parse_lot,
    print_json,
)
from .sample import cmd_sample


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


def cmd_allocate(args: argparse.Namespace) -> int:
    from .json_output import result_json
    from .table_output import render_table

    election, result = allocate_from_args(args)
    if args.json:
        print_json(result_json(election, result))
    else:
        print(render_table(election, result))
    return EXIT_LOTS_REQUIRED if result.lots_required else EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from ..fileio.template import write_template

    write_template(args.out, Body(args.body))
    print(f"Template written to {args.out}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..fileio.export import export_results

    election, result = allocate_from_args(args)
    say_project_notices(election, result)
    export_results(args.out, election, result, inputs=[args.workbook])
    print(f"Results written to {args.out}")
    return EXIT_LOTS_REQUIRED if result.lots_required else EXIT_OK


def _check_output(path: Path, allowed: tuple[str, ...]) -> None:
    if path.suffix.lower() not in allowed:
        raise UsageError(f"{path}: the output must end in {', '.join(allowed)}")


def cmd_chart(args: argparse.Namespace) -> int:
    _check_output(args.out, (".svg", ".png", ".pdf"))
    election, result = allocate_from_args(args)
    say_project_notices(election, result)
    from ..ui.chart_export import ExportError, export_chart  # Qt only for drawing

    try:
        export_chart(
            election, result, args.out, dpi=args.dpi, transparent=args.transparent,
            order=args.order, neutral=args.neutral, inputs=[args.workbook],
        )
    except ExportError as error:
        raise InputError(f"{args.out}: {error}") from None
    print(f"Chart written to {args.out}")
    return EXIT_LOTS_REQUIRED if result.lots_required else EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    _check_output(args.out, (".pdf",))
    election, result = allocate_from_args(args)
    say_project_notices(election, result)
    from ..ui.report import write_report_pdf  # Qt only for drawing

    write_report_pdf(election, result, args.out, inputs=[args.workbook])
    print(f"Report written to {args.out}")
    return EXIT_LOTS_REQUIRED if result.lots_required else EXIT_OK


def cmd_sensitivity(args: argparse.Namespace) -> int:
    from ..core.sensitivity import sensitivity, sensitivity_to_json
    from .margins_output import add_margins, margin_lines

    given = given_lots(args)
    election, settings = load(args)
    lots, notices = lots_to_use(args, election, given)
    say_notices(notices)
    figures = sensitivity(election, settings)
    document = add_margins(sensitivity_to_json(figures), election, settings, figures, lots)
    if args.json:
        print_json(document)
        return EXIT_OK
    header = f"{'Party':30} {'to gain a seat':>15} {'to lose a seat':>15} {'to threshold':>13}"
    print(header)
    for row in document["parties"]:
        def cell(value: int | None) -> str:
            return "-" if value is None else f"{value:,}".replace(",", " ")

        print(
            f"{row['name'][:30]:30} {cell(row['votes_to_gain_seat']):>15} "
            f"{cell(row['votes_to_lose_seat']):>15} {cell(row['votes_to_threshold']):>13}"
        )
    print("\n".join(margin_lines(document)))
    return EXIT_OK


def cmd_simulate(args: argparse.Namespace) -> int:
    from ..core.simulation import simulate, simulation_to_json

    if args.runs < 1:
        raise UsageError("--runs must be at least 1")
    if args.model == "poll" and not args.poll_size:
        raise UsageError("--model poll needs --poll-size N (respondents, at least 1)")
    if args.poll_size is not None and args.model != "poll":
        raise UsageError("--poll-size goes with --model poll")
    given = given_lots(args)
    election, settings = load(args)
    lots, notices = lots_to_use(args, election, given)
    say_notices(notices)
    outcome = simulate(
        election, settings, args.runs, args.spread, args.seed, model=args.model, poll_size=args.poll_size,
        vary_districts=args.districts, lots=lots,
    )
    document = simulation_to_json(outcome)
    if args.json:
        print_json(document)
        return EXIT_OK
    if args.model == "poll":
        model = f"a poll of {args.poll_size} respondents"
    elif args.model == "proportional":
        model = f"spread {float(args.spread):g} % of each share"
    else:
        model = f"spread {float(args.spread):g} pp"
    varied = "list and district votes drawn" if document["districts_varied"] else "district seats as given"
    print(f"{document['runs']} runs, seed {document['seed']}, {model}; {varied}")
    print(f"{'Party':30} {'mean':>7} {'p05':>5} {'p95':>5} {'P(pass)':>8} {'P(gain)':>8} "
          f"{'P(majority)':>11} {'P(2/3)':>7}")
    for row in document["parties"]:
        print(
            f"{row['name'][:30]:30} {row['seats_mean']:7.2f} {row['seats_p05']:5} {row['seats_p95']:5} "
            f"{row['p_pass']:8.3f} {row['p_seat_gain']:8.3f} {row['p_majority']:11.3f} "
            f"{row['p_two_thirds']:7.3f}"
        )
    if document["runs_with_open_tie"]:
        print(f"{document['runs_with_open_tie']} runs ended in a tie only a lot could decide: "
              "counted by the odds of a fair lot")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from .compare import cmd_compare as compare

    return compare(args)


COMMANDS = {
    "allocate": cmd_allocate,
    "template": cmd_template,
    "export": cmd_export,
    "chart": cmd_chart,
    "report": cmd_report,
    "sensitivity": cmd_sensitivity,
    "simulate": cmd_simulate,
    "sample": cmd_sample,
    "compare": cmd_compare,
}


def run_command(args: argparse.Namespace) -> int:
    from ..fileio.safe_output import OutputError

    try:
        return COMMANDS[args.command](args)
    except (InputError, OutputError) as error:
        print(f"kzseats: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:  # an output step outside the atomic writer: still the user's folder
        print(f"kzseats: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except UsageError:
        raise
    except Exception as error:  # a defect, not bad input: one line, details on request
        if os.environ.get("KZSEATS_DEBUG"):
            traceback.print_exc()
        print(
            f"kzseats: internal error ({type(error).__name__}: {error}); "
            "set KZSEATS_DEBUG=1 for details and please report it",
            file=sys.stderr,
        )
        return 1
