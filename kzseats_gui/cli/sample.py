"""`kzseats sample NAME --out FILE.xlsx` and `kzseats sample --list`: copies of the bundled samples.

The samples live inside the installed package (or the frozen app), where nobody should edit them or
save lots beside them; this command writes a copy where the user wants it. The window's "Open sample"
uses the same copy (``kzseats_gui.paths.copy_sample``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .arguments import EXIT_OK, UsageError


def add_sample_parser(sub: argparse._SubParsersAction) -> None:
    from ..paths import DEFAULT_SAMPLE

    sample = sub.add_parser(
        "sample", help="write a copy of a bundled sample workbook (--list shows them)",
        description=f"Write a copy of a bundled sample workbook, e.g. kzseats sample {DEFAULT_SAMPLE} "
                    f"--out {DEFAULT_SAMPLE}.xlsx",
    )
    sample.add_argument("name", nargs="?", help="the sample's name (see --list)")
    sample.add_argument("--out", type=Path, metavar="FILE.xlsx", help="where to write the copy")
    sample.add_argument("--list", action="store_true", help="list the bundled samples and exit")
    sample.add_argument("--overwrite", action="store_true", help="replace an existing file at --out")


def cmd_sample(args: argparse.Namespace) -> int:
    from ..paths import SampleError, copy_sample, sample_names

    if args.list:
        for name in sample_names():
            print(name)
        return EXIT_OK
    if not args.name or args.out is None:
        raise UsageError("name a sample and where to write it: kzseats sample NAME --out FILE.xlsx "
                         "(kzseats sample --list shows the names)")
    if args.out.suffix.lower() != ".xlsx":
        raise UsageError(f"{args.out}: the copy must end in .xlsx")
    name = args.name.removesuffix(".xlsx")
    if not args.out.resolve().parent.is_dir():
        raise UsageError(f"{args.out}: the folder {args.out.resolve().parent} does not exist")
    try:
        written = copy_sample(name, args.out, replace=args.overwrite)
    except SampleError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"{args.out}: cannot write the sample: {error.strerror or error}") from None
    print(f"Sample {name} written to {written}")
    return EXIT_OK
