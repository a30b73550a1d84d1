"""The result views the main window places: summary, party results, districts, candidates, audit trail
and warnings. Each takes ``set_result(election, result)`` (warnings: ``set_notices``) and ``clear()``."""

from .audit_view import AuditView
from .candidates_view import CandidatesView
from .districts_view import DistrictsView
from .results_view import PartyResultsView
from .summary_view import SummaryView
from .warnings_view import WarningsView

__all__ = ["AuditView", "CandidatesView", "DistrictsView", "PartyResultsView", "SummaryView", "WarningsView"]
