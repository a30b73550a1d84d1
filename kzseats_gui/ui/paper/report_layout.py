"""Page layout for the printed report: text measured with the real fonts, tables and paragraphs that
flow over as many pages as they need (table headers repeated), and the footer every page carries.

All coordinates are points (1/72 inch). ``begin_points`` sets a painter up so one unit is one point on
any device (QPdfWriter, QPrinter, QImage), so the same layout code serves the PDF, the printer and the
print preview.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QPen

from .scene_painter import device_dpi, scene_font, text_width

FONT_FAMILY = "DejaVu Sans, Arial, sans-serif"
INK = "#1A1A1A"
MUTED = "#555555"
RULE = "#9E9E9E"
HEADER_FILL = "#EEEEEE"
ELLIPSIS = "\u2026"

DrawOp = Callable[[QPainter], None]


def begin_points(painter: QPainter) -> QRectF:
    """Scale ``painter`` so that one unit is one point; returns the device's full area in points."""
    device = painter.device()
    dpi_x = device.logicalDpiX() or 72
    dpi_y = device_dpi(device)
    painter.scale(dpi_x / 72.0, dpi_y / 72.0)
    return QRectF(0, 0, device.width() * 72.0 / dpi_x, device.height() * 72.0 / dpi_y)


class Typesetter:
    """Fonts and measurements in points for one paint device."""

    def __init__(self, device: QPaintDevice | None) -> None:
        self.device = device

    def font(self, size: float, bold: bool = False) -> QFont:
        return scene_font(FONT_FAMILY, size, bold, self.device)

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return text_width(text, self.font(size, bold), self.device)

    def elide(self, text: str, size: float, width: float, bold: bool = False) -> str:
        """``text`` cut with an ellipsis so that it fits ``width``."""
        if self.width(text, size, bold) <= width:
            return text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self.width(text[:middle].rstrip() + ELLIPSIS, size, bold) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + ELLIPSIS

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[str]:
        """Lines of ``text`` no wider than ``width`` (breaking at spaces; overlong words are cut)."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if self.width(candidate, size, bold) <= width:
                    line = candidate
                    continue
                if line:
                    lines.append(line)
                line = word if self.width(word, size, bold) <= width else self.elide(word, size, width, bold)
            lines.append(line)
        return lines

    def draw(
        self,
        painter: QPainter,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        color: str = INK,
        align: str = "left",
    ) -> None:
        """One line with its baseline at ``y``; ``align`` says which end sits at ``x``."""
        font = self.font(size, bold)
        painter.setFont(font)
        painter.setPen(QColor(color))
        if align != "left":
            width = text_width(text, font, painter.device())
            x -= width if align == "right" else width / 2
        painter.drawText(QPointF(x, y), text)


def draw_rule(
    painter: QPainter, x1: float, y: float, x2: float, color: str = RULE, width: float = 0.6
) -> None:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QLineF(x1, y, x2, y))


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table width
    align: str = "left"  # "left" | "right" | "center"; right-aligned columns (numbers) never wrap


@dataclass
class Table:
    """A table whose columns are sized from the measured text: every title wraps at its words and every
    number shows whole; text columns share what is left and wrap their cells onto more lines."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    size: float = 8.0
    bold_rows: frozenset[int] = frozenset()  # e.g. a totals row
    colors: dict[int, str] = field(default_factory=dict)  # row index -> text colour
    _widths: dict[float, list[float]] = field(default_factory=dict, repr=False)

    @property
    def row_height(self) -> float:
        """The height of a row of one line."""
        return self.size * 1.75

    @property
    def line_height(self) -> float:
        return self.size * 1.25

    @property
    def padding(self) -> float:
        return self.size * 0.45

    def _wraps(self, index: int) -> bool:
        return self.columns[index].align != "right"

    def column_widths(self, setter: Typesetter, width: float) -> list[float]:
        """Widths that show every title word and every number in full. When one line each does not
        fit, titles wrap at their words and the text columns share what is left (by weight), their
        cells wrapping too. The same widths serve every page of the table."""
        key = round(width, 2)
        if key in self._widths:
            return self._widths[key]
        pad = 2 * self.padding
        natural, least = [], []
        for i, column in enumerate(self.columns):
            cells = [row[i] for row in self.rows if i < len(row)]
            bold = [n in self.bold_rows for n, row in enumerate(self.rows) if i < len(row)]
            one_line = [setter.width(text, self.size, b) for text, b in zip(cells, bold, strict=True)]
            title_words = max((setter.width(w, self.size, True) for w in column.title.split()), default=0)
            natural.append(max([setter.width(column.title, self.size, True), *one_line]) + pad)
            if self._wraps(i):
                words = [setter.width(w, self.size, b) for text, b in zip(cells, bold, strict=True)
                         for w in text.split()]
                least.append(max([title_words, *words]) + pad)
            else:
                least.append(max([title_words, *one_line]) + pad)
        if sum(natural) <= width:
            extra = width - sum(natural)
            total_weight = sum(c.weight for c in self.columns) or 1
            widths = [n + extra * c.weight / total_weight for n, c in zip(natural, self.columns, strict=True)]
        else:
            # every column at least its longest word (numbers whole); what is left goes by weight to
            # the columns that would wrap, each up to its one-line width (water-filling)
            widths = list(least)
            room = width - sum(least)
            pending = [i for i in range(len(natural)) if natural[i] > least[i]]
            while pending and room > 0:
                weight = sum(self.columns[i].weight for i in pending)
                share = {i: room * self.columns[i].weight / weight for i in pending}
                done = [i for i in pending if natural[i] - widths[i] <= share[i]]
                if not done:
                    for i in pending:
                        widths[i] += share[i]
                    break
                for i in done:
                    room -= natural[i] - widths[i]
                    widths[i] = natural[i]
                    pending.remove(i)
        self._widths[key] = widths
        return widths

    def cell_lines(self, setter: Typesetter, widths: Sequence[float], values: Sequence[str],
                   bold: bool) -> list[list[str]]:
        """Each cell's lines at ``widths`` (text wraps; a number that cannot fit is cut visibly)."""
        lines = []
        for i, (value, width) in enumerate(zip(values, widths, strict=False)):
            room = width - 2 * self.padding
            if self._wraps(i):
                lines.append(setter.wrap(value, self.size, room, bold))
            else:
                lines.append([setter.elide(value, self.size, room, bold)])
        return lines

    def header_lines(self, setter: Typesetter, widths: Sequence[float]) -> list[list[str]]:
        return [setter.wrap(c.title, self.size, w - 2 * self.padding, True)
                for c, w in zip(self.columns, widths, strict=True)]

    def _height_of(self, lines: Sequence[Sequence[str]]) -> float:
        count = max((len(cell) for cell in lines), default=1)
        return max(self.row_height, count * self.line_height + self.size * 0.55)

    def header_height(self, setter: Typesetter, width: float) -> float:
        return self._height_of(self.header_lines(setter, self.column_widths(setter, width)))

    def row_heights(self, setter: Typesetter, width: float) -> list[float]:
        widths = self.column_widths(setter, width)
        return [self._height_of(self.cell_lines(setter, widths, row, n in self.bold_rows))
                for n, row in enumerate(self.rows)]

    def height(self, setter: Typesetter, width: float) -> float:
        """Header and every row at ``width``."""
        return self.header_height(setter, width) + sum(self.row_heights(setter, width))

    def cut_cells(self, setter: Typesetter, width: float) -> list[tuple[int, int]]:
        """(row, column) of every cell, and (-1, column) of every title, that does not show whole at
        ``width`` (a cut word or number); empty when the table fits."""
        widths = self.column_widths(setter, width)
        cut = []
        for column, lines in enumerate(self.header_lines(setter, widths)):
            if " ".join(lines).split() != self.columns[column].title.split():
                cut.append((-1, column))
        for n, row in enumerate(self.rows):
            for column, lines in enumerate(self.cell_lines(setter, widths, row, n in self.bold_rows)):
                if " ".join(lines).split() != str(row[column]).split():
                    cut.append((n, column))
        return cut


