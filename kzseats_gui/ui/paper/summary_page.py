"""The summary page: title, hemicycle with legend, per-party table, settings, signatures and footer.

``render_summary_page`` is the one function that draws it, for the PDF report's first page, for the
printer and for the print preview alike. It lays out for any page: portrait stacks the blocks, landscape
puts the chart beside the table. ``draw_footer`` draws the footer every report page carries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter

from ... import __version__
from ...charts.breakdown import tier_rows
from ...charts.chart_plan import ChartPlan, plan_chart
from ...charts.options import ChartOptions
from ...charts.scene import ChartLabels, ChartScene
from ...charts.scene_layout import build_scene
from ...core.model import Election
from ...core.result import AllocationResult
from ..formatting import MISSING, number_text, percent_text
from ..vocabulary_tr import neutral_names
from .chart_labels import translated_chart_labels
from .not_the_law import comparison_block_height, draw_comparison_block, draw_watermark
from .report_layout import MUTED, Column, Table, Typesetter, draw_rule, draw_table_rows
from .report_settings import settings_lines, settings_summary
from .scene_painter import paint_scene

MARGIN = 40.0  # points, on every side
FOOTER_SIZE = 6.8
FOOTER_LINES = 4  # three lines, one of them wrapped
CHART_LAYOUT_ZOOMS = (1.0, 1.2, 1.4, 1.7, 2.0, 2.4)  # layout width / width on paper, tried in turn
SCREEN_LAYOUT_WIDTH = 720.0  # what the screen and the exports use
MIN_CHART_TEXT = 6.0  # points on paper, for the legend and the reference labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


@dataclass(frozen=True)
class PageInfo:
    """What the footer says: the page's place and when the document was made."""

    number: int = 1
    count: int = 1
    printed_at: datetime | None = None


def party_table(
    election: Election,
    result: AllocationResult,
    size: float = 8.0,
    *,
    short_names: bool = False,
    chart: ChartPlan | None = None,
) -> Table:
    """Votes, share, threshold and seats per party, then the neutral seats and the totals
    (``short_names``: the parties' short names, for a narrow table)."""
    columns = [
        Column(_tr("Party"), 3.4),
        Column(_tr("Votes"), 1.35, "right"),
        Column(_tr("Share"), 1.0, "right"),
        Column(_tr("Threshold"), 1.1, "center"),
        Column(_tr("List"), 0.75, "right"),
        Column(_tr("District"), 0.9, "right"),
        Column(_tr("Total"), 0.8, "right"),
    ]
    neutral = neutral_names()
    parties = {p.name: p for p in result.parties}
    rows: list[list[str]] = []
    for row in tier_rows(chart or plan_chart(election, result), neutral_labels=neutral):
        party = parties.get(row.party) if not row.neutral else None
        if party is None:
            rows.append(
                [row.label, "", "", "", _count(row.list_seats), _count(row.district_seats), str(row.total)]
            )
            continue
        passed = MISSING if party.votes is None else (_tr("passed") if party.passed else _tr("below"))
        rows.append(
            [
                party.label if short_names else party.name,
                number_text(party.votes),
                percent_text(party.share),
                passed,
                _count(row.list_seats),
                _count(row.district_seats),
                str(row.total),
            ]
        )
    if election.against_all:
        share = percent_text(_share(election.against_all, result.threshold_base))
        rows.append([_tr("Against all"), number_text(election.against_all), share, "", "", "", ""])
    settings = result.settings
    rows.append(
        [
            _tr("Total"),
            number_text(result.valid_ballots),
            "",
            "",
            str(settings.list_seats),
            str(settings.district_seats),
            str(settings.total_seats),
        ]
    )
    return Table(columns, rows, size=size, bold_rows=frozenset({len(rows) - 1}))


def _count(value: int) -> str:
    return str(value) if value else MISSING


def _share(votes: int, base: int):
    from fractions import Fraction

    return Fraction(votes, base) if base else None


