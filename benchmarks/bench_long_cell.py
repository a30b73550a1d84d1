"""Speed goal: reading a text cell takes time linear in its length (no quadratic string building).

Run: python benchmarks/bench_long_cell.py [--runs N]. Writes one worksheet part holding a single
inline-string cell of growing length, written in many small XML pieces (as an entity-heavy or
rich-text cell arrives from expat), and times ``stream_rows`` over it (best of N, time.perf_counter).
Prints microseconds per 1,000 characters for each length: a linear reader keeps that figure flat.

Two series: lengths up to Excel's own cell limit (32,767 characters: longer cells are refused, naming
the cell), and, to show the algorithm itself, lengths up to 64 million characters with the limit lifted
(the reader before this check built the text with ``+=``: 35 s for 64 million characters, against
0.8 s now, on the machine recorded in BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time

from kzseats_gui.fileio import xlsx_sheet
from kzseats_gui.fileio.xlsx_values import MAX_TEXT_LENGTH

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PIECE = "abcd&amp;"  # five characters; an entity breaks expat's text into separate callbacks


def part(length: int) -> bytes:
    text = PIECE * (length // 5) + "x" * (length % 5)
    xml = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is>'
        "</c></row></sheetData></worksheet>"
    )
    return xml.encode()


def read_cell(data: bytes) -> int:
    chunks = (data[i : i + (1 << 16)] for i in range(0, len(data), 1 << 16))
    for batch in xlsx_sheet.stream_rows(chunks, [], {}, False, 10):
        for _, cells in batch:
            return len(cells[1])
    return 0


def best_of(runs: int, data: bytes) -> tuple[float, int]:
    best, length = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        length = read_cell(data)
        best = min(best, time.perf_counter() - start)
    return best, length


def series(lengths: list[int], runs: int) -> list[float]:
    per_k = []
    for length in lengths:
        seconds, got = best_of(runs, part(length))
        per_k.append(seconds * 1e6 / (got / 1000))
        print(f"  {got:>12,} characters  {seconds * 1000:10.2f} ms  {per_k[-1]:8.2f} µs per 1,000")
    return per_k


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    print(f"Python {platform.python_version()} on {platform.machine()} ({platform.system()})")
    print(f"Within Excel's limit ({MAX_TEXT_LENGTH:,} characters):")
    within = series([1024, 2048, 4096, 8192, 16384, MAX_TEXT_LENGTH], runs)
    print("Limit lifted, the algorithm alone:")
    xlsx_sheet.MAX_TEXT_LENGTH = 1 << 30
    lifted = series([1 << 20, 1 << 22, 1 << 24, 1 << 26], max(1, runs // 2))
    spread = max(lifted) / min(lifted)
    print(f"Time per character varies {spread:.1f}x over a 64x range of lengths (linear: about 1x).")
    return 0 if spread < 4 and max(within) / min(within) < 4 else 1


if __name__ == "__main__":
    sys.exit(main())
