"""Hemicycle geometry: rows, split, spacing, bounds and left-to-right order."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzseats_gui.charts.hemicycle import (
    SINGLE_ROW_LIMIT,
    compute_layout,
    hemicycle_layout,
    row_capacities,
    row_counts,
    rows_needed,
    split_by_capacity,
)

SAMPLE = sorted(
    set(range(0, 61)) | {69, 77, 98, 99, 100, 107, 150, 151, 200, 243, 299, 300, 450, 577, 650, 699, 700}
)


def test_capacity_follows_the_row_formula():
    # ⌊π·ρ/(2t)⌋ with t = 1/(4R−2), ρ = ½ + 2rt, computed here with floats for comparison
    for rows in range(1, 60):
        t = 1 / (4 * rows - 2)
        expected = tuple(math.floor(math.pi * (0.5 + 2 * r * t) / (2 * t) + 1e-9) for r in range(rows))
        assert row_capacities(rows) == expected


@pytest.mark.parametrize("seats", range(0, 701))
def test_rows_hold_exactly_the_seats(seats):
    counts = row_counts(seats)
    assert sum(counts) == seats
    if seats == 0:
        assert counts == ()
    elif seats <= SINGLE_ROW_LIMIT:
        assert counts == (seats,)
    else:
        rows = len(counts)
        assert rows == rows_needed(seats) >= 2
        assert all(0 <= c <= cap for c, cap in zip(counts, row_capacities(rows), strict=True))
        assert sum(row_capacities(rows - 1)) < seats <= sum(row_capacities(rows))  # the fewest rows


@given(st.integers(min_value=1, max_value=20000))
def test_split_is_the_largest_remainder_share_of_capacity(seats):
    rows = rows_needed(max(seats, SINGLE_ROW_LIMIT + 1))
    capacities = row_capacities(rows)
    if seats > sum(capacities):
        return
    shares = split_by_capacity(seats, capacities)
    total = sum(capacities)
    assert sum(shares) == seats
    for share, cap in zip(shares, capacities, strict=True):
        exact = Fraction(seats * cap, total)
        assert exact - 1 < share < exact + 1 and share <= cap
    # largest remainders: a row rounded up never has a smaller remainder than one rounded down
    up = [seats * c % total for s, c in zip(shares, capacities, strict=True) if s > seats * c // total]
    down = [seats * c % total for s, c in zip(shares, capacities, strict=True) if s == seats * c // total]
    if up and down:
        assert min(up) >= max(down)


def test_split_rejects_more_seats_than_room():
    with pytest.raises(ValueError):
        split_by_capacity(12, row_capacities(2))


@pytest.mark.parametrize("seats", SAMPLE)
def test_seats_do_not_overlap_and_stay_in_the_box(seats):
    layout = compute_layout(seats)
    assert len(layout) == seats
    if not seats:
        return
    xy = np.array([(p.x, p.y) for p in layout])
    r = layout[0].r
    assert all(p.r == r for p in layout) and r > 0
    assert np.all(np.abs(xy[:, 0]) + r <= 1 + 1e-9)
    assert np.all(xy[:, 1] - r >= -1e-9) and np.all(xy[:, 1] + r <= 1 + 1e-9)
    if seats > 1:
        distances = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))
        np.fill_diagonal(distances, np.inf)
        assert distances.min() >= 2 * r * 0.99


@pytest.mark.parametrize("seats", SAMPLE)
def test_seats_run_left_to_right_then_inner_to_outer(seats):
    layout = compute_layout(seats)
    for before, after in zip(layout, layout[1:], strict=False):
        assert before.angle > after.angle or (before.angle == after.angle and before.row < after.row)
    for p in layout:
        assert math.isclose(math.atan2(p.y, p.x), p.angle, abs_tol=1e-9)
    assert [sum(1 for p in layout if p.row == row) for row in range(len(row_counts(seats)))] == list(
        row_counts(seats)
    )


def test_small_chambers_sit_in_one_row_with_large_seats():
    for seats in range(1, SINGLE_ROW_LIMIT + 1):
        layout = compute_layout(seats)
        assert {p.row for p in layout} == {0}
        assert len({round(math.hypot(p.x, p.y), 12) for p in layout}) == 1
    assert compute_layout(1)[0].angle == pytest.approx(math.pi / 2)
    # the row sits along the outer edge, its seats as large as spacing allows
    for seats in range(1, SINGLE_ROW_LIMIT + 1):
        layout = compute_layout(seats)
        edge = max(math.hypot(p.x, p.y) + p.r for p in layout)
        assert 0.95 < edge <= 1 + 1e-12
    assert compute_layout(1)[0].r > compute_layout(10)[0].r > 0.08


def test_end_seats_clear_the_baseline():
    for seats in (2, 10, 11, 98, 700):
        layout = compute_layout(seats)
        lowest = min(p.y - p.r for p in layout)
        assert lowest >= -1e-12


def test_large_chambers_and_cache():
    layout = hemicycle_layout(10000)
    assert len(layout) == 10000
    assert layout is hemicycle_layout(10000)
    assert layout == compute_layout(10000)
    assert isinstance(layout, tuple)
    assert compute_layout(0) == () and compute_layout(-3) == ()
