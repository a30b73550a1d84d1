"""What the `kzseats` commands share: exit codes, usage errors, value parsers, settings and lot options.

Its own module so that the subcommands and the parser import it without importing each other.
"""

from __future__ import annotations

import argparse
import json
import sys
from fractions import Fraction

from ..core.model import (
    AgainstAllLeads,
    Body,
    LotRecord,
    Method,
    QuotaRounding,
    SettingsOverrides,
    ThresholdBase,
)

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_LOTS_REQUIRED = 3


class UsageError(Exception):
    """A command-line value that cannot be used; reported on stderr with exit code 2."""


def percent_argument(text: str) -> Fraction:
    try:
        value = Fraction(text.replace(",", ".").strip())
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number (e.g. 5 or 7.5)") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 100")
    return value


def whole_argument(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative")
    return value


def parse_lot(text: str, drawn_on: str | None) -> LotRecord:
    """'list=Party A' or 'district:5=Candidate Name' -> LotRecord."""
    where, sep, winner = text.partition("=")
    where, winner = where.strip(), winner.strip()
    if not sep or not winner:
        raise UsageError(f"--lot {text!r}: write list=PARTY or district:DISTRICT=CANDIDATE")
    if where.casefold() == "list":
        return LotRecord(tier="list", winners=(winner,), drawn_on=drawn_on)
    tier, _, district = where.partition(":")
    if tier.strip().casefold() == "district" and district.strip():
        return LotRecord(tier="district", winners=(winner,), district=district.strip(), drawn_on=drawn_on)
    raise UsageError(f"--lot {text!r}: write list=PARTY or district:DISTRICT=CANDIDATE")


def merge_lots(lots: list[LotRecord]) -> tuple[LotRecord, ...]:
    """Several --lot list=... winners of one list tie form one record (a tie may share many seats)."""
    list_winners = tuple(w for lot in lots if lot.tier == "list" for w in lot.winners)
    merged = [lot for lot in lots if lot.tier != "list"]
    if list_winners:
        drawn_on = next((lot.drawn_on for lot in lots if lot.tier == "list"), None)
        merged.insert(0, LotRecord(tier="list", winners=list_winners, drawn_on=drawn_on))
    return tuple(merged)


def add_override_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("settings (override the workbook)")
    group.add_argument("--body", choices=[b.value for b in Body])
    group.add_argument("--list-seats", type=whole_argument, metavar="N")
    group.add_argument("--district-seats", type=whole_argument, metavar="N")
    group.add_argument("--threshold", type=percent_argument, metavar="P", help="threshold in percent")
    group.add_argument("--threshold-base", choices=[b.value for b in ThresholdBase])
    group.add_argument("--method", choices=[m.value for m in Method])
    group.add_argument("--quota-percent", type=percent_argument, metavar="P")
    group.add_argument("--quota-rounding", choices=[r.value for r in QuotaRounding],
                       help="rounding of the 30 %% quota (the law: ceil, “at least”)")
    group.add_argument("--youth-age", type=whole_argument, metavar="YEARS", help="youth = younger than this")
    group.add_argument("--runner-up", choices=["yes", "no"],
                       help="the 2009 runner-up rule when only one list passes (the law of mazhilis-2007)")
    group.add_argument("--against-all-leads", choices=[a.value for a in AgainstAllLeads],
                       help="a district where against all leads: warn (the leader wins) or void (what-if)")
    group.add_argument(
        "--no-registration-order",
        action="store_true",
        help="do not break remainder ties by registration order (lots decide)",
    )
    group.add_argument(
        "--lot",
        action="append",
        default=[],
        metavar="TIE=WINNER",
        help="a recorded lot result: list=PARTY (repeat for each seat won) or district:KEY=CANDIDATE",
    )
    group.add_argument("--lot-drawn-on", metavar="TEXT", help="when and where the lots were drawn")
    group.add_argument(
        "--save-lots",
        action="store_true",
        help="keep the --lot results in the project file beside the workbook (WORKBOOK.kzseats.json); "
        "later runs and the app apply them while the workbook is unchanged",
    )


def overrides_from(args: argparse.Namespace) -> SettingsOverrides:
    return SettingsOverrides(
        body=Body(args.body) if args.body else None,
        list_seats=args.list_seats,
        district_seats=args.district_seats,
        threshold_percent=args.threshold,
        threshold_base=ThresholdBase(args.threshold_base) if args.threshold_base else None,
        method=Method(args.method) if args.method else None,
        quota_percent=args.quota_percent,
        youth_age_limit=args.youth_age,
        quota_rounding=QuotaRounding(args.quota_rounding) if args.quota_rounding else None,
        admit_runner_up={"yes": True, "no": False}.get(args.runner_up),
        against_all_leads=AgainstAllLeads(args.against_all_leads) if args.against_all_leads else None,
        use_registration_order=False if args.no_registration_order else None,
    )


def print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
