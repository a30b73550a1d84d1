"""The `kzseats` command line: the desktop app's twin for scripting, batch work and tests.

It never imports Qt, except lazily in the subcommands that draw (chart, report), so it starts fast.
Exit codes: 0 done, 2 the input cannot be used, 3 lots required.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

from .. import __version__
from ..core.model import Body
from .arguments import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageError,
    add_override_options,
    percent_argument,
    whole_argument,
)
from .commands import run_command
from .sample import add_sample_parser


def add_language_option(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument("--lang", choices=["en", "ru", "kk"], default="en", metavar="en|ru|kk",
                         help=f"language of the {what}'s text and numbers (default en)")


def add_overwrite_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--overwrite", action="store_true",
                         help="replace an existing file that kzseats did not write (never the input)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzseats", description="Seat calculator for Kazakhstan's elections (Mazhilis, maslikhats)."
    )
    parser.add_argument("--version", action="version", version=f"kzseats {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    allocate = sub.add_parser("allocate", help="allocate all seats and print the result")
    allocate.add_argument("workbook", type=Path)
    allocate.add_argument("--json", action="store_true", help="print one JSON document")
    add_scenarios_option(allocate)
    add_override_options(allocate)

    template = sub.add_parser("template", help="write an empty workbook in the contract format")
    template.add_argument("out", type=Path)
    template.add_argument("--body", choices=[b.value for b in Body], default=Body.MAZHILIS.value)
    add_overwrite_option(template)

    export = sub.add_parser("export", help="write the full result to an .xlsx workbook")
    export.add_argument("workbook", type=Path)
    export.add_argument("--out", type=Path, required=True)
    add_overwrite_option(export)
    add_scenarios_option(export)
    add_override_options(export)

    chart = sub.add_parser("chart", help="draw the hemicycle with legend (.svg, .png or .pdf)")
    chart.add_argument("workbook", type=Path)
    chart.add_argument("--out", type=Path, required=True)
    add_overwrite_option(chart)
    chart.add_argument("--dpi", type=whole_argument, default=150, help="PNG resolution (default 150)")
    chart.add_argument("--transparent", action="store_true", help="PNG with a transparent background")
    chart.add_argument("--order", choices=["ballot", "seats"], default="ballot", help="party order")
    chart.add_argument("--neutral", choices=["centre", "right"], default="centre",
                       help="where independents, pending and vacant seats sit")
    add_language_option(chart, "chart")
    add_override_options(chart)

    report = sub.add_parser("report", help="write the multi-page PDF report of the whole result")
    report.add_argument("workbook", type=Path)
    report.add_argument("--out", type=Path, required=True)
    add_overwrite_option(report)
    add_scenarios_option(report)
    add_language_option(report, "report")
    add_override_options(report)

    sensitivity = sub.add_parser("sensitivity", help="votes each party needs to gain or lose a list seat")
    sensitivity.add_argument("workbook", type=Path)
    sensitivity.add_argument("--json", action="store_true")
    add_override_options(sensitivity)

    compare = sub.add_parser("compare", help="list seats under every method side by side")
    compare.add_argument("workbook", type=Path)
    compare.add_argument("--json", action="store_true", help="print one JSON document")
    add_override_options(compare)

    simulate = sub.add_parser("simulate", help="Monte Carlo over the list vote")
    simulate.add_argument("workbook", type=Path)
    simulate.add_argument("--runs", type=whole_argument, required=True)
    simulate.add_argument("--spread", type=percent_argument, default=Fraction(2), metavar="PP",
                          help="uncertainty: percentage points (absolute model, default 2) or per cent "
                               "of each share (proportional model)")
    simulate.add_argument("--model", choices=["absolute", "proportional", "poll"], default="absolute",
                          help="how the votes vary: by points, by a share of each share, or as a poll")
    simulate.add_argument("--poll-size", type=whole_argument, metavar="N",
                          help="respondents of the poll the figures come from (poll model)")
    simulate.add_argument("--districts", action="store_true",
                          help="draw each district's votes too (where the workbook gives them)")
    simulate.add_argument("--seed", type=int, default=0)
    simulate.add_argument("--json", action="store_true")
    add_override_options(simulate)

    add_sample_parser(sub)
    return parser


def add_scenarios_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scenarios", action="store_true",
                        help="add the scenarios saved beside the workbook (WORKBOOK.kzseats.json), each "
                             "marked as a what-if and compared with the workbook's result")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run_command(args)
    except UsageError as error:
        print(f"kzseats: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # Point stdout at nothing, so the interpreter's last flush does not report the pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
