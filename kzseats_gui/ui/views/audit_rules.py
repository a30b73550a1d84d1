"""The legal basis in the audit trail: each step's rules as links, their sources on hover, and the
"Legal basis" list of every rule used (id, statute / practice / assumption, source)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip

from ...core.rules import RULES
from ...text.legal import basis_name, rule_line, rule_source
from ..i18n import translate_message

RULE_LINK = "rule:"


def rule_tooltip(rule_id: str) -> str:
    """What hovering a rule shows: its basis and source, in the current language."""
    return f"{rule_id} — {rule_line(rule_id, translate_message)}"


def rule_links_html(rule_ids: Sequence[str]) -> str:
    """A step's rules after its text, small and grey; each a link whose hover shows the source."""
    if not rule_ids:
        return ""
    links = []
    for rule_id in rule_ids:
        basis = basis_name(RULES[rule_id].basis, translate_message)
        links.append(
            f"<a href='{RULE_LINK}{rule_id}' style='color:gray; text-decoration:none'>"
            f"{html.escape(rule_id)} ({html.escape(basis)})</a>"
        )
    return f" <small style='color:gray'>[{', '.join(links)}]</small>"


def legal_basis_html(rule_ids: Sequence[str], heading: str) -> str:
    if not rule_ids:
        return ""
    rows = [f"<h3>{html.escape(heading)}</h3><table cellpadding='3' width='100%'>"]
    for rule_id in rule_ids:
        basis = html.escape(basis_name(RULES[rule_id].basis, translate_message))
        source = html.escape(rule_source(rule_id, translate_message))
        rows.append(
            f"<tr><td valign='top'><a name='{rule_id}'></a><tt>{html.escape(rule_id)}</tt></td>"
            f"<td valign='top'><i>{basis}</i></td><td>{source}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def legal_basis_lines(rule_ids: Sequence[str], heading: str) -> list[str]:
    if not rule_ids:
        return []
    return ["", heading, *(f"  {rule_tooltip(rule_id)}" for rule_id in rule_ids)]


def go_to_rule(browser: QTextBrowser, url: QUrl) -> None:
    """A click on a step's rule scrolls to the rule in the "Legal basis" list."""
    link = url.toString()
    if link.startswith(RULE_LINK):
        browser.scrollToAnchor(link[len(RULE_LINK):])


def show_rule_tooltip(browser: QTextBrowser, event: QHelpEvent) -> None:
    """The source of the rule under the pointer, or no tooltip."""
    anchor = browser.anchorAt(event.pos())
    rule_id = anchor[len(RULE_LINK):] if anchor.startswith(RULE_LINK) else ""
    if rule_id in RULES:
        QToolTip.showText(event.globalPos(), rule_tooltip(rule_id), browser)
    else:
        QToolTip.hideText()


__all__ = [
    "go_to_rule",
    "legal_basis_html",
    "legal_basis_lines",
    "rule_links_html",
    "rule_tooltip",
    "show_rule_tooltip",
]
