"""The summary of an allocation: the election, the ballots, threshold, method, status and settings used.

Groups of label pairs in a grid that reflows with the width (three columns at 1280 px, one when narrow);
every value is selectable and wraps, so translated text is never cut off.

Longer than most modules: one view, every group of the summary written out (the texts live in
``summary_texts``, the grid in ``field_grid``).
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Election, Method
from ...core.result import AllocationResult, Tie
from ...text.legal import not_the_law_mark
from ..formatting import (
    MISSING,
    exact_text,
    fraction_text,
    number_text,
    percent_text,
    percent_value_text,
)
from ..i18n import translate_message
from ..vocabulary_tr import (
    against_all_rule,
    body_name,
    method_name,
    rounding_name,
    runner_up_rule,
    seat_holder_name,
    status_text,
    threshold_base_name,
    tie_rule,
)
from .field_grid import FieldGrid
from .summary_texts import glance_text
from .tables import copy_text
from .view_base import TranslatedView

OK_STYLE = "background: rgba(46,160,67,45); border-radius: 4px; padding: 4px 8px; font-weight: bold;"
ALERT_STYLE = "background: rgba(220,50,47,60); border-radius: 4px; padding: 4px 8px; font-weight: bold;"
NOTICE_STYLE = "background: rgba(230,160,0,80); border-radius: 4px; padding: 4px 8px; font-weight: bold;"


class SummaryView(TranslatedView):
    """Headline figures of one allocation. ``fields()`` returns the shown text by key (for tests).

    At a glance: the title, status, method and threshold on one wrapping line; the groups of details
    show on demand (``detailsToggled``), so the tables keep the height on a laptop screen."""

    detailsToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

        self._title = QLabel(self)
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setWordWrap(True)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status = self._badge()
        self._method_badge = self._badge()
        self._copy_button = QPushButton(self)
        self._shown: tuple[Election, AllocationResult] | None = None
        self._copy_button.clicked.connect(self.copy_to_clipboard)
        self._glance = QLabel(self)
        self._glance.setObjectName("summaryGlance")
        self._glance.setWordWrap(True)
        self._glance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details_button = QPushButton(self)
        self._details_button.setCheckable(True)
        self._details_button.toggled.connect(self._on_details_toggled)

        self._grid = FieldGrid(self)
        for title, rows in self._groups():
            self._grid.add_group(title, rows)
        self._grid.setVisible(False)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        header = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self._title)
        heading.addWidget(self._glance)
        header.addLayout(heading, 1)
        header.addWidget(self._method_badge, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._status, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._details_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._copy_button, 0, Qt.AlignmentFlag.AlignTop)
        body_layout.addLayout(header)
        body_layout.addWidget(self._grid)
        body_layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._finish_setup()

    def _groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        return [
            (
                self.tr("Election"),
                [
                    ("body", self.tr("Body")),
                    ("seats", self.tr("Seats")),
                    ("source", self.tr("Source")),
                ],
            ),
            (
                self.tr("Ballots"),
                [
                    ("valid", self.tr("Valid list ballots")),
                    ("against_all", self.tr("Against all")),
                    ("invalid", self.tr("Invalid ballots")),
                    ("turnout", self.tr("Turnout")),
                ],
            ),
            (
                self.tr("Threshold"),
                [
                    ("threshold", self.tr("Threshold")),
                    ("threshold_votes", self.tr("Votes needed")),
                    ("threshold_base", self.tr("Base")),
                    ("passed", self.tr("Parties passed")),
                ],
            ),
            (
                self.tr("Allocation"),
                [
                    ("method", self.tr("Method")),
                    ("status", self.tr("Status")),
                    ("quota", self.tr("Quota")),
                    ("admitted", self.tr("Votes of admitted parties")),
                ],
            ),
            (
                self.tr("Seats"),
                [
                    ("independents", seat_holder_name("self_nominated")),
                    ("pending", seat_holder_name("pending")),
                    ("vacant", seat_holder_name("vacant")),
                    ("undecided", self.tr("Awaiting a lot")),
                ],
            ),
            (
                self.tr("Settings used"),
                [
                    ("quota_rule", self.tr("Mandate quota")),
                    ("youth", self.tr("Youth")),
                    ("against_all_rule", self.tr("Against all leads")),
                    ("tie_rule", self.tr("Equal remainders")),
                    ("runner_up", self.tr("Only one party passes")),
                ],
            ),
        ]

    def retranslate_ui(self) -> None:
        """Titles, captions and the shown result in the current language."""
        self._grid.retitle(self._groups())
        self._copy_button.setText(self.tr("&Copy summary"))
        self._copy_button.setToolTip(self.tr("Copy the summary as text"))
        self._update_details_button()
        if self._shown is None:
            self.clear()
        else:
            self.set_result(*self._shown)

    # ---- public API ------------------------------------------------------------------------------
    def fields(self) -> dict[str, str]:
        """The text of every value by key, as shown (hidden rows give "")."""
        return self._grid.fields()

    def title_text(self) -> str:
        return self._title.text()

    def glance_label(self) -> QLabel:
        """The line under the title: method, threshold, parties passed and seats."""
        return self._glance

    def details_shown(self) -> bool:
        return self._details_button.isChecked()

    def show_details(self, shown: bool) -> None:
        self._details_button.setChecked(shown)

    def status_text(self) -> str:
        return self._status.text()

    def method_notice(self) -> str:
        """The badge beside the title for a comparison method ("... not the law"), "" for the law."""
        return "" if self._method_badge.isHidden() else self._method_badge.text()

    def group_columns(self) -> int:
        """How many columns the groups are laid out in at the current width."""
        return self._grid.columns()

    def summary_text(self) -> str:
        """The whole summary as plain text, one 'label: value' line per shown figure."""
        lines = [self._title.text(), self._status.text(), self._glance.text(), "", *self._grid.text_lines()]
        return "\n".join(lines) + "\n"

    def copy_to_clipboard(self) -> str:
        return copy_text(self.summary_text())

    def clear(self) -> None:
        self._shown = None
        self._title.setText(self.tr("No result yet"))
        self._glance.clear()
        for status in (self._status, self._method_badge):
            status.clear()
            status.setVisible(False)
        for key in self._grid.keys():
            self._set(key, MISSING)
        self._copy_button.setEnabled(False)

    def set_result(self, election: Election, result: AllocationResult) -> None:
        self._shown = (election, result)
        settings = result.settings
        self._title.setText(settings.title)
        self._copy_button.setEnabled(True)

        self._set("body", body_name(settings.body))
        self._set(
            "seats",
            self.tr("{list} list + {district} district = {total}").format(
                list=settings.list_seats, district=settings.district_seats, total=settings.total_seats
            ),
        )
        self._set("source", election.source_name or "", visible=bool(election.source_name))

        has_list = settings.list_seats > 0
        self._set(
            "valid",
            self.tr("{n} (party votes + against all)").format(n=number_text(result.valid_ballots)),
            visible=has_list,
        )
        self._set(
            "against_all", self._count_share(election.against_all, result.valid_ballots), visible=has_list
        )
        self._set(
            "invalid", number_text(election.invalid) if election.invalid is not None else self.tr("not given")
        )
        self._set(
            "turnout",
            self._turnout_text(settings.ballots_cast, settings.registered_voters, result.valid_ballots),
            visible=settings.ballots_cast is not None or bool(settings.registered_voters),
        )

        self._set_threshold(result, has_list)
        self._set_method(settings.method)
        self._set_departures(result)
        self._set_status(result)
        self._set_quota(result, has_list)
        self._set("admitted", number_text(result.admitted_votes), visible=has_list)

        self._set("independents", number_text(result.independents), visible=settings.district_seats > 0)
        self._set("pending", number_text(result.pending), visible=settings.district_seats > 0)
        self._set("vacant", number_text(result.vacant))
        self._set("undecided", number_text(result.undecided), visible=bool(result.undecided))

        self._set_settings(result)
        self._glance.setText(glance_text(result, self._grid.fields()["method"]))

    # ---- sections --------------------------------------------------------------------------------
    def _set_threshold(self, result: AllocationResult, has_list: bool) -> None:
        settings = result.settings
        self._set(
            "threshold",
            self.tr("{percent} of {base}").format(
                percent=percent_value_text(settings.threshold_percent),
                base=number_text(result.threshold_base),
            ),
            visible=has_list,
        )
        self._set(
            "threshold_votes",
            number_text(result.threshold_min_votes),
            visible=has_list,
            tooltip=self.tr("The fewest whole votes that pass (the threshold exactly: {exact})").format(
                exact=fraction_text(result.threshold_votes, 6)
            ),
        )
        self._set("threshold_base", threshold_base_name(settings.threshold_base), visible=has_list)
        on_list = [p for p in result.parties if p.votes is not None]
        passed = sum(1 for p in on_list if p.passed)
        self._set(
            "passed",
            self.tr("{passed} of {parties}").format(passed=passed, parties=len(on_list)),
            visible=has_list,
        )

    def _set_method(self, method: Method) -> None:
        name = method_name(method)
        self._set("method", method_name(method, law_mark=True))
        if method.is_the_law:
            self._method_badge.setVisible(False)
            return
        self._method_badge.setText(self.tr("{method}: not the law").format(method=name))
        self._method_badge.setStyleSheet(NOTICE_STYLE)
        self._method_badge.setToolTip(
            self.tr(
                "Kazakhstan's law distributes list seats by the Hare quota with largest remainders. "
                "This method is shown for comparison only."
            )
        )
        self._method_badge.setVisible(True)

    def _set_departures(self, result: AllocationResult) -> None:
        """Any other departure from the law gets the same badge as a comparison method."""
        if result.is_the_law or not result.settings.method.is_the_law:
            return
        self._method_badge.setText(self.tr("Not the law"))
        self._method_badge.setStyleSheet(NOTICE_STYLE)
        self._method_badge.setToolTip(not_the_law_mark(result, translate_message))
        self._method_badge.setVisible(True)

    def _set_status(self, result: AllocationResult) -> None:
        if result.lots_required:
            open_ties = [t for t in result.ties if t.is_open]
            details = "; ".join(self._tie_text(t) for t in open_ties)
            text = status_text(result)
            self._set("status", f"{text}. {details}" if details else text)
            self._status.setText("\u2718 " + status_text(result, short=True))
            self._status.setStyleSheet(ALERT_STYLE)
        elif result.seats_by_lot:
            details = "; ".join(self._lot_text(t) for t in result.lot_ties)
            self._set("status", f"{status_text(result)}. {details}")
            self._status.setText("\u2714 " + status_text(result, short=True))
            self._status.setStyleSheet(NOTICE_STYLE)
        else:
            self._set("status", status_text(result))
            self._status.setText("\u2714 " + status_text(result, short=True))
            self._status.setStyleSheet(OK_STYLE)
        self._status.setToolTip(self._grid.fields()["status"])
        self._status.setVisible(True)

    def _set_quota(self, result: AllocationResult, has_list: bool) -> None:
        method = result.settings.method
        if result.quota is None:
            text = (
                self.tr("none (divisor method)")
                if method in (Method.DHONDT, Method.SAINTE_LAGUE)
                else MISSING
            )
            self._set("quota", text, visible=has_list)
            return
        kind = method_name(Method.DROOP if method is Method.DROOP else Method.HARE, short=True)
        value = fraction_text(result.quota, 6)
        if method is Method.HARE and result.settings.list_seats:
            exact = f"{number_text(result.admitted_votes)} / {result.settings.list_seats}"
        else:
            exact = exact_text(result.quota)
        text = self.tr("{kind}: {value} votes per seat (= {exact})").format(
            kind=kind, value=value, exact=exact
        )
        self._set("quota", text, visible=has_list)

    def _set_settings(self, result: AllocationResult) -> None:
        s = result.settings
        rounding = rounding_name(s.quota_rounding)
        applies = (
            self.tr("applies") if s.mandate_quota else self.tr("information only: not law for this body")
        )
        self._set(
            "quota_rule",
            self.tr("{percent}, {rounding}; {applies}").format(
                percent=percent_value_text(s.quota_percent), rounding=rounding, applies=applies
            ),
        )
        youth = self.tr("younger than {age} on election day").format(age=s.youth_age_limit)
        if s.election_date is not None:
            youth += f" ({s.election_date.isoformat()})"
        else:
            youth += "; " + self.tr("no election date given, so ages cannot be checked")
        self._set("youth", youth)
        self._set("against_all_rule", against_all_rule(s))
        self._set("tie_rule", tie_rule(s))
        self._set("runner_up", runner_up_rule(s))

    def _on_details_toggled(self, shown: bool) -> None:
        self._grid.setVisible(shown)
        self._update_details_button()
        self.detailsToggled.emit(shown)

    def _update_details_button(self) -> None:
        shown = self._details_button.isChecked()
        self._details_button.setText(self.tr("Hide details") if shown else self.tr("Details"))
        self._details_button.setToolTip(
            self.tr("Ballots, quota, seats and every setting used")
        )

    # ---- text helpers ----------------------------------------------------------------------------
    def _count_share(self, count: int, total: int) -> str:
        if not total:
            return number_text(count)
        return f"{number_text(count)} ({percent_text(Fraction(count, total))})"

    def _turnout_text(self, ballots: int | None, registered: int | None, valid: int) -> str:
        if ballots is None and registered:
            # every valid list ballot was cast: their share of the registered voters bounds turnout below
            return self.tr("at least {percent} ({registered} registered; ballots cast not given)").format(
                registered=number_text(registered), percent=percent_text(Fraction(valid, registered))
            )
        if ballots is not None and not registered:
            return self.tr("{ballots} ballots cast; registered voters not given").format(
                ballots=number_text(ballots)
            )
        if ballots is None or not registered:
            return MISSING
        return self.tr("{percent} ({ballots} ballots of {registered} registered voters)").format(
            percent=percent_text(Fraction(ballots, registered)),
            ballots=number_text(ballots),
            registered=number_text(registered),
        )

    def _lot_text(self, tie: Tie) -> str:
        """Who won a lot, between whom, drawn when and where."""
        text = self.tr("{winners} by lot between {names}").format(
            winners=", ".join(tie.winners), names=", ".join(tie.between)
        )
        if tie.district:
            text = self.tr("District {district}: {text}").format(district=tie.district, text=text)
        if tie.drawn_on:
            text += " " + self.tr("(drawn {drawn_on})").format(drawn_on=tie.drawn_on)
        return text

    def _tie_text(self, tie: Tie) -> str:
        names = ", ".join(tie.between)
        if tie.tier == "district":
            return self.tr("District {district}: {names}").format(district=tie.district or "?", names=names)
        return self.tr("List tier: {seats} seat(s) between {names}").format(seats=tie.seats, names=names)

    # ---- layout ----------------------------------------------------------------------------------
    def _badge(self) -> QLabel:
        badge = QLabel(self)
        badge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        badge.setVisible(False)
        return badge

    def _set(self, key: str, text: str, visible: bool = True, tooltip: str = "") -> None:
        self._grid.set(key, text, visible, tooltip)
