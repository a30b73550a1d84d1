"""What each `kzseats` subcommand does. Heavy modules are imported per command, not at start-up."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from ..core.model import Body
from ..fileio.output_origin import check_replaceable
from .arguments import (
    EXIT_BAD_INPUT,
    EXIT_LOTS_REQUIRED,
    EXIT_OK,
    UsageError,
    print_json,
)
from .inputs import (  # allocate_from_args: importable from here as before
    InputError,
    allocate_from_args,
    given_lots,
    load,
    lots_to_use,
    say_notices,
    say_project_notices,
    scenarios_from_args,
)
from .sample import cmd_sample


def cmd_allocate(args: argparse.Namespace) -> int:
    from .json_output import result_json
    from .table_output import render_table

    election, result = allocate_from_args(args)
    scenarios = scenarios_from_args(args, election)
    if args.json:
        document = result_json(election, result)
        if scenarios is not None:
            from .scenarios_output import scenarios_json

            document["scenarios"] = scenarios_json(scenarios)
        print_json(document)
    else:
        print(render_table(election, result))
        if scenarios is not None:
            from .scenarios_output import scenario_lines

            print("\n".join(scenario_lines(scenarios)))
    return EXIT_LOTS_REQUIRED if result.lots_required else EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from ..fileio.template import write_template

    check_replaceable(args.out, overwrite=args.overwrite, new_workbook=True)
    write_template(args.out, Body(args.body))
    print(f"Template written to {args.out}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..fileio.export import export_results

    check_replaceable(args.out, overwrite=args.overwrite, inputs=[args.workbook])
    election, result = allocate_from_args(args)
    say_project_notices(election, result)
    export_results(args.out, election, result, inputs=[args.workbook],
                   scenarios=scenarios_from_args(args, election))
    print(f"Results written to {args.out}")
    return EXIT_LOTS_REQUIRED if result.lots_required else EXIT_OK


def _check_output(path: Path, allowed: tuple[str, ...]) -> None:
    if path.suffix.lower() not in allowed:
        raise UsageError(f"{path}: the output must end in {', '.join(allowed)}")


def _use_language(language: str) -> None:
    """Draw in ``language`` (text and number style, as the window does in it); English unless asked."""
    if language == "en":
        return
    from ..ui import i18n
    from ..ui.paper.chart_export import ensure_gui_application

    ensure_gui_application()
    i18n.install_language(language)
    missing = i18n.missing_translation()
    if missing is not None:
        print(f"kzseats: the {language} translation is missing ({missing.name}); the text stays English",
              file=sys.stderr)


def cmd_chart(args: argparse.Namespace) -> int:
    _check_output(args.out, (".svg", ".png", ".pdf"))
    check_replaceable(args.out, overwrite=args.overwrite, inputs=[args.workbook])
    election, result = allocate_from_args(args)
    say_project_notices(election, result)
    _use_language(args.lang)
    from ..charts.options import ChartOptions
    from ..ui.paper.chart_export import ExportError, export_chart  # Qt only for drawing

    try:
        export_chart(
            election, result, args.out, dpi=args.dpi, transparent=args.transparent,
            options=ChartOptions(order=args.order, neutral=args.neutral), inputs=[args.workbook],
        )
    except ExportError as error:
        raise InputError(f"{args.out}: {error}") from None
    print(f"Chart written to {args.out}")
    return EXIT_LOTS_REQUIRED if result.lots_required else EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    _check_output(args.out, (".pdf",))
    check_replaceable(args.out, overwrite=args.overwrite, inputs=[args.workbook])
    election, result = allocate_from_args(args)
    say_project_notices(election, result)
    _use_language(args.lang)
    from ..ui.paper.report import write_report_pdf  # Qt only for drawing

    write_report_pdf(election, result, args.out, inputs=[args.workbook],
                     scenarios=scenarios_from_args(args, election))
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
    except BrokenPipeError:  # the reader of our output left (``| head``): not an error of the input
        raise
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