def draw_table_rows(
    painter: QPainter,
    setter: Typesetter,
    table: Table,
    rect: QRectF,
    rows: Sequence[int],
) -> float:
    """Header and the given rows of ``table`` from the top of ``rect``; returns the height used."""
    widths = table.column_widths(setter, rect.width())
    pad = table.padding
    y = rect.top()

    def cells(lines: Sequence[Sequence[str]], top: float, bold: bool, color: str) -> float:
        height = table._height_of(lines)
        x = rect.left()
        first = top + table.size * 0.3 + table.size  # baseline of the first line
        for column, width, cell in zip(table.columns, widths, lines, strict=False):
            anchor = {"left": x + pad, "right": x + width - pad, "center": x + width / 2}[column.align]
            for k, text in enumerate(cell):
                setter.draw(painter, anchor, first + k * table.line_height, text, table.size, bold=bold,
                            color=color, align=column.align)
            x += width
        return height

    header = table.header_lines(setter, widths)
    header_height = table._height_of(header)
    painter.fillRect(QRectF(rect.left(), y, rect.width(), header_height), QColor(HEADER_FILL))
    y += cells(header, y, True, INK)
    draw_rule(painter, rect.left(), y, rect.right(), INK, 0.8)
    for index in rows:
        bold = index in table.bold_rows
        lines = table.cell_lines(setter, widths, table.rows[index], bold)
        y += cells(lines, y, bold, table.colors.get(index, INK))
        draw_rule(painter, rect.left(), y, rect.right(), RULE, 0.4)
    return y - rect.top()


