"""The legal basis on screen: each audit-trail step's rules as links, their sources on hover, the
"Legal basis" list of every rule used (id, statute / practice / assumption, source), and the rules
behind each setting of the settings panel."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip

from ...core import rules
from ...core.rules import RULES
from ...text.legal import basis_name, rule_line, rule_source
from ..i18n import translate_message

RULE_LINK = "rule:"


def rule_tooltip(rule_id: str) -> str:
    """What hovering a rule shows: its basis and source, in the current language."""
    return f"{rule_id} — {rule_line(rule_id, translate_message)}"


# The rule behind each setting of the settings panel, for its tooltip.
SETTING_RULES = {
    "body": (rules.MAZHILIS_SEATS, rules.REGIONAL_MASLIKHAT_SEATS, rules.LOCAL_MASLIKHAT_SEATS),
    "list_seats": (rules.MAZHILIS_SEATS, rules.REGIONAL_MASLIKHAT_SEATS, rules.LOCAL_MASLIKHAT_SEATS),
    "district_seats": (rules.MAZHILIS_SEATS, rules.REGIONAL_MASLIKHAT_SEATS, rules.LOCAL_MASLIKHAT_SEATS),
    "threshold_percent": (rules.THRESHOLD, rules.THRESHOLD_2007),
    "threshold_base": (rules.THRESHOLD_BASE_VALID, rules.THRESHOLD_BASE_PARTIES),
    "method": (rules.QUOTA_HARE, rules.LARGEST_REMAINDER),
    "quota_percent": (rules.MANDATE_QUOTA, rules.MANDATE_QUOTA_ROUNDING),
    "youth_age_limit": (rules.YOUTH_AGE,),
    "against_all_leads": (rules.AGAINST_ALL_LEADS, rules.AGAINST_ALL_VOID),
    "use_registration_order": (rules.REMAINDER_TIE_REGISTRATION, rules.TIE_LOT),
    "admit_runner_up": (rules.RUNNER_UP,),
}


def setting_rule_tooltip(setting: str) -> str:
    """The rules a setting stands for, with basis and source (empty for a setting without one)."""
    return "\n".join(rule_tooltip(rule_id) for rule_id in SETTING_RULES.get(setting, ()))


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
    "SETTING_RULES",
    "go_to_rule",
    "setting_rule_tooltip",
    "legal_basis_html",
    "legal_basis_lines",
    "rule_links_html",
    "rule_tooltip",
    "show_rule_tooltip",
]