def draw_footer(
    painter: QPainter,
    setter: Typesetter,
    page: QRectF,
    election: Election,
    result: AllocationResult,
    info: PageInfo,
) -> None:
    """Source file and its SHA-256, the settings, when printed, the app version, page x of y."""
    size = FOOTER_SIZE
    left, right = page.left() + MARGIN, page.right() - MARGIN
    width = right - left
    top = page.bottom() - MARGIN * 0.55 - FOOTER_LINES * size * 1.35
    draw_rule(painter, left, top - size * 0.6, right, MUTED, 0.5)
    source = election.source_name or _tr("(no file)")
    digest = election.source_sha256 or MISSING
    printed = (info.printed_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    page_text = _tr("Page {number} of {count}").format(number=info.number, count=info.count)
    lines = [
        _tr("Source: {file} · SHA-256 {digest}").format(file=source, digest=digest),
        settings_summary(result),
        _tr("Printed {when} · kzseats {version}").format(when=printed, version=__version__),
    ]
    shown: list[str] = []
    for i, line in enumerate(lines):
        room = width - (setter.width(page_text, size, True) + 12 if i == len(lines) - 1 else 0)
        wrapped = setter.wrap(line, size, room)  # a long line takes two lines, never cut
        if len(wrapped) > 2:
            wrapped = [wrapped[0], setter.elide(" ".join(wrapped[1:]), size, room)]
        shown.extend(wrapped)
    shown = shown[:FOOTER_LINES]
    for i, line in enumerate(shown):
        setter.draw(painter, left, top + size + i * size * 1.35, line, size, color=MUTED)
    setter.draw(
        painter, right, top + size + (len(shown) - 1) * size * 1.35, page_text, size, bold=True, align="right"
    )


def footer_height() -> float:
    return MARGIN * 0.55 + FOOTER_LINES * FOOTER_SIZE * 1.35 + FOOTER_SIZE


def content_rect(page: QRectF) -> QRectF:
    """The page less its margins and the footer."""
    return QRectF(
        page.left() + MARGIN,
        page.top() + MARGIN,
        page.width() - 2 * MARGIN,
        page.height() - MARGIN - footer_height() - 8,
    )


def _settings_rows(
    setter: Typesetter, width: float, lines: Sequence[tuple[str, str]], size: float
) -> tuple[float, list[tuple[list[str], list[str]]]]:
    """Key column width and each setting's key and value, wrapped to fit."""
    key_width = min(width * 0.36, max(setter.width(k, size, True) for k, _ in lines) + 8)
    rows = [
        (setter.wrap(key, size, key_width - 12, bold=True), setter.wrap(value, size, width - key_width))
        for key, value in lines
    ]
    return key_width, rows


def _settings_block(
    painter: QPainter, setter: Typesetter, rect: QRectF, lines: Sequence[tuple[str, str]], size: float
) -> float:
    setter.draw(painter, rect.left(), rect.top() + size * 1.1, _tr("Settings used"), size + 1, bold=True)
    y = rect.top() + size * 1.6
    key_width, rows = _settings_rows(setter, rect.width(), lines, size)
    for keys, values in rows:
        for i, key in enumerate(keys):
            setter.draw(painter, rect.left(), y + size * 1.1 + i * size * 1.4, key, size, bold=True)
        for i, value in enumerate(values):
            setter.draw(painter, rect.left() + key_width, y + size * 1.1 + i * size * 1.4, value, size)
        y += max(len(keys), len(values)) * size * 1.4
    return y - rect.top()


def settings_block_height(
    setter: Typesetter, width: float, lines: Sequence[tuple[str, str]], size: float
) -> float:
    _, rows = _settings_rows(setter, width, lines, size)
    return size * 1.6 + sum(max(len(k), len(v)) for k, v in rows) * size * 1.4


SIGNATURE_ROLES = ("Chair", "Secretary", "Member", "Member", "Member")
SIGNATURE_PITCH = 2.7  # row height in font sizes: room to sign above the line


def signature_block_height(size: float = 8.0) -> float:
    return size * 2.2 + len(SIGNATURE_ROLES) * size * SIGNATURE_PITCH


def _signature_block(painter: QPainter, setter: Typesetter, rect: QRectF, size: float = 8.0) -> None:
    """Lines for the commission to sign: role, name, signature, date."""
    roles = {"Chair": _tr("Chair"), "Secretary": _tr("Secretary"), "Member": _tr("Member")}
    setter.draw(
        painter,
        rect.left(),
        rect.top() + size * 1.1,
        _tr("Signatures of the commission members"),
        size + 1,
        bold=True,
    )
    columns = [(_tr("Full name"), 0.42), (_tr("Signature"), 0.33), (_tr("Date"), 0.25)]
    role_width = max(setter.width(r, size, True) for r in roles.values()) + 10
    x0 = rect.left() + role_width
    usable = rect.width() - role_width
    y = rect.top() + size * 2.2
    for role in SIGNATURE_ROLES:
        line_y = y + size * 2.0
        setter.draw(painter, rect.left(), line_y - 1, roles[role], size, bold=True)
        x = x0
        for caption, share in columns:
            width = usable * share
            draw_rule(painter, x + 4, line_y, x + width - 4, "#333333", 0.6)
            setter.draw(painter, x + 4, line_y + size * 0.95, caption, size * 0.75, color=MUTED)
            x += width
        y += size * SIGNATURE_PITCH


def fit_scene(chart: ChartPlan, box: QRectF, *, labels: ChartLabels) -> ChartScene:
    """The chart laid out to fill ``box`` best: in the box's proportions, at the box's own width or
    wider (a wider layout puts a long legend into more columns and is then scaled down), choosing the
    one that draws the largest hemicycle while its legend and labels stay at least ``MIN_CHART_TEXT``
    points on paper (or, when none does, the one with the largest such texts)."""
    widths = sorted({round(box.width() * factor, 1) for factor in CHART_LAYOUT_ZOOMS} | {SCREEN_LAYOUT_WIDTH})
    best, best_key = None, None
    for width in widths:
        scene = build_scene(
            chart,
            labels=labels,
            width=width,
            height=width * box.height() / box.width(),
        )
        scale = min(box.width() / scene.width, box.height() / scene.height)
        readable = [e.label_item.size for e in scene.legend] + [
            line.label.size for line in scene.reference_lines
        ]
        smallest = min(readable, default=MIN_CHART_TEXT) * scale
        legible = smallest >= MIN_CHART_TEXT
        key = (legible, scene.outer_radius * scale if legible else smallest)
        if best_key is None or key > best_key:
            best, best_key = scene, key
    assert best is not None
    return best


def render_summary_page(
    painter: QPainter,
    page_rect: QRectF,
    election: Election,
    result: AllocationResult,
    *,
    options: ChartOptions | None = None,
    labels: ChartLabels | None = None,
    page: PageInfo | None = None,
    signatures: bool = True,
) -> None:
    """Draw the summary page into ``page_rect`` (points: call ``report_layout.begin_points`` first)."""
    setter = Typesetter(painter.device())
    body = content_rect(page_rect)
    landscape = page_rect.width() > page_rect.height()
    size = 8.0 if len(result.parties) < 10 else 7.2
    chart = plan_chart(election, result, options)  # the chart and the table count the seats alike
    landscape_table = page_rect.width() > page_rect.height()
    table = party_table(election, result, size, short_names=landscape_table, chart=chart)
    table_height = table.height(setter, body.width() if not landscape else body.width() * 0.5 - 6.0)
    settings = settings_lines(result)
    comparison = not result.is_the_law  # a comparison gets a statement, not signature lines
    signature_height = 0.0
    if signatures:
        signature_height = (
            comparison_block_height(setter, body.width(), result) if comparison else signature_block_height()
        )
    gap = 12.0

    if landscape:
        chart_rect = QRectF(
            body.left(), body.top(), body.width() * 0.5 - gap / 2, body.height() - signature_height - gap
        )
        side = QRectF(
            chart_rect.right() + gap, body.top(), body.width() - chart_rect.width() - gap, chart_rect.height()
        )
        table_rect = QRectF(side.left(), side.top(), side.width(), table_height)
        settings_rect = QRectF(
            side.left(), table_rect.bottom() + gap, side.width(), side.bottom() - table_rect.bottom() - gap
        )
        signature_rect = QRectF(body.left(), body.bottom() - signature_height, body.width(), signature_height)
    else:
        settings_height = settings_block_height(setter, body.width(), settings, 7.5)
        fixed = table_height + settings_height + signature_height + 3 * gap
        chart_rect = QRectF(body.left(), body.top(), body.width(), max(150.0, body.height() - fixed))
        table_rect = QRectF(body.left(), chart_rect.bottom() + gap, body.width(), table_height)
        settings_rect = QRectF(body.left(), table_rect.bottom() + gap, body.width(), settings_height)
        signature_rect = QRectF(body.left(), settings_rect.bottom() + gap, body.width(), signature_height)

    scene = fit_scene(
        chart,
        chart_rect,
        labels=labels if labels is not None else translated_chart_labels(),
    )
    paint_scene(painter, scene, chart_rect)
    draw_table_rows(painter, setter, table, table_rect, range(len(table.rows)))
    _settings_block(painter, setter, settings_rect, settings, 7.5)
    if signatures and comparison:
        draw_comparison_block(painter, setter, signature_rect, result)
    elif signatures:
        _signature_block(painter, setter, signature_rect)
    if comparison:
        draw_watermark(painter, setter, page_rect)
    draw_footer(painter, setter, page_rect, election, result, page or PageInfo())


__all__ = [
    "MARGIN",
    "PageInfo",
    "content_rect",
    "draw_footer",
    "fit_scene",
    "party_table",
    "render_summary_page",
]