class Flow:
    """Content flowing down pages of one size: headings, paragraphs and tables, split where needed."""

    def __init__(self, setter: Typesetter, content: QRectF) -> None:
        self.setter = setter
        self.content = content
        self.pages: list[list[DrawOp]] = []
        self.y = content.bottom()  # forces a page on the first block

    @property
    def room(self) -> float:
        return self.content.bottom() - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.content.top()

    def _ensure(self, height: float) -> None:
        if not self.pages or height > self.room:
            self.new_page()

    def _add(self, op: DrawOp) -> None:
        self.pages[-1].append(op)

    def space(self, height: float) -> None:
        if self.pages and self.y > self.content.top():
            self.y = min(self.content.bottom(), self.y + height)

    def heading(self, text: str, size: float = 13.0, *, keep_with: float = 60.0) -> None:
        """A heading kept on the same page as at least ``keep_with`` points of what follows."""
        height = size * 1.9
        self._ensure(height + keep_with)
        baseline = self.y + size * 1.2
        left, right = self.content.left(), self.content.right()
        setter = self.setter

        def op(painter: QPainter, y=baseline) -> None:
            setter.draw(painter, left, y, text, size, bold=True)
            draw_rule(painter, left, y + size * 0.45, right, INK, 0.8)

        self._add(op)
        self.y += height

    def paragraph(
        self,
        text: str,
        size: float = 9.0,
        *,
        color: str = INK,
        bold: bool = False,
        indent: float = 0.0,
        hanging: str = "",
    ) -> None:
        """Wrapped text; ``hanging`` (e.g. a step number) sits in the indent of the first line."""
        left = self.content.left() + indent
        lines = self.setter.wrap(text, size, self.content.width() - indent, bold)
        line_height = size * 1.4
        setter = self.setter
        for i, line in enumerate(lines):
            self._ensure(line_height)
            baseline = self.y + size * 1.05

            def op(painter: QPainter, y=baseline, line=line, first=(i == 0)) -> None:
                if first and hanging:
                    setter.draw(painter, left - 4, y, hanging, size, color=MUTED, align="right")
                setter.draw(painter, left, y, line, size, bold=bold, color=color)

            self._add(op)
            self.y += line_height

    def table(self, table: Table) -> None:
        """The table over as many pages as it needs, its header repeated on each."""
        if not table.rows:
            return
        width = self.content.width()
        header = table.header_height(self.setter, width)
        heights = table.row_heights(self.setter, width)
        remaining = list(range(len(table.rows)))
        while remaining:
            self._ensure(header + sum(heights[i] for i in remaining[:2]))
            chunk, used = [], header
            for index in remaining:
                if chunk and used + heights[index] > self.room:
                    break
                chunk.append(index)
                used += heights[index]
            remaining = remaining[len(chunk):]
            rect = QRectF(self.content.left(), self.y, width, used)

            def op(painter: QPainter, rect=rect, chunk=chunk, setter=self.setter) -> None:
                draw_table_rows(painter, setter, table, rect, chunk)

            self._add(op)
            self.y += used
            if remaining:
                self.new_page()


__all__ = [
    "Column",
    "DrawOp",
    "FONT_FAMILY",
    "Flow",
    "INK",
    "MUTED",
    "Table",
    "Typesetter",
    "begin_points",
    "draw_rule",
    "draw_table_rows",
]
