"""The audit trail: every step of the calculation, numbered and grouped, readable by a commission member.

Steps keep the engine's order (a reader follows the calculation as it happened); consecutive steps of one
kind share a heading. Ties and lots stand out. Numbers use a fixed-width face so columns of figures line
up when the text is pasted elsewhere. Each step names the rules it applied, with their basis; hovering a
rule shows its source, and the "Legal basis" section at the end lists every rule used.

A little over 400 lines: one view that renders the whole trail as one document.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Election
from ...core.result import AllocationResult, Step, Tie
from ...core.rules import rules_used
from ...text import render_step
from ..i18n import translate_message
from .legal_basis import go_to_rule, legal_basis_html, legal_basis_lines, rule_links_html, show_rule_tooltip
from .tables import copy_text
from .view_base import TranslatedView, fit_to_placeholder

# Sections in the order a reader meets them; a step's section comes from its code.
METHOD, THRESHOLD, LIST_SEATS, DISTRICTS, MANDATE_QUOTA, TOTALS, GENERAL = (
    "method",
    "threshold",
    "list",
    "districts",
    "quota",
    "totals",
    "general",
)
CODE_SECTIONS = {
    "valid-ballots": THRESHOLD,
    "threshold": THRESHOLD,
    "ballots-below-valid": THRESHOLD,
    "party-passed": THRESHOLD,
    "party-failed": THRESHOLD,
    "runner-up-admitted": THRESHOLD,
    "runner-up-tie": THRESHOLD,
    "no-party-passed": THRESHOLD,
    "quota": LIST_SEATS,
    "quota-hare": LIST_SEATS,
    "quota-droop": LIST_SEATS,
    "admitted-votes": LIST_SEATS,
    "no-list-votes": LIST_SEATS,
    "no-admitted-votes": LIST_SEATS,
    "lots-required": LIST_SEATS,
    "lot-not-matching": LIST_SEATS,
    "lot-unused": LIST_SEATS,
    "list-exhausted": LIST_SEATS,
    "against-all-leads": DISTRICTS,
    "more-districts-than-seats": DISTRICTS,
    "quota-swap": MANDATE_QUOTA,
    "quota-not-met": MANDATE_QUOTA,
    "list-composition": MANDATE_QUOTA,
    "list-eligible-short": MANDATE_QUOTA,
    "list-too-long": MANDATE_QUOTA,
    "holders-count-mismatch": MANDATE_QUOTA,
    "candidates-unknown-party": MANDATE_QUOTA,
    "youth-needs-election-date": MANDATE_QUOTA,
    "party-total": TOTALS,
    "independents": TOTALS,
    "seats-summary": TOTALS,
}
PREFIX_SECTIONS = (
    ("method-", METHOD),
    ("threshold-", THRESHOLD),
    ("district", DISTRICTS),
    ("mandate-", MANDATE_QUOTA),
    ("holder", MANDATE_QUOTA),
    ("list-", LIST_SEATS),
    ("tie-", LIST_SEATS),
    ("integer-", LIST_SEATS),
    ("remainder", LIST_SEATS),
    ("leftover", LIST_SEATS),
    ("divisor", LIST_SEATS),
)
TIE_WORDS = frozenset({"tie", "ties", "lot", "lots"})
NUMBER = re.compile(r"\d(?:[\d\u202f,.]*\d)?")
TIE_TINT = QColor(230, 160, 0, 70)
OPEN_TIE_TINT = QColor(220, 50, 47, 60)


@dataclass(frozen=True)
class AuditEntry:
    number: int  # 1-based, in engine order
    section: str
    code: str
    text: str
    tie: bool
    rules: tuple[str, ...] = ()


def step_section(code: str) -> str | None:
    """The section a step belongs to; None when its code does not say (it joins the current one)."""
    if code in CODE_SECTIONS:
        return CODE_SECTIONS[code]
    for prefix, section in PREFIX_SECTIONS:
        if code.startswith(prefix):
            return section
    return None


def is_tie_step(code: str) -> bool:
    """Ties and lots: a tie in either tier, its resolution, or a lot record."""
    return code != "runner-up-tie" and bool(TIE_WORDS & set(code.split("-")))


class AuditView(TranslatedView):
    """The numbered audit trail with a find box; ``copy_to_clipboard`` copies it as plain text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self._steps: tuple[Step, ...] | None = None  # None: no result shown
        self._ties: tuple[Tie, ...] = ()

        self._browser = QTextBrowser(self)
        self._browser.setObjectName("auditText")
        self._browser.setOpenLinks(False)
        self._browser.viewport().installEventFilter(self)  # rule sources on hover
        self._browser.anchorClicked.connect(lambda url: go_to_rule(self._browser, url))
        self._browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

        self._find = QLineEdit(self)
        self._find.setClearButtonEnabled(True)
        self._find.textChanged.connect(self._on_find_changed)
        self._find.returnPressed.connect(self.find_next)
        self._matches = QLabel(self)
        self._next = QPushButton(self)
        self._next.clicked.connect(self.find_next)
        self._previous = QPushButton(self)
        self._previous.clicked.connect(self.find_previous)
        self._copy = QPushButton(self)
        self._copy.clicked.connect(self.copy_to_clipboard)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Find),
            self,
            self._focus_find,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("Shift+Return"),
            self._find,
            self.find_previous,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        tools = QHBoxLayout()
        tools.addWidget(self._find, 1)
        tools.addWidget(self._previous)
        tools.addWidget(self._next)
        tools.addWidget(self._matches)
        tools.addStretch(1)
        tools.addWidget(self._copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self._browser, 1)
        self.setTabOrder(self._find, self._previous)
        self.setTabOrder(self._previous, self._next)
        self.setTabOrder(self._next, self._copy)
        self.setTabOrder(self._copy, self._browser)
        self._finish_setup()

    def retranslate_ui(self) -> None:
        """Static text and the trail itself in the current language."""
        self._browser.setAccessibleName(self.tr("Audit trail"))
        self._find.setPlaceholderText(self.tr("Find in the audit trail…"))
        self._find.setAccessibleName(self.tr("Find"))
        fit_to_placeholder(self._find)
        self._next.setText(self.tr("&Next"))
        self._previous.setText(self.tr("P&revious"))
        self._copy.setText(self.tr("&Copy all"))
        self._copy.setToolTip(self.tr("Copy the whole audit trail as text"))
        if self._steps is None:
            self.clear()
        else:
            self.set_steps(self._steps, self._ties)

    # ---- public API ------------------------------------------------------------------------------
    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    def find_edit(self) -> QLineEdit:
        return self._find

    def browser(self) -> QTextBrowser:
        return self._browser

    def set_result(self, election: Election, result: AllocationResult) -> None:
        self.set_steps(result.steps, result.ties)

    def set_steps(self, steps: tuple[Step, ...] | list[Step], ties: tuple[Tie, ...] = ()) -> None:
        self._entries = []
        self._steps = tuple(steps)
        section: str | None = None
        for number, step in enumerate(steps, start=1):
            section = step_section(step.code) or section or GENERAL
            text = render_step(step, translate=translate_message)
            self._entries.append(
                AuditEntry(number, section, step.code, text, is_tie_step(step.code), step.rules)
            )
        self._ties = tuple(ties)
        self._browser.setHtml(self._html())
        self._copy.setEnabled(bool(self._entries))
        self._on_find_changed(self._find.text())

    def clear(self) -> None:
        self._entries = []
        self._steps = None
        self._ties = ()
        self._browser.setHtml(f"<p>{html.escape(self.tr('No result yet.'))}</p>")
        self._copy.setEnabled(False)
        self._matches.clear()

    def plain_text(self) -> str:
        """The trail as plain text: section headings, then '12. text' lines."""
        lines: list[str] = []
        if self._ties:
            lines.append(self._ties_heading())
            lines.extend(f"  {self._tie_text(t)}" for t in self._ties)
            lines.append("")
        for index, (section, entries) in enumerate(self._sections()):
            if index:
                lines.append("")
            lines.append(self.section_title(section))
            lines.extend(f"{entry.number:>4}. {entry.text}{_rule_ids(entry)}" for entry in entries)
        lines.extend(legal_basis_lines(self.rules_used(), self.tr("Legal basis")))
        return "\n".join(lines) + "\n"

    def rules_used(self) -> list[str]:
        """The rule ids the steps applied, each once, in the order first applied."""
        return [rule.id for rule in rules_used(r for entry in self._entries for r in entry.rules)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ToolTip and watched is self._browser.viewport():
            show_rule_tooltip(self._browser, event)
            return True
        return super().eventFilter(watched, event)

    def copy_to_clipboard(self) -> str:
        return copy_text(self.plain_text())

    def section_title(self, section: str) -> str:
        return {
            METHOD: self.tr("Method"),
            THRESHOLD: self.tr("Ballots and threshold"),
            LIST_SEATS: self.tr("List seats"),
            DISTRICTS: self.tr("Single-member districts"),
            MANDATE_QUOTA: self.tr("Mandate holders and the quota"),
            TOTALS: self.tr("Seats in total"),
            GENERAL: self.tr("Calculation"),
        }.get(section, section)

    # ---- find ------------------------------------------------------------------------------------
    @Slot()
    def find_next(self) -> bool:
        return self._find_step(backward=False)

    @Slot()
    def find_previous(self) -> bool:
        return self._find_step(backward=True)

    def _find_step(self, backward: bool) -> bool:
        text = self._find.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self._browser.find(text, flags):
            return True
        cursor = self._browser.textCursor()  # wrap around
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self._browser.setTextCursor(cursor)
        return self._browser.find(text, flags)

    @Slot(str)
    def _on_find_changed(self, text: str) -> None:
        selections = []
        if text:
            highlight = QTextCharFormat()
            highlight.setBackground(QColor(255, 230, 0, 140))
            document = self._browser.document()
            cursor = document.find(text)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = highlight
                selections.append(selection)
                cursor = document.find(text, cursor)
            self._matches.setText(self.tr("%n match(es)", "", len(selections)))
        else:
            self._matches.clear()
        self._browser.setExtraSelections(selections)
        if text:
            cursor = self._browser.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self._browser.setTextCursor(cursor)
            self._browser.find(text)

    @Slot()
    def _focus_find(self) -> None:
        self._find.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._find.selectAll()

    # ---- rendering -------------------------------------------------------------------------------
    def _html(self) -> str:
        if not self._entries and not self._ties:
            return f"<p>{html.escape(self.tr('The calculation recorded no steps.'))}</p>"
        parts = ["<html><body>"]
        if self._ties:
            parts.append(f"<h3>{html.escape(self._ties_heading())}</h3><table cellpadding='4' width='100%'>")
            for tie in self._ties:
                tint = self._tint(OPEN_TIE_TINT if tie.is_open else TIE_TINT)
                parts.append(
                    f"<tr><td bgcolor='{tint}'><b>{_with_numbers(self._tie_text(tie))}</b></td></tr>"
                )
            parts.append("</table>")
        for section, entries in self._sections():
            parts.append(f"<h3>{html.escape(self.section_title(section))}</h3>")
            parts.append("<table cellpadding='3' cellspacing='0' width='100%'>")
            for entry in entries:
                cell = f" bgcolor='{self._tint(TIE_TINT)}'" if entry.tie else ""
                text = _with_numbers(entry.text)
                if entry.tie:
                    text = f"<b>{text}</b>"
                parts.append(
                    f"<tr><td{cell} align='right' valign='top' width='40' style='color:gray'>"
                    f"<tt>{entry.number}.</tt></td><td{cell}>{text}{rule_links_html(entry.rules)}</td></tr>"
                )
            parts.append("</table>")
        parts.append(legal_basis_html(self.rules_used(), self.tr("Legal basis")))
        parts.append("</body></html>")
        return "".join(parts)

    def _sections(self) -> Iterator[tuple[str, Iterator[AuditEntry]]]:
        """Runs of consecutive entries of one section, in engine order (a section may come again)."""
        return groupby(self._entries, key=lambda entry: entry.section)

    def _tint(self, tint: QColor) -> str:
        """``tint`` laid over the page colour: rich-text cells take solid colours only."""
        base = self._browser.palette().base().color()
        alpha = tint.alphaF()
        mixed = QColor.fromRgbF(
            base.redF() * (1 - alpha) + tint.redF() * alpha,
            base.greenF() * (1 - alpha) + tint.greenF() * alpha,
            base.blueF() * (1 - alpha) + tint.blueF() * alpha,
        )
        return mixed.name()

    def _ties_heading(self) -> str:
        if any(t.is_open for t in self._ties):
            return self.tr("Ties: lots required")
        return self.tr("Ties")

    def _tie_text(self, tie: Tie) -> str:
        names = ", ".join(tie.between)
        where = (
            self.tr("District {district}").format(district=tie.district)
            if tie.tier == "district"
            else self.tr("List tier")
        )
        if tie.is_open:
            how = self.tr("open: a drawing of lots decides")
        elif tie.resolved_by == "registration-order":
            how = self.tr("decided by registration order: {winners}").format(winners=", ".join(tie.winners))
        else:
            how = self.tr("decided by lot: {winners}").format(winners=", ".join(tie.winners))
            if tie.drawn_on:
                how += f" ({tie.drawn_on})"
        return self.tr("{where}: {seats} seat(s) between {names}; {how}").format(
            where=where, seats=tie.seats, names=names, how=how
        )


def _rule_ids(entry: AuditEntry) -> str:
    return f"  [{', '.join(entry.rules)}]" if entry.rules else ""


def _with_numbers(text: str) -> str:
    """Escape ``text`` for HTML and set its figures in a fixed-width face, never broken across lines."""
    escaped = html.escape(text, quote=False)
    # white-space:pre keeps the narrow no-break spaces that group digits (the parser folds them otherwise)
    return NUMBER.sub(lambda m: f"<tt style='white-space:pre'>{m.group(0)}</tt>", escaped)
